#include "engine/backend/vmbackend.h"

#include "engine/backend/suspendjob.h"
#include "engine/core/atomicfile.h"
#include "engine/library/savedstate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmBackend)
};

QString requestName(VmRunner::Operation op)
{
    switch (op) {
    case VmRunner::Operation::Pause: return QStringLiteral("pause");
    case VmRunner::Operation::Resume: return QStringLiteral("resume");
    case VmRunner::Operation::Reset: return QStringLiteral("reset");
    case VmRunner::Operation::PowerDown: return QStringLiteral("powerdown");
    case VmRunner::Operation::Stop: return QStringLiteral("stop");
    case VmRunner::Operation::Kill: return QStringLiteral("kill");
    default: return {};
    }
}

/// What a backend without suspend support hands out: a job that fails with the reason.
class UnsupportedJob : public Job
{
public:
    UnsupportedJob(QString title, QObject *parent) : Job(parent), m_title(std::move(title)) {}
    [[nodiscard]] QString title() const override { return m_title; }

protected:
    void doStart() override
    {
        finishFailure(Error(ErrorCode::Unsupported,
                            Tr::tr("This kind of VM host cannot suspend VMs.")));
    }
    void doCancel() override { finishCanceled(); }

private:
    QString m_title;
};

Error notRunning(const VmBundle &vm, const VmRunInfo &info, const QString &details = {})
{
    if (info.state == VmRunner::State::Saved) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("%1 is suspended, not running. Start it to resume it; to turn it "
                            "off for good, discard its saved state.")
                         .arg(vm.config.name),
                     details);
    }
    return Error(ErrorCode::StateRefused,
                 Tr::tr("%1 is not running; it is %2.")
                     .arg(vm.config.name, VmRunner::stateDisplayName(info.state)),
                 details);
}

/// The QMP request (through the supervisor's "qmp" pass-through) that changes the medium of
/// drive `node` (its qdev id) to `path`, or ejects it when `path` is empty. `force`: a tray
/// the guest locked is opened anyway, as the user asked for the change.
QJsonObject mediumCommand(const QString &node, const QString &path, bool cdrom)
{
    if (path.isEmpty()) {
        return {{QStringLiteral("execute"), QStringLiteral("eject")},
                {QStringLiteral("arguments"),
                 QJsonObject{{QStringLiteral("id"), node}, {QStringLiteral("force"), true}}}};
    }
    return {{QStringLiteral("execute"), QStringLiteral("blockdev-change-medium")},
            {QStringLiteral("arguments"),
             QJsonObject{{QStringLiteral("id"), node},
                         {QStringLiteral("filename"), path},
                         {QStringLiteral("format"), QStringLiteral("raw")},
                         {QStringLiteral("force"), true},
                         {QStringLiteral("read-only-mode"),
                          cdrom ? QStringLiteral("read-only") : QStringLiteral("read-write")}}}};
}
} // namespace

VmRunInfo LocalQemuBackend::query(const VmBundle &vm)
{
    return VmControl::query(vm.path, vm.config);
}

Result<VmRunInfo> LocalQemuBackend::start(const VmBundle &vm, const QString &accelPreference)
{
    return VmControl::launch(vm.path, vm.config, accelPreference);
}

Status LocalQemuBackend::request(const VmBundle &vm, Operation op, const QJsonObject &args)
{
    const QString name = requestName(op);
    if (name.isEmpty())
        return Error(ErrorCode::Unsupported, Tr::tr("This operation is not available yet."));
    const VmRunInfo info = query(vm);
    if (info.controlSocket.isEmpty() || !VmRunner::hasProcess(info.state))
        return notRunning(vm, info);
    VmControl control;
    if (Status s = control.connectTo(info.controlSocket); !s) {
        // The supervisor is gone but QEMU may still hold the VM: cutting the power must
        // still work, or the user could never get the VM back.
        const bool cut = op == Operation::Kill
                         || (op == Operation::Stop && args.value(QLatin1String("force")).toBool());
        if (cut && info.qemuPid > 0)
            return VmControl::terminateOrphan(vm.path, vm.config, info);
        return notRunning(vm, info, s.error().details);
    }
    auto r = control.request(name, args);
    if (!r)
        return r.error();
    return {};
}

