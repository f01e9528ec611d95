// VmBackend: the one interface through which everything above the engine runs VMs.
//
// The local QEMU backend (LocalQemuBackend: a supervisor process per VM, no daemon) is the
// default; a libvirt backend for remote hosts can implement the same interface later. Nothing
// above the engine should know which backend runs a VM. Snapshot and migration operations
// join this interface as they are built. Calls are synchronous and short (they return once
// the request was accepted); long work is a Job.
#pragma once

#include "engine/core/job.h"
#include "engine/core/result.h"
#include "engine/library/vmlibrary.h"
#include "engine/migration/hostlist.h"
#include "engine/migration/migrationjob.h"
#include "engine/runner/vmcontrol.h"
#include "engine/runner/usbhotplug.h"
#include "engine/runner/vmrunner.h"
#include "engine/snapshots/snapshotrequest.h"

namespace Engine {

class VmBackend
{
public:
    using Operation = VmRunner::Operation;

    virtual ~VmBackend() = default;

    /// Stable id: "local", later "libvirt".
    [[nodiscard]] virtual QString id() const = 0;
    /// What the VM is doing now, as any process can tell.
    virtual VmRunInfo query(const VmBundle &vm) = 0;
    /// Starts the VM; returns once it runs (or why it could not).
    virtual Result<VmRunInfo> start(const VmBundle &vm, const QString &accelPreference = {}) = 0;
    /// Pause, Resume, Reset, PowerDown (args: timeoutMs), Stop (args: force, timeoutMs), Kill.
    virtual Status request(const VmBundle &vm, Operation op, const QJsonObject &args = {}) = 0;
    /// Where the first serial port can be reached (a unix socket path), if it can.
    virtual Result<QString> consoleEndpoint(const VmBundle &vm) = 0;
    /// Inserts the image `path` (absolute) into the CD-ROM or floppy drive `node`, replacing
    /// what was there: live when the VM runs (the guest sees a media change), and in vm.json
    /// (atomically) so it stays after a restart. `vm.config` is updated on success. When the
    /// live change fails nothing changes.
    virtual Status changeMedium(VmBundle &vm, const QString &node, const QString &path) = 0;
    /// Ejects the medium of drive `node` (live and in vm.json), like changeMedium().
    virtual Status ejectMedium(VmBundle &vm, const QString &node) = 0;
    /// Plugs a USB device into the running VM (usb-host passthrough, a USB stick from an
    /// image, a tablet, a keyboard); refused with the reason where the guest has no USB.
    /// Returns what was plugged in, with the id that usbDetach() takes.
    virtual Result<UsbHotplugged> usbAttach(const VmBundle &vm, const UsbHotplugSpec &spec);
    /// Unplugs a device usbAttach() plugged in; returns once QEMU has let go of it.
    virtual Status usbDetach(const VmBundle &vm, const QString &deviceId);
    /// The devices usbAttach() plugged in and that are still there.
    virtual Result<QList<UsbHotplugged>> usbDevices(const VmBundle &vm);
    /// Suspends a running or paused VM into its bundle (SavedState) as a Job, not started:
    /// progress while QEMU's state is written, success once the VM is Saved and QEMU gone;
    /// cancel leaves it running. start() of a Saved VM resumes it where it was.
    virtual Job *suspendJob(const VmBundle &vm, QObject *parent = nullptr);
    /// Drops the saved state of a Saved VM, so that its next start boots cold.
    virtual Status discardSavedState(const VmBundle &vm);
    /// Writes a PNG of the running or paused VM's screen to `pngPath` (absolute; the file
    /// appears whole or not at all), e.g. for the VM list's thumbnail. localscreen.cpp.
    virtual Status captureScreen(const VmBundle &vm, const QString &pngPath);
    /// Moves the VM to another Emanon host (engine/migration): live (the guest keeps running)
    /// or quick (suspend, copy, resume there), as a MigrationJob that is not started; or why
    /// this backend cannot.
    virtual Result<MigrationJob *> migrationJob(const VmBundle &vm, const HostEntry &host,
                                                MigrationMode mode, QObject *parent = nullptr);
    /// The internal snapshots each writable qcow2 disk holds (also while the VM runs), for
    /// reconciling the snapshot tree (SnapshotManager).
    virtual Result<DiskSnapshotMap> diskSnapshots(const VmBundle &vm) = 0;
    /// One snapshot operation on the VM's disks (live through QEMU, or offline), as a Job that
    /// is not started. The tree bookkeeping around it is SnapshotManager's.
    virtual Job *snapshotJob(const VmBundle &vm, const SnapshotRequest &request,
                             QObject *parent = nullptr) = 0;
};

/// Runs VMs as local QEMU processes, each owned by an `emanonctl supervise` process.
class LocalQemuBackend : public VmBackend
{
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("local"); }
    VmRunInfo query(const VmBundle &vm) override;
    Result<VmRunInfo> start(const VmBundle &vm, const QString &accelPreference = {}) override;
    Status request(const VmBundle &vm, Operation op, const QJsonObject &args = {}) override;
    Result<QString> consoleEndpoint(const VmBundle &vm) override;
    Status changeMedium(VmBundle &vm, const QString &node, const QString &path) override;
    Status ejectMedium(VmBundle &vm, const QString &node) override;
    Result<DiskSnapshotMap> diskSnapshots(const VmBundle &vm) override;
    Job *snapshotJob(const VmBundle &vm, const SnapshotRequest &request,
                     QObject *parent = nullptr) override;
    Job *suspendJob(const VmBundle &vm, QObject *parent = nullptr) override;
    Status discardSavedState(const VmBundle &vm) override;
    Status captureScreen(const VmBundle &vm, const QString &pngPath) override; // localscreen.cpp
    // localmigration.cpp
    Result<MigrationJob *> migrationJob(const VmBundle &vm, const HostEntry &host,
                                        MigrationMode mode, QObject *parent = nullptr) override;
    // localusb.cpp
    Result<UsbHotplugged> usbAttach(const VmBundle &vm, const UsbHotplugSpec &spec) override;
    Status usbDetach(const VmBundle &vm, const QString &deviceId) override;
    Result<QList<UsbHotplugged>> usbDevices(const VmBundle &vm) override;

private:
    Result<QJsonValue> usbRequest(const VmBundle &vm, const QString &op, const QJsonObject &args);
    Status setMedium(VmBundle &vm, const QString &node, const QString &path);
};

} // namespace Engine
