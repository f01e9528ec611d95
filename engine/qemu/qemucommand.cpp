#include "engine/qemu/qemucommand.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Engine::QemuCommand {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QemuCommand)
};

QString absolute(const QString &path, const LaunchContext &ctx)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(ctx.bundlePath + QLatin1Char('/') + path);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// A block node over a file: {"driver":FORMAT,"node-name":NODE,"file":{"driver":"file",...}}.
QString blockdev(const QString &node, const QString &format, const QString &file, bool readOnly)
{
    QJsonObject fileNode{{QStringLiteral("driver"), QStringLiteral("file")},
                         {QStringLiteral("filename"), file}};
    if (readOnly)
        fileNode.insert(QStringLiteral("read-only"), true);
    QJsonObject o{{QStringLiteral("driver"), format},
                  {QStringLiteral("node-name"), node},
                  {QStringLiteral("file"), fileNode}};
    if (readOnly)
        o.insert(QStringLiteral("read-only"), true);
    else
        o.insert(QStringLiteral("discard"), QStringLiteral("unmap"));
    return json(o);
}

QString onOff(bool b)
{
    return b ? QStringLiteral("on") : QStringLiteral("off");
}

/// Hands out controller slots in the order devices are attached.
class SlotAllocator
{
public:
    explicit SlotAllocator(const VmConfig &c) : m_q35(isQ35(c.machine)) {}

    /// "bus=...,unit=..." for an IDE attachment, or empty when the controller is full.
    QString ideFor(bool cdrom)
    {
        if (m_q35)
            return sata();
        static const int diskOrder[] = {0, 1, 2, 3};
        static const int cdOrder[] = {2, 3, 1, 0};
        const int *order = cdrom ? cdOrder : diskOrder;
        for (int i = 0; i < 4; ++i) {
            const int slot = order[i];
            if (!m_ideUsed[slot]) {
                m_ideUsed[slot] = true;
                return QStringLiteral("bus=ide.%1,unit=%2").arg(slot / 2).arg(slot % 2);
            }
        }
        return {};
    }
    QString sata()
    {
        if (m_sataNext >= 6)
            return {};
        const QString bus = m_q35 ? QStringLiteral("ide") : QStringLiteral("ahci0");
        return QStringLiteral("bus=%1.%2").arg(bus).arg(m_sataNext++);
    }
    bool needsAhci() const { return !m_q35 && m_sataNext > 0; }
    int floppyUnit() { return m_floppyNext < 2 ? m_floppyNext++ : -1; }

private:
    bool m_q35;
    bool m_ideUsed[4] = {false, false, false, false};
    int m_sataNext = 0;
    int m_floppyNext = 0;
};

void machineArgs(const VmConfig &c, const LaunchContext &ctx, QStringList &a)
{
    QString machine = c.machine + QStringLiteral(",acpi=") + onOff(c.acpi);
    if (!c.machine.startsWith(QLatin1String("isapc")))
        machine += QStringLiteral(",hpet=") + onOff(c.hpet);
    a << QStringLiteral("-machine") << machine;
    if (ctx.accel == QLatin1String("kvm"))
        a << QStringLiteral("-accel") << QStringLiteral("kvm");
    else
        a << QStringLiteral("-accel") << QStringLiteral("tcg,thread=multi");
    if (c.firmware == QLatin1String("uefi")) {
        a << QStringLiteral("-drive")
          << QStringLiteral("if=pflash,unit=0,format=raw,readonly=on,file=")
                 + escapeOptionValue(ctx.ovmfCode);
        a << QStringLiteral("-drive")
          << QStringLiteral("if=pflash,unit=1,format=raw,file=") + escapeOptionValue(ctx.ovmfVars);
    }
}

void cpuArgs(const VmConfig &c, QStringList &a)
{
    QString cpu = c.cpu.model;
    if (!c.cpu.flags.isEmpty())
        cpu += QLatin1Char(',') + c.cpu.flags;
    a << QStringLiteral("-cpu") << cpu;
    a << QStringLiteral("-smp") << QString::number(c.cpu.count);
    a << QStringLiteral("-m") << QString::number(c.memoryMiB);
    QString rtc = QStringLiteral("base=") + c.rtcBase;
    if (c.rtcBase == QLatin1String("localtime"))
        rtc += QStringLiteral(",driftfix=slew"); // Windows' HALs drift otherwise
    a << QStringLiteral("-rtc") << rtc;
}

