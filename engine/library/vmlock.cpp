#include "engine/library/vmlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Engine {

namespace {

struct VmLockTr
{
    Q_DECLARE_TR_FUNCTIONS(VmLock)
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// "Windows 98.emanon" -> "Windows 98"
QString vmNameOf(const QString &bundlePath)
{
    QString name = QFileInfo(QDir::cleanPath(bundlePath)).fileName();
    if (name.endsWith(QLatin1String(".emanon")))
        name.chop(7);
    return name;
}

int openLockFile(const QString &path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), flags | O_CLOEXEC | O_NOFOLLOW, 0644);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

int tryLock(int fd)
{
    int rc;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc < 0 && errno == EINTR);
    return rc;
}

void closeFd(int fd)
{
    if (fd >= 0)
        ::close(fd); // never retried on EINTR: on Linux the descriptor is gone either way
}

Status writePid(int fd, qint64 pid, const QString &lockPath)
{
    const QByteArray text = QByteArray::number(pid) + '\n';
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, text.constData(), size_t(text.size()), 0) != ssize_t(text.size())) {
        const int err = errno;
        return Error(ErrorCode::Io, VmLockTr::tr("Cannot write the lock file %1.").arg(lockPath),
                     errnoText(err));
    }
    return {};
}

} // namespace

QString VmLock::lockFilePath(const QString &bundlePath)
{
    return QDir::cleanPath(bundlePath) + QStringLiteral("/.lock");
}

VmLock::~VmLock()
{
    release();
}

VmLock::VmLock(VmLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_bundlePath(std::move(other.m_bundlePath))
{}

VmLock &VmLock::operator=(VmLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_bundlePath = std::move(other.m_bundlePath);
    }
    return *this;
}

Result<VmLock> VmLock::acquire(const QString &bundlePath)
{
    const QString name = vmNameOf(bundlePath);
    if (!QFileInfo(bundlePath).isDir()) {
        return Error(ErrorCode::NotFound, VmLockTr::tr("The VM \"%1\" does not exist.").arg(name),
                     bundlePath);
    }
    const QString path = lockFilePath(bundlePath);
    const int fd = openLockFile(path, O_RDWR | O_CREAT);
    if (fd < 0) {
        const int err = errno;
        return Error(ErrorCode::Io,
                     VmLockTr::tr("Cannot lock the VM \"%1\": its lock file cannot be opened. "
                                  "Check that the VM folder is writable.")
                         .arg(name),
                     path + QStringLiteral(": ") + errnoText(err));
    }
    if (tryLock(fd) != 0) {
        const int err = errno;
        closeFd(fd);
        if (err != EWOULDBLOCK) {
            return Error(ErrorCode::Io, VmLockTr::tr("Cannot lock the VM \"%1\".").arg(name),
                         path + QStringLiteral(": ") + errnoText(err));
        }
        const std::optional<qint64> pid = holderPid(bundlePath);
        if (pid) {
            return Error(ErrorCode::Locked,
                         VmLockTr::tr("The VM \"%1\" is in use by another program (process %2). "
                                      "Stop it there first.")
                             .arg(name)
                             .arg(*pid),
                         path);
        }
        return Error(ErrorCode::Locked,
                     VmLockTr::tr("The VM \"%1\" is in use by another program. Stop it there "
                                  "first.")
                         .arg(name),
                     path);
    }
    VmLock lock(fd, bundlePath);
    // The pid is informative only; a lock whose pid cannot be written still excludes others.
    (void)writePid(fd, qint64(::getpid()), path);
    return lock;
}

bool VmLock::isLocked(const QString &bundlePath)
{
    const int fd = openLockFile(lockFilePath(bundlePath), O_RDONLY);
    if (fd < 0)
        return false;
    const bool locked = tryLock(fd) != 0 && errno == EWOULDBLOCK;
    closeFd(fd); // releases our probe lock if we got it
    return locked;
}

std::optional<qint64> VmLock::holderPid(const QString &bundlePath)
{
    const int fd = openLockFile(lockFilePath(bundlePath), O_RDONLY);
    if (fd < 0)
        return std::nullopt;
    char buf[32] = {};
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    closeFd(fd);
    if (n <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 pid = QByteArray(buf, int(n)).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return std::nullopt;
    return pid;
}

Status VmLock::setHolderPid(qint64 pid)
{
    if (m_fd < 0) {
        return Error(ErrorCode::InvalidArgument, VmLockTr::tr("The VM lock is not held."));
    }
    return writePid(m_fd, pid, lockFilePath(m_bundlePath));
}

Status VmLock::releaseToChild(qint64 childPid)
{
    Status st = setHolderPid(childPid);
    release();
    return st;
}

void VmLock::release()
{
    closeFd(std::exchange(m_fd, -1));
}

} // namespace Engine
