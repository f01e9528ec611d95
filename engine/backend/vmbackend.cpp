#include "engine/backend/vmbackend.h"

#include <QCoreApplication>

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

Error notRunning(const VmBundle &vm, const VmRunInfo &info, const QString &details = {})
{
    return Error(ErrorCode::StateRefused,
                 Tr::tr("%1 is not running; it is %2.")
                     .arg(vm.config.name, VmRunner::stateDisplayName(info.state)),
                 details);
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
    if (info.controlSocket.isEmpty()
        || info.state == VmRunner::State::Stopped || info.state == VmRunner::State::Crashed)
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
    if (info.consoleSocket.isEmpty()
        || info.state == VmRunner::State::Stopped || info.state == VmRunner::State::Crashed)
        return notRunning(vm, info);
    return info.consoleSocket;
}

} // namespace Engine
