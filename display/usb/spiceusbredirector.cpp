// The GLib headers define "signals" and friends; they come first, Qt's after.
#include <spice-client.h>

#include "display/usb/spiceusbredirector.h"

#include "display/spice/spicesession.h"

#include <QCoreApplication>
#include <QTimer>

using Engine::Error;
using Engine::ErrorCode;

namespace DisplayChannel {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpiceUsbRedirector)
};

QString describe(SpiceUsbDevice *device, const char *format)
{
    gchar *text = spice_usb_device_get_description(device, format);
    const QString s = QString::fromUtf8(text).trimmed();
    g_free(text);
    return s;
}

/// bus/address through the description format (%4$d-%5$d), which needs no libusb headers here.
std::pair<int, int> place(SpiceUsbDevice *device)
{
    const QStringList parts = describe(device, "%4$d %5$d").split(QLatin1Char(' '));
    return {parts.value(0).toInt(), parts.value(1).toInt()};
}

struct Pending
{
    QPointer<SpiceUsbRedirector> self;
    int bus;
    int address;
    bool connect;
};
} // namespace

struct UsbRedirCallbacks
{
    static void changed(SpiceUsbDeviceManager *, SpiceUsbDevice *, gpointer user)
    {
        auto *self = static_cast<SpiceUsbRedirector *>(user);
        Q_EMIT self->devicesChanged();
    }
    static void managerGone(gpointer user, GObject *)
    {
        static_cast<SpiceUsbRedirector *>(user)->m_manager = nullptr;
    }
    static void finished(GObject *source, GAsyncResult *result, gpointer user)
    {
        std::unique_ptr<Pending> p(static_cast<Pending *>(user));
        auto *manager = SPICE_USB_DEVICE_MANAGER(source);
        GError *err = nullptr;
        const gboolean ok = p->connect
                                ? spice_usb_device_manager_connect_device_finish(manager, result, &err)
                                : spice_usb_device_manager_disconnect_device_finish(manager, result, &err);
        Error e;
        if (!ok) {
            const QString details = err ? QString::fromUtf8(err->message) : QString();
            e = Error(ErrorCode::StateRefused,
                      p->connect ? Tr::tr("The USB device could not be redirected to the VM. If it "
                                          "is a permission problem, install Emanon's udev rule or "
                                          "spice-client-glib's ACL helper (docs/usb.md).")
                                 : Tr::tr("The USB device could not be given back to this computer."),
                      details);
        }
        g_clear_error(&err);
        if (!p->self)
            return;
        if (p->connect)
            Q_EMIT p->self->connectFinished(p->bus, p->address, e);
        else
            Q_EMIT p->self->disconnectFinished(p->bus, p->address, e);
        Q_EMIT p->self->devicesChanged();
    }
};

