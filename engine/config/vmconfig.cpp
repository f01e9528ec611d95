#include "engine/config/vmconfig.h"

#include "engine/profiles/guestprofile.h"
#include "engine/profiles/profilecheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include <unistd.h>

namespace Engine {

namespace {

struct VmConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(VmConfig)
};

// Keys this version knows, per object; everything else lands in `extra`.
const QStringList kTopKeys = {
    QStringLiteral("schemaVersion"), QStringLiteral("uuid"),     QStringLiteral("name"),
    QStringLiteral("profile"),       QStringLiteral("cpu"),      QStringLiteral("memoryMiB"),
    QStringLiteral("machine"),       QStringLiteral("accel"),    QStringLiteral("firmware"),
    QStringLiteral("acpi"),          QStringLiteral("hpet"),     QStringLiteral("rtcBase"),
    QStringLiteral("disks"),         QStringLiteral("media"),    QStringLiteral("network"),
    QStringLiteral("display"),       QStringLiteral("sound"),    QStringLiteral("usb"),
    QStringLiteral("boot"),          QStringLiteral("serialPorts"), QStringLiteral("parallelPorts"),
    QStringLiteral("notes"),
};

QJsonObject extraOf(const QJsonObject &o, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

// Unknown fields first, then ours on top.
QJsonObject withExtra(QJsonObject known, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!known.contains(it.key()))
            known.insert(it.key(), it.value());
    }
    return known;
}

