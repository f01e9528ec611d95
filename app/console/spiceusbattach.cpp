#include "app/console/spiceusbattach.h"

namespace App {

namespace {
QString keyOf(int bus, int address)
{
    return QStringLiteral("%1:%2").arg(bus).arg(address);
}
} // namespace

SpiceUsbAttach::SpiceUsbAttach(DisplayChannel::SpiceUsbRedirector *redirector, QObject *parent)
    : Usb::UsbAttach(parent), m_redirector(redirector)
{
    connect(redirector, &DisplayChannel::SpiceUsbRedirector::connectFinished, this,
            [this](int bus, int address, const Engine::Error &e) {
                const Usb::UsbDevice d = m_pending.take(keyOf(bus, address));
                Q_EMIT attachFinished(d, e);
            });
    connect(redirector, &DisplayChannel::SpiceUsbRedirector::disconnectFinished, this,
            [this](int bus, int address, const Engine::Error &e) {
                const Usb::UsbDevice d = m_pending.take(keyOf(bus, address));
                Q_EMIT detachFinished(d, e);
            });
}

Engine::Status SpiceUsbAttach::canAttach(const Usb::UsbDevice &device) const
{
    return m_redirector->canRedirect(device.bus, device.address);
}

void SpiceUsbAttach::attach(const Usb::UsbDevice &device)
{
    m_pending.insert(device.key(), device);
    m_redirector->connectDevice(device.bus, device.address);
}

void SpiceUsbAttach::detach(const Usb::UsbDevice &device)
{
    m_pending.insert(device.key(), device);
    m_redirector->disconnectDevice(device.bus, device.address);
}

bool SpiceUsbAttach::isAttached(const Usb::UsbDevice &device) const
{
    return m_redirector->isConnected(device.bus, device.address);
}

} // namespace App
