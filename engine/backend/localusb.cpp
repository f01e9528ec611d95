// USB hot-plug through the VM's supervisor (its UsbHotplug does the QMP part).
#include "engine/backend/vmbackend.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmBackend)
};

Error noUsbHere()
{
    return Error(ErrorCode::Unsupported, Tr::tr("This kind of host cannot plug USB devices into VMs yet."));
}
} // namespace

// ---- defaults for backends without USB ----------------------------------------------------

Result<UsbHotplugged> VmBackend::usbAttach(const VmBundle &, const UsbHotplugSpec &)
{
    return noUsbHere();
}

Status VmBackend::usbDetach(const VmBundle &, const QString &)
{
    return noUsbHere();
}

Result<QList<UsbHotplugged>> VmBackend::usbDevices(const VmBundle &)
{
    return noUsbHere();
}

// ---- the local QEMU backend ---------------------------------------------------------------

Result<QJsonValue> LocalQemuBackend::usbRequest(const VmBundle &vm, const QString &op,
                                                const QJsonObject &args)
{
    // The guest's lack of USB is the first thing to say, running or not.
    if (Status s = UsbHotplug::available(vm.config); !s)
        return s.error();
    const VmRunInfo info = query(vm);
    if (info.controlSocket.isEmpty()
        || (info.state != VmRunner::State::Running && info.state != VmRunner::State::Paused)) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("%1 is not running; it is %2. Start it to plug USB devices in.")
                         .arg(vm.config.name, VmRunner::stateDisplayName(info.state)));
    }
    VmControl control;
    if (Status s = control.connectTo(info.controlSocket); !s)
        return s.error();
    return control.request(op, args);
}

Result<UsbHotplugged> LocalQemuBackend::usbAttach(const VmBundle &vm, const UsbHotplugSpec &spec)
{
    auto r = usbRequest(vm, QStringLiteral("usb-attach"), {{QStringLiteral("spec"), spec.toJson()}});
    if (!r)
        return r.error();
    return UsbHotplugged::fromJson(r->toObject());
}

Status LocalQemuBackend::usbDetach(const VmBundle &vm, const QString &deviceId)
{
    auto r = usbRequest(vm, QStringLiteral("usb-detach"), {{QStringLiteral("deviceId"), deviceId}});
    if (!r)
        return r.error();
    return {};
}

Result<QList<UsbHotplugged>> LocalQemuBackend::usbDevices(const VmBundle &vm)
{
    auto r = usbRequest(vm, QStringLiteral("usb-list"), {});
    if (!r)
        return r.error();
    QList<UsbHotplugged> devices;
    for (const QJsonValue &v : r->toArray())
        devices.append(UsbHotplugged::fromJson(v.toObject()));
    return devices;
}

} // namespace Engine
