// The USB pieces of the GUI against a fake device source and a fake backend: the console's USB
// menu (host devices, emulated devices, what a guest without USB shows, connecting a host
// device by passthrough when there is no screen) and the settings page's rules (typed, made
// from a plugged-in device, refused with the reason, stored into the config).
#include "app/console/usbmenu.h"
#include "app/settings/usbneverlistwidget.h"
#include "app/settings/usbsettingspage.h"
#include "usb/filter/usbfilter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Engine;

namespace {

class FakeSource : public Usb::UsbDeviceSource
{
public:
    QList<Usb::UsbDevice> list;
    Status status;
    [[nodiscard]] QList<Usb::UsbDevice> devices() const override { return list; }
    [[nodiscard]] Status availability() const override { return status; }
    void plug(const Usb::UsbDevice &d)
    {
        list.append(d);
        Q_EMIT deviceArrived(d);
    }
};

/// A running VM whose USB calls are recorded.
class FakeBackend : public VmBackend
{
public:
    QString id() const override { return QStringLiteral("fake"); }
    VmRunInfo query(const VmBundle &) override
    {
        VmRunInfo info;
        info.state = VmRunner::State::Running;
        return info;
    }
    Result<VmRunInfo> start(const VmBundle &vm, const QString &) override { return query(vm); }
    Status request(const VmBundle &, Operation, const QJsonObject &) override { return {}; }
    Result<QString> consoleEndpoint(const VmBundle &) override { return Error(ErrorCode::Unsupported, QStringLiteral("fake")); }
    Status changeMedium(VmBundle &, const QString &, const QString &) override { return {}; }
    Status ejectMedium(VmBundle &, const QString &) override { return {}; }
    Result<DiskSnapshotMap> diskSnapshots(const VmBundle &) override { return DiskSnapshotMap(); }
    Job *snapshotJob(const VmBundle &, const SnapshotRequest &, QObject *) override { return nullptr; }
    Result<UsbHotplugged> usbAttach(const VmBundle &, const UsbHotplugSpec &spec) override
    {
        UsbHotplugged d;
        d.id = QStringLiteral("usb-dev-%1").arg(plugged.size() + 1);
        d.spec = spec;
        plugged.append(d);
        return d;
    }
    Status usbDetach(const VmBundle &, const QString &id) override
    {
        plugged.removeIf([&](const UsbHotplugged &d) { return d.id == id; });
        return {};
    }
    Result<QList<UsbHotplugged>> usbDevices(const VmBundle &) override { return plugged; }
    QList<UsbHotplugged> plugged;
};

Usb::UsbDevice device(int address, const QString &port, int vid, int pid, int cls, const QString &product)
{
    Usb::UsbDevice d;
    d.bus = 1;
    d.address = address;
    d.portPath = port;
    d.vendorId = vid;
    d.productId = pid;
    d.deviceClass = cls;
    d.product = product;
    d.serial = QStringLiteral("SN%1").arg(address);
    return d;
}

VmBundle bundle(const QString &profile, const QString &controller)
{
    VmBundle b;
    b.path = QStringLiteral("/nonexistent/Vm.emanon");
    b.config.name = QStringLiteral("Vm");
    b.config.profile = profile;
    b.config.usb.controller = controller;
    return b;
}

QAction *actionNamed(QMenu &menu, const QString &text)
{
    for (QAction *a : menu.actions()) {
        if (a->text() == text || a->objectName() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TstGuiUsb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menuListsHostAndEmulatedDevices()
    {
        FakeSource source;
        source.list = {device(2, QStringLiteral("1-1"), 0x096e, 0x0006, 0, QStringLiteral("Dongle")),
                       device(3, QStringLiteral("1-2"), 0x05e3, 0x0608, 9, QStringLiteral("Hub"))};
        FakeBackend backend;
        App::UsbMenu menu(backend, bundle(QStringLiteral("winxp"), QStringLiteral("ehci")), &source);
        QSignalSpy problems(&menu, &App::UsbMenu::problem);
        menu.rebuild();
        QAction *dongle = actionNamed(menu, QStringLiteral("Dongle (096e:0006)"));
        QVERIFY(dongle);
        QVERIFY(dongle->isCheckable() && !dongle->isChecked());
        QVERIFY(!actionNamed(menu, QStringLiteral("Hub (05e3:0608)"))); // hubs are not offered

        // No screen: connecting goes by passthrough, at the device's bus and port.
        dongle->setChecked(true);
        QTRY_COMPARE(backend.plugged.size(), 1);
        QCOMPARE(backend.plugged[0].spec.describe(), QStringLiteral("bus 1 port 1"));
        const auto checked = [&] {
            menu.rebuild(); // as each time the menu opens
            return actionNamed(menu, QStringLiteral("Dongle (096e:0006)"))->isChecked();
        };
        QTRY_VERIFY(checked());
        actionNamed(menu, QStringLiteral("Dongle (096e:0006)"))->setChecked(false);
        QTRY_VERIFY(backend.plugged.isEmpty());

        // Emulated devices: plug a keyboard in, then it is offered for removal.
        actionNamed(menu, QStringLiteral("usbPlugKeyboard"))->trigger();
        QCOMPARE(backend.plugged.size(), 1);
        menu.rebuild();
        QAction *remove = actionNamed(menu, QStringLiteral("Remove USB keyboard"));
        QVERIFY(remove);
        remove->trigger();
        QVERIFY(backend.plugged.isEmpty());
        QCOMPARE(problems.size(), 0);
    }

    void menuOfAGuestWithoutUsbSaysWhy()
    {
        FakeSource source;
        source.list = {device(2, QStringLiteral("1-1"), 0x096e, 0x0006, 0, QStringLiteral("Dongle"))};
        FakeBackend backend;
        App::UsbMenu menu(backend, bundle(QStringLiteral("winnt4"), QStringLiteral("none")), &source);
        menu.rebuild();
        QCOMPARE(menu.actions().size(), 1);
        QAction *only = menu.actions().first();
        QVERIFY(!only->isEnabled());
        QVERIFY2(only->toolTip().contains(QStringLiteral("no USB support")), qPrintable(only->toolTip()));
    }

    void menuOnAHostWithoutUsb()
    {
        FakeSource source;
        source.status = Error(ErrorCode::Unsupported, QStringLiteral("This computer has no USB."));
        FakeBackend backend;
        App::UsbMenu menu(backend, bundle(QStringLiteral("linux"), QStringLiteral("xhci")), &source);
        menu.rebuild();
        QAction *none = actionNamed(menu, QStringLiteral("usbHostUnavailable"));
        QVERIFY(none && !none->isEnabled());
        QCOMPARE(none->toolTip(), QStringLiteral("This computer has no USB."));
        QVERIFY(actionNamed(menu, QStringLiteral("usbPlugStick"))->isEnabled()); // emulated still work
    }

    void settingsPageEditsRules()
    {
        FakeSource source;
        source.list = {device(4, QStringLiteral("2-1.4"), 0x0781, 0x5567, 0, QStringLiteral("Cruzer"))};
        App::UsbSettingsPage page(&source);
        VmConfig c;
        c.usb.redirectSlots = 4;
        c.usb.rules = {*Usb::UsbFilter::parseRule(QStringLiteral("046d:*"))};
        page.load(c);
        auto *rules = page.findChild<QTreeWidget *>(QStringLiteral("usbRules"));
        QCOMPARE(rules->topLevelItemCount(), 1);
        QCOMPARE(rules->topLevelItem(0)->text(0), QStringLiteral("046d:*"));
        QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("usbRedirectSlots"))->value(), 4);

        // A typed rule; a bad one is refused with the reason and adds nothing.
        auto *text = page.findChild<QLineEdit *>(QStringLiteral("usbRuleText"));
        auto *add = page.findChild<QPushButton *>(QStringLiteral("usbAddRule"));
        text->setText(QStringLiteral("logitech"));
        add->click();
        auto *error = page.findChild<QLabel *>(QStringLiteral("usbRuleError"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("is not a USB rule")), qPrintable(error->text()));
        QCOMPARE(rules->topLevelItemCount(), 1);
        text->setText(QStringLiteral("class:08"));
        add->click();
        QVERIFY(error->isHidden());
        QCOMPARE(rules->topLevelItemCount(), 2);

        // One click from a plugged-in device.
        auto *devices = page.findChild<QTreeWidget *>(QStringLiteral("usbHostDevices"));
        QCOMPARE(devices->topLevelItemCount(), 1);
        devices->setCurrentItem(devices->topLevelItem(0));
        page.findChild<QPushButton *>(QStringLiteral("usbRuleForDevice"))->click();
        QCOMPARE(rules->topLevelItemCount(), 3);
        QCOMPARE(rules->topLevelItem(2)->text(0), QStringLiteral("0781:5567,serial:SN4"));
        // A device plugged in while the page is open shows up.
        source.plug(device(5, QStringLiteral("2-2"), 0x1234, 0x0001, 0, QStringLiteral("Scanner")));
        QCOMPARE(devices->topLevelItemCount(), 2);

        // Remove the first, then store.
        rules->setCurrentItem(rules->topLevelItem(0));
        page.findChild<QPushButton *>(QStringLiteral("usbRemoveRule"))->click();
        page.findChild<QSpinBox *>(QStringLiteral("usbRedirectSlots"))->setValue(1);
        VmConfig out;
        page.store(out);
        QCOMPARE(out.usb.redirectSlots, 1);
        QCOMPARE(out.usb.rules.size(), 2);
        QCOMPARE(Usb::UsbFilter::ruleText(out.usb.rules[0]), QStringLiteral("class:08"));
        QCOMPARE(out.usb.rules[1].serial, QStringLiteral("SN4"));
    }

    void neverListInPreferences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("emanon/usb.json"));
        {
            App::UsbNeverListWidget list(nullptr, path);
            auto *text = list.findChild<QLineEdit *>(QStringLiteral("usbNeverText"));
            text->setText(QStringLiteral("keyboard"));
            list.findChild<QPushButton *>(QStringLiteral("usbNeverAdd"))->click();
            QVERIFY(!list.findChild<QLabel *>(QStringLiteral("usbNeverError"))->isHidden());
            QVERIFY(list.rules().isEmpty());
            text->setText(QStringLiteral("046d:c31c"));
            list.findChild<QPushButton *>(QStringLiteral("usbNeverAdd"))->click();
            QCOMPARE(list.rules().size(), 1);
            QVERIFY(list.save().ok());
        }
        const auto saved = Usb::UsbPreferences::load(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved->never.size(), 1);
        QCOMPARE(Usb::UsbFilter::ruleText(saved->never[0]), QStringLiteral("046d:c31c"));
        // Opened again it shows the saved list; removing and saving empties the file's list.
        App::UsbNeverListWidget again(nullptr, path);
        QCOMPARE(again.rules().size(), 1);
        again.findChild<QListWidget *>()->setCurrentRow(0);
        again.findChild<QPushButton *>(QStringLiteral("usbNeverRemove"))->click();
        QVERIFY(again.save().ok());
        QVERIFY(Usb::UsbPreferences::load(path)->never.isEmpty());
    }

    void settingsPageOnAHostWithoutUsb()
    {
        FakeSource source;
        source.status = Error(ErrorCode::Unsupported, QStringLiteral("This computer has no USB."));
        App::UsbSettingsPage page(&source);
        auto *status = page.findChild<QLabel *>(QStringLiteral("usbHostStatus"));
        QVERIFY(!status->isHidden());
        QCOMPARE(status->text(), QStringLiteral("This computer has no USB."));
    }
};

QTEST_MAIN(TstGuiUsb)
#include "tst_gui_usb.moc"
