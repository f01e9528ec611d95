#include "tests/support/qemucommandcases.h"

#include "engine/profiles/guestprofile.h"

using namespace Engine;

namespace TestUtil {

LaunchContext sampleContext()
{
    LaunchContext ctx;
    ctx.bundlePath = QStringLiteral("/vms/Test VM.emanon");
    ctx.runtimeDir = QStringLiteral("/run/user/1000/emanon/6c0b3f0e");
    ctx.accel = QStringLiteral("tcg");
    ctx.ovmfCode = QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd");
    ctx.ovmfVars = QStringLiteral("/vms/Test VM.emanon/nvram.fd");
    ctx.spicePasswordFile = QStringLiteral("/run/user/1000/emanon/6c0b3f0e/spice.pass");
    return ctx;
}

VmConfig sampleConfig(const char *profile)
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

QList<QemuCommandCase> qemuCommandCases()
{
    QList<QemuCommandCase> cases;
    const LaunchContext ctx = sampleContext();
    cases.append({QStringLiteral("profile-linux"), sampleConfig("linux"), ctx});
    {
        VmConfig c = sampleConfig("linux-legacy");
        c.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"),
                        QStringLiteral("/images/dos boot,1.img"), DiskBus::Floppy, {}});
        c.boot.order = QStringLiteral("acd");
        cases.append({QStringLiteral("profile-linux-legacy"), c, ctx});
    }
    cases.append({QStringLiteral("profile-other"), sampleConfig("other"), ctx});
    // The legacy and Windows profiles, each as the profile fills it (floppy drive included).
    for (const char *id : {"dos", "win3x", "win95", "win98", "winnt351", "winnt4", "win2000",
                           "winxp", "win2003", "windows"})
        cases.append({QStringLiteral("profile-") + QLatin1String(id), sampleConfig(id), ctx});
    {
        VmConfig c = sampleConfig("other");
        c.machine = QStringLiteral("pc-q35-7.2");
        c.disks[0].bus = DiskBus::Sata;
        c.media[0].bus = DiskBus::Sata;
        c.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"), {}, DiskBus::Floppy, {}});
        cases.append({QStringLiteral("q35-sata-floppy"), c, ctx});
    }
    {
        VmConfig c = sampleConfig("other");
        c.disks.append({QStringLiteral("disk1"), QStringLiteral("/dev/sdb"), QStringLiteral("raw"),
                        DiskBus::Scsi, true, true, {}});
        c.disks.append({QStringLiteral("disk2"), QStringLiteral("disks/disk2.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Sata, false, false, {}});
        c.disks.append({QStringLiteral("disk3"), QStringLiteral("disks/disk3.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Virtio, false, false, {}});
        cases.append({QStringLiteral("buses-sata-scsi-virtio"), c, ctx});
    }
    {
        VmConfig c = sampleConfig("linux");
        c.firmware = QStringLiteral("uefi");
        c.sound = QStringLiteral("hda");
        c.cpu.count = 4;
        LaunchContext k = ctx;
        k.accel = QStringLiteral("kvm");
        k.audioBackend = QStringLiteral("pa");
        cases.append({QStringLiteral("kvm-uefi-hda-xhci"), c, k});
    }
    {
        VmConfig c = sampleConfig("linux-legacy");
        c.sound = QStringLiteral("sb16+adlib+pcspk");
        c.serialPorts = 2;
        c.parallelPorts = 1;
        c.rtcBase = QStringLiteral("localtime");
        c.machine = QStringLiteral("isapc");
        c.nics[0].model = QStringLiteral("ne2k_isa");
        cases.append({QStringLiteral("legacy-sound-ports-isapc"), c, ctx});
    }
    {
        VmConfig c = sampleConfig("other");
        c.nics[0].forwards.append({QStringLiteral("tcp"), 2222, 22, QStringLiteral("127.0.0.1")});
        c.nics[0].forwards.append({QStringLiteral("udp"), 6900, 69, QStringLiteral("127.0.0.1")});
        NicConfig off;
        off.mode = NicConfig::Mode::None;
        c.nics.append(off);
        NicConfig second;
        second.model = QStringLiteral("pcnet");
        c.nics.append(second);
        cases.append({QStringLiteral("network-forwards"), c, ctx});
    }
    {
        VmConfig c = sampleConfig("other");
        c.display.spiceListen = QStringLiteral("tcp:127.0.0.1:5930");
        c.display.spicePassword = QStringLiteral("hunter2-pw");
        cases.append({QStringLiteral("spice-tcp"), c, ctx});
    }
    {
        VmConfig c = sampleConfig("linux");
        c.disks.clear();
        c.boot.kernel = QStringLiteral("/guests/vmlinuz");
        c.boot.initrd = QStringLiteral("/guests/initrd.img");
        c.boot.cmdline = QStringLiteral("console=tty0 console=ttyS0");
        c.display.spice = false;
        LaunchContext in = ctx;
        in.incoming = QStringLiteral("defer");
        cases.append({QStringLiteral("direct-kernel-incoming"), c, in});
    }
    return cases;
}

} // namespace TestUtil
