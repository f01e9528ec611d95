#include "appliances/ovf/importplan.h"

#include "appliances/ovf/ovfparser.h"
#include "engine/profiles/guestprofile.h"

#include <QHash>

using namespace Engine;

namespace Appliances {

namespace {

/// One row of the OS table: which OVF OS values lead to which profiles (first that exists).
struct OsRow
{
    int cimId;
    const char *osTypePrefix; ///< vbox:OSType or vmw:osType prefix, case-insensitive; "" = any
    const char *profiles;     ///< candidate profile ids, space separated, best first
};

// What the profile table's OVF names (ovfOsId, vboxOsType, vmwareGuestOs) do not cover:
// OS types no profile names exactly (distributions, editions, older spellings).
const OsRow kOsTable[] = {
    {18, "WindowsNT4", "winnt4 windows-nt4 other"},
    {18, "winNT", "winnt4 windows-nt4 other"},
    {18, "WindowsNT3", "winnt351 windows-nt351 winnt4 other"},
    {18, "", "winnt4 windows-nt4 other"},
    {14, "", "dos msdos freedos other"},
    {16, "", "win95 windows-95 win9x other"},
    {17, "", "win98 windows-98 win9x other"},
    {63, "", "winme windows-me win98 win9x other"},
    {58, "", "win2000 win2k windows-2000 other"},
    {67, "", "winxp windows-xp other"},
    {-1, "WindowsXP", "winxp windows-xp other"},
    {-1, "Windows2000", "win2000 win2k windows-2000 other"},
    {-1, "Windows98", "win98 windows-98 win9x other"},
    {-1, "Windows95", "win95 windows-95 win9x other"},
    {-1, "DOS", "dos msdos freedos other"},
    {101, "", "linux"},
    {-1, "Ubuntu_64", "linux"},
    {-1, "Debian_64", "linux"},
    {-1, "Linux", "linux"}, // "Linux26_64", "Linux_64"; 32-bit below
    {36, "", "linux-legacy"},
    {94, "", "linux"},   // Ubuntu 64-bit (VirtualBox)
    {93, "", "linux-legacy"},
    {80, "", "linux"},   // RHEL 64-bit
    {79, "", "linux-legacy"},
    {100, "", "linux"},
    {107, "", "linux"},
    {1, "", "other"},
};

bool is64BitLinux(const QString &osType)
{
    return osType.contains(QLatin1String("64"));
}

QString firstExisting(const char *candidates)
{
    for (const QString &id : QString::fromLatin1(candidates).split(QLatin1Char(' ')))
        if (findProfile(id))
            return id;
    return QStringLiteral("other");
}

QString nicModel(const QString &subType, QString *note)
{
    const QString s = subType.toLower();
    if (s.isEmpty())
        return {};
    if (s.startsWith(QLatin1String("e1000")))
        return QStringLiteral("e1000");
    if (s.startsWith(QLatin1String("pcnet")) || s == QLatin1String("am79c970a") || s == QLatin1String("am79c973"))
        return QStringLiteral("pcnet");
    if (s.contains(QLatin1String("virtio")))
        return QStringLiteral("virtio-net-pci");
    if (s.contains(QLatin1String("8139")))
        return QStringLiteral("rtl8139");
    if (s.contains(QLatin1String("ne2k")) || s.contains(QLatin1String("ne2000")))
        return QStringLiteral("ne2k_pci");
    *note = subType;
    return QStringLiteral("e1000");
}

QString soundModel(const QString &subType)
{
    const QString s = subType.toLower();
    if (s.contains(QLatin1String("sb16")) || s.contains(QLatin1String("soundblaster")))
        return QStringLiteral("sb16");
    if (s.contains(QLatin1String("ensoniq")) || s.contains(QLatin1String("es1370")) || s.contains(QLatin1String("es1371")))
        return QStringLiteral("es1370");
    if (s.contains(QLatin1String("ac97")))
        return QStringLiteral("ac97");
    if (s.contains(QLatin1String("hda")) || s.contains(QLatin1String("hdaudio")))
        return QStringLiteral("hda");
    return QStringLiteral("ac97");
}

/// Builds the plan from the items of one system (the generic path, any exporter).
class Mapper
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::ImportPlanner)
public:
    Mapper(const OvfEnvelope &env, ImportPlan &plan) : m_env(env), m_plan(plan) {}
    Status map(const OvfVirtualSystem &vs, const GuestProfile &profile);

private:
    void note(ReportLine::Kind kind, const QString &text) { m_plan.report.append({kind, text}); }
    std::optional<DiskBus> busOf(const OvfItem &item) const;
    QString label(const OvfItem &item) const
    {
        return item.elementName.isEmpty() ? QStringLiteral("#") + item.instanceId : item.elementName;
    }
    Status mapDisk(const OvfItem &item);
    void mapMedia(const OvfItem &item, MediaConfig::Kind kind);
    void mapOther(const OvfItem &item);

