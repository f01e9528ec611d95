// The "usb" object of vm.json: controller, tablet, redirect slots and the per-VM rules.
#include "engine/config/vmconfig.h"

#include <QJsonArray>

namespace Engine {

namespace {

const QStringList kUsbKeys = {QStringLiteral("controller"), QStringLiteral("tablet"),
                              QStringLiteral("redirectSlots"), QStringLiteral("rules")};
const QStringList kRuleKeys = {QStringLiteral("name"),     QStringLiteral("vendorId"),
                               QStringLiteral("productId"), QStringLiteral("class"),
                               QStringLiteral("busPath"),  QStringLiteral("serial"),
                               QStringLiteral("autoConnect"), QStringLiteral("via")};

QJsonObject unknownFields(const QJsonObject &o, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

/// Ids are written as 4 hex digits ("046d"), the way lsusb and usb.ids show them; absent = any.
int hexId(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt(-1);
    bool ok = false;
    const int id = v.toString().toInt(&ok, 16);
    return ok && id >= 0 && id <= 0xffff ? id : -1;
}

QString hex(int id, int width)
{
    return QStringLiteral("%1").arg(id, width, 16, QLatin1Char('0'));
}

UsbRule ruleFromJson(const QJsonObject &o)
{
    UsbRule r;
    r.name = o.value(QLatin1String("name")).toString();
    r.vendorId = hexId(o, "vendorId");
    r.productId = hexId(o, "productId");
    const int cls = hexId(o, "class");
    r.deviceClass = cls > 0xff ? -1 : cls;
    r.busPath = o.value(QLatin1String("busPath")).toString();
    r.serial = o.value(QLatin1String("serial")).toString();
    r.autoConnect = o.value(QLatin1String("autoConnect")).toBool(true);
    const QString via = o.value(QLatin1String("via")).toString();
    r.via = via == QLatin1String("passthrough") ? via : QStringLiteral("redirect");
    r.extra = unknownFields(o, kRuleKeys);
    return r;
}

QJsonObject ruleToJson(const UsbRule &r)
{
    QJsonObject o = r.extra;
    if (!r.name.isEmpty())
        o.insert(QStringLiteral("name"), r.name);
    if (r.vendorId >= 0)
        o.insert(QStringLiteral("vendorId"), hex(r.vendorId, 4));
    if (r.productId >= 0)
        o.insert(QStringLiteral("productId"), hex(r.productId, 4));
    if (r.deviceClass >= 0)
        o.insert(QStringLiteral("class"), hex(r.deviceClass, 2));
    if (!r.busPath.isEmpty())
        o.insert(QStringLiteral("busPath"), r.busPath);
    if (!r.serial.isEmpty())
        o.insert(QStringLiteral("serial"), r.serial);
    o.insert(QStringLiteral("autoConnect"), r.autoConnect);
    o.insert(QStringLiteral("via"), r.via);
    return o;
}

} // namespace

UsbConfig UsbConfig::fromJson(const QJsonObject &o)
{
    UsbConfig c;
    const QJsonValue controller = o.value(QLatin1String("controller"));
    if (controller.isString())
        c.controller = controller.toString();
    c.tablet = o.value(QLatin1String("tablet")).toBool(c.tablet);
    const QJsonValue slots = o.value(QLatin1String("redirectSlots"));
    if (slots.isDouble())
        c.redirectSlots = std::clamp(slots.toInt(), 0, 8);
    for (const QJsonValue &v : o.value(QLatin1String("rules")).toArray())
        c.rules.append(ruleFromJson(v.toObject()));
    c.extra = unknownFields(o, kUsbKeys);
    return c;
}

QJsonObject UsbConfig::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("controller"), controller);
    o.insert(QStringLiteral("tablet"), tablet);
    o.insert(QStringLiteral("redirectSlots"), redirectSlots);
    if (!rules.isEmpty()) {
        QJsonArray a;
        for (const UsbRule &r : rules)
            a.append(ruleToJson(r));
        o.insert(QStringLiteral("rules"), a);
    }
    return o;
}

} // namespace Engine