Status driveArgs(const VmConfig &c, const LaunchContext &ctx, QStringList &a)
{
    SlotAllocator slots(c);
    QStringList devices;
    bool virtioScsi = false;
    bool fdc = false;

    auto attach = [&](DiskBus bus, bool cdrom, const QString &id, const QString &drive) -> Status {
        QString dev;
        QString where;
        switch (bus) {
        case DiskBus::Ide:
            where = slots.ideFor(cdrom);
            dev = cdrom ? QStringLiteral("ide-cd") : QStringLiteral("ide-hd");
            break;
        case DiskBus::Sata:
            where = slots.sata();
            dev = cdrom ? QStringLiteral("ide-cd") : QStringLiteral("ide-hd");
            break;
        case DiskBus::Scsi:
            virtioScsi = true;
            where = QStringLiteral("bus=scsi0.0");
            dev = cdrom ? QStringLiteral("scsi-cd") : QStringLiteral("scsi-hd");
            break;
        case DiskBus::Virtio:
            if (cdrom)
                return Error(ErrorCode::ConfigInvalid,
                             Tr::tr("A CD-ROM drive cannot be attached to virtio; use IDE, SATA "
                                    "or SCSI."));
            where = QStringLiteral("bus=pci.0");
            dev = QStringLiteral("virtio-blk-pci");
            if (isQ35(c.machine))
                where = QStringLiteral("bus=pcie.0");
            break;
        case DiskBus::Floppy: {
            const int unit = slots.floppyUnit();
            if (unit < 0)
                return Error(ErrorCode::ConfigInvalid,
                             Tr::tr("A PC has at most two floppy drives."));
            fdc = true;
            where = QStringLiteral("unit=%1").arg(unit);
            dev = QStringLiteral("floppy");
            break;
        }
        }
        if (where.isEmpty()) {
            return Error(ErrorCode::ConfigInvalid,
                         Tr::tr("There are more drives on the %1 controller than it has "
                                "connectors. Move a drive to another controller.")
                             .arg(diskBusName(bus).toUpper()));
        }
        QString line = dev + QStringLiteral(",id=") + id + QLatin1Char(',') + where;
        if (!drive.isEmpty())
            line += QStringLiteral(",drive=") + drive;
        devices << QStringLiteral("-device") << line;
        return {};
    };

    for (const DiskConfig &d : c.disks) {
        if (d.readOnly && (d.bus == DiskBus::Ide || d.bus == DiskBus::Sata)) {
            // QEMU's IDE/AHCI disks cannot be read-only ("Block node is read-only").
            return Error(ErrorCode::ConfigInvalid,
                         Tr::tr("Disk %1 is read-only, but IDE and SATA disks cannot be "
                                "read-only. Attach it to SCSI or virtio, or make it writable.")
                             .arg(d.node));
        }
        a << QStringLiteral("-blockdev")
          << blockdev(d.node, d.format, absolute(d.path, ctx), d.readOnly);
        if (Status s = attach(d.bus, false, d.node + QStringLiteral("-dev"), d.node); !s)
            return s;
    }
    for (const MediaConfig &m : c.media) {
        const bool cdrom = m.kind == MediaConfig::Kind::CdRom;
        const DiskBus bus = cdrom ? m.bus : DiskBus::Floppy;
        QString drive;
        if (!m.path.isEmpty()) {
            drive = m.node + QStringLiteral("-medium");
            a << QStringLiteral("-blockdev")
              << blockdev(drive, QStringLiteral("raw"), absolute(m.path, ctx), cdrom);
        }
        if (Status s = attach(bus, cdrom, m.node, drive); !s)
            return s;
    }
    if (slots.needsAhci())
        a << QStringLiteral("-device") << QStringLiteral("ich9-ahci,id=ahci0");
    if (virtioScsi)
        a << QStringLiteral("-device") << QStringLiteral("virtio-scsi-pci,id=scsi0");
    if (fdc && isQ35(c.machine)) // i440FX and isapc have a floppy controller built in
        a << QStringLiteral("-device") << QStringLiteral("isa-fdc,id=fdc0");
    a << devices;
    return {};
}

