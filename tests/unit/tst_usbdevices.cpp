// The USB library without USB hardware: device names from usb.ids, what enumeration says on a
// host without USB, rule matching and syntax, the "never connect" list, rules in vm.json, and
// auto-connect driven by a fake device source and a fake way in.
#include "engine/config/vmconfig.h"
#include "engine/runner/usbhotplug.h"
#include "usb/attach/passthroughattach.h"
#include "usb/attach/usbautoconnect.h"
#include "usb/device/libusbdevicesource.h"
#include "usb/device/usbids.h"
#include "usb/filter/usbfilter.h"
#include "usb/filter/usbpreferences.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;
using namespace Usb;

namespace {

UsbDevice device(int bus, int address, const QString &port, int vid, int pid, int cls = 0,
                 QList<int> interfaces = {}, const QString &serial = {})
{
    UsbDevice d;
    d.bus = bus;
    d.address = address;
    d.portPath = port;
    d.vendorId = vid;
    d.productId = pid;
    d.deviceClass = cls;
    d.interfaceClasses = std::move(interfaces);
    d.serial = serial;
    d.product = QStringLiteral("Device %1").arg(address);
    return d;
}

/// Devices a test plugs in and out by hand.
class FakeSource : public UsbDeviceSource
{
public:
    QList<UsbDevice> list;
    [[nodiscard]] QList<UsbDevice> devices() const override { return list; }
    [[nodiscard]] Status availability() const override { return {}; }
    void plug(const UsbDevice &d)
    {
        list.append(d);
        Q_EMIT deviceArrived(d);
    }
    void unplug(const UsbDevice &d)
    {
        list.removeAll(d);
        Q_EMIT deviceLeft(d);
    }
};

/// A way in that records what it was asked to attach.
class FakeAttach : public UsbAttach
{
public:
    explicit FakeAttach(QString via) : m_via(std::move(via)) {}
    QStringList attached;
    Status refusal;
    [[nodiscard]] QString via() const override { return m_via; }
    [[nodiscard]] Status canAttach(const UsbDevice &) const override { return refusal; }
    void attach(const UsbDevice &d) override
    {
        attached << d.key();
        Q_EMIT attachFinished(d, Error());
    }
    void detach(const UsbDevice &d) override
    {
        attached.removeAll(d.key());
        Q_EMIT detachFinished(d, Error());
    }
    [[nodiscard]] bool isAttached(const UsbDevice &d) const override { return attached.contains(d.key()); }

private:
    QString m_via;
};

UsbRule rule(const QString &text, const QString &via = QStringLiteral("redirect"))
{
    auto r = UsbFilter::parseRule(text);
    if (!r)
        qFatal("bad rule in test: %s", qPrintable(text));
    r->via = via;
    return *r;
}

} // namespace

class TstUsbDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesFromUsbIds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usb.ids"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# comment\n"
                "046d  Logitech, Inc.\n"
                "\tc52b  Unifying Receiver\n"
                "\t\t046d 0001  an interface line, not a product\n"
                "0781  SanDisk Corp.\n"
                "\t5567  Cruzer Blade\n"
                "C 08  Mass Storage\n"
                "\t06  SCSI\n"
                "AT 0409  Not a vendor\n"
                "\t0001  Not a product\n");
        f.close();
        const UsbIds ids(path);
        QVERIFY(ids.isLoaded());
        QCOMPARE(ids.vendor(0x046d), QStringLiteral("Logitech, Inc."));
        QCOMPARE(ids.product(0x046d, 0xc52b), QStringLiteral("Unifying Receiver"));
        QCOMPARE(ids.product(0x0781, 0x5567), QStringLiteral("Cruzer Blade"));
        QCOMPARE(ids.className(0x08), QStringLiteral("Mass Storage"));
        QCOMPARE(ids.vendor(0x0409), QString()); // from the AT section: not a vendor
        QCOMPARE(ids.product(0x046d, 0x0001), QString());

        // Names people read: the device's own strings first, then usb.ids, then the ids.
        UsbDevice d = device(1, 4, QStringLiteral("1-2"), 0x0781, 0x5567);
        d.product.clear();
        d.vendorName = ids.vendor(d.vendorId);
        d.productName = ids.product(d.vendorId, d.productId);
        QCOMPARE(d.displayName(), QStringLiteral("SanDisk Corp. Cruzer Blade (0781:5567)"));
        d.manufacturer = QStringLiteral("SanDisk");
        d.product = QStringLiteral("Cruzer Blade");
        QCOMPARE(d.displayName(), QStringLiteral("SanDisk Cruzer Blade (0781:5567)"));

        const UsbIds missing(dir.filePath(QStringLiteral("nothing.ids")));
        QVERIFY(!missing.isLoaded());
        QCOMPARE(missing.vendor(0x046d), QString());
    }

    void systemUsbIdsWhenInstalled()
    {
        const UsbIds ids;
        if (UsbIds::defaultPath().isEmpty())
            QSKIP("usb.ids is not installed");
        QCOMPARE(ids.vendor(0x1d6b), QStringLiteral("Linux Foundation"));
        QCOMPARE(ids.className(0x09), QStringLiteral("Hub"));
    }

    void hostWithoutUsbSaysSo()
    {
        QTemporaryDir sys; // a /sys without bus/usb, as in a container
        const UsbIds ids;
        LibusbDeviceSource source(&ids, nullptr, sys.path());
        QVERIFY(source.devices().isEmpty());
        QVERIFY(!source.availability());
        QCOMPARE(source.availability().error().code, ErrorCode::Unsupported);
        QVERIFY2(source.availability().error().message.contains(QStringLiteral("has no USB")),
                 qPrintable(source.availability().error().message));
        QVERIFY(source.availability().error().message.contains(QStringLiteral("USB sticks from image files")));
    }

    void ruleMatching_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("stick");   // 0781:5567 on 1-2, class per interface 08, serial S1
        QTest::addColumn<bool>("dongle");  // 046d:c52b on 1-3.1, class 03 (HID)
        QTest::newRow("ids") << "0781:5567" << true << false;
        QTest::newRow("vendor any product") << "046d:*" << false << true;
        QTest::newRow("class by interface") << "class:08" << true << false;
        QTest::newRow("class by device") << "class:03" << false << true;
        QTest::newRow("port") << "bus:1-3.1" << false << true;
        QTest::newRow("port prefix is not a match") << "bus:1-3" << false << false;
        QTest::newRow("serial") << "serial:S1" << true << false;
        QTest::newRow("ids and serial") << "0781:5567,serial:S1" << true << false;
        QTest::newRow("ids and wrong serial") << "0781:5567,serial:S2" << false << false;
        QTest::newRow("anything") << "*:*" << true << true;
    }

    void ruleMatching()
    {
        QFETCH(QString, rule);
        QFETCH(bool, stick);
        QFETCH(bool, dongle);
        const auto r = UsbFilter::parseRule(rule);
        QVERIFY2(r.ok(), qPrintable(rule));
        QCOMPARE(UsbFilter::matches(*r, device(1, 5, QStringLiteral("1-2"), 0x0781, 0x5567, 0, {8},
                                               QStringLiteral("S1"))),
                 stick);
        QCOMPARE(UsbFilter::matches(*r, device(1, 6, QStringLiteral("1-3.1"), 0x046d, 0xc52b, 3)), dongle);
    }

    void ruleSyntax()
    {
        for (const QString &text : {QStringLiteral("046d:c52b"), QStringLiteral("046d:*"), QStringLiteral("class:08"),
                                    QStringLiteral("bus:2-1.4"), QStringLiteral("0781:5567,class:08,bus:1-2,serial:AB C")}) {
            const auto r = UsbFilter::parseRule(text);
            QVERIFY2(r.ok(), qPrintable(text));
            QCOMPARE(UsbFilter::ruleText(*r), text);
        }
        for (const QString &bad : {QStringLiteral("logitech"), QStringLiteral("46d:c52b"), QStringLiteral("class:8x"),
                                   QStringLiteral("bus:1"), QStringLiteral(""), QStringLiteral("serial:")}) {
            const auto r = UsbFilter::parseRule(bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        }
        QVERIFY(UsbFilter::parseRule(QStringLiteral("logitech")).error().message.contains(QStringLiteral("VENDOR:PRODUCT")));
        // A rule for one device: its ids and its serial.
        const UsbRule own = UsbFilter::ruleFor(device(1, 5, QStringLiteral("1-2"), 0x0781, 0x5567, 0, {8}, QStringLiteral("S1")));
        QCOMPARE(UsbFilter::ruleText(own), QStringLiteral("0781:5567,serial:S1"));
    }

    void hubsAndTheNeverListStayWithTheHost()
    {
        const UsbDevice keyboard = device(1, 2, QStringLiteral("1-1"), 0x413c, 0x2107, 0, {3});
        const UsbDevice hub = device(1, 3, QStringLiteral("1-4"), 0x05e3, 0x0608, 9);
        QList<UsbRule> never{rule(QStringLiteral("413c:2107"))};
        never[0].name = QStringLiteral("My keyboard");
        const Status k = UsbFilter::mayConnect(keyboard, never);
        QVERIFY(!k);
        QVERIFY2(k.error().message.contains(QStringLiteral("(My keyboard)")), qPrintable(k.error().message));
        QVERIFY(!UsbFilter::mayConnect(hub, {}));
        QVERIFY(UsbFilter::mayConnect(keyboard, {}).ok());

        // The never list is kept in usb.json, atomically, in vm.json's rule format.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("emanon/usb.json"));
        auto none = UsbPreferences::load(path);
        QVERIFY(none.ok() && none->never.isEmpty());
        UsbPreferences prefs;
        prefs.never = never;
        QVERIFY(prefs.save(path).ok());
        auto back = UsbPreferences::load(path);
        QVERIFY(back.ok());
        QCOMPARE(back->never.size(), 1);
        QCOMPARE(back->never[0].name, QStringLiteral("My keyboard"));
        QCOMPARE(UsbFilter::ruleText(back->never[0]), QStringLiteral("413c:2107"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QCOMPARE(UsbPreferences::load(path).error().code, ErrorCode::ConfigParse);
    }

    void rulesRoundTripThroughVmJson()
    {
        VmConfig c;
        c.name = QStringLiteral("Rules");
        c.uuid = QUuid::createUuid();
        c.usb.controller = QStringLiteral("ehci");
        c.usb.redirectSlots = 3;
        UsbRule dongle = rule(QStringLiteral("096e:0006,serial:X9"), QStringLiteral("passthrough"));
        dongle.name = QStringLiteral("License dongle");
        UsbRule storage = rule(QStringLiteral("class:08,bus:2-1.4"));
        storage.autoConnect = false;
        c.usb.rules = {dongle, storage};
        auto back = VmConfig::fromJson(c.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->usb.controller, QStringLiteral("ehci"));
        QCOMPARE(back->usb.redirectSlots, 3);
        QCOMPARE(back->usb.rules.size(), 2);
        QCOMPARE(back->usb.rules[0].name, QStringLiteral("License dongle"));
        QCOMPARE(back->usb.rules[0].via, QStringLiteral("passthrough"));
        QCOMPARE(UsbFilter::ruleText(back->usb.rules[0]), QStringLiteral("096e:0006,serial:X9"));
        QCOMPARE(UsbFilter::ruleText(back->usb.rules[1]), QStringLiteral("class:08,bus:2-1.4"));
        QVERIFY(!back->usb.rules[1].autoConnect);
        // Written the way people read ids; fields from a newer Emanon survive.
        QJsonObject o = QJsonDocument::fromJson(c.toJson()).object();
        QJsonObject usb = o.value(QStringLiteral("usb")).toObject();
        QCOMPARE(usb.value(QStringLiteral("rules")).toArray()[0].toObject().value(QStringLiteral("vendorId")).toString(),
                 QStringLiteral("096e"));
        QJsonArray rules = usb.value(QStringLiteral("rules")).toArray();
        QJsonObject first = rules[0].toObject();
        first.insert(QStringLiteral("futureField"), 7);
        rules[0] = first;
        usb.insert(QStringLiteral("rules"), rules);
        usb.insert(QStringLiteral("futureUsb"), true);
        o.insert(QStringLiteral("usb"), usb);
        auto future = VmConfig::fromJsonObject(o);
        QVERIFY(future.ok());
        const QJsonObject again = future->toJsonObject().value(QStringLiteral("usb")).toObject();
        QCOMPARE(again.value(QStringLiteral("futureUsb")).toBool(), true);
        QCOMPARE(again.value(QStringLiteral("rules")).toArray()[0].toObject().value(QStringLiteral("futureField")).toInt(), 7);
        // Out-of-range slot counts are clamped, not trusted.
        usb.insert(QStringLiteral("redirectSlots"), 99);
        o.insert(QStringLiteral("usb"), usb);
        QCOMPARE(VmConfig::fromJsonObject(o)->usb.redirectSlots, 8);
    }

    void autoConnectOnStartAndOnHotplug()
    {
        FakeSource source;
        const UsbDevice dongle = device(1, 2, QStringLiteral("1-1"), 0x096e, 0x0006);
        const UsbDevice stick = device(1, 3, QStringLiteral("1-2"), 0x0781, 0x5567, 0, {8});
        const UsbDevice keyboard = device(1, 4, QStringLiteral("1-3"), 0x413c, 0x2107, 0, {3});
        const UsbDevice other = device(1, 5, QStringLiteral("1-4"), 0x1234, 0x0001);
        source.list = {dongle, keyboard, other};
        UsbRule manual = rule(QStringLiteral("1234:0001"));
        manual.autoConnect = false;
        UsbAutoConnect autoConnect(source,
                                   {rule(QStringLiteral("096e:0006"), QStringLiteral("passthrough")),
                                    rule(QStringLiteral("class:08")), rule(QStringLiteral("class:03")), manual},
                                   {rule(QStringLiteral("413c:*"))});
        FakeAttach redirect(QStringLiteral("redirect"));
        FakeAttach passthrough(QStringLiteral("passthrough"));
        autoConnect.setAttach(QStringLiteral("redirect"), &redirect);
        autoConnect.setAttach(QStringLiteral("passthrough"), &passthrough);
        QSignalSpy decided(&autoConnect, &UsbAutoConnect::decided);

        autoConnect.connectPresent(); // the VM started
        QCOMPARE(passthrough.attached, QStringList{dongle.key()});
        QVERIFY(redirect.attached.isEmpty()); // the keyboard is on the never list, `other` is manual
        QCOMPARE(decided.size(), 2);
        const auto refused = decided.at(1).at(1).value<Error>();
        QVERIFY2(refused.message.contains(QStringLiteral("never connect")), qPrintable(refused.message));

        source.plug(stick); // plugged in while the VM runs
        QCOMPARE(redirect.attached, QStringList{stick.key()});
        autoConnect.connectPresent(); // nothing twice
        QCOMPARE(redirect.attached.size(), 1);
        QCOMPARE(passthrough.attached.size(), 1);

        // Out and in again: connected again; a way in that refuses says why.
        redirect.detach(stick);
        source.unplug(stick);
        redirect.refusal = Error(ErrorCode::Unsupported, QStringLiteral("no free slot"));
        decided.clear();
        source.plug(stick);
        QVERIFY(redirect.attached.isEmpty());
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.at(0).at(1).value<Error>().message, QStringLiteral("no free slot"));
    }

    void passthroughChoosesThePlaceAndExplainsPermissions()
    {
        const UsbDevice d = device(3, 7, QStringLiteral("3-1.2"), 0x096e, 0x0006);
        const UsbHotplugSpec spec = PassthroughAttach::specFor(d);
        QCOMPARE(spec.hostBus, 3);
        QCOMPARE(spec.hostPort, QStringLiteral("1.2"));
        QCOMPARE(spec.vendorId, -1);

        QList<UsbHotplugSpec> asked;
        QStringList detached;
        PassthroughAttach attach(
            [&](const UsbHotplugSpec &s, auto done) {
                asked << s;
                UsbHotplugged h;
                h.id = QStringLiteral("usb-host-1");
                h.spec = s;
                done(h);
            },
            [&](const QString &id, auto done) {
                detached << id;
                done(Status());
            },
            Status());
        QSignalSpy attached(&attach, &UsbAttach::attachFinished);
        attach.attach(d);
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached.at(0).at(1).value<Error>().code, ErrorCode::None);
        QVERIFY(attach.isAttached(d));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].describe(), QStringLiteral("bus 3 port 1.2"));
        attach.detach(d);
        QCOMPARE(detached, QStringList{QStringLiteral("usb-host-1")});
        QVERIFY(!attach.isAttached(d));

        // No permission on the device node: refused with what to do, QEMU is never asked.
        UsbDevice locked = d;
        locked.accessible = false;
        const Status why = attach.canAttach(locked);
        QVERIFY(!why);
        QVERIFY2(why.error().message.contains(QStringLiteral("/dev/bus/usb/003/007")), qPrintable(why.error().message));
        QVERIFY(why.error().message.contains(QStringLiteral("udev rule")));
        attach.attach(locked);
        QVERIFY(attached.wait(1000));
        QCOMPARE(asked.size(), 1);

        // A guest without USB: refused with the profile's reason.
        VmConfig nt;
        nt.name = QStringLiteral("NT");
        nt.profile = QStringLiteral("winnt4");
        const Status noUsb = UsbHotplug::available(nt);
        QVERIFY(!noUsb);
        QVERIFY2(noUsb.error().message.contains(QStringLiteral("no USB support")), qPrintable(noUsb.error().message));
        VmConfig none;
        none.name = QStringLiteral("Plain");
        none.profile = QStringLiteral("linux");
        none.usb.controller = QStringLiteral("none");
        QVERIFY(UsbHotplug::available(none).error().message.contains(QStringLiteral("no USB controller")));
    }

    void commandLineDeviceWords()
    {
        auto s = UsbHotplugSpec::parse(QStringLiteral("046D:C52B"));
        QVERIFY(s.ok());
        QCOMPARE(s->describe(), QStringLiteral("046d:c52b"));
        s = UsbHotplugSpec::parse(QStringLiteral("2-1.4"));
        QVERIFY(s.ok());
        QCOMPARE(s->hostBus, 2);
        QCOMPARE(s->hostPort, QStringLiteral("1.4"));
        s = UsbHotplugSpec::parse(QStringLiteral("storage:/tmp/stick.qcow2:ro"));
        QVERIFY(s.ok());
        QCOMPARE(s->kind, UsbHotplugSpec::Kind::Storage);
        QCOMPARE(s->imagePath, QStringLiteral("/tmp/stick.qcow2"));
        QCOMPARE(s->format, QStringLiteral("qcow2"));
        QVERIFY(s->readOnly);
        QCOMPARE(UsbHotplugSpec::parse(QStringLiteral("keyboard"))->kind, UsbHotplugSpec::Kind::Keyboard);
        QCOMPARE(UsbHotplugSpec::parse(QStringLiteral("mouse")).error().code, ErrorCode::InvalidArgument);
        // What travels to the supervisor comes back the same.
        const auto back = UsbHotplugSpec::fromJson(s->toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), s->toJson());
        QVERIFY(!UsbHotplugSpec::fromJson({{QStringLiteral("kind"), QStringLiteral("host")}}));
    }
};

QTEST_GUILESS_MAIN(TstUsbDevices)
#include "tst_usbdevices.moc"