    const OvfEnvelope &m_env;
    ImportPlan &m_plan;
    QHash<QString, const OvfItem *> m_byId;
    int m_serials = 0;
};

std::optional<DiskBus> Mapper::busOf(const OvfItem &item) const
{
    const OvfItem *parent = m_byId.value(item.parent);
    if (!parent)
        return std::nullopt;
    switch (parent->resourceType) {
    case 5:
        return DiskBus::Ide;
    case 6:
        return DiskBus::Scsi;
    case 20:
        return parent->subType.contains(QLatin1String("virtio"), Qt::CaseInsensitive) ? DiskBus::Virtio
                                                                                        : DiskBus::Sata;
    case 14:
        return DiskBus::Floppy;
    default:
        return std::nullopt;
    }
}

Status Mapper::mapDisk(const OvfItem &item)
{
    const OvfDisk *disk = m_env.diskForHostResource(item.hostResource);
    if (!disk) {
        return Error(ErrorCode::InvalidArgument,
                     tr("The hard disk \"%1\" refers to \"%2\", which is not a disk of the "
                        "appliance's DiskSection. The appliance is damaged.")
                         .arg(label(item), item.hostResource));
    }
    for (const ImportDisk &other : std::as_const(m_plan.disks))
        if (other.diskId == disk->id)
            return Error(ErrorCode::InvalidArgument,
                         tr("The disk \"%1\" is attached twice in the appliance. The appliance is damaged.")
                             .arg(disk->id));
    const int n = int(m_plan.disks.size());
    ImportDisk d;
    d.node = QStringLiteral("disk%1").arg(n);
    d.diskId = disk->id;
    d.formatUri = disk->format;
    d.capacityBytes = disk->capacityBytes;
    if (const OvfFile *f = m_env.file(disk->fileRef)) {
        d.fileHref = f->href;
        d.compression = f->compression;
    }
    for (const ImportDisk &other : std::as_const(m_plan.disks))
        if (!d.fileHref.isEmpty() && other.fileHref == d.fileHref)
            return Error(ErrorCode::InvalidArgument,
                         tr("Two disks of the appliance use the same file %1. The appliance is damaged.")
                             .arg(d.fileHref));
    DiskBus bus = busOf(item).value_or(DiskBus::Ide);
    if (!busOf(item))
        note(ReportLine::Kind::Changed, tr("The disk \"%1\" hangs on no known controller; it is "
                                           "attached to IDE.").arg(label(item)));
    m_plan.disks.append(d);
    DiskConfig dc;
    dc.node = d.node;
    dc.path = QStringLiteral("disks/%1.qcow2").arg(d.node);
    dc.bus = bus;
    m_plan.config.disks.append(dc);
    return {};
}

