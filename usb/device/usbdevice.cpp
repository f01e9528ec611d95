#include "usb/device/usbdevice.h"

#include <QCoreApplication>

namespace Usb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};
} // namespace

QString UsbDevice::ids() const
{
    return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
}

QString UsbDevice::displayName() const
{
    QString name;
    if (!product.isEmpty())
        name = manufacturer.isEmpty() || product.startsWith(manufacturer) ? product
                                                                           : manufacturer + QLatin1Char(' ') + product;
    else if (!productName.isEmpty())
        name = vendorName.isEmpty() ? productName : vendorName + QLatin1Char(' ') + productName;
    else if (!vendorName.isEmpty())
        name = Tr::tr("%1 device").arg(vendorName);
    else
        name = Tr::tr("Unknown USB device");
    return QStringLiteral("%1 (%2)").arg(name.simplified(), ids());
}

int UsbDevice::effectiveClass() const
{
    return deviceClass == 0 && !interfaceClasses.isEmpty() ? interfaceClasses.first() : deviceClass;
}

QString UsbDevice::key() const
{
    return QStringLiteral("%1:%2").arg(bus).arg(address);
}

QString UsbDevice::speedName(Speed speed)
{
    switch (speed) {
    case Speed::Low: return QStringLiteral("1.5 Mbit/s");
    case Speed::Full: return QStringLiteral("12 Mbit/s");
    case Speed::High: return QStringLiteral("480 Mbit/s");
    case Speed::Super: return QStringLiteral("5 Gbit/s");
    case Speed::SuperPlus: return QStringLiteral("10 Gbit/s");
    case Speed::Unknown: break;
    }
    return Tr::tr("unknown speed");
}

} // namespace Usb
