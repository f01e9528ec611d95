#include "engine/profiles/guestprofile.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Engine {

// The profile table. Every choice that is not a plain default names its source:
//   [N]   shared notes/legacy-guests.md, "Presets" table and "Known problems" item N
//   [VB]  VirtualBox's per-OS defaults (src/VBox/Main/src-all/Global.cpp), via the notes
//   [KB]  a Microsoft Knowledge Base article, by number
//   [ran] checked on QEMU 7.2 under TCG with the project's test guests (tst_legacy_guests)
// docs/legacy-guests.md explains each profile in prose. Common to every Windows/DOS entry:
// RTC in local time with driftfix=slew (DOS/Windows keep local time in the RTC; Windows' HALs
// drift otherwise) [notes, QEMU options]; HPET off (UTM always turns it off; NT-era HALs do
// not know it) [notes]; machine pinned to pc-i440fx-7.2, never the moving `pc` alias, and
// not isapc (DOS "General failure" and NTLDR trouble on isapc, qemu#56) [3].
static const QList<GuestProfile> kProfiles = {
    // ---- the engine's own profiles (unchanged; the test guests use them) ----
    {.id = "linux", .name = QT_TRANSLATE_NOOP("GuestProfile", "Linux (modern, 64-bit)"),
     .family = "linux", .cpuModel = "qemu64", .acpi = true, .rtcBase = "utc",
     .diskBus = DiskBus::Virtio, .vga = "std", .nicModel = "e1000", .usbController = "xhci",
     .usbTablet = true, .memoryMinMiB = 256, .memoryDefaultMiB = 1024, .memoryMaxMiB = 65536,
     .maxCpus = 64, .defaultDiskGiB = 20, .ovfOsId = 101, .vboxOsType = "Linux26_64",
     .vmwareGuestOs = "otherLinux64Guest"},
    {.id = "linux-legacy",
     .name = QT_TRANSLATE_NOOP("GuestProfile", "Linux (32-bit, period PC hardware)"),
     .family = "linux", .cpuModel = "pentium3", .acpi = false, .diskBus = DiskBus::Ide,
     .vga = "cirrus", .nicModel = "ne2k_pci", .memoryMinMiB = 64, .memoryDefaultMiB = 128,
     .memoryMaxMiB = 2048, .maxCpus = 1, .defaultDiskGiB = 2, .ovfOsId = 36,
     .vboxOsType = "Linux26", .vmwareGuestOs = "otherLinuxGuest"},
    {.id = "other", .name = QT_TRANSLATE_NOOP("GuestProfile", "Other"), .family = "other",
     .cpuModel = "qemu64", .memoryMinMiB = 1, .memoryDefaultMiB = 512, .memoryMaxMiB = 65536,
     .maxCpus = 64, .defaultDiskGiB = 8},

    // ---- DOS class ----
    // ACPI/USB off, HPET off, IDE + floppy, std VGA, ne2k_isa (packet driver), sb16 + adlib,
    // PS/2, 32 MB [notes, DOS row]. pentium: period CPU; 486 also works [notes]. ISA NE2000
    // is found at 0x300 only with ACPI off [6]. Disk: INT 13h CHS reaches 8 GB (1024 x 255 x
    // 63 sectors = 8032 MiB); FAT16 partitions are at most 2 GB.
    {.id = "dos", .name = QT_TRANSLATE_NOOP("GuestProfile", "MS-DOS / FreeDOS"), .family = "dos",
     .cpuModel = "pentium", .acpi = false, .rtcBase = "localtime", .vga = "std",
     .nicModel = "ne2k_isa", .sound = "sb16+adlib", .memoryMinMiB = 1, .memoryDefaultMiB = 32,
     .memoryMaxMiB = 512, .maxCpus = 1, .defaultDiskGiB = 1, .floppy = true, .bootOrder = "acd",
     .parallelPorts = 1, .memoryWarnAboveMiB = 64, .diskMaxMiB = 8032, .acpiAware = false,
     .usbCapable = false, .inboxNics = "ne2k_isa", .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "DOS sees at most 64 MiB through HIMEM.SYS and only the first 8 GB of a disk; each "
         "FAT16 partition holds at most 2 GB. The network card is an NE2000 at I/O 0x300, "
         "IRQ 9: load an NE2000 packet driver with those values. The sound card is a Sound "
         "Blaster 16 at 0x220, IRQ 5, DMA 1, HDMA 5 (SET BLASTER=A220 I5 D1 H5 T6). The "
         "VM cannot turn itself off: shut down, then stop the VM."),
     .ovfOsId = 14, .vboxOsType = "DOS", .vmwareGuestOs = "dosGuest"},
    // Windows 3.x runs on DOS: same machine. 386 enhanced mode is fine on a Pentium; more
    // than 256 MB upsets it (standard advice), std VGA has the in-box 640x480 driver.
    {.id = "win3x", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows 3.x"),
     .family = "windows-legacy", .cpuModel = "pentium", .acpi = false, .rtcBase = "localtime",
     .vga = "std", .nicModel = "ne2k_isa", .sound = "sb16+adlib", .memoryMinMiB = 2,
     .memoryDefaultMiB = 32, .memoryMaxMiB = 512, .maxCpus = 1, .defaultDiskGiB = 1,
     .floppy = true, .bootOrder = "acd", .parallelPorts = 1, .memoryWarnAboveMiB = 256,
     .diskMaxMiB = 8032, .acpiAware = false, .usbCapable = false, .inboxNics = "ne2k_isa",
     .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "Install DOS first, then Windows from its floppies. Windows for Workgroups 3.11 has "
         "an NE2000 driver (I/O 0x300, IRQ 9); the Sound Blaster 16 driver is on the "
         "Creative disks. Keep memory at 256 MiB or less."),
     .ovfOsId = 15, .vboxOsType = "Windows31", .vmwareGuestOs = "win31Guest"},

    // ---- Windows 9x ----
    // Win95: pc, ACPI off, pentium, disk <= 2 GB per FAT16 partition, Cirrus, ne2k_isa added
    // by hand, sb16, PS/2, 64 MB [notes, Win95 row]. Fast CPUs need FIX95CPU [5]; more than
    // ~480 MB of RAM stops it (vcache) - a warning above 480.
    {.id = "win95", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows 95"),
     .family = "windows-legacy", .cpuModel = "pentium", .acpi = false, .rtcBase = "localtime",
     .vga = "cirrus", .nicModel = "ne2k_isa", .sound = "sb16+adlib", .memoryMinMiB = 8,
     .memoryDefaultMiB = 64, .memoryMaxMiB = 1024, .maxCpus = 1, .defaultDiskGiB = 2,
     .floppy = true, .bootOrder = "acd", .parallelPorts = 1, .memoryWarnAboveMiB = 480,
     .diskMaxMiB = 32768, .acpiAware = false, .inboxNics = "ne2k_isa,ne2k_pci,pcnet",
     .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "Windows 95 stops with \"Windows protection error\" on fast CPUs: apply FIX95CPU or "
         "patcher9x. Add the network card by hand (NE2000 compatible, I/O 0x300, IRQ 9). "
         "Only OSR2 reads FAT32 and disks past 2 GB per partition; only OSR2.1 has USB. "
         "More than 480 MiB of memory stops it."),
     .ovfOsId = 16, .vboxOsType = "Windows95", .vmwareGuestOs = "win95Guest"},
    // 98/ME: pentium2 (has CMOV; period), Cirrus, ne2k_pci (in-box "PCI Ethernet"), sb16 (ME
    // has AC97 too), UHCI [notes, Win98/ME row]. > 512 MB breaks 9x [issue 3; vcache]; the
    // ESDI_506 driver stops at 28-bit LBA (128 GiB). Display Properties fault under TCG in
    // QEMU 7.2 (qemu#1964) [4]; vmport laggy mouse [9] (vmport is never on here).
    {.id = "win98", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows 98 / ME"),
     .family = "windows-legacy", .cpuModel = "pentium2", .acpi = false, .rtcBase = "localtime",
     .vga = "cirrus", .nicModel = "ne2k_pci", .sound = "sb16+adlib", .usbController = "uhci",
     .memoryMinMiB = 16, .memoryDefaultMiB = 128, .memoryMaxMiB = 1024, .maxCpus = 1,
     .defaultDiskGiB = 4, .floppy = true, .bootOrder = "acd", .parallelPorts = 1,
     .memoryWarnAboveMiB = 512, .diskMaxMiB = 131072, .acpiAware = false,
     .inboxNics = "ne2k_pci,ne2k_isa,pcnet,rtl8139", .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "Windows 98 and ME break with more than 512 MiB of memory (set MaxFileCache in "
         "SYSTEM.INI, or give less). Disks larger than 128 GiB need a patched ESDI_506.PDR. "
         "Under QEMU 7.2 without KVM, Display Properties may crash (QEMU bug 1964). The "
         "Cirrus driver in the box gives 256 colours; install the 98 SE/ME update for more."),
     .ovfOsId = 17, .vboxOsType = "Windows98", .vmwareGuestOs = "win98Guest"},

    // ---- Windows NT ----
    // NT 3.51: pc with ACPI/USB off (isapc is flaky, [3]), pentium, IDE (VirtualBox uses
    // BusLogic; QEMU has none), std VGA, ne2k_isa, sb16, floppy [notes, NT 3.51 row].
    {.id = "winnt351", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows NT 3.51"),
     .family = "windows-legacy", .cpuModel = "pentium", .acpi = false, .rtcBase = "localtime",
     .vga = "std", .nicModel = "ne2k_isa", .sound = "sb16", .memoryMinMiB = 16,
     .memoryDefaultMiB = 64, .memoryMaxMiB = 2048, .maxCpus = 1, .defaultDiskGiB = 2,
     .floppy = true, .bootOrder = "acd", .parallelPorts = 1, .diskMaxMiB = 8032,
     .acpiAware = false, .usbCapable = false,
     .inboxNics = "ne2k_isa", .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "Boot the three setup floppies (or WINNT /B from DOS). Setup makes a boot partition "
         "of at most 4 GB within the first 8 GB of the disk. The network card is an NE2000 at "
         "I/O 0x300, IRQ 9. NT has no USB and no ACPI: shut down, then stop the VM."),
     .ovfOsId = 18, .vboxOsType = "WindowsNT3x", .vmwareGuestOs = "winNTGuest"},
    // NT 4.0: ACPI/HPET/USB off, one CPU; CPUID level <= 3 or SP1-5 stop with 0x3E
    // (VirtualBox NT4LeafLimit; heretical.com nt4crash) [1]: pentium3 with the level pinned
    // so that a QEMU upgrade cannot raise it. Cirrus (std + VBEMP 2010.07.09 for true colour,
    // [8]), pcnet or ne2k_pci in the box, sb16, 128 MB. Boot partition <= 7.8 GB (KB224526),
    // setup-made <= 4 GB (KB119497). Never -cpu host (vogonsorg/ProxmoxDrivers#3).
    {.id = "winnt4", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows NT 4.0"),
     .family = "windows-legacy", .cpuModel = "pentium3", .cpuFlags = "level=3", .acpi = false,
     .rtcBase = "localtime", .vga = "cirrus", .nicModel = "pcnet", .sound = "sb16",
     .memoryMinMiB = 16, .memoryDefaultMiB = 128, .memoryMaxMiB = 4096, .maxCpus = 1,
     .defaultDiskGiB = 4, .floppy = true, .bootOrder = "acd", .parallelPorts = 1,
     .diskMaxMiB = 8032, .cpuidLevelMax = 3, .acpiAware = false, .usbCapable = false,
     .inboxNics = "pcnet,ne2k_pci,ne2k_isa", .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "Keep the CPUID level at 3 or lower until Service Pack 6a is installed: NT 4.0 stops "
         "with STOP 0x3E otherwise, and never use the host CPU model. During setup press F5 "
         "and choose \"Standard PC\". The boot partition must lie within the first 7.8 GB "
         "(setup makes at most 4 GB). Install SP6a before changing the network card. NT 4.0 "
         "has no USB and no ACPI: shut down, then stop the VM. For true colour use std VGA "
         "with VBEMP 2010.07.09 (later versions crash)."),
     .ovfOsId = 18, .vboxOsType = "WindowsNT4", .vmwareGuestOs = "winNTGuest"},
    // 2000: HPET off; ACPI on = ACPI HAL (drifts: driftfix=slew), qemu32 or pentium3 (setup
    // race -> qemu32,level=1, UTM #6142), -win2k-hack for the setup "disk full" bug, LBA48
    // only from SP3 + EnableBigLba (KB305098), Cirrus, rtl8139, AC97, UHCI + tablet, 256 MB
    // [notes, 2000 row; 2].
    {.id = "win2000", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows 2000"),
     .family = "windows-legacy", .cpuModel = "pentium3", .acpi = true, .rtcBase = "localtime",
     .vga = "cirrus", .nicModel = "rtl8139", .sound = "ac97", .usbController = "uhci",
     .usbTablet = true, .memoryMinMiB = 64, .memoryDefaultMiB = 256, .memoryMaxMiB = 4096,
     .maxCpus = 2, .defaultDiskGiB = 8, .floppy = true, .bootOrder = "acd", .parallelPorts = 1,
     .diskMaxMiB = 131072, .inboxNics = "rtl8139,pcnet,ne2k_pci,ne2k_isa",
     .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "If setup stops with \"disk full\", start the VM once with QEMU's -win2k-hack (setup "
         "only). If setup hangs, use the CPU model qemu32 with level=1. With ACPI off, choose "
         "\"Standard PC\" (F5) during setup. Disks larger than 128 GiB need SP3 and "
         "EnableBigLba (KB305098)."),
     .ovfOsId = 58, .vboxOsType = "Windows2000", .vmwareGuestOs = "win2000ProGuest"},
    // XP: ACPI on, HPET off, qemu32 (TCG; coreduo has nx), std VGA, rtl8139 (QEMU has no
    // 82543GC, XP's in-box e1000), AC97, EHCI with UHCI companions + tablet (USB 2.0 from SP1,
    // the companions serve XP RTM), 512 MB [notes, XP row]. 48-bit LBA
    // from SP1. KVM + -smp 4 reboot abort (qemu#1641) [4]: 2 CPUs at most.
    {.id = "winxp", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows XP"),
     .family = "windows-legacy", .cpuModel = "qemu32", .acpi = true, .rtcBase = "localtime",
     .vga = "std", .nicModel = "rtl8139", .sound = "ac97", .usbController = "ehci",
     .usbTablet = true, .memoryMinMiB = 64, .memoryDefaultMiB = 512, .memoryMaxMiB = 4096,
     .maxCpus = 2, .defaultDiskGiB = 16, .bootOrder = "cd", .diskMaxMiB = 131072,
     .inboxNics = "rtl8139,pcnet,ne2k_pci", .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "XP has no driver for QEMU's e1000 or for SATA in the box: keep the RTL8139 card and "
         "IDE. Disks larger than 128 GiB need Service Pack 1. XP boots slower under software "
         "emulation (QEMU bug 404)."),
     .ovfOsId = 67, .vboxOsType = "WindowsXP", .vmwareGuestOs = "winXPProGuest"},
    // Server 2003: the XP hardware generation (same kernel family), more memory and CPUs;
    // 2 TiB MBR limit.
    {.id = "win2003", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows Server 2003"),
     .family = "windows-legacy", .cpuModel = "qemu32", .acpi = true, .rtcBase = "localtime",
     .vga = "std", .nicModel = "rtl8139", .sound = "ac97", .usbController = "ehci",
     .usbTablet = true, .memoryMinMiB = 128, .memoryDefaultMiB = 512, .memoryMaxMiB = 4096,
     .maxCpus = 4, .defaultDiskGiB = 16, .bootOrder = "cd", .diskMaxMiB = 2097152,
     .inboxNics = "rtl8139,pcnet,ne2k_pci,e1000", .inboxDiskBuses = "ide,floppy",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "Server 2003 has no SATA or virtio driver in the box: keep IDE. Sound is off in "
         "Server editions until the Windows Audio service is enabled."),
     .ovfOsId = 69, .vboxOsType = "Windows2003", .vmwareGuestOs = "winNetStandardGuest"},

    // ---- modern Windows ----
    // 10/11: q35 (AHCI in the box), UEFI via OVMF, no TPM yet, std VGA, e1000 (in the box
    // since 8), HDA, xhci + tablet. `max` so that Windows 11's CPU checks (SSE4.2, POPCNT)
    // pass under TCG; under KVM it is the host CPU.
    {.id = "windows", .name = QT_TRANSLATE_NOOP("GuestProfile", "Windows 10 / 11"),
     .family = "windows", .machine = "pc-q35-7.2", .cpuModel = "max", .acpi = true,
     .rtcBase = "localtime", .diskBus = DiskBus::Sata, .vga = "std", .nicModel = "e1000",
     .sound = "hda", .usbController = "xhci", .usbTablet = true, .memoryMinMiB = 2048,
     .memoryDefaultMiB = 4096, .memoryMaxMiB = 65536, .maxCpus = 64, .defaultDiskGiB = 64,
     .firmware = "uefi", .bootOrder = "cd",
     .inboxNics = "e1000,e1000e,rtl8139", .inboxDiskBuses = "sata,ide",
     .notes = QT_TRANSLATE_NOOP(
         "GuestProfile",
         "Emanon gives the VM UEFI firmware without Secure Boot and without a TPM. Windows 10 "
         "installs as is; Windows 11 setup needs the LabConfig registry bypass "
         "(BypassTPMCheck, BypassSecureBootCheck) until TPM emulation is available. Virtio "
         "disks and network cards need the virtio-win drivers."),
     .ovfOsId = 120, .vboxOsType = "Windows10_64", .vmwareGuestOs = "windows9_64Guest",
     .spiceAgent = true},
};