QString str(const QJsonObject &o, const char *key, const QString &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

int integer(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

bool boolean(const QJsonObject &o, const char *key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : fallback;
}

DiskConfig diskFromJson(const QJsonObject &o)
{
    DiskConfig d;
    d.node = str(o, "node", {});
    d.path = str(o, "path", {});
    d.format = str(o, "format", d.format);
    d.bus = diskBusFromName(str(o, "bus", QStringLiteral("ide"))).value_or(DiskBus::Ide);
    d.readOnly = boolean(o, "readOnly", false);
    d.passthrough = boolean(o, "passthrough", false);
    d.extra = extraOf(o, {QStringLiteral("node"), QStringLiteral("path"), QStringLiteral("format"),
                          QStringLiteral("bus"), QStringLiteral("readOnly"),
                          QStringLiteral("passthrough")});
    return d;
}

QJsonObject diskToJson(const DiskConfig &d)
{
    return withExtra({{QStringLiteral("node"), d.node},
                      {QStringLiteral("path"), d.path},
                      {QStringLiteral("format"), d.format},
                      {QStringLiteral("bus"), diskBusName(d.bus)},
                      {QStringLiteral("readOnly"), d.readOnly},
                      {QStringLiteral("passthrough"), d.passthrough}},
                     d.extra);
}

MediaConfig mediaFromJson(const QJsonObject &o)
{
    MediaConfig m;
    m.kind = str(o, "kind", QStringLiteral("cdrom")) == QLatin1String("floppy")
                 ? MediaConfig::Kind::Floppy
                 : MediaConfig::Kind::CdRom;
    m.node = str(o, "node", {});
    m.path = str(o, "path", {});
    const DiskBus fallback = m.kind == MediaConfig::Kind::Floppy ? DiskBus::Floppy : DiskBus::Ide;
    m.bus = diskBusFromName(str(o, "bus", diskBusName(fallback))).value_or(fallback);
    m.extra = extraOf(o, {QStringLiteral("kind"), QStringLiteral("node"), QStringLiteral("path"),
                          QStringLiteral("bus")});
    return m;
}

QJsonObject mediaToJson(const MediaConfig &m)
{
    return withExtra(
        {{QStringLiteral("kind"), m.kind == MediaConfig::Kind::Floppy ? QStringLiteral("floppy")
                                                                       : QStringLiteral("cdrom")},
         {QStringLiteral("node"), m.node},
         {QStringLiteral("path"), m.path},
         {QStringLiteral("bus"), diskBusName(m.bus)}},
        m.extra);
}

NicConfig nicFromJson(const QJsonObject &o)
{
    NicConfig n;
    n.mode = str(o, "mode", QStringLiteral("nat")) == QLatin1String("none") ? NicConfig::Mode::None
                                                                           : NicConfig::Mode::Nat;
    n.model = str(o, "model", n.model);
    n.mac = str(o, "mac", {});
    for (const QJsonValue &fv : o.value(QLatin1String("forwards")).toArray()) {
        const QJsonObject f = fv.toObject();
        PortForward pf;
        pf.protocol = str(f, "protocol", pf.protocol);
        pf.hostPort = static_cast<quint16>(integer(f, "hostPort", 0));
        pf.guestPort = static_cast<quint16>(integer(f, "guestPort", 0));
        pf.hostAddress = str(f, "hostAddress", pf.hostAddress);
        n.forwards.append(pf);
    }
    n.extra = extraOf(o, {QStringLiteral("mode"), QStringLiteral("model"), QStringLiteral("mac"),
                          QStringLiteral("forwards")});
    return n;
}

QJsonObject nicToJson(const NicConfig &n)
{
    QJsonArray forwards;
    for (const PortForward &pf : n.forwards) {
        forwards.append(QJsonObject{{QStringLiteral("protocol"), pf.protocol},
                                    {QStringLiteral("hostAddress"), pf.hostAddress},
                                    {QStringLiteral("hostPort"), pf.hostPort},
                                    {QStringLiteral("guestPort"), pf.guestPort}});
    }
    return withExtra(
        {{QStringLiteral("mode"),
          n.mode == NicConfig::Mode::None ? QStringLiteral("none") : QStringLiteral("nat")},
         {QStringLiteral("model"), n.model},
         {QStringLiteral("mac"), n.mac},
         {QStringLiteral("forwards"), forwards}},
        n.extra);
}

Error invalid(const QString &field, const QString &message)
{
    return Error(ErrorCode::ConfigInvalid, message, field);
}

} // namespace

QString diskBusName(DiskBus bus)
{
    switch (bus) {
    case DiskBus::Ide: return QStringLiteral("ide");
    case DiskBus::Sata: return QStringLiteral("sata");
    case DiskBus::Scsi: return QStringLiteral("scsi");
    case DiskBus::Virtio: return QStringLiteral("virtio");
    case DiskBus::Floppy: return QStringLiteral("floppy");
    }
    return QStringLiteral("ide");
}

std::optional<DiskBus> diskBusFromName(const QString &name)
{
    if (name == QLatin1String("ide"))
        return DiskBus::Ide;
    if (name == QLatin1String("sata"))
        return DiskBus::Sata;
    if (name == QLatin1String("scsi"))
        return DiskBus::Scsi;
    if (name == QLatin1String("virtio"))
        return DiskBus::Virtio;
    if (name == QLatin1String("floppy"))
        return DiskBus::Floppy;
    return std::nullopt;
}

HostLimits HostLimits::current()
{
    HostLimits h;
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    h.memoryMiB = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize / (1024 * 1024) : 0;
    h.cpuCount = QThread::idealThreadCount();
    return h;
}

Result<VmConfig> VmConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::ConfigParse,
                     VmConfigTr::tr("The VM definition (vm.json) is damaged and cannot be read. "
                                    "Restore it from a backup or recreate the VM."),
                     QStringLiteral("%1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return Error(ErrorCode::ConfigParse,
                     VmConfigTr::tr("The VM definition (vm.json) is not a JSON object."));
    }
    return fromJsonObject(doc.object());
}