void networkArgs(const VmConfig &c, QStringList &a)
{
    int index = 0;
    for (const NicConfig &n : c.nics) {
        if (n.mode == NicConfig::Mode::None)
            continue;
        const QString netdev = QStringLiteral("net%1").arg(index);
        QString user = QStringLiteral("user,id=") + netdev;
        for (const PortForward &pf : n.forwards) {
            user += QStringLiteral(",hostfwd=%1:%2:%3-:%4")
                        .arg(pf.protocol, pf.hostAddress)
                        .arg(pf.hostPort)
                        .arg(pf.guestPort);
        }
        a << QStringLiteral("-netdev") << user;
        QString dev = n.model + QStringLiteral(",id=nic%1,netdev=").arg(index) + netdev;
        if (!n.mac.isEmpty())
            dev += QStringLiteral(",mac=") + n.mac;
        a << QStringLiteral("-device") << dev;
        ++index;
    }
}

void displayArgs(const VmConfig &c, const LaunchContext &ctx, QStringList &a)
{
    a << QStringLiteral("-vga") << c.display.vga;
    a << QStringLiteral("-display") << QStringLiteral("none");
    // The preferred mode the card reports to the guest (EDID); cards without one ignore it.
    static const QHash<QString, QString> edidCards{{QStringLiteral("std"), QStringLiteral("VGA")},
                                                   {QStringLiteral("virtio"), QStringLiteral("virtio-vga")},
                                                   {QStringLiteral("qxl"), QStringLiteral("qxl-vga")}};
    const QStringList res = c.display.resolution.split(QLatin1Char('x'));
    if (res.size() == 2 && edidCards.contains(c.display.vga)) {
        const QString card = edidCards.value(c.display.vga);
        a << QStringLiteral("-global") << card + QStringLiteral(".xres=") + res.at(0)
          << QStringLiteral("-global") << card + QStringLiteral(".yres=") + res.at(1);
    }
    if (!c.display.spice)
        return;
    if (c.display.agent) {
        a << QStringLiteral("-device") << QStringLiteral("virtio-serial-pci,id=vdagentserial0")
          << QStringLiteral("-chardev") << QStringLiteral("spicevmc,id=vdagent0,name=vdagent")
          << QStringLiteral("-device")
          << QStringLiteral("virtserialport,bus=vdagentserial0.0,chardev=vdagent0,"
                            "name=com.redhat.spice.0");
    }
    if (c.display.spiceListen == QLatin1String("unix")) {
        a << QStringLiteral("-spice")
          << QStringLiteral("unix=on,addr=")
                 + escapeOptionValue(RuntimeFiles::spiceSocket(ctx.runtimeDir))
                 + QStringLiteral(",disable-ticketing=on");
    } else {
        // tcp:ADDRESS:PORT, always with a password, passed through a file (not visible in ps).
        const QStringList parts = c.display.spiceListen.split(QLatin1Char(':'));
        a << QStringLiteral("-object")
          << QStringLiteral("secret,id=spicepw0,file=") + escapeOptionValue(ctx.spicePasswordFile);
        a << QStringLiteral("-spice")
          << QStringLiteral("addr=%1,port=%2,password-secret=spicepw0")
                 .arg(parts.value(1), parts.value(2));
    }
}

void soundArgs(const VmConfig &c, const LaunchContext &ctx, QStringList &a)
{
    if (c.sound.isEmpty() || c.sound == QLatin1String("none"))
        return;
    a << QStringLiteral("-audiodev") << ctx.audioBackend + QStringLiteral(",id=snd0");
    for (const QString &card : c.sound.split(QLatin1Char('+'))) {
        if (card == QLatin1String("sb16"))
            a << QStringLiteral("-device") << QStringLiteral("sb16,audiodev=snd0");
        else if (card == QLatin1String("adlib"))
            a << QStringLiteral("-device") << QStringLiteral("adlib,audiodev=snd0");
        else if (card == QLatin1String("ac97"))
            a << QStringLiteral("-device") << QStringLiteral("AC97,audiodev=snd0");
        else if (card == QLatin1String("es1370"))
            a << QStringLiteral("-device") << QStringLiteral("ES1370,audiodev=snd0");
        else if (card == QLatin1String("hda"))
            a << QStringLiteral("-device") << QStringLiteral("intel-hda,id=hda0")
              << QStringLiteral("-device") << QStringLiteral("hda-duplex,audiodev=snd0");
        else if (card == QLatin1String("pcspk"))
            a << QStringLiteral("-machine") << QStringLiteral("pcspk-audiodev=snd0");
    }
}

