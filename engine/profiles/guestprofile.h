// GuestProfile: the knowledge of one guest OS family (devices, limits, notes).
//
// Profiles are data: one table in guestprofile.cpp, with the source of every quirk next to
// it (shared notes/legacy-guests.md and docs/legacy-guests.md). The wizard, `emanonctl
// create` and the appliance importer pick one; applyTo() fills a VmConfig that the user can
// change afterwards; checkAgainstProfile() (profilecheck.h) says where a config leaves what
// the profile's OS can run. The table is immutable and may be read from any thread.
#pragma once

#include "engine/config/vmconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Engine {

struct GuestProfile
{
    const char *id = "";          ///< stable id stored in vm.json
    const char *name = "";        ///< English name, translated by displayName()
    const char *family = "other"; ///< grouping for the wizard: linux, windows-legacy, windows, dos, other
    const char *machine = "pc-i440fx-7.2"; ///< pinned, so guest-visible hardware stays stable
    const char *cpuModel = "qemu64";
    const char *cpuFlags = "";    ///< extra -cpu properties, e.g. "level=3"
    bool acpi = true;
    bool hpet = false;
    const char *rtcBase = "utc";  ///< utc, or localtime (DOS/Windows keep local time in the RTC)
    DiskBus diskBus = DiskBus::Ide;
    const char *vga = "std";
    const char *nicModel = "e1000";
    const char *sound = "none";   ///< VmConfig::sound syntax: "sb16+adlib", "ac97", ...
    const char *usbController = "none";
    bool usbTablet = false;
    int memoryMinMiB = 1;
    int memoryDefaultMiB = 512;
    int memoryMaxMiB = 65536;     ///< above this validate() refuses the config
    int maxCpus = 64;
    int defaultDiskGiB = 8;

    // ---- added with the legacy profiles; defaults keep the older entries as they were ----
    const char *firmware = "bios"; ///< bios, or uefi (OVMF)
    bool floppy = false;           ///< applyTo() adds an empty floppy drive fd0
    const char *bootOrder = "cd";  ///< QEMU boot letters; "acd" = floppy first (boot disks)
    int serialPorts = 1;
    int parallelPorts = 0;
    /// Above this much memory the OS misbehaves (a warning, not a refusal); 0 = no such limit.
    int memoryWarnAboveMiB = 0;
    /// The largest disk the OS can use whole (CHS / 28-bit LBA limits); 0 = none. A warning.
    qint64 diskMaxMiB = 0;
    /// Highest CPUID standard leaf the OS survives (NT 4.0 before SP6: 3); 0 = any.
    int cpuidLevelMax = 0;
    bool acpiAware = true;         ///< false: the OS predates ACPI (turning ACPI on is a warning)
    bool usbCapable = true;        ///< false: the OS has no USB stack (a USB controller is refused)
    /// Devices with a driver in the box, comma-separated; empty = anything goes. Others warn.
    const char *inboxNics = "";
    const char *inboxDiskBuses = "";
    const char *notes = "";        ///< English advice for the user, translated by displayNotes()

    // ---- names of this OS in appliance formats ----
    int ovfOsId = 1;               ///< CIM_OperatingSystem OsType (OVF OperatingSystemSection id)
    const char *vboxOsType = "Other";    ///< VirtualBox vbox:OSType
    const char *vmwareGuestOs = "otherGuest"; ///< VMware vmw:osType (vSphere guest id)

    /// The guest usually runs a SPICE agent (spice-vdagent, or Windows' spice-guest-tools):
    /// new VMs get the agent channel for clipboard sharing and resize-with-window.
    bool spiceAgent = false;

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString displayNotes() const;
    /// The network card models with an in-box driver (empty list: any).
    [[nodiscard]] QStringList inboxNicList() const;
    /// Fills the hardware fields of `config` with this profile's defaults (name, uuid, disks
    /// and media paths are left alone; a floppy drive is added when the profile has one and
    /// the config has none).
    void applyTo(VmConfig &config) const;
};

const QList<GuestProfile> &allProfiles();
const GuestProfile *findProfile(const QString &id);

/// The CPUID standard-leaf limit ("cpuid level") a QEMU 7.2 CPU model gives the guest, after
/// an explicit "level=N" in `flags`; -1 when unknown (host, max, or a model not listed).
int cpuidLevel(const QString &model, const QString &flags);

} // namespace Engine
