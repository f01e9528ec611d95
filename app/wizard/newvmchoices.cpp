#include "app/wizard/newvmchoices.h"

#include "app/common/guestfamily.h"
#include "engine/storage/diskimage.h"

#include <QDir>

namespace App {

const Engine::GuestProfile *NewVmChoices::profile() const
{
    return Engine::findProfile(profileId);
}

Engine::DiskBus NewVmChoices::diskBus() const
{
    const Engine::GuestProfile *p = profile();
    const Engine::DiskBus bus = p ? p->diskBus : Engine::DiskBus::Ide;
    if (diskMode == DiskMode::HostDisk && hostDiskReadOnly
        && (bus == Engine::DiskBus::Ide || bus == Engine::DiskBus::Sata))
        return Engine::DiskBus::Scsi;
    return bus;
}

Engine::VmConfig NewVmChoices::toConfig() const
{
    Engine::VmConfig c;
    c.name = name;
    if (nat)
        c.nics.append(Engine::NicConfig());
    else {
        Engine::NicConfig none;
        none.mode = Engine::NicConfig::Mode::None;
        c.nics.append(none);
    }
    if (const Engine::GuestProfile *p = profile())
        p->applyTo(c);
    c.memoryMiB = memoryMiB;
    c.cpu.count = cpus;
    if (nat) {
        if (!nicModel.isEmpty())
            c.nics[0].model = nicModel;
        c.nics[0].forwards = forwards;
    }

    Engine::DiskConfig disk;
    disk.node = QStringLiteral("disk0");
    disk.bus = diskBus();
    if (diskMode == DiskMode::AttachExisting) {
        disk.path = QDir::cleanPath(QFileInfo(existingPath).absoluteFilePath());
        disk.format = existingFormat.isEmpty() ? QStringLiteral("raw") : existingFormat;
        c.disks.append(disk);
    } else if (diskMode == DiskMode::HostDisk) {
        disk.path = hostDiskPath;
        disk.format = QStringLiteral("raw");
        disk.passthrough = true;
        disk.readOnly = hostDiskReadOnly;
        c.disks.append(disk);
    }

    Engine::MediaConfig cd;
    cd.kind = Engine::MediaConfig::Kind::CdRom;
    cd.node = QStringLiteral("cd0");
    cd.path = isoPath;
    cd.bus = Engine::DiskBus::Ide;
    c.media.append(cd);
    if (!floppyPath.isEmpty()) {
        Engine::MediaConfig fd;
        fd.kind = Engine::MediaConfig::Kind::Floppy;
        fd.node = QStringLiteral("fd0");
        fd.path = floppyPath;
        fd.bus = Engine::DiskBus::Floppy;
        c.media.append(fd);
    }
    QString order;
    if (!floppyPath.isEmpty())
        order += QLatin1Char('a');
    if (!isoPath.isEmpty())
        order += QLatin1Char('d');
    order += QLatin1Char('c');
    if (isoPath.isEmpty())
        order += QLatin1Char('d');
    c.boot.order = order;
    return c;
}

QList<Engine::NewDisk> NewVmChoices::newDisks() const
{
    if (diskMode != DiskMode::New)
        return {};
    Engine::NewDisk disk;
    disk.node = QStringLiteral("disk0");
    disk.sizeBytes = newDiskBytes;
    disk.bus = diskBus();
    return {disk};
}

Engine::VmLibrary NewVmChoices::targetLibrary(const Engine::VmLibrary &defaultLibrary) const
{
    return folder.isEmpty() ? defaultLibrary : Engine::VmLibrary(folder);
}

QList<QPair<QString, QString>> NewVmChoices::summary(const Engine::VmLibrary &library) const
{
    QList<QPair<QString, QString>> lines;
    const Engine::GuestProfile *p = profile();
    lines.append({tr("Operating system"),
                  p ? tr("%1 (%2)").arg(p->displayName(),
                                        GuestFamily::displayName(QString::fromLatin1(p->family)))
                    : profileId});
    lines.append({tr("Name"), name});
    lines.append({tr("Location"), targetLibrary(library).bundlePathFor(name)});
    lines.append({tr("Memory"), tr("%1 MiB").arg(memoryMiB)});
    lines.append({tr("Processors"), QString::number(cpus)});
    const QString bus = Engine::diskBusName(diskBus()).toUpper();
    switch (diskMode) {
    case DiskMode::New:
        lines.append({tr("Disk"), tr("New %1 qcow2 disk (%2)")
                                      .arg(Engine::DiskImage::formatSize(newDiskBytes), bus)});
        break;
    case DiskMode::AttachExisting:
        lines.append({tr("Disk"), tr("%1 (%2, attached as it is, %3)")
                                      .arg(existingPath, existingFormat, bus)});
        break;
    case DiskMode::ConvertExisting:
        lines.append({tr("Disk"), tr("A qcow2 copy of %1 (%2, %3)")
                                      .arg(existingPath, existingFormat, bus)});
        break;
    case DiskMode::HostDisk:
        lines.append({tr("Disk"), tr("Host disk %1 (%2, %3)")
                                      .arg(hostDiskPath,
                                           hostDiskReadOnly ? tr("read-only") : tr("writable"),
                                           bus)});
        break;
    case DiskMode::None:
        lines.append({tr("Disk"), tr("None")});
        break;
    }
    lines.append({tr("CD/DVD"), isoPath.isEmpty() ? tr("Empty drive") : isoPath});
    lines.append({tr("Floppy"), floppyPath.isEmpty() ? tr("None") : floppyPath});
    QString net = tr("None");
    if (nat) {
        net = tr("NAT (%1)").arg(nicModel);
        for (const Engine::PortForward &f : forwards)
            net += tr(", host %1 → guest %2 (%3)").arg(f.hostPort).arg(f.guestPort).arg(f.protocol);
    }
    lines.append({tr("Network"), net});
    return lines;
}

} // namespace App
