// emanonctl usb list|attach|detach|rules|never: host USB devices, devices plugged into a
// running VM, the VM's auto-connect rules and the global "never connect" list. Also the
// supervisor's auto-connect of passthrough rules (usbAutoConnectForSupervisor).
#include "app/ctl/invocation.h"

#include "engine/core/atomicfile.h"
#include "engine/runner/vmsupervisor.h"
#include "usb/attach/passthroughattach.h"
#include "usb/attach/usbautoconnect.h"
#include "usb/device/libusbdevicesource.h"
#include "usb/filter/usbfilter.h"
#include "usb/filter/usbpreferences.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Engine;

namespace Ctl {

namespace {

QJsonObject deviceJson(const Usb::UsbDevice &d)
{
    return {{QStringLiteral("bus"), d.bus},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("port"), d.portPath},
            {QStringLiteral("ids"), d.ids()},
            {QStringLiteral("name"), d.displayName()},
            {QStringLiteral("class"), d.effectiveClass()},
            {QStringLiteral("className"), d.className},
            {QStringLiteral("speed"), Usb::UsbDevice::speedName(d.speed)},
            {QStringLiteral("serial"), d.serial},
            {QStringLiteral("accessible"), d.accessible}};
}

QJsonArray rulesJson(const QList<UsbRule> &rules)
{
    UsbConfig c;
    c.rules = rules;
    return c.toJson().value(QLatin1String("rules")).toArray();
}

QString ruleLine(int index, const UsbRule &r)
{
    return QStringLiteral("%1  %2  %3%4%5")
        .arg(index)
        .arg(Usb::UsbFilter::ruleText(r), r.via,
             r.autoConnect ? QString() : QStringLiteral(" ") + Tr::tr("(manual)"),
             r.name.isEmpty() ? QString() : QStringLiteral("  ") + r.name);
}

int usbList(const Invocation &inv)
{
    const Usb::UsbIds ids;
    const Usb::LibusbDeviceSource source(&ids);
    QList<Usb::UsbDevice> devices = source.devices();
    devices.removeIf([](const Usb::UsbDevice &d) { return d.isHub(); });
    const Status available = source.availability();
    QJsonArray attachedJson;
    QStringList attachedLines;
    QList<UsbRule> rules;
    if (inv.args.size() > 1) {
        auto vm = inv.open(inv.args[1]);
        if (!vm)
            return inv.error(vm.error());
        rules = vm->config.usb.rules;
        auto attached = inv.backend.usbDevices(*vm);
        if (attached) {
            for (const UsbHotplugged &d : *attached) {
                attachedJson.append(d.toJson());
                attachedLines << QStringLiteral("  %1  %2").arg(d.id, d.spec.describe());
            }
        } else {
            attachedLines << QStringLiteral("  ") + attached.error().message;
        }
    }
    if (inv.json) {
        QJsonArray hostJson;
        for (const Usb::UsbDevice &d : std::as_const(devices))
            hostJson.append(deviceJson(d));
        QJsonObject o{{QStringLiteral("hostUsb"), available.ok()},
                      {QStringLiteral("host"), hostJson}};
        if (!available)
            o.insert(QStringLiteral("hostReason"), available.error().message);
        if (inv.args.size() > 1) {
            o.insert(QStringLiteral("attached"), attachedJson);
            o.insert(QStringLiteral("rules"), rulesJson(rules));
        }
        outJson(o);
        return kOk;
    }
    out(Tr::tr("Host USB devices:"));
    if (!available)
        out(QStringLiteral("  ") + available.error().message);
    else if (devices.isEmpty())
        out(QStringLiteral("  ") + Tr::tr("none plugged in"));
    for (const Usb::UsbDevice &d : std::as_const(devices)) {
        out(QStringLiteral("  %1  %2  %3%4")
                .arg(d.portPath, d.displayName(), Usb::UsbDevice::speedName(d.speed),
                     d.accessible ? QString() : QStringLiteral("  ") + Tr::tr("(no permission)")));
    }
    if (inv.args.size() > 1) {
        out(Tr::tr("Plugged into %1:").arg(inv.args[1]));
        out(attachedLines.isEmpty() ? QStringLiteral("  ") + Tr::tr("nothing") : attachedLines.join(QLatin1Char('\n')));
        out(Tr::tr("Rules:"));
        for (int i = 0; i < rules.size(); ++i)
            out(QStringLiteral("  ") + ruleLine(i + 1, rules[i]));
        if (rules.isEmpty())
            out(QStringLiteral("  ") + Tr::tr("none"));
    }
    return kOk;
}

int usbAttachOrDetach(const Invocation &inv, bool attach)
{
    if (inv.args.size() != 3) {
        return inv.usage(attach ? Tr::tr("usb attach needs the VM and the device (VENDOR:PRODUCT, "
                                         "BUS-PORT, tablet, keyboard or storage:IMAGE).")
                                : Tr::tr("usb detach needs the VM and the device id (see usb list VM)."));
    }
    auto vm = inv.open(inv.args[1]);
    if (!vm)
        return inv.error(vm.error());
    if (!attach) {
        if (Status s = inv.backend.usbDetach(*vm, inv.args[2]); !s)
            return inv.error(s.error());
        if (inv.json)
            outJson(QJsonObject{{QStringLiteral("detached"), inv.args[2]}});
        else
            out(Tr::tr("Removed %1 from %2.").arg(inv.args[2], vm->config.name));
        return kOk;
    }
    auto spec = UsbHotplugSpec::parse(inv.args[2]);
    if (!spec)
        return inv.usage(spec.error().message);
    auto plugged = inv.backend.usbAttach(*vm, *spec);
    if (!plugged)
        return inv.error(plugged.error());
    if (inv.json)
        outJson(plugged->toJson());
    else
        out(Tr::tr("Plugged %1 into %2 as %3.").arg(plugged->spec.describe(), vm->config.name, plugged->id));
    return kOk;
}

/// Shared by "rules VM ..." and "never ...": list, add RULE [redirect|passthrough|manual], remove N.
int editRules(const Invocation &inv, QList<UsbRule> &rules, const QStringList &words,
              const std::function<Status()> &save)
{
    const QString sub = words.value(0, QStringLiteral("list"));
    if (sub == QLatin1String("list")) {
        if (inv.json) {
            outJson(rulesJson(rules));
            return kOk;
        }
        for (int i = 0; i < rules.size(); ++i)
            out(ruleLine(i + 1, rules[i]));
        if (rules.isEmpty())
            out(Tr::tr("No rules."));
        return kOk;
    }
    if (sub == QLatin1String("add") && words.size() >= 2) {
        auto rule = Usb::UsbFilter::parseRule(words[1]);
        if (!rule)
            return inv.usage(rule.error().message);
        for (const QString &w : words.mid(2)) {
            if (w == QLatin1String("passthrough") || w == QLatin1String("redirect"))
                rule->via = w;
            else if (w == QLatin1String("manual"))
                rule->autoConnect = false;
            else
                return inv.usage(Tr::tr("After the rule: redirect, passthrough or manual."));
        }
        rule->name = inv.opt(QStringLiteral("name"));
        rules.append(*rule);
    } else if (sub == QLatin1String("remove") && words.size() == 2) {
        bool ok = false;
        const int n = words[1].toInt(&ok);
        if (!ok || n < 1 || n > rules.size())
            return inv.error(Error(ErrorCode::NotFound, Tr::tr("There is no rule %1.").arg(words[1])));
        rules.removeAt(n - 1);
    } else {
        return inv.usage(Tr::tr("Rules: list, add RULE [redirect|passthrough|manual] [--name N], remove N."));
    }
    if (Status s = save(); !s)
        return inv.error(s.error());
    if (inv.json)
        outJson(rulesJson(rules));
    else
        for (int i = 0; i < rules.size(); ++i)
            out(ruleLine(i + 1, rules[i]));
    return kOk;
}

int usbRules(const Invocation &inv)
{
    if (inv.args.size() < 2)
        return inv.usage(Tr::tr("usb rules needs the VM."));
    auto vm = inv.open(inv.args[1]);
    if (!vm)
        return inv.error(vm.error());
    VmConfig config = vm->config;
    return editRules(inv, config.usb.rules, inv.args.mid(2), [&] {
        // Rules apply from the next start (or plug-in); vm.json is written atomically.
        return writeFileAtomic(vm->vmJsonPath(), config.toJson());
    });
}

int usbNever(const Invocation &inv)
{
    auto prefs = Usb::UsbPreferences::load();
    if (!prefs)
        return inv.error(prefs.error());
    return editRules(inv, prefs->never, inv.args.mid(1), [&] { return prefs->save(); });
}

} // namespace

