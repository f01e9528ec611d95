#include "tests/support/testutil.h"

#include "engine/config/vmconfig.h"
#include "engine/library/savedstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace TestUtil {

QString dataPath(const QString &relative)
{
    return QStringLiteral(EMANON_TEST_DATA_DIR "/") + relative;
}

QString guestsRoot()
{
    QString root = qEnvironmentVariable("EMANON_TEST_GUESTS");
    if (root.isEmpty()) {
        QString cache = qEnvironmentVariable("EMANON_GUEST_CACHE");
        if (cache.isEmpty()) {
            QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
            if (xdg.isEmpty())
                xdg = QDir::homePath() + QStringLiteral("/.cache");
            cache = xdg + QStringLiteral("/emanon/test-guests");
        }
        root = cache;
    }
    return QFileInfo::exists(root) ? root : QString();
}

QString guestFile(const QString &relative)
{
    const QString root = guestsRoot();
    if (root.isEmpty())
        return {};
    const QString path = root + QLatin1Char('/') + relative;
    return QFileInfo::exists(path) ? QFileInfo(path).canonicalFilePath() : QString();
}

bool guestsRequired()
{
    return qEnvironmentVariable("EMANON_REQUIRE_GUESTS") == QLatin1String("1");
}

bool commitFakeSavedState(const QString &bundlePath, const Engine::VmConfig &config,
                          const QByteArray &stream)
{
    using namespace Engine;
    QDir().mkpath(SavedState::dir(bundlePath));
    QFile f(SavedState::partialStreamPath(bundlePath));
    if (!f.open(QIODevice::WriteOnly) || f.write(stream) != stream.size())
        return false;
    f.close();
    SavedStateInfo info;
    info.sizeBytes = stream.size();
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(stream, QCryptographicHash::Sha256).toHex());
    info.savedAt = QDateTime::currentDateTimeUtc();
    info.qemuVersion = QStringLiteral("7.2.0");
    info.fingerprint = SavedState::fingerprint(config);
    return SavedState::commit(bundlePath, info).ok();
}

} // namespace TestUtil
