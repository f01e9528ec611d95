// NewVmChoices: everything the user chose in the new-VM wizard, as plain data, and how it
// becomes a VmConfig. The pages write it; the summary shows it; NewVmCreator makes the VM.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/library/vmlibrary.h"
#include "engine/profiles/guestprofile.h"

#include <QCoreApplication>

namespace App {

struct NewVmChoices
{
    Q_DECLARE_TR_FUNCTIONS(NewVmChoices)
public:
    enum class DiskMode { New = 1, AttachExisting, ConvertExisting, HostDisk, None };

    QString profileId;
    QString name;
    /// The folder the bundle goes into; empty: the default library folder.
    QString folder;
    int memoryMiB = 0;
    int cpus = 1;

    DiskMode diskMode = DiskMode::New;
    qint64 newDiskBytes = 0;
    QString existingPath;   ///< image to attach or convert
    QString existingFormat; ///< as qemu-img info found it
    QString hostDiskPath;   ///< raw host disk or partition
    bool hostDiskReadOnly = true;

    QString isoPath;
    QString floppyPath;

    bool nat = true;
    QString nicModel;
    QList<Engine::PortForward> forwards;

    bool startNow = true;

    [[nodiscard]] const Engine::GuestProfile *profile() const;
    /// The bus disks get: the profile's, except that a read-only host disk goes to SCSI
    /// (QEMU cannot make IDE or SATA disks read-only).
    [[nodiscard]] Engine::DiskBus diskBus() const;
    /// The definition to create (disks that must be created or converted are not in it; see
    /// newDisks() and NewVmCreator).
    [[nodiscard]] Engine::VmConfig toConfig() const;
    [[nodiscard]] QList<Engine::NewDisk> newDisks() const;
    /// The library folder the VM is created in: `folder`, else `defaultLibrary`.
    [[nodiscard]] Engine::VmLibrary targetLibrary(const Engine::VmLibrary &defaultLibrary) const;
    /// Human-readable lines "label: value" for the summary page.
    [[nodiscard]] QList<QPair<QString, QString>> summary(const Engine::VmLibrary &library) const;
};

} // namespace App
