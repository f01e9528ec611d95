// QemuCommand: golden files of the argv for each profile and option family
// (tests/data/qemucommand/*.args, one argument per line). EMANON_REGENERATE_GOLDEN=1 rewrites
// them; review the diff before committing.
#include "engine/profiles/guestprofile.h"
#include "engine/qemu/qemucommand.h"

#include <QFile>
#include <QTest>

#include "tests/support/qemucommandcases.h"
#include "tests/support/testutil.h"

using namespace Engine;

class TstQemuCommand : public QObject
{
    Q_OBJECT

    static LaunchContext context() { return TestUtil::sampleContext(); }
    static VmConfig base(const char *profile) { return TestUtil::sampleConfig(profile); }

    void compareGolden(const QString &name, const VmConfig &config,
                       const LaunchContext &ctx = context())
    {
        auto args = QemuCommand::build(config, ctx);
        QVERIFY2(args.ok(), qPrintable(args.error().toString()));
        const QString path = TestUtil::dataPath(QStringLiteral("qemucommand/%1.args").arg(name));
        const QByteArray actual = args->join(QLatin1Char('\n')).toUtf8() + '\n';
        if (qEnvironmentVariable("EMANON_REGENERATE_GOLDEN") == QLatin1String("1")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("missing golden file %1; run with "
                                           "EMANON_REGENERATE_GOLDEN=1").arg(path)));
        const QByteArray expected = in.readAll();
        if (actual != expected) {
            const auto a = actual.split('\n');
            const auto e = expected.split('\n');
            for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i)) {
                    QFAIL(qPrintable(QStringLiteral("%1: first difference at argument %2:\n  "
                                                    "expected: %3\n  actual:   %4")
                                         .arg(name)
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(e.value(i)),
                                              QString::fromUtf8(a.value(i)))));
                }
            }
        }
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = TestUtil::qemuCommandCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases[i].name)) << i;
    }

    void golden()
    {
        QFETCH(int, index);
        const TestUtil::QemuCommandCase c = TestUtil::qemuCommandCases().at(index);
        compareGolden(c.name, c.config, c.context);
    }

    void spicePasswordStaysOffTheCommandLine()
    {
        VmConfig c = base("other");
        c.display.spiceListen = QStringLiteral("tcp:127.0.0.1:5930");
        c.display.spicePassword = QStringLiteral("hunter2-pw");
        auto args = QemuCommand::build(c, context());
        // The password goes through a file, never onto the command line (visible in ps).
        QVERIFY(!args->join(u' ').contains(QStringLiteral("hunter2-pw")));
        QVERIFY(args->join(u' ').contains(QStringLiteral("password-secret=spicepw0")));
    }

    void preferredResolutionAndAgentChannel()
    {
        VmConfig c = base("other");
        c.display.resolution = QStringLiteral("800x600");
        auto args = QemuCommand::build(c, context());
        // The std VGA offers 800x600 as its preferred (EDID) mode; no agent port by default.
        QVERIFY(args->join(u' ').contains(QStringLiteral("-global VGA.xres=800 -global VGA.yres=600")));
        QVERIFY(!args->join(u' ').contains(QStringLiteral("com.redhat.spice.0")));
        c.display.vga = QStringLiteral("cirrus"); // no EDID: nothing to set
        QVERIFY(!QemuCommand::build(c, context())->join(u' ').contains(QStringLiteral("xres")));
        c.display.agent = true;
        args = QemuCommand::build(c, context());
        QVERIFY(args->join(u' ').contains(QStringLiteral("-chardev spicevmc,id=vdagent0,name=vdagent")));
        QVERIFY(args->join(u' ').contains(QStringLiteral("name=com.redhat.spice.0")));
        c.display.spice = false; // the agent talks SPICE: no SPICE, no port
        QVERIFY(!QemuCommand::build(c, context())->join(u' ').contains(QStringLiteral("vdagent")));
    }

    void nameWithCommaIsEscaped()
    {
        VmConfig c = base("other");
        c.name = QStringLiteral("a,b");
        auto args = QemuCommand::build(c, context());
        QVERIFY(args->contains(QStringLiteral("guest=a,,b,debug-threads=on")));
    }

    void tooManyIdeDevicesIsRefused()
    {
        VmConfig c = base("other");
        for (int i = 1; i <= 4; ++i) {
            c.disks.append({QStringLiteral("disk%1").arg(i), QStringLiteral("d.qcow2"),
                            QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        }
        auto args = QemuCommand::build(c, context());
        QVERIFY(!args.ok());
        QVERIFY(args.error().message.contains(QStringLiteral("IDE")));
    }

    void readOnlyIdeDiskIsRefused()
    {
        VmConfig c = base("other");
        c.disks[0].readOnly = true;
        auto args = QemuCommand::build(c, context());
        QVERIFY(!args.ok());
        QVERIFY(args.error().message.contains(QStringLiteral("SCSI or virtio")));
        c.disks[0].bus = DiskBus::Scsi;
        QVERIFY(QemuCommand::build(c, context()).ok());
    }

    void isaMachineRefusesPciDevices_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("usb") << "usb";
        QTest::newRow("nic") << "nic";
        QTest::newRow("sound") << "sound";
        QTest::newRow("sata") << "sata";
        QTest::newRow("vga") << "vga";
    }

    void isaMachineRefusesPciDevices()
    {
        QFETCH(QString, what);
        VmConfig c = base("linux-legacy");
        c.machine = QStringLiteral("isapc");
        c.nics[0].model = QStringLiteral("ne2k_isa");
        QVERIFY(QemuCommand::build(c, context()).ok());
        if (what == QLatin1String("usb"))
            c.usb.controller = QStringLiteral("uhci");
        else if (what == QLatin1String("nic"))
            c.nics[0].model = QStringLiteral("ne2k_pci");
        else if (what == QLatin1String("sound"))
            c.sound = QStringLiteral("ac97");
        else if (what == QLatin1String("sata"))
            c.disks[0].bus = DiskBus::Sata;
        else
            c.display.vga = QStringLiteral("virtio");
        auto args = QemuCommand::build(c, context());
        QVERIFY(!args.ok());
        QVERIFY2(args.error().message.contains(QStringLiteral("no PCI bus")), qPrintable(args.error().message));
    }

    void cdromOnVirtioIsRefused()
    {
        VmConfig c = base("other");
        c.media[0].bus = DiskBus::Virtio;
        QVERIFY(!QemuCommand::build(c, context()).ok());
    }

    void ideSlotsPutCdOnSecondaryMaster()
    {
        auto args = QemuCommand::build(base("other"), context());
        QVERIFY(args->contains(QStringLiteral("ide-hd,id=disk0-dev,bus=ide.0,unit=0,drive=disk0")));
        QVERIFY(args->contains(QStringLiteral("ide-cd,id=cd0,bus=ide.1,unit=0")));
    }
};

QTEST_GUILESS_MAIN(TstQemuCommand)
#include "tst_qemucommand.moc"
