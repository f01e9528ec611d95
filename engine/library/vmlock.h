// VmLock: the exclusive claim of one process (and its QEMU child) on one VM bundle.
//
// An advisory flock(LOCK_EX | LOCK_NB) on `<bundle>/.lock`, opened O_CLOEXEC. The holder
// writes its pid into the file so that a refused caller can say who holds the VM. Every
// operation that must not run alongside a running VM (start, rename, remove, clone) takes this
// lock first; nothing else enforces it, so code that bypasses VmLock is not protected.
//
// Lifetime and inheritance: flock() locks belong to the open file description, not to the
// process. The VM runner makes QEMU inherit the descriptor (it clears FD_CLOEXEC on fd() in
// the child, e.g. from QProcess::setChildProcessModifier) and then calls releaseToChild(pid):
// our descriptor is closed, QEMU's copy keeps the lock, and the VM stays locked exactly as long
// as QEMU runs, even when the process that started it has exited or crashed. For the same
// reason release() only closes the descriptor and never calls flock(LOCK_UN), which would also
// drop the lock held through an inherited copy.
//
// Threads: a VmLock is a move-only value with no shared state; use one object from one thread
// at a time. Two VmLock objects of the same process on the same bundle conflict like two
// processes do (each acquire() opens its own file description).
#pragma once

#include "engine/core/result.h"

#include <QString>

#include <optional>

namespace Engine {

class VmLock
{
public:
    /// An empty lock that holds nothing.
    VmLock() = default;
    ~VmLock();
    VmLock(VmLock &&other) noexcept;
    VmLock &operator=(VmLock &&other) noexcept;
    VmLock(const VmLock &) = delete;
    VmLock &operator=(const VmLock &) = delete;

    /// Locks the bundle at `bundlePath` without waiting and writes this process's pid into
    /// the lock file. Fails with ErrorCode::Locked (naming the VM and, when the holder wrote
    /// it, the holder's pid) when another description holds the lock, ErrorCode::NotFound when
    /// the bundle folder does not exist, ErrorCode::Io when the lock file cannot be opened.
    static Result<VmLock> acquire(const QString &bundlePath);

    /// True when someone holds the lock now (a try-lock that is released at once). A bundle
    /// whose lock file does not exist or cannot be opened is not locked. The answer can be
    /// stale by the time the caller acts on it: take the lock to act safely.
    static bool isLocked(const QString &bundlePath);

    /// The pid the holder wrote into the lock file, if any. Only meaningful while locked.
    static std::optional<qint64> holderPid(const QString &bundlePath);

    /// `<bundlePath>/.lock`.
    static QString lockFilePath(const QString &bundlePath);

    [[nodiscard]] bool isHeld() const { return m_fd >= 0; }
    /// The locked descriptor (O_CLOEXEC), -1 when not held. For the runner only: clear
    /// FD_CLOEXEC on it in the child between fork and exec so that the child inherits the
    /// lock. Do not close it or flock() it yourself.
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] QString bundlePath() const { return m_bundlePath; }

    /// Records `pid` (e.g. QEMU's) as the holder in the lock file, for refusal messages.
    Status setHolderPid(qint64 pid);

    /// Hands the lock over to a child that inherited fd(): writes `childPid` into the lock
    /// file and closes our descriptor. The lock then lives as long as the child (and any copy
    /// of the descriptor it passes on). If the child did not inherit the descriptor, this
    /// simply releases the lock.
    Status releaseToChild(qint64 childPid);

    /// Closes our descriptor. The lock ends unless a child inherited the descriptor.
    /// Calling it on an empty lock does nothing. The lock file is left in place on purpose:
    /// unlinking it would let two processes lock two different files of the same name.
    void release();

private:
    VmLock(int fd, QString bundlePath) : m_fd(fd), m_bundlePath(std::move(bundlePath)) {}

    int m_fd = -1;
    QString m_bundlePath;
};

} // namespace Engine