void usbArgs(const VmConfig &c, QStringList &a)
{
    const QString &ctl = c.usb.controller;
    if (ctl.isEmpty() || ctl == QLatin1String("none"))
        return;
    if (ctl == QLatin1String("uhci")) {
        a << QStringLiteral("-device") << QStringLiteral("piix3-usb-uhci,id=usb");
    } else if (ctl == QLatin1String("ehci")) {
        // EHCI with its three UHCI companions in one PCI slot, as on an ICH9 board: full- and
        // low-speed devices (tablet, keyboards, most period hardware) work, and a guest
        // without a USB 2.0 driver (XP before SP1) still sees its ports through the UHCIs.
        a << QStringLiteral("-device") << QStringLiteral("ich9-usb-ehci1,id=usb,addr=0x1d.0x7")
          << QStringLiteral("-device")
          << QStringLiteral("ich9-usb-uhci1,masterbus=usb.0,firstport=0,multifunction=on,addr=0x1d.0x0")
          << QStringLiteral("-device")
          << QStringLiteral("ich9-usb-uhci2,masterbus=usb.0,firstport=2,addr=0x1d.0x1")
          << QStringLiteral("-device")
          << QStringLiteral("ich9-usb-uhci3,masterbus=usb.0,firstport=4,addr=0x1d.0x2");
    } else {
        a << QStringLiteral("-device") << QStringLiteral("qemu-xhci,id=usb");
    }
    if (c.usb.tablet)
        a << QStringLiteral("-device") << QStringLiteral("usb-tablet,id=tablet0,bus=usb.0");
    // SPICE USB redirection: one spicevmc channel + usb-redir device per slot; the client
    // (display/usb) plugs a host device into a free slot.
    if (c.display.spice) {
        for (int i = 0; i < std::clamp(c.usb.redirectSlots, 0, 8); ++i) {
            a << QStringLiteral("-chardev")
              << QStringLiteral("spicevmc,id=usbredirchardev%1,name=usbredir").arg(i)
              << QStringLiteral("-device")
              << QStringLiteral("usb-redir,chardev=usbredirchardev%1,id=usbredir%1,bus=usb.0").arg(i);
        }
    }
}

void portArgs(const VmConfig &c, const LaunchContext &ctx, QStringList &a)
{
    for (int i = 0; i < c.serialPorts; ++i) {
        a << QStringLiteral("-chardev")
          // No logfile=: QEMU 7.2 logs a byte twice when a write to the connected client
          // is retried; the runner logs the socket stream instead (SerialLog).
          << QStringLiteral("socket,id=serial%1,path=%2,server=on,wait=off")
                 .arg(i)
                 .arg(escapeOptionValue(RuntimeFiles::serialSocket(ctx.runtimeDir, i)));
        a << QStringLiteral("-device") << QStringLiteral("isa-serial,chardev=serial%1,index=%1").arg(i);
    }
    for (int i = 0; i < c.parallelPorts; ++i) {
        a << QStringLiteral("-chardev") << QStringLiteral("null,id=parallel%1").arg(i);
        a << QStringLiteral("-device")
          << QStringLiteral("isa-parallel,chardev=parallel%1,index=%1").arg(i);
    }
}

void bootArgs(const VmConfig &c, const LaunchContext &ctx, QStringList &a)
{
    if (!c.boot.order.isEmpty() || c.boot.menu) {
        QString boot;
        if (!c.boot.order.isEmpty())
            boot = QStringLiteral("order=") + c.boot.order;
        if (c.boot.menu)
            boot += (boot.isEmpty() ? QString() : QStringLiteral(",")) + QStringLiteral("menu=on");
        a << QStringLiteral("-boot") << boot;
    }
    if (!c.boot.kernel.isEmpty()) {
        a << QStringLiteral("-kernel") << absolute(c.boot.kernel, ctx);
        if (!c.boot.initrd.isEmpty())
            a << QStringLiteral("-initrd") << absolute(c.boot.initrd, ctx);
        if (!c.boot.cmdline.isEmpty())
            a << QStringLiteral("-append") << c.boot.cmdline;
    }
}