Result<VmConfig> VmConfig::fromJsonObject(const QJsonObject &o)
{
    VmConfig c;
    const QJsonValue version = o.value(QLatin1String("schemaVersion"));
    if (!version.isDouble()) {
        return Error(ErrorCode::SchemaVersion,
                     VmConfigTr::tr("The VM definition has no schema version; it was not written "
                                    "by Emanon."));
    }
    c.schemaVersion = version.toInt();
    if (c.schemaVersion > kSchemaVersion || c.schemaVersion < 1) {
        return Error(ErrorCode::SchemaVersion,
                     VmConfigTr::tr("The VM definition uses schema version %1, but this version "
                                    "of Emanon understands up to %2. Update Emanon to open it.")
                         .arg(c.schemaVersion)
                         .arg(kSchemaVersion));
    }
    c.uuid = QUuid::fromString(str(o, "uuid", {}));
    c.name = str(o, "name", {});
    c.profile = str(o, "profile", c.profile);

    const QJsonObject cpu = o.value(QLatin1String("cpu")).toObject();
    c.cpu.count = integer(cpu, "count", c.cpu.count);
    c.cpu.model = str(cpu, "model", c.cpu.model);
    c.cpu.flags = str(cpu, "flags", {});
    c.cpu.extra = extraOf(cpu, {QStringLiteral("count"), QStringLiteral("model"),
                                QStringLiteral("flags")});

    c.memoryMiB = integer(o, "memoryMiB", c.memoryMiB);
    c.machine = str(o, "machine", c.machine);
    c.accel = str(o, "accel", c.accel);
    c.firmware = str(o, "firmware", c.firmware);
    c.acpi = boolean(o, "acpi", c.acpi);
    c.hpet = boolean(o, "hpet", c.hpet);
    c.rtcBase = str(o, "rtcBase", c.rtcBase);

    for (const QJsonValue &v : o.value(QLatin1String("disks")).toArray())
        c.disks.append(diskFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("media")).toArray())
        c.media.append(mediaFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("network")).toArray())
        c.nics.append(nicFromJson(v.toObject()));

    const QJsonObject display = o.value(QLatin1String("display")).toObject();
    c.display.vga = str(display, "vga", c.display.vga);
    c.display.spice = boolean(display, "spice", c.display.spice);
    c.display.spiceListen = str(display, "spiceListen", c.display.spiceListen);
    c.display.spicePassword = str(display, "spicePassword", {});
    c.display.resolution = str(display, "resolution", {});
    c.display.agent = boolean(display, "agent", false);
    c.display.extra = extraOf(display, {QStringLiteral("vga"), QStringLiteral("spice"),
                                        QStringLiteral("spiceListen"),
                                        QStringLiteral("spicePassword"),
                                        QStringLiteral("resolution"), QStringLiteral("agent")});

    c.sound = str(o, "sound", c.sound);

    const QJsonObject usb = o.value(QLatin1String("usb")).toObject();
    c.usb = UsbConfig::fromJson(usb); // engine/config/usbconfig.cpp

    const QJsonObject boot = o.value(QLatin1String("boot")).toObject();
    c.boot.order = str(boot, "order", c.boot.order);
    c.boot.menu = boolean(boot, "menu", false);
    c.boot.kernel = str(boot, "kernel", {});
    c.boot.initrd = str(boot, "initrd", {});
    c.boot.cmdline = str(boot, "cmdline", {});
    c.boot.extra = extraOf(boot, {QStringLiteral("order"), QStringLiteral("menu"),
                                  QStringLiteral("kernel"), QStringLiteral("initrd"),
                                  QStringLiteral("cmdline")});

    c.serialPorts = integer(o, "serialPorts", c.serialPorts);
    c.parallelPorts = integer(o, "parallelPorts", c.parallelPorts);
    c.notes = str(o, "notes", {});
    c.extra = extraOf(o, kTopKeys);
    return c;
}

