// UsbAttach: one way of giving a host USB device to a running VM. app/ only talks to this
// interface: SPICE redirection (display/usb, through the console's SPICE connection) and
// QEMU passthrough (PassthroughAttach, usb-host over QMP) both implement it.
//
// Ordering: every attach() ends in exactly one attachFinished(), every detach() in exactly one
// detachFinished(), never from inside the call itself.
#pragma once

#include "engine/core/result.h"
#include "usb/device/usbdevice.h"

#include <QObject>

namespace Usb {

class UsbAttach : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// "redirect" or "passthrough", as UsbRule::via names them.
    [[nodiscard]] virtual QString via() const = 0;
    /// Why this device cannot be attached this way now (guest without USB, no free slot...).
    [[nodiscard]] virtual Engine::Status canAttach(const UsbDevice &device) const = 0;
    virtual void attach(const UsbDevice &device) = 0;
    virtual void detach(const UsbDevice &device) = 0;
    [[nodiscard]] virtual bool isAttached(const UsbDevice &device) const = 0;

Q_SIGNALS:
    /// error.code is None when the device is now the VM's.
    void attachFinished(const Usb::UsbDevice &device, const Engine::Error &error);
    void detachFinished(const Usb::UsbDevice &device, const Engine::Error &error);
};

} // namespace Usb