void controlArgs(const LaunchContext &ctx, QStringList &a)
{
    a << QStringLiteral("-chardev")
      << QStringLiteral("socket,id=qmp,path=%1,server=on,wait=off")
             .arg(escapeOptionValue(RuntimeFiles::qmpSocket(ctx.runtimeDir)));
    a << QStringLiteral("-mon") << QStringLiteral("chardev=qmp,mode=control");
    a << QStringLiteral("-pidfile") << RuntimeFiles::pidFile(ctx.runtimeDir);
    if (!ctx.incoming.isEmpty())
        a << QStringLiteral("-incoming") << ctx.incoming;
}

} // namespace

QString escapeOptionValue(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char(','), QStringLiteral(",,"));
    return out;
}

bool isQ35(const QString &machine)
{
    return machine == QLatin1String("q35") || machine.startsWith(QLatin1String("pc-q35"));
}

/// The ISA-only PC (isapc) has no PCI bus: refuse what needs one, naming it.
Status checkIsaMachine(const VmConfig &c)
{
    if (!c.machine.startsWith(QLatin1String("isapc")))
        return {};
    auto refuse = [](const QString &what) {
        return Error(ErrorCode::ConfigInvalid,
                     Tr::tr("The ISA PC machine (isapc) has no PCI bus, so it cannot have %1. "
                            "Choose the i440FX PC machine, or remove it.")
                         .arg(what));
    };
    if (c.usb.controller != QLatin1String("none") && !c.usb.controller.isEmpty())
        return refuse(Tr::tr("a USB controller"));
    for (const DiskConfig &d : c.disks) {
        if (d.bus != DiskBus::Ide && d.bus != DiskBus::Floppy)
            return refuse(Tr::tr("a %1 disk").arg(diskBusName(d.bus).toUpper()));
    }
    for (const MediaConfig &m : c.media) {
        if (m.kind == MediaConfig::Kind::CdRom && m.bus != DiskBus::Ide)
            return refuse(Tr::tr("a %1 CD-ROM drive").arg(diskBusName(m.bus).toUpper()));
    }
    for (const NicConfig &n : c.nics) {
        if (n.mode != NicConfig::Mode::None && n.model != QLatin1String("ne2k_isa"))
            return refuse(Tr::tr("the PCI network card %1 (use ne2k_isa)").arg(n.model));
    }
    for (const QString &card : c.sound.split(QLatin1Char('+'))) {
        if (card == QLatin1String("ac97") || card == QLatin1String("es1370")
            || card == QLatin1String("hda"))
            return refuse(Tr::tr("the PCI sound card %1 (use sb16)").arg(card));
    }
    static const QStringList isaVga = {QStringLiteral("std"), QStringLiteral("cirrus"),
                                       QStringLiteral("none")};
    if (!isaVga.contains(c.display.vga))
        return refuse(Tr::tr("the %1 graphics card (use std or cirrus)").arg(c.display.vga));
    return {};
}

Result<QStringList> build(const VmConfig &c, const LaunchContext &ctx)
{
    if (Status s = checkIsaMachine(c); !s)
        return s.error();
    QStringList a;
    // Nothing implicit: every device is named here, so the guest sees the same hardware on
    // every QEMU version (the machine type is pinned by the profile).
    a << QStringLiteral("-nodefaults") << QStringLiteral("-no-user-config");
    a << QStringLiteral("-name")
      << QStringLiteral("guest=") + escapeOptionValue(c.name) + QStringLiteral(",debug-threads=on");
    a << QStringLiteral("-uuid") << c.uuid.toString(QUuid::WithoutBraces);
    a << QStringLiteral("-msg") << QStringLiteral("timestamp=on");
    a << QStringLiteral("-S"); // paused until QMP is connected and set up
    machineArgs(c, ctx, a);
    cpuArgs(c, a);
    if (Status s = driveArgs(c, ctx, a); !s)
        return s.error();
    networkArgs(c, a);
    displayArgs(c, ctx, a);
    soundArgs(c, ctx, a);
    usbArgs(c, a);
    portArgs(c, ctx, a);
    bootArgs(c, ctx, a);
    controlArgs(ctx, a);
    return a;
}

} // namespace Engine::QemuCommand
