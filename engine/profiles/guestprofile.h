// GuestProfile: the knowledge of one guest OS family (devices, limits, notes).
// Profiles are data: one table in guestprofile.cpp. The wizard, `emanonctl create` and the
// appliance importer pick one; applyTo() fills a VmConfig that the user can change afterwards.
#pragma once

#include "engine/config/vmconfig.h"

#include <QList>
#include <QString>

namespace Engine {

struct GuestProfile
{
    const char *id;          ///< stable id stored in vm.json
    const char *name;        ///< English name, translated by displayName()
    const char *family;      ///< grouping for the wizard: linux, windows-legacy, dos, other
    const char *machine;
    const char *cpuModel;
    const char *cpuFlags;
    bool acpi;
    bool hpet;
    const char *rtcBase;
    DiskBus diskBus;
    const char *vga;
    const char *nicModel;
    const char *sound;
    const char *usbController;
    bool usbTablet;
    int memoryMinMiB;
    int memoryDefaultMiB;
    int memoryMaxMiB;
    int maxCpus;
    int defaultDiskGiB;

    [[nodiscard]] QString displayName() const;
    /// Fills the hardware fields of `config` with this profile's defaults (name, uuid, disks
    /// and media paths are left alone).
    void applyTo(VmConfig &config) const;
};

const QList<GuestProfile> &allProfiles();
const GuestProfile *findProfile(const QString &id);

} // namespace Engine