QJsonObject VmConfig::toJsonObject() const
{
    QJsonArray disksJson;
    for (const DiskConfig &d : disks)
        disksJson.append(diskToJson(d));
    QJsonArray mediaJson;
    for (const MediaConfig &m : media)
        mediaJson.append(mediaToJson(m));
    QJsonArray nicsJson;
    for (const NicConfig &n : nics)
        nicsJson.append(nicToJson(n));

    QJsonObject display{{QStringLiteral("vga"), this->display.vga},
                        {QStringLiteral("spice"), this->display.spice},
                        {QStringLiteral("spiceListen"), this->display.spiceListen}};
    if (!this->display.spicePassword.isEmpty())
        display.insert(QStringLiteral("spicePassword"), this->display.spicePassword);
    if (!this->display.resolution.isEmpty())
        display.insert(QStringLiteral("resolution"), this->display.resolution);
    if (this->display.agent)
        display.insert(QStringLiteral("agent"), true);

    QJsonObject o{
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("cpu"), withExtra({{QStringLiteral("count"), cpu.count},
                                           {QStringLiteral("model"), cpu.model},
                                           {QStringLiteral("flags"), cpu.flags}},
                                          cpu.extra)},
        {QStringLiteral("memoryMiB"), memoryMiB},
        {QStringLiteral("machine"), machine},
        {QStringLiteral("accel"), accel},
        {QStringLiteral("firmware"), firmware},
        {QStringLiteral("acpi"), acpi},
        {QStringLiteral("hpet"), hpet},
        {QStringLiteral("rtcBase"), rtcBase},
        {QStringLiteral("disks"), disksJson},
        {QStringLiteral("media"), mediaJson},
        {QStringLiteral("network"), nicsJson},
        {QStringLiteral("display"), withExtra(display, this->display.extra)},
        {QStringLiteral("sound"), sound},
        {QStringLiteral("usb"), usb.toJson()},
        {QStringLiteral("boot"), withExtra({{QStringLiteral("order"), boot.order},
                                            {QStringLiteral("menu"), boot.menu},
                                            {QStringLiteral("kernel"), boot.kernel},
                                            {QStringLiteral("initrd"), boot.initrd},
                                            {QStringLiteral("cmdline"), boot.cmdline}},
                                           boot.extra)},
        {QStringLiteral("serialPorts"), serialPorts},
        {QStringLiteral("parallelPorts"), parallelPorts},
        {QStringLiteral("notes"), notes},
    };
    return withExtra(o, extra);
}

QByteArray VmConfig::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QString VmConfig::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return VmConfigTr::tr("The VM name is empty.");
    if (name.size() > 64)
        return VmConfigTr::tr("The VM name is longer than 64 characters.");
    if (name == QLatin1String(".") || name == QLatin1String("..") || name.contains(QLatin1String("..")))
        return VmConfigTr::tr("The VM name cannot contain \"..\".");
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        return VmConfigTr::tr("The VM name cannot start with \".\" or \"-\".");
    if (name != name.trimmed())
        return VmConfigTr::tr("The VM name cannot start or end with a space.");
    for (const QChar ch : name) {
        if (ch == QLatin1Char('/') || ch == QLatin1Char('\\') || ch.category() == QChar::Other_Control)
            return VmConfigTr::tr("The VM name cannot contain \"/\", \"\\\" or control characters.");
    }
    return {};
}

const DiskConfig *VmConfig::findDisk(const QString &node) const
{
    for (const DiskConfig &d : disks) {
        if (d.node == node)
            return &d;
    }
    return nullptr;
}

