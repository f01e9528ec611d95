#include "engine/profiles/guestprofile.h"

#include <QCoreApplication>

namespace Engine {

// Sources for each choice: shared notes/legacy-guests.md (presets table). The legacy Windows
// and DOS profiles are added with the guest-profile work; these are the ones the engine and
// its test guests need.
static const QList<GuestProfile> kProfiles = {
    {"linux", QT_TRANSLATE_NOOP("GuestProfile", "Linux (modern, 64-bit)"), "linux",
     "pc-i440fx-7.2", "qemu64", "", true, false, "utc", DiskBus::Virtio, "std", "e1000", "none",
     "xhci", true, 256, 1024, 65536, 64, 20},
    {"linux-legacy", QT_TRANSLATE_NOOP("GuestProfile", "Linux (32-bit, period PC hardware)"),
     "linux", "pc-i440fx-7.2", "pentium3", "", false, false, "utc", DiskBus::Ide, "cirrus",
     "ne2k_pci", "none", "none", false, 64, 128, 2048, 1, 2},
    {"other", QT_TRANSLATE_NOOP("GuestProfile", "Other"), "other", "pc-i440fx-7.2", "qemu64", "",
     true, false, "utc", DiskBus::Ide, "std", "e1000", "none", "none", false, 1, 512, 65536, 64,
     8},
};

QString GuestProfile::displayName() const
{
    return QCoreApplication::translate("GuestProfile", name);
}

void GuestProfile::applyTo(VmConfig &config) const
{
    config.profile = QString::fromLatin1(id);
    config.machine = QString::fromLatin1(machine);
    config.cpu.model = QString::fromLatin1(cpuModel);
    config.cpu.flags = QString::fromLatin1(cpuFlags);
    config.cpu.count = std::min(config.cpu.count, maxCpus);
    config.memoryMiB = memoryDefaultMiB;
    config.acpi = acpi;
    config.hpet = hpet;
    config.rtcBase = QString::fromLatin1(rtcBase);
    config.display.vga = QString::fromLatin1(vga);
    config.sound = QString::fromLatin1(sound);
    config.usb.controller = QString::fromLatin1(usbController);
    config.usb.tablet = usbTablet;
    for (DiskConfig &d : config.disks)
        d.bus = diskBus;
    for (NicConfig &n : config.nics)
        n.model = QString::fromLatin1(nicModel);
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

} // namespace Engine
