#include "engine/library/savedstate.h"

#include "engine/core/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Engine {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, SavedState::tr("The saved state could not be read."),
                     path + QStringLiteral(": ") + f.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error(ErrorCode::Io, SavedState::tr("The saved state could not be read."),
                     path + QStringLiteral(": ") + f.errorString());
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

QByteArray SavedStateInfo::toJson() const
{
    const QJsonObject o{{key("format"), kFormat},
                        {key("stream"), QStringLiteral("vmstate")},
                        {key("sizeBytes"), sizeBytes},
                        {key("sha256"), sha256},
                        {key("savedAt"), savedAt.toUTC().toString(Qt::ISODate)},
                        {key("qemuVersion"), qemuVersion},
                        {key("fingerprint"), fingerprint},
                        {key("paused"), guestPaused}};
    return QJsonDocument(o).toJson();
}

Result<SavedStateInfo> SavedStateInfo::fromJson(const QByteArray &json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject o = doc.object();
    SavedStateInfo info;
    info.sizeBytes = o.value(key("sizeBytes")).toInteger(-1);
    info.sha256 = o.value(key("sha256")).toString();
    info.savedAt = QDateTime::fromString(o.value(key("savedAt")).toString(), Qt::ISODate);
    info.qemuVersion = o.value(key("qemuVersion")).toString();
    info.fingerprint = o.value(key("fingerprint")).toObject();
    info.guestPaused = o.value(key("paused")).toBool();
    QString problem;
    if (!doc.isObject())
        problem = pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not an object");
    else if (o.value(key("format")).toInt() != SavedStateInfo::kFormat)
        problem = QStringLiteral("unknown format %1").arg(o.value(key("format")).toInt());
    else if (info.sizeBytes <= 0 || info.sha256.size() != 64 || info.fingerprint.isEmpty()
             || info.qemuVersion.isEmpty())
        problem = QStringLiteral("fields missing");
    if (!problem.isEmpty())
        return Error(ErrorCode::ConfigParse, SavedState::tr("The description of the saved state "
                                                            "(saved.json) is damaged."),
                     problem);
    return info;
}

QString SavedState::dir(const QString &bundlePath)
{
    return bundlePath + QStringLiteral("/saved");
}

QString SavedState::streamPath(const QString &bundlePath)
{
    return dir(bundlePath) + QStringLiteral("/vmstate");
}

QString SavedState::partialStreamPath(const QString &bundlePath)
{
    return dir(bundlePath) + QStringLiteral("/vmstate.partial");
}

QString SavedState::metaPath(const QString &bundlePath)
{
    return dir(bundlePath) + QStringLiteral("/saved.json");
}

QString SavedState::thumbnailPath(const QString &bundlePath)
{
    return bundlePath + QStringLiteral("/thumbnail.png");
}

bool SavedState::exists(const QString &bundlePath)
{
    return QFileInfo::exists(metaPath(bundlePath));
}

QString SavedState::discardHint(const QString &name)
{
    return tr("Discard the saved state (\"emanonctl discard %1\" or Discard Saved State in the "
              "VM menu) to start %1 from a cold boot.")
        .arg(name);
}

Result<SavedStateInfo> SavedState::read(const QString &bundlePath)
{
    auto bytes = readFile(metaPath(bundlePath), 1024 * 1024);
    if (!bytes)
        return bytes.error();
    auto info = SavedStateInfo::fromJson(*bytes);
    if (!info)
        return Error(info.error().code, info.error().message,
                     metaPath(bundlePath) + QStringLiteral(": ") + info.error().details);
    const QFileInfo stream(streamPath(bundlePath));
    if (!stream.isFile())
        return Error(ErrorCode::NotFound, tr("The saved state's data file is missing."),
                     stream.filePath());
    if (stream.size() != info->sizeBytes)
        return Error(ErrorCode::ConfigParse,
                     tr("The saved state is incomplete: its data file has %1 bytes instead of "
                        "%2 (it was truncated or overwritten).")
                         .arg(stream.size())
                         .arg(info->sizeBytes),
                     stream.filePath());
    return info;
}

Result<SavedStateInfo> SavedState::verify(const QString &bundlePath, const VmConfig &config)
{
    // Refused, whatever the cause: the start must not go on without the user's say.
    auto wrap = [&](const Error &e) {
        return Error(ErrorCode::StateRefused,
                     tr("The saved state of %1 cannot be restored: %2")
                             .arg(config.name, e.message)
                         + QLatin1Char(' ') + discardHint(config.name),
                     e.details);
    };
    auto info = read(bundlePath);
    if (!info)
        return wrap(info.error());
    auto hash = sha256OfFile(streamPath(bundlePath));
    if (!hash)
        return wrap(hash.error());
    if (*hash != info->sha256)
        return wrap(Error(ErrorCode::ConfigParse,
                          tr("its data file is damaged (checksum mismatch)."),
                          QStringLiteral("sha256 %1, expected %2").arg(*hash, info->sha256)));
    const QStringList changed = changedParts(info->fingerprint, fingerprint(config));
    if (!changed.isEmpty())
        return wrap(Error(ErrorCode::StateRefused,
                          tr("the VM's %1 changed since it was suspended.")
                              .arg(changed.join(QStringLiteral(", ")))));
    return info;
}

