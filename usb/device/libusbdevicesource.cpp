#include "usb/device/libusbdevicesource.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <libusb.h>

namespace Usb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsbDeviceSource)
};

constexpr int kPollMs = 250;      ///< hotplug events are read this often
constexpr int kRescanMs = 2000;   ///< without hotplug support, the list is re-read this often

UsbDevice::Speed speedOf(int s)
{
    switch (s) {
    case LIBUSB_SPEED_LOW: return UsbDevice::Speed::Low;
    case LIBUSB_SPEED_FULL: return UsbDevice::Speed::Full;
    case LIBUSB_SPEED_HIGH: return UsbDevice::Speed::High;
    case LIBUSB_SPEED_SUPER: return UsbDevice::Speed::Super;
    case LIBUSB_SPEED_SUPER_PLUS: return UsbDevice::Speed::SuperPlus;
    default: return UsbDevice::Speed::Unknown;
    }
}

QString stringDescriptor(libusb_device_handle *h, uint8_t index)
{
    if (!h || index == 0)
        return {};
    unsigned char buf[256];
    const int n = libusb_get_string_descriptor_ascii(h, index, buf, sizeof buf);
    return n > 0 ? QString::fromLatin1(reinterpret_cast<const char *>(buf), n).trimmed() : QString();
}

int LIBUSB_CALL onHotplug(libusb_context *, libusb_device *, libusb_hotplug_event, void *user)
{
    // Only note it: the list is re-read after libusb_handle_events returns (libusb forbids
    // most calls from inside the callback).
    *static_cast<bool *>(user) = true;
    return 0;
}
} // namespace

LibusbDeviceSource::LibusbDeviceSource(const UsbIds *ids, QObject *parent, const QString &sysfsRoot)
    : UsbDeviceSource(parent), m_ids(ids)
{
    if (!QFileInfo::exists(sysfsRoot + QStringLiteral("/bus/usb"))) {
        m_status = Engine::Error(Engine::ErrorCode::Unsupported,
                                 Tr::tr("This computer has no USB (the kernel shows no USB buses), so "
                                        "there are no host devices to connect. USB sticks from image "
                                        "files, the tablet and the keyboard still work."),
                                 sysfsRoot + QStringLiteral("/bus/usb is missing"));
        return;
    }
    if (const int rc = libusb_init(&m_ctx); rc != 0) {
        m_ctx = nullptr;
        m_status = Engine::Error(Engine::ErrorCode::Unsupported,
                                 Tr::tr("The list of USB devices could not be read."),
                                 QStringLiteral("libusb_init: ") + QString::fromUtf8(libusb_strerror(rc)));
        return;
    }
    if (libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
        const int rc = libusb_hotplug_register_callback(
            m_ctx, libusb_hotplug_event(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            LIBUSB_HOTPLUG_NO_FLAGS, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            LIBUSB_HOTPLUG_MATCH_ANY, onHotplug, &m_dirty, &m_callback);
        m_hotplug = rc == LIBUSB_SUCCESS;
    }
    connect(&m_timer, &QTimer::timeout, this, &LibusbDeviceSource::pollEvents);
    m_timer.start(m_hotplug ? kPollMs : kRescanMs);
    refresh();
}

LibusbDeviceSource::~LibusbDeviceSource()
{
    if (!m_ctx)
        return;
    if (m_hotplug)
        libusb_hotplug_deregister_callback(m_ctx, m_callback);
    libusb_exit(m_ctx);
}

void LibusbDeviceSource::pollEvents()
{
    if (m_hotplug) {
        timeval zero{0, 0};
        libusb_handle_events_timeout_completed(m_ctx, &zero, nullptr);
        if (!m_dirty)
            return;
        m_dirty = false;
    }
    refresh();
}

UsbDevice LibusbDeviceSource::describe(libusb_device *dev) const
{
    UsbDevice d;
    d.bus = libusb_get_bus_number(dev);
    d.address = libusb_get_device_address(dev);
    d.speed = speedOf(libusb_get_device_speed(dev));
    uint8_t ports[8];
    const int n = libusb_get_port_numbers(dev, ports, sizeof ports);
    QStringList path;
    for (int i = 0; i < n; ++i)
        path << QString::number(ports[i]);
    d.portPath = n > 0 ? QStringLiteral("%1-%2").arg(d.bus).arg(path.join(QLatin1Char('.')))
                       : QStringLiteral("usb%1").arg(d.bus); // a root hub
    libusb_device_descriptor desc{};
    if (libusb_get_device_descriptor(dev, &desc) == 0) {
        d.vendorId = desc.idVendor;
        d.productId = desc.idProduct;
        d.deviceClass = desc.bDeviceClass;
    }
    libusb_config_descriptor *config = nullptr;
    if (libusb_get_active_config_descriptor(dev, &config) == 0 && config) {
        for (int i = 0; i < config->bNumInterfaces; ++i) {
            if (config->interface[i].num_altsetting > 0)
                d.interfaceClasses << config->interface[i].altsetting[0].bInterfaceClass;
        }
        libusb_free_config_descriptor(config);
    }
    libusb_device_handle *h = nullptr;
    d.accessible = libusb_open(dev, &h) == 0;
    if (h) {
        d.manufacturer = stringDescriptor(h, desc.iManufacturer);
        d.product = stringDescriptor(h, desc.iProduct);
        d.serial = stringDescriptor(h, desc.iSerialNumber);
        libusb_close(h);
    }
    if (m_ids) {
        d.vendorName = m_ids->vendor(d.vendorId);
        d.productName = m_ids->product(d.vendorId, d.productId);
        d.className = m_ids->className(d.effectiveClass());
    }
    return d;
}

void LibusbDeviceSource::refresh()
{
    if (!m_ctx)
        return;
    libusb_device **list = nullptr;
    const ssize_t n = libusb_get_device_list(m_ctx, &list);
    if (n < 0) {
        m_status = Engine::Error(Engine::ErrorCode::Io, Tr::tr("The list of USB devices could not be read."),
                                 QString::fromUtf8(libusb_strerror(int(n))));
        return;
    }
    QList<UsbDevice> now;
    for (ssize_t i = 0; i < n; ++i)
        now.append(describe(list[i]));
    libusb_free_device_list(list, 1);
    m_status = {};
    const QList<UsbDevice> before = m_devices;
    m_devices = now;
    for (const UsbDevice &d : before) {
        if (!now.contains(d))
            Q_EMIT deviceLeft(d);
    }
    for (const UsbDevice &d : now) {
        if (!before.contains(d))
            Q_EMIT deviceArrived(d);
    }
}

} // namespace Usb
