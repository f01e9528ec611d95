// Runs the built emanonctl binary the way a user would, for end-to-end CLI tests.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace TestUtil {

/// What one emanonctl run left behind.
struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs build/app/ctl/emanonctl with `args`, the system environment plus `env` (e.g. a
/// private EMANON_LIBRARY and EMANON_RUNTIME_DIR). A run past `timeoutMs` is killed.
CtlRun runEmanonCtl(const QStringList &args, const QMap<QString, QString> &env,
                    int timeoutMs = 120000);

} // namespace TestUtil
