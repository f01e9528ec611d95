#include "tests/support/emanonctlrun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace TestUtil {

CtlRun runEmanonCtl(const QStringList &args, const QMap<QString, QString> &env, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(EMANON_BINARY_DIR "/app/ctl/emanonctl"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace TestUtil
