// UsbMenu: the console window's USB menu. Lists this computer's USB devices (checked when the
// VM has them) and connects one by SPICE redirection when the screen is connected and a slot
// is free, else by QEMU passthrough; plugs in emulated devices (a USB stick from an image
// file, a tablet, a keyboard) and removes them again. While the screen is connected it also
// applies the VM's redirect rules (auto-connect on connect and on plug-in). A guest without
// USB gets one disabled entry saying why. Built each time it opens.
#pragma once

#include "engine/backend/vmbackend.h"
#include "usb/device/usbdevicesource.h"
#include "usb/device/usbids.h"

#include <QMenu>
#include <QPointer>

namespace DisplayChannel {
class SpiceSession;
class SpiceUsbRedirector;
} // namespace DisplayChannel

namespace Usb {
class PassthroughAttach;
class UsbAttach;
class UsbAutoConnect;
} // namespace Usb

namespace App {

class SpiceUsbAttach;

class UsbMenu : public QMenu
{
    Q_OBJECT
public:
    /// `source`: the host's devices (null: libusb, owned by the menu).
    UsbMenu(Engine::VmBackend &backend, const Engine::VmBundle &bundle,
            Usb::UsbDeviceSource *source = nullptr, QWidget *parent = nullptr);
    ~UsbMenu() override;

    /// The console's SPICE session: redirection and redirect rules work while it is connected.
    void setSpiceSession(DisplayChannel::SpiceSession *session);
    /// Rebuilds the entries now (done on every aboutToShow).
    void rebuild();

Q_SIGNALS:
    /// Something the user asked for failed; the console shows it.
    void problem(const QString &title, const Engine::Error &error);

private:
    void addHostDevices();
    void addEmulatedDevices();
    void toggleHost(const Usb::UsbDevice &device, bool on);
    void plug(const Engine::UsbHotplugSpec &spec);
    void plugStick();
    void onAttachFinished(const Usb::UsbDevice &device, const Engine::Error &error);

    Engine::VmBackend &m_backend;
    Engine::VmBundle m_bundle;
    Usb::UsbIds m_ids;
    Usb::UsbDeviceSource *m_source = nullptr;
    Usb::PassthroughAttach *m_passthrough = nullptr;
    DisplayChannel::SpiceUsbRedirector *m_redirector = nullptr;
    SpiceUsbAttach *m_redirect = nullptr;
    Usb::UsbAutoConnect *m_auto = nullptr;
    QList<Engine::UsbRule> m_never;
};

} // namespace App