QList<Error> VmConfig::validate(const HostLimits &host) const
{
    QList<Error> problems;
    if (const QString p = nameProblem(name); !p.isEmpty())
        problems.append(invalid(QStringLiteral("name"), p));
    if (uuid.isNull())
        problems.append(invalid(QStringLiteral("uuid"), VmConfigTr::tr("The VM has no UUID.")));

    const GuestProfile *prof = findProfile(profile);
    if (!prof) {
        problems.append(invalid(QStringLiteral("profile"),
                                VmConfigTr::tr("Unknown guest profile \"%1\".").arg(profile)));
    }

    if (cpu.count < 1) {
        problems.append(invalid(QStringLiteral("cpu.count"),
                                VmConfigTr::tr("The VM needs at least one CPU.")));
    } else if (host.cpuCount > 0 && cpu.count > host.cpuCount) {
        problems.append(invalid(QStringLiteral("cpu.count"),
                                VmConfigTr::tr("%1 CPUs were asked for, but this host has %2. "
                                               "Choose %2 or fewer.")
                                    .arg(cpu.count)
                                    .arg(host.cpuCount)));
    } else if (prof && cpu.count > prof->maxCpus) {
        problems.append(invalid(QStringLiteral("cpu.count"),
                                VmConfigTr::tr("%1 supports at most %2 CPUs.")
                                    .arg(prof->displayName())
                                    .arg(prof->maxCpus)));
    }
    if (cpu.model.isEmpty()) {
        problems.append(invalid(QStringLiteral("cpu.model"),
                                VmConfigTr::tr("The CPU model is empty.")));
    }

    if (memoryMiB < 1) {
        problems.append(invalid(QStringLiteral("memoryMiB"),
                                VmConfigTr::tr("The memory size must be at least 1 MiB.")));
    } else if (host.memoryMiB > 0 && memoryMiB > host.memoryMiB) {
        problems.append(invalid(QStringLiteral("memoryMiB"),
                                VmConfigTr::tr("%1 MiB of memory were asked for, but this host has "
                                               "%2 MiB. Choose less memory.")
                                    .arg(memoryMiB)
                                    .arg(host.memoryMiB)));
    } else if (prof && (memoryMiB < prof->memoryMinMiB || memoryMiB > prof->memoryMaxMiB)) {
        problems.append(invalid(QStringLiteral("memoryMiB"),
                                VmConfigTr::tr("%1 needs between %2 and %3 MiB of memory; %4 MiB "
                                               "were asked for.")
                                    .arg(prof->displayName())
                                    .arg(prof->memoryMinMiB)
                                    .arg(prof->memoryMaxMiB)
                                    .arg(memoryMiB)));
    }

    static const QStringList accels = {QStringLiteral("auto"), QStringLiteral("kvm"),
                                       QStringLiteral("tcg")};
    if (!accels.contains(accel)) {
        problems.append(invalid(QStringLiteral("accel"),
                                VmConfigTr::tr("Acceleration must be auto, kvm or tcg, not \"%1\".")
                                    .arg(accel)));
    }
    if (firmware != QLatin1String("bios") && firmware != QLatin1String("uefi")) {
        problems.append(invalid(QStringLiteral("firmware"),
                                VmConfigTr::tr("Firmware must be bios or uefi, not \"%1\".")
                                    .arg(firmware)));
    }
    if (rtcBase != QLatin1String("utc") && rtcBase != QLatin1String("localtime")) {
        problems.append(invalid(QStringLiteral("rtcBase"),
                                VmConfigTr::tr("The clock base must be utc or localtime, not \"%1\".")
                                    .arg(rtcBase)));
    }
    static const QRegularExpression machineRe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!machineRe.match(machine).hasMatch()) {
        problems.append(invalid(QStringLiteral("machine"),
                                VmConfigTr::tr("\"%1\" is not a machine type.").arg(machine)));
    }
    static const QRegularExpression bootRe(QStringLiteral("^[acdn]{0,4}$"));
    if (!bootRe.match(boot.order).hasMatch()) {
        problems.append(invalid(QStringLiteral("boot.order"),
                                VmConfigTr::tr("The boot order may only contain a (floppy), c "
                                               "(disk), d (CD) and n (network).")));
    }

    QStringList nodes;
    static const QRegularExpression nodeRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,30}$"));
    auto checkNode = [&](const QString &node, const QString &field) {
        if (!nodeRe.match(node).hasMatch()) {
            problems.append(invalid(field, VmConfigTr::tr("\"%1\" is not a valid drive name: use a "
                                                          "letter followed by letters, digits, "
                                                          "- or _.")
                                               .arg(node)));
        } else if (nodes.contains(node)) {
            problems.append(invalid(field, VmConfigTr::tr("The drive name \"%1\" is used twice.")
                                               .arg(node)));
        }
        nodes.append(node);
    };
    for (int i = 0; i < disks.size(); ++i) {
        const DiskConfig &d = disks[i];
        const QString field = QStringLiteral("disks[%1]").arg(i);
        checkNode(d.node, field + QStringLiteral(".node"));
        if (d.path.isEmpty()) {
            problems.append(invalid(field + QStringLiteral(".path"),
                                    VmConfigTr::tr("Disk %1 has no image file.").arg(d.node)));
        }
        static const QStringList formats = {QStringLiteral("qcow2"), QStringLiteral("raw"),
                                            QStringLiteral("vmdk"),  QStringLiteral("vdi"),
                                            QStringLiteral("vpc"),   QStringLiteral("vhdx")};
        if (!formats.contains(d.format)) {
            problems.append(invalid(field + QStringLiteral(".format"),
                                    VmConfigTr::tr("Disk %1 has the unknown format \"%2\".")
                                        .arg(d.node, d.format)));
        }
    }
    for (int i = 0; i < media.size(); ++i)
        checkNode(media[i].node, QStringLiteral("media[%1].node").arg(i));

    static const QRegularExpression macRe(
        QStringLiteral("^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$"));
    for (int i = 0; i < nics.size(); ++i) {
        const NicConfig &n = nics[i];
        if (!n.mac.isEmpty() && !macRe.match(n.mac).hasMatch()) {
            problems.append(invalid(QStringLiteral("network[%1].mac").arg(i),
                                    VmConfigTr::tr("\"%1\" is not a MAC address.").arg(n.mac)));
        }
        for (const PortForward &pf : n.forwards) {
            if (pf.hostPort == 0 || pf.guestPort == 0
                || (pf.protocol != QLatin1String("tcp") && pf.protocol != QLatin1String("udp"))) {
                problems.append(invalid(QStringLiteral("network[%1].forwards").arg(i),
                                        VmConfigTr::tr("A port forward needs tcp or udp and two "
                                                       "ports between 1 and 65535.")));
            }
        }
    }

    if (display.spiceListen != QLatin1String("unix")) {
        static const QRegularExpression tcpRe(QStringLiteral("^tcp:[^:]+:[0-9]{1,5}$"));
        if (!tcpRe.match(display.spiceListen).hasMatch()) {
            problems.append(invalid(QStringLiteral("display.spiceListen"),
                                    VmConfigTr::tr("The SPICE listener must be \"unix\" or "
                                                   "\"tcp:ADDRESS:PORT\".")));
        } else if (display.spicePassword.isEmpty()) {
            problems.append(invalid(QStringLiteral("display.spicePassword"),
                                    VmConfigTr::tr("SPICE on TCP needs a password, or anyone on "
                                                   "the network could see and control the VM.")));
        }
    }
    if (!display.resolution.isEmpty()) {
        static const QRegularExpression resRe(QStringLiteral("^([0-9]{3,4})x([0-9]{3,4})$"));
        const auto m = resRe.match(display.resolution);
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 320 || h < 200 || w > 8192 || h > 8192) {
            problems.append(invalid(QStringLiteral("display.resolution"),
                                    VmConfigTr::tr("The resolution must be WIDTHxHEIGHT, such as "
                                                   "1024x768, between 320x200 and 8192x8192.")));
        }
    }
    if (serialPorts < 0 || serialPorts > 4) {
        problems.append(invalid(QStringLiteral("serialPorts"),
                                VmConfigTr::tr("A PC has 0 to 4 serial ports.")));
    }
    if (parallelPorts < 0 || parallelPorts > 3) {
        problems.append(invalid(QStringLiteral("parallelPorts"),
                                VmConfigTr::tr("A PC has 0 to 3 parallel ports.")));
    }
    if (!boot.initrd.isEmpty() && boot.kernel.isEmpty()) {
        problems.append(invalid(QStringLiteral("boot.initrd"),
                                VmConfigTr::tr("An initramfs needs a kernel to boot with.")));
    }
    // What the guest OS cannot use at all (e.g. USB on NT 4.0); its warnings are for the UI.
    for (const ProfileFinding &f : checkAgainstProfile(*this)) {
        if (f.isError())
            problems.append(invalid(f.field, f.message));
    }
    return problems;
}

} // namespace Engine
