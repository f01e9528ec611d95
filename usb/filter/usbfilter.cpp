#include "usb/filter/usbfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

using Engine::Error;
using Engine::ErrorCode;
using Engine::UsbRule;

namespace Usb::UsbFilter {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsbFilter)
};

QString hex(int v, int width)
{
    return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0'));
}
} // namespace

bool matches(const UsbRule &rule, const UsbDevice &d)
{
    if (rule.vendorId >= 0 && rule.vendorId != d.vendorId)
        return false;
    if (rule.productId >= 0 && rule.productId != d.productId)
        return false;
    if (rule.deviceClass >= 0 && rule.deviceClass != d.deviceClass
        && !d.interfaceClasses.contains(rule.deviceClass))
        return false;
    if (!rule.busPath.isEmpty() && rule.busPath != d.portPath)
        return false;
    if (!rule.serial.isEmpty() && rule.serial != d.serial)
        return false;
    return true;
}

const UsbRule *firstMatch(const QList<UsbRule> &rules, const UsbDevice &device)
{
    for (const UsbRule &r : rules) {
        if (matches(r, device))
            return &r;
    }
    return nullptr;
}

Engine::Result<UsbRule> parseRule(const QString &text)
{
    static const QRegularExpression ids(QStringLiteral("^([0-9a-fA-F]{4}|\\*):([0-9a-fA-F]{4}|\\*)$"));
    static const QRegularExpression cls(QStringLiteral("^class:([0-9a-fA-F]{2})$"));
    static const QRegularExpression bus(QStringLiteral("^bus:(\\d{1,3}-\\d{1,3}(\\.\\d{1,3}){0,6})$"));
    UsbRule rule;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("The USB rule is empty."));
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (const auto m = ids.match(part); m.hasMatch()) {
            rule.vendorId = m.captured(1) == QLatin1String("*") ? -1 : m.captured(1).toInt(nullptr, 16);
            rule.productId = m.captured(2) == QLatin1String("*") ? -1 : m.captured(2).toInt(nullptr, 16);
        } else if (const auto c = cls.match(part); c.hasMatch()) {
            rule.deviceClass = c.captured(1).toInt(nullptr, 16);
        } else if (const auto b = bus.match(part); b.hasMatch()) {
            rule.busPath = b.captured(1);
        } else if (part.startsWith(QLatin1String("serial:")) && part.size() > 7) {
            rule.serial = part.mid(7);
        } else {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("\"%1\" is not a USB rule. Use VENDOR:PRODUCT (046d:c52b, 046d:*), "
                                "class:CC (08 = mass storage), bus:BUS-PORT (1-2.3) or serial:TEXT, "
                                "joined with commas.")
                             .arg(part));
        }
    }
    return rule;
}

QString ruleText(const UsbRule &rule)
{
    QStringList parts;
    if (rule.vendorId >= 0 || rule.productId >= 0) {
        parts << (rule.vendorId >= 0 ? hex(rule.vendorId, 4) : QStringLiteral("*")) + QLatin1Char(':')
                     + (rule.productId >= 0 ? hex(rule.productId, 4) : QStringLiteral("*"));
    }
    if (rule.deviceClass >= 0)
        parts << QStringLiteral("class:") + hex(rule.deviceClass, 2);
    if (!rule.busPath.isEmpty())
        parts << QStringLiteral("bus:") + rule.busPath;
    if (!rule.serial.isEmpty())
        parts << QStringLiteral("serial:") + rule.serial;
    return parts.isEmpty() ? Tr::tr("any device") : parts.join(QLatin1Char(','));
}

UsbRule ruleFor(const UsbDevice &device)
{
    UsbRule r;
    r.name = device.displayName();
    r.vendorId = device.vendorId;
    r.productId = device.productId;
    r.serial = device.serial;
    return r;
}

Engine::Status mayConnect(const UsbDevice &device, const QList<UsbRule> &never)
{
    if (device.isHub()) {
        return Error(ErrorCode::Unsupported,
                     Tr::tr("%1 is a hub; connect the devices plugged into it instead.")
                         .arg(device.displayName()));
    }
    if (const UsbRule *r = firstMatch(never, device)) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("%1 is on the \"never connect\" list (%2), so it stays with this "
                            "computer. Remove it from that list in Preferences (or with \"emanonctl usb "
                            "never remove\") to connect it.")
                         .arg(device.displayName(), r->name.isEmpty() ? ruleText(*r) : r->name));
    }
    return {};
}

} // namespace Usb::UsbFilter
