// QemuCommand: golden files of the argv for each profile and option family
// (tests/data/qemucommand/*.args, one argument per line). EMANON_REGENERATE_GOLDEN=1 rewrites
// them; review the diff before committing.
#include "engine/profiles/guestprofile.h"
#include "engine/qemu/qemucommand.h"

#include <QFile>
#include <QTest>

#include "tests/support/testutil.h"

using namespace Engine;

class TstQemuCommand : public QObject
{
    Q_OBJECT

    static LaunchContext context()
    {
        LaunchContext ctx;
        ctx.bundlePath = QStringLiteral("/vms/Test VM.emanon");
        ctx.runtimeDir = QStringLiteral("/run/user/1000/emanon/6c0b3f0e");
        ctx.logDir = QStringLiteral("/vms/Test VM.emanon/log");
        ctx.accel = QStringLiteral("tcg");
        ctx.ovmfCode = QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd");
        ctx.ovmfVars = QStringLiteral("/vms/Test VM.emanon/nvram.fd");
        ctx.spicePasswordFile = QStringLiteral("/run/user/1000/emanon/6c0b3f0e/spice.pass");
        return ctx;
    }

    static VmConfig base(const char *profile)
    {
        VmConfig c;
        c.name = QStringLiteral("Test VM");
        c.uuid = QUuid(QStringLiteral("6c0b3f0e-7f7e-4a53-9d3c-2b1c1d6e5f70"));
        c.disks.append({QStringLiteral("disk0"), QStringLiteral("disks/disk0.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        c.media.append({MediaConfig::Kind::CdRom, QStringLiteral("cd0"), {}, DiskBus::Ide, {}});
        NicConfig nic;
        nic.mac = QStringLiteral("52:54:00:aa:bb:cc");
        c.nics.append(nic);
        findProfile(QString::fromLatin1(profile))->applyTo(c);
        return c;
    }

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
    void profileLinux() { compareGolden(QStringLiteral("profile-linux"), base("linux")); }
    void profileLinuxLegacy()
    {
        VmConfig c = base("linux-legacy");
        c.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"),
                        QStringLiteral("/images/dos boot,1.img"), DiskBus::Floppy, {}});
        c.boot.order = QStringLiteral("acd");
        compareGolden(QStringLiteral("profile-linux-legacy"), c);
    }
    void profileOther() { compareGolden(QStringLiteral("profile-other"), base("other")); }

    void q35SataAndFloppy()
    {
        VmConfig c = base("other");
        c.machine = QStringLiteral("pc-q35-7.2");
        c.disks[0].bus = DiskBus::Sata;
        c.media[0].bus = DiskBus::Sata;
        c.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"), {}, DiskBus::Floppy, {}});
        compareGolden(QStringLiteral("q35-sata-floppy"), c);
    }

    void i440fxSataScsiVirtio()
    {
        VmConfig c = base("other");
        c.disks.append({QStringLiteral("disk1"), QStringLiteral("/dev/sdb"), QStringLiteral("raw"),
                        DiskBus::Sata, true, true, {}});
        c.disks.append({QStringLiteral("disk2"), QStringLiteral("disks/disk2.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Scsi, false, false, {}});
        c.disks.append({QStringLiteral("disk3"), QStringLiteral("disks/disk3.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Virtio, false, false, {}});
        compareGolden(QStringLiteral("buses-sata-scsi-virtio"), c);
    }

    void kvmUefiSoundUsb()
    {
        VmConfig c = base("linux");
        c.firmware = QStringLiteral("uefi");
        c.sound = QStringLiteral("hda");
        c.cpu.count = 4;
        LaunchContext ctx = context();
        ctx.accel = QStringLiteral("kvm");
        ctx.audioBackend = QStringLiteral("pa");
        compareGolden(QStringLiteral("kvm-uefi-hda-xhci"), c, ctx);
    }

    void legacySoundCardsAndPorts()
    {
        VmConfig c = base("linux-legacy");
        c.sound = QStringLiteral("sb16+adlib+pcspk");
        c.usb.controller = QStringLiteral("uhci");
        c.serialPorts = 2;
        c.parallelPorts = 1;
        c.rtcBase = QStringLiteral("localtime");
        c.machine = QStringLiteral("isapc");
        c.nics[0].model = QStringLiteral("ne2k_isa");
        compareGolden(QStringLiteral("legacy-sound-ports-isapc"), c);
    }

    void networkForwardsAndNone()
    {
        VmConfig c = base("other");
        c.nics[0].forwards.append({QStringLiteral("tcp"), 2222, 22, QStringLiteral("127.0.0.1")});
        c.nics[0].forwards.append({QStringLiteral("udp"), 6900, 69, QStringLiteral("127.0.0.1")});
        NicConfig off;
        off.mode = NicConfig::Mode::None;
        c.nics.append(off);
        NicConfig second;
        second.model = QStringLiteral("pcnet");
        c.nics.append(second);
        compareGolden(QStringLiteral("network-forwards"), c);
    }

    void spiceTcpWithPassword()
    {
        VmConfig c = base("other");
        c.display.spiceListen = QStringLiteral("tcp:127.0.0.1:5930");
        c.display.spicePassword = QStringLiteral("hunter2-pw");
        compareGolden(QStringLiteral("spice-tcp"), c);
        auto args = QemuCommand::build(c, context());
        // The password goes through a file, never onto the command line (visible in ps).
        QVERIFY(!args->join(u' ').contains(QStringLiteral("hunter2-pw")));
        QVERIFY(args->join(u' ').contains(QStringLiteral("password-secret=spicepw0")));
    }

    void directKernelBootAndIncoming()
    {
        VmConfig c = base("linux");
        c.disks.clear();
        c.boot.kernel = QStringLiteral("/guests/vmlinuz");
        c.boot.initrd = QStringLiteral("/guests/initrd.img");
        c.boot.cmdline = QStringLiteral("console=tty0 console=ttyS0");
        c.display.spice = false;
        LaunchContext ctx = context();
        ctx.incoming = true;
        compareGolden(QStringLiteral("direct-kernel-incoming"), c, ctx);
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