SpiceUsbRedirector::SpiceUsbRedirector(SpiceSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

SpiceUsbRedirector::~SpiceUsbRedirector()
{
    if (m_manager) {
        g_signal_handlers_disconnect_by_data(m_manager, this);
        g_object_weak_unref(G_OBJECT(m_manager), UsbRedirCallbacks::managerGone, this);
    }
}

SpiceUsbDeviceManager *SpiceUsbRedirector::manager() const
{
    if (m_manager || !m_session || !m_session->glibSession())
        return m_manager;
    GError *err = nullptr;
    m_manager = spice_usb_device_manager_get(m_session->glibSession(), &err);
    if (!m_manager) {
        m_managerError = Error(ErrorCode::Unsupported,
                               Tr::tr("USB redirection is not available in this SPICE client."),
                               err ? QString::fromUtf8(err->message) : QString());
        g_clear_error(&err);
        return nullptr;
    }
    auto *self = const_cast<SpiceUsbRedirector *>(this);
    g_signal_connect(m_manager, "device-added", G_CALLBACK(UsbRedirCallbacks::changed), self);
    g_signal_connect(m_manager, "device-removed", G_CALLBACK(UsbRedirCallbacks::changed), self);
    g_object_weak_ref(G_OBJECT(m_manager), UsbRedirCallbacks::managerGone, self);
    return m_manager;
}

Engine::Status SpiceUsbRedirector::availability() const
{
    if (!m_session || m_session->state() != SpiceSession::State::Connected)
        return Error(ErrorCode::StateRefused, Tr::tr("The VM's screen is not connected."));
    if (!manager())
        return m_managerError;
    gint free = 0;
    g_object_get(m_manager, "free-channels", &free, nullptr);
    if (free == 0 && !spice_usb_device_manager_is_redirecting(m_manager) && devices().isEmpty())
        return Error(ErrorCode::Unsupported,
                     Tr::tr("The VM has no USB redirection slots. Set their number in the VM's "
                            "settings (USB) and start it again."));
    return {};
}

int SpiceUsbRedirector::freeSlots() const
{
    if (!manager())
        return 0;
    gint free = 0;
    g_object_get(m_manager, "free-channels", &free, nullptr);
    return free;
}

QList<SpiceUsbRedirector::Device> SpiceUsbRedirector::devices() const
{
    QList<Device> list;
    if (!manager())
        return list;
    GPtrArray *all = spice_usb_device_manager_get_devices(m_manager);
    for (guint i = 0; all && i < all->len; ++i) {
        auto *dev = static_cast<SpiceUsbDevice *>(g_ptr_array_index(all, i));
        const auto [bus, address] = place(dev);
        list.append({bus, address, describe(dev, "%1$s %2$s"),
                     bool(spice_usb_device_manager_is_device_connected(m_manager, dev))});
    }
    if (all)
        g_ptr_array_unref(all);
    return list;
}

SpiceUsbDevice *SpiceUsbRedirector::find(int bus, int address) const
{
    if (!manager())
        return nullptr;
    SpiceUsbDevice *found = nullptr;
    GPtrArray *all = spice_usb_device_manager_get_devices(m_manager);
    for (guint i = 0; all && i < all->len && !found; ++i) {
        auto *dev = static_cast<SpiceUsbDevice *>(g_ptr_array_index(all, i));
        if (place(dev) == std::pair{bus, address})
            found = static_cast<SpiceUsbDevice *>(g_boxed_copy(spice_usb_device_get_type(), dev));
    }
    if (all)
        g_ptr_array_unref(all);
    return found;
}

Engine::Status SpiceUsbRedirector::canRedirect(int bus, int address) const
{
    if (Engine::Status s = availability(); !s)
        return s;
    SpiceUsbDevice *dev = find(bus, address);
    if (!dev)
        return Error(ErrorCode::NotFound, Tr::tr("The SPICE client does not see this USB device."));
    GError *err = nullptr;
    const bool ok = spice_usb_device_manager_can_redirect_device(m_manager, dev, &err);
    g_boxed_free(spice_usb_device_get_type(), dev);
    if (ok)
        return {};
    const Error e(ErrorCode::StateRefused,
                  freeSlots() == 0 ? Tr::tr("All USB redirection slots of the VM are in use. Disconnect "
                                            "a device first, or add slots in the VM's settings.")
                                   : Tr::tr("This USB device cannot be redirected."),
                  err ? QString::fromUtf8(err->message) : QString());
    g_clear_error(&err);
    return e;
}

bool SpiceUsbRedirector::isConnected(int bus, int address) const
{
    SpiceUsbDevice *dev = find(bus, address);
    if (!dev)
        return false;
    const bool connected = spice_usb_device_manager_is_device_connected(m_manager, dev);
    g_boxed_free(spice_usb_device_get_type(), dev);
    return connected;
}

void SpiceUsbRedirector::later(const std::function<void()> &f)
{
    QTimer::singleShot(0, this, f);
}

void SpiceUsbRedirector::connectDevice(int bus, int address)
{
    if (Engine::Status s = canRedirect(bus, address); !s) {
        later([this, bus, address, e = s.error()] { Q_EMIT connectFinished(bus, address, e); });
        return;
    }
    SpiceUsbDevice *dev = find(bus, address);
    spice_usb_device_manager_connect_device_async(m_manager, dev, nullptr, UsbRedirCallbacks::finished,
                                                  new Pending{this, bus, address, true});
    g_boxed_free(spice_usb_device_get_type(), dev);
}

void SpiceUsbRedirector::disconnectDevice(int bus, int address)
{
    SpiceUsbDevice *dev = find(bus, address);
    if (!dev) {
        later([this, bus, address] {
            Q_EMIT disconnectFinished(bus, address, Error(ErrorCode::NotFound,
                                                          Tr::tr("The SPICE client does not see this USB device.")));
        });
        return;
    }
    spice_usb_device_manager_disconnect_device_async(m_manager, dev, nullptr, UsbRedirCallbacks::finished,
                                                     new Pending{this, bus, address, false});
    g_boxed_free(spice_usb_device_get_type(), dev);
}

} // namespace DisplayChannel
