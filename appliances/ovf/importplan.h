// ImportPlan: how one OVF virtual system becomes an Emanon VM, with the report of every
// choice the user should know about (what did not map and what was chosen instead).
//
// planImport() is pure (no I/O): the importer shows its report before anything is written,
// and `emanonctl import --dry-run` prints it.
#pragma once

#include "appliances/ovf/ovfenvelope.h"
#include "engine/config/vmconfig.h"
#include "engine/core/result.h"

#include <QCoreApplication>

namespace Appliances {

/// A disk of the appliance that becomes a qcow2 image of the new VM.
struct ImportDisk
{
    QString node;        ///< "disk0": the VM's drive name and the image's file name
    QString diskId;      ///< OvfDisk::id
    QString fileHref;    ///< the package file holding the data; empty: a blank disk
    QString compression; ///< "" or "gzip"
    QString formatUri;   ///< OvfDisk::format
    qint64 capacityBytes = 0;
};

struct ReportLine
{
    enum class Kind { Info = 1, Changed, Dropped, Warning };
    Kind kind = Kind::Info;
    QString text;
};

struct ImportPlan
{
    Engine::VmConfig config; ///< disks filled in as disks/<node>.qcow2
    QList<ImportDisk> disks;
    QList<ReportLine> report;
    QStringList eulas;       ///< licenses the user must accept before importing
    QString osLabel;         ///< what the appliance says the guest is
};

class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::ImportPlanner)
public:
    /// Maps system `systemIndex` of `env`. `profileOverride` (a profile id) replaces the
    /// choice made from the OS section. Fails when the descriptor is inconsistent (a disk item
    /// naming no disk, no such system, unknown profile).
    static Engine::Result<ImportPlan> plan(const OvfEnvelope &env, int systemIndex = 0,
                                           const QString &profileOverride = {});

    /// The guest profile for an OVF OS: CIM id plus vbox:OSType / vmw:osType. Returns an id of
    /// a profile that exists in the profile table ("other" when nothing fits).
    static QString profileForOs(int cimId, const QString &osType);
    /// The CIM OperatingSystem id and VMware osType for a profile id (for export).
    static std::pair<int, QString> osForProfile(const QString &profileId);
};

} // namespace Appliances