QString GuestProfile::displayName() const
{
    return QCoreApplication::translate("GuestProfile", name);
}

QString GuestProfile::displayNotes() const
{
    return notes[0] ? QCoreApplication::translate("GuestProfile", notes) : QString();
}

QStringList GuestProfile::inboxNicList() const
{
    return QString::fromLatin1(inboxNics).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void GuestProfile::applyTo(VmConfig &config) const
{
    config.profile = QString::fromLatin1(id);
    config.machine = QString::fromLatin1(machine);
    config.firmware = QString::fromLatin1(firmware);
    config.cpu.model = QString::fromLatin1(cpuModel);
    config.cpu.flags = QString::fromLatin1(cpuFlags);
    config.cpu.count = std::min(config.cpu.count, maxCpus);
    config.memoryMiB = memoryDefaultMiB;
    config.acpi = acpi;
    config.hpet = hpet;
    config.rtcBase = QString::fromLatin1(rtcBase);
    config.display.vga = QString::fromLatin1(vga);
    config.display.agent = spiceAgent;
    config.sound = QString::fromLatin1(sound);
    config.usb.controller = QString::fromLatin1(usbController);
    config.usb.tablet = usbTablet;
    config.boot.order = QString::fromLatin1(bootOrder);
    config.serialPorts = serialPorts;
    config.parallelPorts = parallelPorts;
    for (DiskConfig &d : config.disks)
        d.bus = diskBus;
    for (NicConfig &n : config.nics)
        n.model = QString::fromLatin1(nicModel);
    const bool hasFloppy = std::any_of(config.media.cbegin(), config.media.cend(), [](const MediaConfig &m) {
        return m.kind == MediaConfig::Kind::Floppy;
    });
    if (floppy && !hasFloppy)
        config.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"), {}, DiskBus::Floppy, {}});
}

const QList<GuestProfile> &allProfiles()
{
    return kProfiles;
}

const GuestProfile *findProfile(const QString &id)
{
    for (const GuestProfile &p : kProfiles) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

int cpuidLevel(const QString &model, const QString &flags)
{
    for (const QString &f : flags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (f.startsWith(QLatin1String("level="))) {
            bool ok = false;
            const int level = f.mid(6).toInt(&ok, 0);
            if (ok)
                return level;
        }
    }
    // QEMU 7.2, query-cpu-model-expansion [ran] (shared notes/legacy-guests.md).
    static const QHash<QString, int> kLevels = {
        {QStringLiteral("486"), 1},      {QStringLiteral("pentium"), 1},
        {QStringLiteral("pentium2"), 2}, {QStringLiteral("pentium3"), 3},
        {QStringLiteral("qemu32"), 4},   {QStringLiteral("kvm32"), 5},
        {QStringLiteral("athlon"), 2},   {QStringLiteral("coreduo"), 10},
        {QStringLiteral("n270"), 10},    {QStringLiteral("qemu64"), 13},
        {QStringLiteral("kvm64"), 13},
    };
    return kLevels.value(model, -1);
}

} // namespace Engine
