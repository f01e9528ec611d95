// UsbDevice: one USB device on the host, as enumeration found it.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Usb {

struct UsbDevice
{
    enum class Speed { Unknown = 0, Low, Full, High, Super, SuperPlus };

    int bus = 0;          ///< bus number (sysfs /sys/bus/usb/devices/usbN)
    int address = 0;      ///< device address on the bus (/dev/bus/usb/BBB/DDD)
    QString portPath;     ///< "BUS-PORT[.PORT...]" as sysfs names it, e.g. "1-2.3"; stable per socket
    int vendorId = 0;     ///< idVendor
    int productId = 0;    ///< idProduct
    int deviceClass = 0;  ///< bDeviceClass; 0 = per interface (see interfaceClasses)
    QList<int> interfaceClasses; ///< bInterfaceClass of the first configuration's interfaces
    Speed speed = Speed::Unknown;
    QString manufacturer; ///< the device's own strings, when it could be opened
    QString product;
    QString serial;
    QString vendorName;   ///< from usb.ids, when installed
    QString productName;
    QString className;    ///< usb.ids name of the (first interface's) class
    bool accessible = true; ///< the user may open /dev/bus/usb/BBB/DDD for writing

    /// "046d:c52b"
    [[nodiscard]] QString ids() const;
    /// The best name for people: the device's strings, else usb.ids, else the ids.
    [[nodiscard]] QString displayName() const;
    /// The class a rule matches: bDeviceClass, or the first interface's class when that is 0.
    [[nodiscard]] int effectiveClass() const;
    [[nodiscard]] bool isHub() const { return deviceClass == 0x09; }
    /// Identity while plugged in: "bus:address".
    [[nodiscard]] QString key() const;
    [[nodiscard]] static QString speedName(Speed speed);
    bool operator==(const UsbDevice &o) const { return key() == o.key() && vendorId == o.vendorId && productId == o.productId; }
};

} // namespace Usb

Q_DECLARE_METATYPE(Usb::UsbDevice)
