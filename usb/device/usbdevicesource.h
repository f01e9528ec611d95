// UsbDeviceSource: where the list of host USB devices comes from (libusb on a real host, a
// fake in tests), with hotplug notifications.
//
// Threading: lives on the thread that created it; signals are delivered there.
#pragma once

#include "engine/core/result.h"
#include "usb/device/usbdevice.h"

#include <QObject>

namespace Usb {

class UsbDeviceSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The devices plugged in now (hubs included; callers skip them).
    [[nodiscard]] virtual QList<UsbDevice> devices() const = 0;
    /// Ok, or why there is no list: no USB on this host, no permission, libusb failed. The
    /// message is for the user; an empty list with an ok status means nothing is plugged in.
    [[nodiscard]] virtual Engine::Status availability() const = 0;

Q_SIGNALS:
    void deviceArrived(const Usb::UsbDevice &device);
    void deviceLeft(const Usb::UsbDevice &device);
};

} // namespace Usb
