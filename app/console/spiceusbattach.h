// SpiceUsbAttach: SPICE USB redirection (display/usb's SpiceUsbRedirector) as one of the USB
// library's ways in (Usb::UsbAttach, via "redirect"). app/ joins the two so that display/ and
// usb/ stay independent of each other.
#pragma once

#include "display/usb/spiceusbredirector.h"
#include "usb/attach/usbattach.h"

#include <QHash>

namespace App {

class SpiceUsbAttach : public Usb::UsbAttach
{
    Q_OBJECT
public:
    explicit SpiceUsbAttach(DisplayChannel::SpiceUsbRedirector *redirector, QObject *parent = nullptr);

    [[nodiscard]] QString via() const override { return QStringLiteral("redirect"); }
    [[nodiscard]] Engine::Status canAttach(const Usb::UsbDevice &device) const override;
    void attach(const Usb::UsbDevice &device) override;
    void detach(const Usb::UsbDevice &device) override;
    [[nodiscard]] bool isAttached(const Usb::UsbDevice &device) const override;

private:
    DisplayChannel::SpiceUsbRedirector *m_redirector;
    QHash<QString, Usb::UsbDevice> m_pending; ///< by "bus:address", until the answer comes
};

} // namespace App