Result<QString> LocalQemuBackend::consoleEndpoint(const VmBundle &vm)
{
    const VmRunInfo info = query(vm);
    if (info.consoleSocket.isEmpty() || !VmRunner::hasProcess(info.state))
        return notRunning(vm, info);
    return info.consoleSocket;
}

// ---- suspend -----------------------------------------------------------------------------

Job *VmBackend::suspendJob(const VmBundle &vm, QObject *parent)
{
    return new UnsupportedJob(Tr::tr("Suspending %1").arg(vm.config.name), parent);
}

Status VmBackend::discardSavedState(const VmBundle &)
{
    return Error(ErrorCode::Unsupported, Tr::tr("This kind of VM host cannot suspend VMs."));
}

Job *LocalQemuBackend::suspendJob(const VmBundle &vm, QObject *parent)
{
    return new SuspendJob(vm, parent);
}

Status LocalQemuBackend::discardSavedState(const VmBundle &vm)
{
    const VmRunInfo info = query(vm);
    if (auto why = VmRunner::refusal(info.state, Operation::Discard)) {
        return Error(why->code,
                     Tr::tr("%1 has no saved state to discard; it is %2.")
                         .arg(vm.config.name, VmRunner::stateDisplayName(info.state)));
    }
    if (VmLock::isLocked(vm.path)) // a start is restoring it right now
        return Error(ErrorCode::Locked, Tr::tr("%1 is starting; its saved state is in use.")
                                            .arg(vm.config.name));
    return SavedState::discard(vm.path);
}

// ---- removable media ----------------------------------------------------------------------

Status LocalQemuBackend::changeMedium(VmBundle &vm, const QString &node, const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isAbsolute())
        return Error(ErrorCode::InvalidArgument, Tr::tr("Give the image file with its full path."));
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::NotFound,
                     Tr::tr("The image %1 does not exist or is not a file.").arg(path));
    return setMedium(vm, node, path);
}

Status LocalQemuBackend::ejectMedium(VmBundle &vm, const QString &node)
{
    return setMedium(vm, node, {});
}

/// The live change over QMP (blockdev-change-medium / eject with the drive's qdev id, which
/// is the media node), then vm.json. `path` empty = eject.
Status LocalQemuBackend::setMedium(VmBundle &vm, const QString &node, const QString &path)
{
    VmConfig config = vm.config;
    auto it = std::find_if(config.media.begin(), config.media.end(),
                           [&](const MediaConfig &m) { return m.node == node; });
    if (it == config.media.end()) {
        QStringList drives;
        for (const MediaConfig &m : config.media)
            drives << m.node;
        return Error(ErrorCode::NotFound,
                     Tr::tr("%1 has no CD-ROM or floppy drive \"%2\". Its drives: %3.")
                         .arg(vm.config.name, node,
                              drives.isEmpty() ? Tr::tr("none") : drives.join(QStringLiteral(", "))));
    }
    const VmRunInfo info = query(vm);
    const bool live = info.state == VmRunner::State::Running || info.state == VmRunner::State::Paused;
    // Without QEMU (stopped, crashed, or suspended: media are not part of what a saved state
    // depends on, as in VirtualBox) the change is to vm.json only.
    if (!live && VmRunner::hasProcess(info.state)) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("%1 is %2; change the medium once it is running or stopped.")
                         .arg(vm.config.name, VmRunner::stateDisplayName(info.state)));
    }
    if (live) {
        VmControl control;
        if (Status s = control.connectTo(info.controlSocket); !s)
            return notRunning(vm, info, s.error().details);
        auto r = control.request(QStringLiteral("qmp"),
                                 mediumCommand(node, path, it->kind == MediaConfig::Kind::CdRom));
        if (!r) {
            return Error(r.error().code,
                         path.isEmpty() ? Tr::tr("The medium in %1 could not be ejected.").arg(node)
                                        : Tr::tr("%1 could not be inserted into %2.").arg(path, node),
                         r.error().toString());
        }
    }
    it->path = path;
    if (Status s = writeFileAtomic(vm.vmJsonPath(), config.toJson()); !s) {
        return Error(s.error().code,
                     live ? Tr::tr("The medium was changed in the running VM, but vm.json could "
                                   "not be saved, so the change ends with this run.")
                          : s.error().message,
                     s.error().details);
    }
    vm.config = config;
    return {};
}

} // namespace Engine
