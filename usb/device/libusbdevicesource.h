// LibusbDeviceSource: the host's USB devices through libusb, with hotplug.
//
// Names come from the device's own strings when the user may open it, else from usb.ids.
// Hotplug uses libusb's hotplug callbacks where the platform has them (Linux with udev or
// netlink), polled from the Qt event loop; otherwise the list is re-read every two seconds
// and compared. A host without USB (/sys/bus/usb missing: containers, some VMs) is not an
// error to hide: availability() says so in words.
#pragma once

#include "usb/device/usbdevicesource.h"
#include "usb/device/usbids.h"

#include <QTimer>

struct libusb_context;
struct libusb_device;

namespace Usb {

class LibusbDeviceSource : public UsbDeviceSource
{
    Q_OBJECT
public:
    /// `sysfsRoot`: where to look for /sys/bus/usb (tests point it elsewhere).
    explicit LibusbDeviceSource(const UsbIds *ids = nullptr, QObject *parent = nullptr,
                                const QString &sysfsRoot = QStringLiteral("/sys"));
    ~LibusbDeviceSource() override;

    [[nodiscard]] QList<UsbDevice> devices() const override { return m_devices; }
    [[nodiscard]] Engine::Status availability() const override { return m_status; }
    /// Re-reads the list now (and emits arrivals and departures).
    void refresh();

private:
    UsbDevice describe(libusb_device *dev) const;
    void pollEvents();

    const UsbIds *m_ids;
    libusb_context *m_ctx = nullptr;
    Engine::Status m_status;
    QList<UsbDevice> m_devices;
    QTimer m_timer;
    bool m_hotplug = false;
    bool m_dirty = false;
    int m_callback = 0; ///< libusb_hotplug_callback_handle
};

} // namespace Usb
