// OvfWriter: an Emanon VM as an OVF descriptor that VMware and VirtualBox accept.
//
// OVF 1.0 by default (2.0 on request: StorageItem/EthernetPortItem for disks and NICs), a
// vmx-07 virtual system type, rasd/sasd/epasd children in alphabetical order as the schema
// wants, and no VirtualBox elements in the core. The complete vm.json goes into an Emanon
// extension section (ovf:required="false", with Info) so that importing the appliance back
// into Emanon restores every setting. Pure: no I/O.
#pragma once

#include "appliances/ovf/ovfenvelope.h"
#include "engine/config/vmconfig.h"

#include <QByteArray>
#include <QList>

namespace Appliances {

/// One exported disk: its file in the package and the virtual size the guest sees.
struct ExportDisk
{
    QString node;           ///< DiskConfig::node; also the OVF diskId
    QString href;           ///< file name in the package ("VM-disk0.vmdk")
    qint64 fileSizeBytes = 0;
    qint64 capacityBytes = 0;
};

/// The OVF descriptor of `config` whose disks are `disks` (same order as config.disks).
QByteArray writeOvf(const Engine::VmConfig &config, const QList<ExportDisk> &disks,
                    OvfVersion version = OvfVersion::V1);

} // namespace Appliances
