// VmLibrary: the folder of VM bundles, and the operations that create, find, change, clone
// and delete them.
//
// A VM is a bundle folder `<library>/<name>.emanon/` holding vm.json (the VmConfig), disks/,
// snapshots.json, screenshots/ and log/. The folder name is the VM's identity in the library:
// two bundles never differ only in letter case, and a loaded config's name is the folder's
// name (a hand-edited vm.json whose "name" differs is corrected on the next save).
//
// Guarantees:
// - Nothing half-made is ever visible: create and clone build the bundle in a hidden
//   `.tmp-<uuid>` folder inside the library and rename it into place (no-replace rename), and
//   remove every trace on failure or cancel. Folders starting with '.' are never listed.
// - Every vm.json write is atomic (writeFileAtomic): a failed write keeps the old file.
// - Operations that must not run alongside a running VM (rename, remove, clone) take the VM's
//   VmLock first and refuse with ErrorCode::Locked and the reason.
// - Disks are not modified by reading or listing; list() and open() never write anything.
//
// Threads: a VmLibrary is a small value (the root path) without shared state; its calls are
// synchronous, run on the calling thread and may be used from several threads at once. Calls
// that run qemu-img (create, cloneLinked, rename, remove) block for as long
// as qemu-img runs; long copies go through CloneJob. Between processes, races on one name
// are settled by the no-replace rename: one wins, the other fails with AlreadyExists.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/job.h"
#include "engine/core/result.h"
#include "engine/library/vmlock.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Engine {

class QemuImgJob;

/// One VM bundle on disk: its folder and its loaded definition.
struct VmBundle
{
    QString path; ///< absolute path of the `<name>.emanon` folder
    VmConfig config;

    /// The VM's name: the bundle folder's name without ".emanon".
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString vmJsonPath() const;
    [[nodiscard]] QString disksDir() const;
    [[nodiscard]] QString logDir() const;
    [[nodiscard]] QString screenshotsDir() const;
    [[nodiscard]] QString snapshotsJsonPath() const;
    /// The absolute path of a disk image (disk paths in vm.json are bundle-relative unless
    /// absolute).
    [[nodiscard]] QString diskPath(const DiskConfig &disk) const;
    /// `maybeRelative` made absolute against the bundle folder; absolute paths and empty
    /// strings are returned unchanged.
    [[nodiscard]] QString resolve(const QString &maybeRelative) const;
};

/// One bundle found in the library: loaded, or with the error that loading it gave (a damaged
/// vm.json is listed, not hidden, so the user can see and repair or delete it).
struct VmEntry
{
    QString path;    ///< absolute path of the bundle folder
    QString name;    ///< folder name without ".emanon"
    VmConfig config; ///< valid only when ok()
    Error error;     ///< ErrorCode::None when loaded; details start with the vm.json path

    [[nodiscard]] bool ok() const { return error.code == ErrorCode::None; }
};

/// A disk to create with a new VM. It is added to the config as `disks/<node>.<ext>`.
struct NewDisk
{
    QString node;                             ///< drive name, e.g. "disk0"
    qint64 sizeBytes = 0;                     ///< virtual size, > 0
    QString format = QStringLiteral("qcow2"); ///< qcow2, raw, vmdk, vdi, vpc, vhdx
    DiskBus bus = DiskBus::Ide;
};

class CloneJob; // engine/library/clonejob.h

class VmLibrary
{
    Q_DECLARE_TR_FUNCTIONS(VmLibrary)

public:
    /// A library rooted at `root` (made absolute). Nothing is created until ensureExists() or
    /// a call that writes.
    explicit VmLibrary(const QString &root);

    /// $EMANON_LIBRARY when set; else `<user data>/emanon/vms` ($XDG_DATA_HOME/emanon/vms,
    /// normally ~/.local/share/emanon/vms), the same folder QStandardPaths::AppDataLocation +
    /// "/vms" gives when the application called QCoreApplication::setApplicationName("emanon")
    /// without an organization name. It is derived from the generic data location so that
    /// every program (emanon, emanonctl, tests) finds the same library whatever its
    /// application name.
    static QString defaultRoot();

    [[nodiscard]] QString root() const { return m_root; }
    /// The bundle folder `bundlePath` (absolute), loaded or with its load error, wherever it
    /// is (see VmRegistry for bundles outside a library folder).
    static VmEntry entryAt(const QString &bundlePath);
    /// Where the bundle of a VM called `name` lives (whether or not it exists).
    [[nodiscard]] QString bundlePathFor(const QString &name) const;
    /// `<library>/.trash`.
    [[nodiscard]] QString trashPath() const;