void Mapper::mapMedia(const OvfItem &item, MediaConfig::Kind kind)
{
    MediaConfig m;
    m.kind = kind;
    int count = 0;
    for (const MediaConfig &x : m_plan.config.media)
        count += x.kind == kind;
    m.node = (kind == MediaConfig::Kind::CdRom ? QStringLiteral("cd%1") : QStringLiteral("fd%1")).arg(count);
    if (kind == MediaConfig::Kind::Floppy) {
        m.bus = DiskBus::Floppy;
    } else {
        const auto bus = busOf(item);
        m.bus = bus && *bus != DiskBus::Virtio && *bus != DiskBus::Floppy ? *bus : DiskBus::Ide;
        if (!bus)
            note(ReportLine::Kind::Changed, tr("The CD/DVD drive \"%1\" hangs on no known "
                                               "controller; it is attached to IDE.").arg(label(item)));
    }
    if (!item.hostResource.isEmpty())
        note(ReportLine::Kind::Dropped, tr("The drive \"%1\" holds a medium (%2) that is not "
                                           "imported; the drive is left empty.")
                                            .arg(label(item), item.hostResource));
    m_plan.config.media.append(m);
}

void Mapper::mapOther(const OvfItem &item)
{
    VmConfig &c = m_plan.config;
    switch (item.resourceType) {
    case 10: {
        QString unknown;
        NicConfig nic;
        const QString model = nicModel(item.subType, &unknown);
        if (!model.isEmpty())
            nic.model = model;
        if (!unknown.isEmpty())
            note(ReportLine::Kind::Changed, tr("The network card model %1 has no equivalent; an "
                                               "Intel E1000 is used instead.").arg(unknown));
        if (!item.connection.isEmpty())
            note(ReportLine::Kind::Info, tr("The network card on \"%1\" is connected to NAT.")
                                             .arg(item.connection));
        c.nics.append(nic);
        break;
    }
    case 35:
        c.sound = soundModel(item.subType);
        if (!item.subType.isEmpty() && c.sound.compare(item.subType, Qt::CaseInsensitive) != 0)
            note(ReportLine::Kind::Changed, tr("The sound card %1 is emulated as %2.").arg(item.subType, c.sound));
        break;
    case 23: {
        const QString s = item.subType.toLower();
        c.usb.controller = s.contains(QLatin1String("xhci")) || s.contains(QLatin1String("3.0"))
                               ? QStringLiteral("xhci")
                               : s.contains(QLatin1String("ehci")) ? QStringLiteral("ehci") : QStringLiteral("uhci");
        break;
    }
    case 21:
        c.serialPorts = std::max(c.serialPorts, std::min(++m_serials, 4));
        break;
    case 24: // graphics: the profile's adapter
    case 1:  // "other" (VMware's VMCI and the like)
        if (item.resourceType == 1)
            note(ReportLine::Kind::Dropped, tr("The device \"%1\" has no equivalent and is left "
                                               "out.").arg(label(item)));
        break;
    default:
        note(ReportLine::Kind::Dropped, tr("The device \"%1\" (resource type %2) has no "
                                           "equivalent and is left out.")
                                            .arg(label(item)).arg(item.resourceType));
    }
}

Status Mapper::map(const OvfVirtualSystem &vs, const GuestProfile &profile)
{
    VmConfig &c = m_plan.config;
    c.nics.clear();
    QList<const OvfItem *> items;
    for (const OvfItem &item : vs.items) {
        if (!item.configurations.isEmpty() && !item.configurations.contains(m_env.defaultConfiguration))
            continue;
        m_byId.insert(item.instanceId, &item); // later items of the chosen configuration win
        items.append(&item);
    }
    for (const OvfItem *item : items) {
        if (m_byId.value(item->instanceId) != item)
            continue;
        switch (item->resourceType) {
        case 3:
            if (item->virtualQuantity > 0) {
                c.cpu.count = int(std::min<qint64>(item->virtualQuantity, profile.maxCpus));
                if (item->virtualQuantity > profile.maxCpus)
                    note(ReportLine::Kind::Changed, tr("The appliance asks for %1 CPUs; the profile "
                                                       "allows %2.").arg(item->virtualQuantity).arg(profile.maxCpus));
            }
            break;
        case 4: {
            const auto bytes = ovfBytes(QString::number(item->virtualQuantity),
                                        item->allocationUnits.isEmpty() ? QStringLiteral("byte * 2^20")
                                                                        : item->allocationUnits);
            if (bytes && *bytes >= 1024 * 1024)
                c.memoryMiB = int(std::min<qint64>(*bytes / (1024 * 1024), profile.memoryMaxMiB));
            else
                note(ReportLine::Kind::Changed, tr("The memory size could not be read; %1 MiB is used.").arg(c.memoryMiB));
            break;
        }
        case 5: case 6: case 20:
            if (item->resourceType == 6 && !item->subType.isEmpty())
                note(ReportLine::Kind::Changed, tr("The SCSI controller %1 is emulated as an LSI "
                                                   "53C895A.").arg(item->subType));
            break;
        case 17:
            if (Status s = mapDisk(*item); !s)
                return s;
            break;
        case 15: case 16:
            mapMedia(*item, MediaConfig::Kind::CdRom);
            break;
        case 14:
            mapMedia(*item, MediaConfig::Kind::Floppy);
            break;
        default:
            mapOther(*item);
        }
    }
    return {};
}