Status SavedState::commit(const QString &bundlePath, const SavedStateInfo &info)
{
    const QString stream = streamPath(bundlePath);
    QFile::remove(stream);
    if (!QFile::rename(partialStreamPath(bundlePath), stream))
        return Error(ErrorCode::Io, tr("The saved state could not be stored in the VM's folder."),
                     partialStreamPath(bundlePath) + QStringLiteral(" -> ") + stream);
    if (Status s = writeFileAtomic(metaPath(bundlePath), info.toJson()); !s) {
        QFile::remove(stream);
        return s;
    }
    return {};
}

Status SavedState::discard(const QString &bundlePath)
{
    const QString meta = metaPath(bundlePath);
    if (QFileInfo::exists(meta) && !QFile::remove(meta))
        return Error(ErrorCode::Io, tr("The saved state could not be discarded."), meta);
    QFile::remove(streamPath(bundlePath));
    QFile::remove(partialStreamPath(bundlePath));
    QDir().rmdir(dir(bundlePath));
    return {};
}

bool SavedState::removeIncomplete(const QString &bundlePath)
{
    if (exists(bundlePath))
        return false;
    bool removed = false;
    for (const QString &f : {streamPath(bundlePath), partialStreamPath(bundlePath)})
        removed = QFile::remove(f) || removed;
    QDir().rmdir(dir(bundlePath));
    return removed;
}

QJsonObject SavedState::fingerprint(const VmConfig &c)
{
    QJsonArray disks;
    for (const DiskConfig &d : c.disks)
        disks.append(QJsonObject{{key("node"), d.node},
                                 {key("path"), d.path},
                                 {key("format"), d.format},
                                 {key("bus"), diskBusName(d.bus)},
                                 {key("readOnly"), d.readOnly}});
    QJsonArray drives; // the drives are devices; the medium in them may change
    for (const MediaConfig &m : c.media)
        drives.append(QJsonObject{{key("kind"), int(m.kind)},
                                  {key("node"), m.node},
                                  {key("bus"), diskBusName(m.bus)}});
    QJsonArray nics;
    for (const NicConfig &n : c.nics)
        nics.append(QJsonObject{{key("mode"), int(n.mode)}, {key("model"), n.model}, {key("mac"), n.mac}});
    return {
        {key("machine"), QJsonObject{{key("type"), c.machine},
                                     {key("firmware"), c.firmware},
                                     {key("acpi"), c.acpi},
                                     {key("hpet"), c.hpet},
                                     {key("rtcBase"), c.rtcBase}}},
        {key("cpu"), QJsonObject{{key("count"), c.cpu.count},
                                 {key("model"), c.cpu.model},
                                 {key("flags"), c.cpu.flags}}},
        {key("memory"), c.memoryMiB},
        {key("disks"), disks},
        {key("devices"), QJsonObject{{key("drives"), drives},
                                     {key("nics"), nics},
                                     {key("vga"), c.display.vga},
                                     {key("spice"), c.display.spice},
                                     {key("agent"), c.display.agent},
                                     {key("usbRedirectSlots"), c.usb.redirectSlots},
                                     {key("sound"), c.sound},
                                     {key("usb"), c.usb.controller},
                                     {key("tablet"), c.usb.tablet},
                                     {key("serialPorts"), c.serialPorts},
                                     {key("parallelPorts"), c.parallelPorts}}},
    };
}

QStringList SavedState::changedParts(const QJsonObject &saved, const QJsonObject &now)
{
    const QList<std::pair<QString, QString>> parts = {
        {key("machine"), tr("machine type or firmware")},
        {key("cpu"), tr("CPU")},
        {key("memory"), tr("memory size")},
        {key("disks"), tr("disks")},
        {key("devices"), tr("devices")},
    };
    QStringList changed;
    for (const auto &[k, name] : parts) {
        if (saved.value(k) != now.value(k))
            changed << name;
    }
    return changed;
}

std::optional<Error> SavedState::configLockRefusal(const QString &bundlePath,
                                                   const VmConfig &changed)
{
    if (!exists(bundlePath))
        return std::nullopt;
    auto info = read(bundlePath);
    // A damaged saved state cannot be restored anyway; changing the config does not make it
    // worse, and the start reports it.
    if (!info)
        return std::nullopt;
    const QStringList parts = changedParts(info->fingerprint, fingerprint(changed));
    if (parts.isEmpty())
        return std::nullopt;
    return Error(ErrorCode::StateRefused,
                 tr("%1 is suspended, and its saved state depends on its %2. Discard the saved "
                    "state first, or start the VM and shut it down, then change the settings.")
                     .arg(changed.name, parts.join(QStringLiteral(", "))),
                 metaPath(bundlePath));
}

} // namespace Engine
