// SnapshotManager: the snapshot operations of one VM, keeping snapshots.json and the qcow2
// images in agreement.
//
// Every operation runs under the VM's snapshot lock (<bundle>/.snapshots.lock, flock), so two
// processes never change one VM's snapshots at once; an offline operation also holds the VM's
// bundle lock, so the VM cannot start while qemu-img changes its disks. Each job re-reads and
// reconciles the tree first, carries out the image operation through the VmBackend, and only
// after it succeeded writes snapshots.json (and, for a revert, vm.json) atomically. A failure
// in the middle therefore leaves the tree describing what the images hold, and the next load
// reconciles whatever a crash left behind.
//
// Lives on the thread that created it; treeChanged() is emitted there after every change made
// through this manager (and after reload()).
#pragma once

#include "engine/core/job.h"
#include "engine/library/vmlibrary.h"
#include "engine/snapshots/snapshottree.h"

#include <QPointer>

#include <optional>

namespace Engine {

class VmBackend;
class SnapshotJob;

class SnapshotManager : public QObject
{
    Q_OBJECT
public:
    SnapshotManager(const VmBundle &vm, VmBackend &backend, QObject *parent = nullptr);
    ~SnapshotManager() override;

    /// Reads snapshots.json and reconciles it with the disks (saving the result when it
    /// changed). A damaged snapshots.json is reported and left as it is; the tree is then empty
    /// and every operation refused until it is repaired.
    Status reload();
    [[nodiscard]] const SnapshotTree &tree() const { return m_tree; }
    [[nodiscard]] const VmBundle &vm() const { return m_vm; }
    [[nodiscard]] VmBackend &backend() const { return m_backend; }
    /// The error of the last reload(), code None when it worked.
    [[nodiscard]] const Error &loadError() const { return m_loadError; }

    /// Why this VM cannot have snapshots at all (pass-through or non-qcow2 writable disks, no
    /// writable qcow2 disk), or nothing.
    [[nodiscard]] std::optional<Error> diskRefusal() const;
    /// Why a snapshot cannot be taken now (diskRefusal(); the VM is suspended), or nothing.
    [[nodiscard]] std::optional<Error> takeRefusal() const;
    /// Why a revert to `id` is refused now (broken snapshot; disk-only or different hardware
    /// while the VM runs; the VM suspended), or nothing.
    [[nodiscard]] std::optional<Error> revertRefusal(const QString &id) const;
    /// The writable qcow2 disks that take part in snapshots.
    [[nodiscard]] QStringList snapshotDisks() const;
    /// The disks that are left out (read-only), for display.
    [[nodiscard]] QStringList skippedDisks() const;

    /// Jobs, not started, owned by `parent`. Errors found before any image operation end the
    /// job with failed() right after start(). An empty name picks "Snapshot N".
    SnapshotJob *take(const QString &name, const QString &description = {},
                      QObject *parent = nullptr);
    SnapshotJob *revert(const QString &id, QObject *parent = nullptr);
    /// Deletes one snapshot (children move to its parent) or, with `branch`, it and everything
    /// below it.
    SnapshotJob *remove(const QString &id, bool branch, QObject *parent = nullptr);
    /// Metadata only: quick, synchronous, atomic.
    Status rename(const QString &id, const QString &name);
    Status describe(const QString &id, const QString &description);

    /// The fields of vm.json that differ between two configs, as "field: old -> new" lines
    /// (name, uuid and notes do not count). Pure.
    static QStringList configDifferences(const QJsonObject &from, const QJsonObject &to);
    /// A name problem (empty, too long, control characters) or an empty string.
    static QString nameProblem(const QString &name);

Q_SIGNALS:
    void treeChanged();

private:
    friend class SnapshotJob;
    /// Reads and reconciles the tree from disk while the caller holds the snapshot lock.
    Status refresh();
    Status store();
    std::optional<Error> revertRefusal(const QString &id, bool live) const;
    Status editNode(const QString &id, const std::function<Status(SnapshotNode &)> &edit);

    VmBundle m_vm;
    VmBackend &m_backend;
    SnapshotTree m_tree;
    DiskSnapshotMap m_disks; ///< what the disks held at the last refresh
    Error m_loadError;
};

/// The job of one SnapshotManager operation. Signal order is Job's. Owns the locks while it
/// runs; the manager must outlive it.
class SnapshotJob : public Job
{
    Q_OBJECT
public:
    enum class Kind
    {
        Take = 1,
        Revert,
        Delete,
        DeleteBranch
    };
    Q_ENUM(Kind)

    ~SnapshotJob() override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] Kind kind() const { return m_kind; }
    /// Take: the new snapshot's id (after success). Others: the snapshot asked for.
    [[nodiscard]] QString snapshotId() const { return m_id; }
    /// Whether it ran live (through the running VM) or offline.
    [[nodiscard]] bool live() const { return m_live; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    friend class SnapshotManager;
    SnapshotJob(SnapshotManager *manager, Kind kind, QObject *parent);
    struct Locks;

    Status prepare();
    Status prepareTake();
    void runImageJob(const SnapshotRequest &request);
    void onImageDone();
    void nextDelete();
    void finishTake();
    void finishRevert();
    void fail(const Error &error);
    void release();

    QPointer<SnapshotManager> m_manager;
    Kind m_kind;
    QString m_id;
    QString m_name;
    QString m_description;
    bool m_live = false;
    SnapshotNode m_newNode;
    QStringList m_toDelete; ///< delete: ids still to go, in order
    Job *m_image = nullptr;
    std::unique_ptr<Locks> m_locks;
};

} // namespace Engine