Result<VmConfig> configFromExtension(const OvfVirtualSystem &vs, ImportPlan &plan)
{
    Result<VmConfig> parsed = VmConfig::fromJson(vs.emanonConfig);
    if (!parsed)
        return parsed.error();
    VmConfig c = std::move(*parsed);
    if (!c.boot.kernel.isEmpty() || !c.boot.initrd.isEmpty()) {
        plan.report.append({ReportLine::Kind::Dropped,
                            ImportPlanner::tr("The VM booted a kernel file of the exporting "
                                              "host (%1); that setting is removed.").arg(c.boot.kernel)});
        c.boot.kernel.clear();
        c.boot.initrd.clear();
    }
    for (MediaConfig &m : c.media) {
        if (!m.path.isEmpty())
            plan.report.append({ReportLine::Kind::Dropped,
                                ImportPlanner::tr("The medium %1 of drive %2 is not part of the "
                                                  "appliance; the drive is left empty.").arg(m.path, m.node)});
        m.path.clear();
    }
    return c;
}

/// Memory and CPUs beyond what this host has would make the VM invalid here: lower them.
void fitHost(ImportPlan &plan)
{
    const HostLimits host = HostLimits::current();
    VmConfig &c = plan.config;
    if (host.memoryMiB > 0 && c.memoryMiB > host.memoryMiB) {
        const int fitted = int(std::max<qint64>(host.memoryMiB / 2, 64));
        plan.report.append({ReportLine::Kind::Changed,
                            ImportPlanner::tr("The appliance asks for %1 MiB of memory, more than this "
                                              "computer has (%2 MiB); %3 MiB is used.")
                                .arg(c.memoryMiB).arg(host.memoryMiB).arg(fitted)});
        c.memoryMiB = fitted;
    }
    if (host.cpuCount > 0 && c.cpu.count > host.cpuCount) {
        plan.report.append({ReportLine::Kind::Changed,
                            ImportPlanner::tr("The appliance asks for %1 CPUs, more than this computer "
                                              "has; %2 are used.").arg(c.cpu.count).arg(host.cpuCount)});
        c.cpu.count = host.cpuCount;
    }
}

} // namespace