    /// Creates the library folder if needed; ErrorCode::Io when it cannot be created, is not
    /// a folder or is not writable.
    Status ensureExists() const;

    /// Every bundle, sorted by name (locale-aware, case-insensitive), each loaded or with its
    /// load error. A library folder that does not exist yet is empty; an unreadable one is an
    /// Io error.
    Result<QList<VmEntry>> list() const;

    /// A VM by bundle name (exact, else case-insensitive) or by uuid. NotFound names the VM and
    /// suggests `emanonctl list`; a damaged vm.json gives its ConfigParse / SchemaVersion
    /// error with the file's path in the details.
    Result<VmBundle> open(const QString &nameOrUuid) const;

    /// Creates a new VM. Checks the name, then the whole config on this host (every problem in
    /// one ConfigInvalid error), refuses a name taken in any letter case or a uuid in use
    /// (AlreadyExists); assigns a uuid when null and a MAC (52:54:00:xx:xx:xx) to every NIC
    /// without one; creates `newDisks` with qemu-img and appends them to config.disks. Relative
    /// disk paths must name one of the new disks; absolute ones are referenced as they are.
    /// On any failure nothing is left in the library.
    Result<VmBundle> create(VmConfig config, const QList<NewDisk> &newDisks = {});

    /// Validates the bundle's config and writes its vm.json atomically. The config's name must
    /// be the bundle's name (use rename() to change it). The bundle must exist. A suspended VM
    /// refuses changes that would break its restore (SavedState::configLockRefusal).
    Status save(const VmBundle &bundle) const;

    /// Renames a VM: its folder and the name in vm.json. Refuses a bad or taken name, a VM in
    /// use (Locked), and a VM whose disks back linked clones (StateRefused: the clones refer
    /// to its disks by path). If vm.json cannot be written the folder is renamed back.
    Result<VmBundle> rename(const QString &nameOrUuid, const QString &newName);

    /// A linked clone: a new VM (new uuid, new MACs) whose disks are qcow2 overlays
    /// `disks/<node>.qcow2` backed by the source's images (absolute paths). Pass-through disks
    /// are referenced, not copied. Refuses a source in use (Locked): its disks would change
    /// under the clone. The source's disks then become the clone's base: the clone is only
    /// correct while they are not written again, so callers should treat a VM with linked
    /// clones (see linkedClonesOf()) as a read-only template. Snapshots are not cloned.
    Result<VmBundle> cloneLinked(const QString &sourceNameOrUuid, const QString &newName);

    /// A full clone as a Job (not started): every disk is copied into a new qcow2 image with
    /// qemu-img convert, flattening any backing chain. Pass-through disks are referenced.
    /// The source stays locked while the job runs. Cancel or failure removes everything the
    /// job created. Errors found before copying (bad name, source not found or in use) end
    /// the job with failed() right after start().
    CloneJob *cloneFull(const QString &sourceNameOrUuid, const QString &newName,
                        QObject *parent = nullptr) const;

    /// Moves a VM to `<library>/.trash/<name>-<yyyyMMdd-HHmmss>.emanon` (not listed). Works on
    /// damaged bundles too. Refuses a VM in use (Locked) or one whose disks back linked clones
    /// (StateRefused).
    Status remove(const QString &nameOrUuid);

    /// Absolute paths of the bundles in the trash, sorted.
    [[nodiscard]] QStringList trashed() const;

    /// Deletes the trash for good. A trashed bundle that is locked is kept and reported.
    Status emptyTrash();

    /// Names of the other VMs whose disk images use a disk of this VM as backing file (linked
    /// clones). Reads their qcow2 headers (see linkedclones.h).
    Result<QStringList> linkedClonesOf(const QString &nameOrUuid) const;

    /// A random locally administered QEMU MAC address, 52:54:00:xx:xx:xx.
    static QString randomMac();

private:
    friend class CloneJob;
    /// What prepareClone() hands to cloneLinked() and CloneJob: the locked source, the new
    /// config and the hidden folder the clone is built in.
    struct ClonePlan
    {
        VmBundle source;
        VmLock lock;
        VmConfig config;
        QString tempPath;
    };

    Result<VmEntry> findEntry(const QString &nameOrUuid) const;
    Result<VmEntry> loadEntry(const QString &bundlePath) const;
    Status checkNameFree(const QString &name, const QString &exceptPath = {}) const;
    Result<QString> makeTempBundle(const QUuid &uuid) const;
    Result<VmBundle> commitBundle(const QString &tempPath, VmConfig config) const;
    Result<ClonePlan> prepareClone(const QString &source, const QString &newName,
                                   bool linked) const;
    Status refuseIfBacking(const VmBundle &bundle, const QString &action) const;

    QString m_root;
};

} // namespace Engine
