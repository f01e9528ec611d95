#include "engine/runner/runtimedir.h"

#include "engine/qemu/qemucommand.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace Engine::RuntimeDir {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeDir)
};
} // namespace

Status ensurePrivateDir(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(p.constData(), &st) != 0) {
        if (errno != ENOENT) {
            return Error(ErrorCode::RuntimeDir, Tr::tr("Cannot use the runtime folder %1.").arg(path),
                         QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (::mkdir(p.constData(), 0700) != 0 && errno != EEXIST) {
            return Error(ErrorCode::RuntimeDir,
                         Tr::tr("Cannot create the runtime folder %1.").arg(path),
                         QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (::lstat(p.constData(), &st) != 0) {
            return Error(ErrorCode::RuntimeDir, Tr::tr("Cannot use the runtime folder %1.").arg(path),
                         QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode)) {
        return Error(ErrorCode::RuntimeDir,
                     Tr::tr("The runtime folder %1 is not a plain folder (it may be a symbolic "
                            "link). Remove it and try again.")
                         .arg(path));
    }
    if (st.st_uid != ::geteuid()) {
        return Error(ErrorCode::RuntimeDir,
                     Tr::tr("The runtime folder %1 belongs to another user. Emanon will not put "
                            "its control sockets there; remove it or set EMANON_RUNTIME_DIR.")
                         .arg(path),
                     QStringLiteral("owner uid %1, we are %2").arg(st.st_uid).arg(::geteuid()));
    }
    if ((st.st_mode & 0777) != 0700 && ::chmod(p.constData(), 0700) != 0) {
        return Error(ErrorCode::RuntimeDir,
                     Tr::tr("The runtime folder %1 is readable by others and cannot be made "
                            "private.")
                         .arg(path),
                     QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

Result<QString> base()
{
    QString dir = qEnvironmentVariable("EMANON_RUNTIME_DIR");
    if (dir.isEmpty()) {
        const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!xdg.isEmpty() && QDir(xdg).exists())
            dir = xdg + QStringLiteral("/emanon");
        else
            dir = QStringLiteral("/tmp/emanon-%1").arg(::geteuid());
    }
    dir = QDir::cleanPath(QDir(dir).absolutePath());
    if (Status s = ensurePrivateDir(dir); !s)
        return s.error();
    return dir;
}

Result<QString> forVm(const QUuid &uuid)
{
    auto root = base();
    if (!root)
        return root.error();
    const QString dir = *root + QLatin1Char('/') + uuid.toString(QUuid::WithoutBraces);
    if (Status s = checkSocketPaths(dir); !s)
        return s.error();
    if (Status s = ensurePrivateDir(dir); !s)
        return s.error();
    return dir;
}

Status checkSocketPaths(const QString &vmRuntimeDir)
{
    // serial3.sock is the longest name used.
    const QByteArray longest = QFile::encodeName(RuntimeFiles::serialSocket(vmRuntimeDir, 3));
    constexpr auto kMax = sizeof(sockaddr_un::sun_path) - 1;
    if (static_cast<size_t>(longest.size()) > kMax) {
        return Error(ErrorCode::RuntimeDir,
                     Tr::tr("The runtime folder path is too long for a control socket (at most "
                            "%1 bytes). Set EMANON_RUNTIME_DIR or XDG_RUNTIME_DIR to a shorter "
                            "folder.")
                         .arg(kMax),
                     QString::fromLocal8Bit(longest));
    }
    return {};
}

} // namespace Engine::RuntimeDir
