#include "usb/attach/passthroughattach.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using Engine::Error;
using Engine::ErrorCode;

namespace Usb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsbAttach)
};
} // namespace

PassthroughAttach::PassthroughAttach(AttachFn attach, DetachFn detach, Engine::Status available,
                                     QObject *parent)
    : UsbAttach(parent), m_attach(std::move(attach)), m_detach(std::move(detach)),
      m_available(std::move(available))
{
}

PassthroughAttach *PassthroughAttach::overBackend(Engine::VmBackend &backend, const Engine::VmBundle &vm,
                                                  QObject *parent)
{
    auto *self = new PassthroughAttach(nullptr, nullptr, Engine::UsbHotplug::available(vm.config), parent);
    QPointer<PassthroughAttach> guard(self);
    // The backend answers synchronously; the signal still comes on the next turn.
    self->m_attach = [&backend, vm, guard](const Engine::UsbHotplugSpec &spec, auto done) {
        const auto r = backend.usbAttach(vm, spec);
        QTimer::singleShot(0, guard, [done, r] { done(r); });
    };
    self->m_detach = [&backend, vm, guard](const QString &id, auto done) {
        const Engine::Status s = backend.usbDetach(vm, id);
        QTimer::singleShot(0, guard, [done, s] { done(s); });
    };
    return self;
}

PassthroughAttach *PassthroughAttach::overHotplug(Engine::UsbHotplug &hotplug, const Engine::VmConfig &config,
                                                  QObject *parent)
{
    return new PassthroughAttach(
        [&hotplug](const Engine::UsbHotplugSpec &spec, auto done) {
            hotplug.attach(spec, [done](const Engine::Result<QJsonValue> &r) {
                if (r)
                    done(Engine::UsbHotplugged::fromJson(r->toObject()));
                else
                    done(r.error());
            });
        },
        [&hotplug](const QString &id, auto done) {
            hotplug.detach(id, [done](const Engine::Result<QJsonValue> &r) {
                done(r ? Engine::Status() : Engine::Status(r.error()));
            });
        },
        Engine::UsbHotplug::available(config), parent);
}

Engine::UsbHotplugSpec PassthroughAttach::specFor(const UsbDevice &device)
{
    Engine::UsbHotplugSpec spec;
    const int dash = device.portPath.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        spec.hostBus = device.bus;
        spec.hostPort = device.portPath.mid(dash + 1);
    } else {
        spec.vendorId = device.vendorId;
        spec.productId = device.productId;
    }
    return spec;
}

Engine::Status PassthroughAttach::canAttach(const UsbDevice &device) const
{
    if (!m_available)
        return m_available;
    if (!device.accessible) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("You may not use %1 (no write access to /dev/bus/usb/%2/%3). Install "
                            "Emanon's udev rule (docs/usb.md) or ask your administrator.")
                         .arg(device.displayName())
                         .arg(device.bus, 3, 10, QLatin1Char('0'))
                         .arg(device.address, 3, 10, QLatin1Char('0')));
    }
    return {};
}

void PassthroughAttach::attach(const UsbDevice &device)
{
    if (Engine::Status s = canAttach(device); !s) {
        QTimer::singleShot(0, this, [this, device, e = s.error()] { Q_EMIT attachFinished(device, e); });
        return;
    }
    QPointer<PassthroughAttach> self(this);
    m_attach(specFor(device), [self, device](const Engine::Result<Engine::UsbHotplugged> &r) {
        if (!self)
            return;
        if (r)
            self->m_ids.insert(device.key(), r->id);
        Q_EMIT self->attachFinished(device, r ? Error() : r.error());
    });
}

void PassthroughAttach::detach(const UsbDevice &device)
{
    const QString id = m_ids.value(device.key());
    if (id.isEmpty()) {
        QTimer::singleShot(0, this, [this, device] {
            Q_EMIT detachFinished(device, Error(ErrorCode::NotFound,
                                                Tr::tr("%1 is not connected to the VM.").arg(device.displayName())));
        });
        return;
    }
    QPointer<PassthroughAttach> self(this);
    m_detach(id, [self, device](const Engine::Status &s) {
        if (!self)
            return;
        if (s)
            self->m_ids.remove(device.key());
        Q_EMIT self->detachFinished(device, s ? Error() : s.error());
    });
}

bool PassthroughAttach::isAttached(const UsbDevice &device) const
{
    return m_ids.contains(device.key());
}

} // namespace Usb