int cmdUsb(const Invocation &inv)
{
    const QString sub = inv.args.value(0);
    if (sub == QLatin1String("list"))
        return usbList(inv);
    if (sub == QLatin1String("attach") || sub == QLatin1String("detach"))
        return usbAttachOrDetach(inv, sub == QLatin1String("attach"));
    if (sub == QLatin1String("rules"))
        return usbRules(inv);
    if (sub == QLatin1String("never"))
        return usbNever(inv);
    return inv.usage(Tr::tr("usb takes list, attach, detach, rules or never."));
}

/// In `emanonctl supervise`: connects the host devices the VM's passthrough rules select, now
/// and when they are plugged in, for as long as the VM runs. Redirect rules are the SPICE
/// client's (the console window). Returns null when the VM has no such rule.
QObject *usbAutoConnectForSupervisor(VmSupervisor &supervisor, const VmConfig &config)
{
    const bool wanted = std::any_of(config.usb.rules.cbegin(), config.usb.rules.cend(), [](const UsbRule &r) {
        return r.autoConnect && r.via == QLatin1String("passthrough");
    });
    if (!wanted || !UsbHotplug::available(config))
        return nullptr;
    auto *owner = new QObject;
    auto *ids = new Usb::UsbIds;
    QObject::connect(owner, &QObject::destroyed, [ids] { delete ids; });
    auto *source = new Usb::LibusbDeviceSource(ids, owner);
    auto prefs = Usb::UsbPreferences::load();
    auto *auto_ = new Usb::UsbAutoConnect(*source, config.usb.rules, prefs ? prefs->never : QList<UsbRule>(), owner);
    auto_->setAttach(QStringLiteral("passthrough"),
                     Usb::PassthroughAttach::overHotplug(supervisor.usb(), config, owner));
    QObject::connect(auto_, &Usb::UsbAutoConnect::decided, owner, [](const Usb::UsbDevice &d, const Error &e) {
        QTextStream(stderr) << "usb auto-connect " << d.displayName() << ": "
                            << (e.code == ErrorCode::None ? QStringLiteral("plugged in") : e.toString()) << Qt::endl;
    });
    if (!source->availability())
        QTextStream(stderr) << "usb auto-connect: " << source->availability().error().toString() << Qt::endl;
    // Once QEMU runs (the supervisor returns while it still starts).
    auto connectOnce = [auto_, owner, &supervisor] {
        if (supervisor.runner().state() != VmRunner::State::Running || owner->property("usbStarted").toBool())
            return;
        owner->setProperty("usbStarted", true);
        auto_->connectPresent();
    };
    QObject::connect(&supervisor.runner(), &VmRunner::stateChanged, owner, connectOnce);
    connectOnce();
    return owner;
}

} // namespace Ctl
