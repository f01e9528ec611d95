// USB hot-plug end to end, as a user does it with emanonctl on a running VM (the linux-initramfs
// test guest on the Linux profile's xHCI): a USB stick made from an image file appears in the
// guest as a disk with the image's content and disappears after detach (and QEMU lets go of
// the image); an emulated keyboard shows up in the guest's input devices; usb-host passthrough by vendor:product
// is accepted by the real QEMU and removed cleanly (no host device is needed for that); a VM
// whose guest has no USB (NT 4.0) is refused with the reason; rules go to vm.json.
#include "engine/config/vmconfig.h"
#include "engine/qemu/qemucommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/emanonctlrun.h"
#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

using namespace Engine;

namespace {
constexpr int kBootMs = 120000;
constexpr int kCommandMs = 60000;
constexpr int kStickSectors = 16384; // 8 MiB
} // namespace

class TstUsbGuest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_library;
    QString m_runtime;
    QString m_kernel;
    QString m_initrd;
    std::unique_ptr<TestUtil::GuestConsole> m_con;

    TestUtil::CtlRun ctl(const QStringList &args)
    {
        return TestUtil::runEmanonCtl(args, {{QStringLiteral("EMANON_LIBRARY"), m_library},
                                             {QStringLiteral("EMANON_RUNTIME_DIR"), m_runtime},
                                             {QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config"))},
                                             {QStringLiteral("XDG_CACHE_HOME"), m_tmp.filePath(QStringLiteral("cache"))}});
    }

    QString bundle(const QString &name) const { return m_library + QLatin1Char('/') + name + QStringLiteral(".emanon"); }

    VmConfig loadConfig(const QString &name) const
    {
        QFile f(bundle(name) + QStringLiteral("/vm.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        auto c = VmConfig::fromJson(f.readAll());
        return c ? *c : VmConfig();
    }

    /// The guest's block devices now ("sda 16384", ...).
    QStringList blocks()
    {
        m_con->mark();
        if (!m_con->send(QStringLiteral("blocks")) || !m_con->waitFor(QStringLiteral("EMANON: blocks-end"), kCommandMs))
            return {QStringLiteral("(no answer)")};
        QStringList out;
        for (const QString &line : m_con->text().split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("EMANON: block ")))
                out << line.trimmed().mid(14);
        }
        return out;
    }

    QString run(const QString &command)
    {
        m_con->mark();
        if (!m_con->send(QStringLiteral("run ") + command) || !m_con->waitFor(QStringLiteral("EMANON: run-end"), kCommandMs))
            return QStringLiteral("(no answer) ") + m_con->text();
        QStringList out;
        for (const QString &line : m_con->text().split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("EMANON: out ")))
                out << line.trimmed().mid(12);
        }
        return out.join(QLatin1Char('\n'));
    }

    /// The report's lines of one kind ("usb", "input"), without the prefix.
    QStringList reportLines(const QString &kind)
    {
        m_con->mark();
        if (!m_con->send(QStringLiteral("report")) || !m_con->waitFor(QStringLiteral("EMANON: report-end"), kCommandMs))
            return {QStringLiteral("(no answer)")};
        QStringList out;
        const QString prefix = QStringLiteral("EMANON: ") + kind + QLatin1Char(' ');
        for (const QString &line : m_con->text().split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(prefix))
                out << line.trimmed().mid(prefix.size());
        }
        return out;
    }
    QStringList usbLines() { return reportLines(QStringLiteral("usb")); }
    bool hasUsbKeyboard()
    {
        return reportLines(QStringLiteral("input")).join(QLatin1Char('|')).contains(QStringLiteral("USB Keyboard"));
    }

    QJsonArray attached(const QString &vm)
    {
        const auto r = ctl({QStringLiteral("usb"), QStringLiteral("list"), vm, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("attached")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_tmp.filePath(QStringLiteral("lib"));
        m_runtime = m_tmp.filePath(QStringLiteral("run"));
        m_kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
        m_initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
        EMANON_REQUIRE_GUESTS_OR_SKIP(m_kernel.isEmpty());
    }

    void noUsbGuestIsRefusedWithTheReason()
    {
        QCOMPARE(ctl({QStringLiteral("create"), QStringLiteral("Nt"), QStringLiteral("--profile"),
                      QStringLiteral("winnt4")}).exitCode, 0);
        const QString img = m_tmp.filePath(QStringLiteral("nt.img"));
        QFile f(img);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(1024 * 1024));
        f.close();
        for (const QString &device : {QStringLiteral("storage:") + img, QStringLiteral("1234:5678")}) {
            const auto r = ctl({QStringLiteral("usb"), QStringLiteral("attach"), QStringLiteral("Nt"), device});
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(QStringLiteral("Windows NT 4.0, which has no USB support")), qPrintable(r.err));
        }
        // And a USB-capable VM that is not running says that instead.
        QCOMPARE(ctl({QStringLiteral("create"), QStringLiteral("Off"), QStringLiteral("--profile"),
                      QStringLiteral("linux")}).exitCode, 0);
        const auto r = ctl({QStringLiteral("usb"), QStringLiteral("attach"), QStringLiteral("Off"), QStringLiteral("tablet")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("is not running")), qPrintable(r.err));
    }

    void rulesRoundTripThroughVmJson()
    {
        auto r = ctl({QStringLiteral("usb"), QStringLiteral("rules"), QStringLiteral("Off"), QStringLiteral("add"),
                      QStringLiteral("046d:c52b,serial:A1"), QStringLiteral("passthrough"), QStringLiteral("--name"),
                      QStringLiteral("Dongle")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("usb"), QStringLiteral("rules"), QStringLiteral("Off"), QStringLiteral("add"),
                 QStringLiteral("class:08"), QStringLiteral("manual")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const VmConfig c = loadConfig(QStringLiteral("Off"));
        QCOMPARE(c.usb.rules.size(), 2);
        QCOMPARE(c.usb.rules[0].vendorId, 0x046d);
        QCOMPARE(c.usb.rules[0].productId, 0xc52b);
        QCOMPARE(c.usb.rules[0].serial, QStringLiteral("A1"));
        QCOMPARE(c.usb.rules[0].via, QStringLiteral("passthrough"));
        QCOMPARE(c.usb.rules[0].name, QStringLiteral("Dongle"));
        QCOMPARE(c.usb.rules[1].deviceClass, 8);
        QVERIFY(!c.usb.rules[1].autoConnect);
        r = ctl({QStringLiteral("usb"), QStringLiteral("rules"), QStringLiteral("Off")});
        QVERIFY2(r.out.contains(QStringLiteral("1  046d:c52b,serial:A1  passthrough  Dongle")), qPrintable(r.out));
        QCOMPARE(ctl({QStringLiteral("usb"), QStringLiteral("rules"), QStringLiteral("Off"), QStringLiteral("remove"),
                      QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(loadConfig(QStringLiteral("Off")).usb.rules.size(), 1);
        // A malformed rule is refused and changes nothing.
        r = ctl({QStringLiteral("usb"), QStringLiteral("rules"), QStringLiteral("Off"), QStringLiteral("add"),
                 QStringLiteral("logitech")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a USB rule")), qPrintable(r.err));
        QCOMPARE(loadConfig(QStringLiteral("Off")).usb.rules.size(), 1);
    }

    void startTheGuest()
    {
        const auto r = ctl({QStringLiteral("create"), QStringLiteral("Usb"), QStringLiteral("--profile"),
                            QStringLiteral("linux"), QStringLiteral("--memory"), QStringLiteral("256"),
                            QStringLiteral("--kernel"), m_kernel, QStringLiteral("--initrd"), m_initrd,
                            QStringLiteral("--append"), QStringLiteral("console=tty0 console=ttyS0 emanon.quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const VmConfig c = loadConfig(QStringLiteral("Usb"));
        QCOMPARE(c.usb.controller, QStringLiteral("xhci"));
        QVERIFY(c.display.spice && c.usb.redirectSlots > 0); // the usbredir slots start with it
        const auto start = ctl({QStringLiteral("start"), QStringLiteral("Usb")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.err + start.out));
        const QJsonObject status = QJsonDocument::fromJson(
            ctl({QStringLiteral("status"), QStringLiteral("Usb"), QStringLiteral("--json")}).out.toUtf8()).object();
        m_con = std::make_unique<TestUtil::GuestConsole>(
            RuntimeFiles::serialLog(bundle(QStringLiteral("Usb")) + QStringLiteral("/log")),
            status.value(QStringLiteral("consoleSocket")).toString());
        QVERIFY2(m_con->waitFor(QStringLiteral("EMANON: ready"), kBootMs), qPrintable(m_con->text()));
        QVERIFY2(!blocks().join(QLatin1Char(' ')).contains(QStringLiteral("sda")), qPrintable(blocks().join(QLatin1Char(' '))));
    }

    void usbStickAppearsAndGoes()
    {
        QVERIFY(m_con);
        // An 8 MiB image whose first sector says who it is.
        const QString img = m_tmp.filePath(QStringLiteral("stick.img"));
        QFile f(img);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("EMANONSTICK");
        QVERIFY(f.resize(qint64(kStickSectors) * 512));
        f.close();

        auto r = ctl({QStringLiteral("usb"), QStringLiteral("attach"), QStringLiteral("Usb"), QStringLiteral("storage:") + img,
                      QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QStringLiteral("usb-stick-")), qPrintable(r.out));
        const QString expected = QStringLiteral("sda %1").arg(kStickSectors);
        QVERIFY2(TestUtil::waitUntil([&] { return blocks().contains(expected); }, 30000),
                 qPrintable(blocks().join(QLatin1Char(' '))));
        QCOMPARE(run(QStringLiteral("dd if=/dev/sda bs=1 count=11 2>/dev/null; echo")), QStringLiteral("EMANONSTICK"));
        QVERIFY(usbLines().contains(QStringLiteral("46f4:0001"))); // QEMU's USB storage
        QJsonArray list = attached(QStringLiteral("Usb"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("id")).toString(), id);

        // While the VM holds it, QEMU's lock keeps other writers out...
        QProcess resize;
        resize.start(QStringLiteral("qemu-img"), {QStringLiteral("resize"), QStringLiteral("-f"), QStringLiteral("raw"),
                                                  img, QStringLiteral("16M")});
        QVERIFY(resize.waitForFinished(30000));
        QVERIFY(resize.exitCode() != 0);

        // A saved state could not keep the stick: suspend is refused with what to do, and the
        // guest keeps running with the stick in it.
        r = ctl({QStringLiteral("suspend"), QStringLiteral("Usb")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Unplug them first")), qPrintable(r.err));
        QCOMPARE(run(QStringLiteral("dd if=/dev/sda bs=1 count=11 2>/dev/null; echo")), QStringLiteral("EMANONSTICK"));

        r = ctl({QStringLiteral("usb"), QStringLiteral("detach"), QStringLiteral("Usb"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(TestUtil::waitUntil([&] { return !blocks().join(QLatin1Char(' ')).contains(QStringLiteral("sda")); }, 30000),
                 qPrintable(blocks().join(QLatin1Char(' '))));
        QVERIFY(attached(QStringLiteral("Usb")).isEmpty());
        // ...and after detach the image is closed: it can be changed again.
        resize.start(QStringLiteral("qemu-img"), {QStringLiteral("resize"), QStringLiteral("-f"), QStringLiteral("raw"),
                                                  img, QStringLiteral("16M")});
        QVERIFY(resize.waitForFinished(30000));
        QVERIFY2(resize.exitCode() == 0, resize.readAllStandardError().constData());

        // Detaching it twice says what is attached.
        r = ctl({QStringLiteral("usb"), QStringLiteral("detach"), QStringLiteral("Usb"), id});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Attached: none")), qPrintable(r.err));
        // A missing image is refused before QEMU sees it.
        r = ctl({QStringLiteral("usb"), QStringLiteral("attach"), QStringLiteral("Usb"),
                 QStringLiteral("storage:") + m_tmp.filePath(QStringLiteral("missing.img"))});
        QCOMPARE(r.exitCode, 3);
    }

    void keyboardAndHostPassthrough()
    {
        QVERIFY(m_con);
        // The profile's own tablet is there from the start; an emulated keyboard is plugged in.
        QVERIFY2(!hasUsbKeyboard(), qPrintable(reportLines(QStringLiteral("input")).join(QLatin1Char('|'))));
        auto r = ctl({QStringLiteral("usb"), QStringLiteral("attach"), QStringLiteral("Usb"), QStringLiteral("keyboard")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(TestUtil::waitUntil([&] { return hasUsbKeyboard(); }, 30000),
                 qPrintable(reportLines(QStringLiteral("input")).join(QLatin1Char('|'))));

        // usb-host by vendor:product: QEMU takes it (and would connect such a device when one
        // appears on the host); it is listed and removed cleanly.
        r = ctl({QStringLiteral("usb"), QStringLiteral("attach"), QStringLiteral("Usb"), QStringLiteral("1234:5678"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString hostId = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toString();
        QVERIFY2(hostId.startsWith(QStringLiteral("usb-host-")), qPrintable(r.out));
        r = ctl({QStringLiteral("usb"), QStringLiteral("list"), QStringLiteral("Usb")});
        QVERIFY2(r.out.contains(hostId + QStringLiteral("  1234:5678")), qPrintable(r.out));
        QCOMPARE(attached(QStringLiteral("Usb")).size(), 2);
        QCOMPARE(ctl({QStringLiteral("usb"), QStringLiteral("detach"), QStringLiteral("Usb"), hostId}).exitCode, 0);
        const QJsonArray left = attached(QStringLiteral("Usb"));
        QCOMPARE(left.size(), 1);
        const QString keyboardId = left[0].toObject().value(QStringLiteral("id")).toString();
        QVERIFY(keyboardId.startsWith(QStringLiteral("usb-kbd-")));
        QCOMPARE(ctl({QStringLiteral("usb"), QStringLiteral("detach"), QStringLiteral("Usb"), keyboardId}).exitCode, 0);
        QVERIFY2(TestUtil::waitUntil([&] { return !hasUsbKeyboard(); }, 30000),
                 qPrintable(reportLines(QStringLiteral("input")).join(QLatin1Char('|'))));
        // The VM is still fine.
        m_con->mark();
        QVERIFY(m_con->send(QStringLiteral("echo still-here")));
        QVERIFY(m_con->waitFor(QStringLiteral("EMANON: echo still-here"), kCommandMs));
    }

    void cleanupTestCase()
    {
        m_con.reset();
        (void)ctl({QStringLiteral("stop"), QStringLiteral("Usb"), QStringLiteral("--force")});
    }
};

QTEST_GUILESS_MAIN(TstUsbGuest)
#include "tst_usb_guest.moc"
