// SpiceUsbRedirector: USB redirection over a SpiceSession's usbredir channels (QEMU's
// usb-redir slots, one per channel), with spice-client-glib's SpiceUsbDeviceManager doing
// the host side. It speaks in host bus/address pairs so that the USB library can wrap it as
// one of its ways in (app/ adapts it to Usb::UsbAttach; display/ does not include usb/).
//
// Threading: like SpiceSession, main thread only. Every connectDevice() ends in exactly one
// connectFinished(), every disconnectDevice() in one disconnectFinished(), never from inside
// the call.
#pragma once

#include "engine/core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

struct _SpiceUsbDeviceManager;
struct _SpiceUsbDevice;

namespace DisplayChannel {

class SpiceSession;

class SpiceUsbRedirector : public QObject
{
    Q_OBJECT
public:
    struct Device
    {
        int bus = 0;
        int address = 0;
        QString description; ///< "Manufacturer Product"
        bool connected = false;
    };

    explicit SpiceUsbRedirector(SpiceSession *session, QObject *parent = nullptr);
    ~SpiceUsbRedirector() override;

    /// Ok when the VM offers usbredir channels and this client can redirect; else why not.
    [[nodiscard]] Engine::Status availability() const;
    /// usbredir channels not carrying a device now.
    [[nodiscard]] int freeSlots() const;
    [[nodiscard]] QList<Device> devices() const;
    /// Why the device at bus/address cannot be redirected now (no free slot, a filter...).
    [[nodiscard]] Engine::Status canRedirect(int bus, int address) const;
    [[nodiscard]] bool isConnected(int bus, int address) const;
    void connectDevice(int bus, int address);
    void disconnectDevice(int bus, int address);

Q_SIGNALS:
    void connectFinished(int bus, int address, const Engine::Error &error);
    void disconnectFinished(int bus, int address, const Engine::Error &error);
    /// A device came, went, or changed hands.
    void devicesChanged();

private:
    friend struct UsbRedirCallbacks;
    _SpiceUsbDeviceManager *manager() const;
    _SpiceUsbDevice *find(int bus, int address) const;
    void later(const std::function<void()> &f);

    QPointer<SpiceSession> m_session;
    mutable _SpiceUsbDeviceManager *m_manager = nullptr; ///< owned by the glib session
    mutable Engine::Error m_managerError;
};

} // namespace DisplayChannel