Result<ImportPlan> ImportPlanner::plan(const OvfEnvelope &env, int systemIndex,
                                       const QString &profileOverride)
{
    if (systemIndex < 0 || systemIndex >= env.systems.size())
        return Error(ErrorCode::NotFound, tr("The appliance has no virtual system number %1.").arg(systemIndex + 1));
    const OvfVirtualSystem &vs = env.systems[systemIndex];
    ImportPlan plan;
    plan.eulas = vs.eulas;
    plan.osLabel = vs.osType.isEmpty() ? vs.osDescription : vs.osType;
    const QString profileId = profileOverride.isEmpty() ? profileForOs(vs.osCimId, vs.osType) : profileOverride;
    const GuestProfile *profile = findProfile(profileId);
    if (!profile)
        return Error(ErrorCode::InvalidArgument, tr("There is no guest profile \"%1\".").arg(profileId));

    if (!vs.emanonConfig.isEmpty() && profileOverride.isEmpty()) {
        Result<VmConfig> c = configFromExtension(vs, plan);
        if (c) {
            plan.config = std::move(*c);
            for (DiskConfig &d : plan.config.disks) {
                const OvfDisk *disk = env.disk(d.node);
                if (!disk)
                    return Error(ErrorCode::InvalidArgument, tr("The Emanon settings name the disk %1, which "
                                                                "is not in the appliance.").arg(d.node));
                const OvfFile *f = env.file(disk->fileRef);
                plan.disks.append({d.node, disk->id, f ? f->href : QString(), f ? f->compression : QString(),
                                   disk->format, disk->capacityBytes});
                d.path = QStringLiteral("disks/%1.qcow2").arg(d.node);
                d.format = QStringLiteral("qcow2");
                d.passthrough = false;
            }
            plan.config.name = vs.name;
            plan.report.append({ReportLine::Kind::Info, tr("Exported by Emanon: every setting is "
                                                           "restored from the appliance.")});
            fitHost(plan);
            return plan;
        }
        plan.report.append({ReportLine::Kind::Warning, tr("The Emanon settings in the appliance "
                                                          "cannot be read (%1); the standard OVF "
                                                          "hardware is used.").arg(c.error().message)});
    }

    plan.config.name = vs.name;
    plan.config.uuid = QUuid();
    profile->applyTo(plan.config);
    plan.report.append({ReportLine::Kind::Info,
                        tr("Guest profile: %1 (the appliance says %2).")
                            .arg(profile->displayName(), plan.osLabel.isEmpty() ? tr("nothing about its OS")
                                                                                 : plan.osLabel)});
    Mapper mapper(env, plan);
    if (Status s = mapper.map(vs, *profile); !s)
        return s.error();
    if (vs.firmware == QLatin1String("efi")) {
        plan.config.firmware = QStringLiteral("uefi");
        plan.report.append({ReportLine::Kind::Info, tr("Firmware: UEFI.")});
    }
    if (plan.disks.isEmpty())
        plan.report.append({ReportLine::Kind::Warning, tr("The appliance has no hard disk.")});
    fitHost(plan);
    return plan;
}

QString ImportPlanner::profileForOs(int cimId, const QString &osType)
{
    // First the profile table's own appliance names, then the heuristics of kOsTable for the
    // many OS types no profile names (distributions, editions).
    if (!osType.isEmpty()) {
        for (const GuestProfile &p : allProfiles())
            if (osType.compare(QLatin1String(p.vboxOsType), Qt::CaseInsensitive) == 0
                || osType.compare(QLatin1String(p.vmwareGuestOs), Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(p.id);
        for (const OsRow &row : kOsTable) {
            const QLatin1String prefix(row.osTypePrefix);
            if (prefix.size() > 0 && osType.startsWith(prefix, Qt::CaseInsensitive)) {
                if (prefix == QLatin1String("Linux") && !is64BitLinux(osType))
                    return firstExisting("linux-legacy");
                return firstExisting(row.profiles);
            }
        }
        if (osType.contains(QLatin1String("linux"), Qt::CaseInsensitive)
            || osType.contains(QLatin1String("ubuntu"), Qt::CaseInsensitive)
            || osType.contains(QLatin1String("debian"), Qt::CaseInsensitive)
            || osType.contains(QLatin1String("rhel"), Qt::CaseInsensitive))
            return firstExisting(is64BitLinux(osType) ? "linux" : "linux-legacy");
    }
    if (cimId > 1) {
        for (const GuestProfile &p : allProfiles())
            if (p.ovfOsId == cimId)
                return QString::fromLatin1(p.id);
    }
    for (const OsRow &row : kOsTable)
        if (row.cimId == cimId && row.cimId >= 0)
            return firstExisting(row.profiles);
    return QStringLiteral("other");
}

std::pair<int, QString> ImportPlanner::osForProfile(const QString &profileId)
{
    if (const GuestProfile *p = findProfile(profileId))
        return {p->ovfOsId, QString::fromLatin1(p->vmwareGuestOs)};
    return {1, QStringLiteral("otherGuest")};
}

} // namespace Appliances
