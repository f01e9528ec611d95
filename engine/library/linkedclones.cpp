#include "engine/library/linkedclones.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace Engine {

namespace {

struct LinkedTr
{
    Q_DECLARE_TR_FUNCTIONS(VmLibrary)
};

// qcow2 header (docs/interop/qcow2.txt): magic "QFI\xfb", version (u32), backing file offset
// (u64) and size (u32), all big-endian. The name is not NUL-terminated and at most 1023 bytes.
constexpr int kHeaderBytes = 20;
constexpr quint32 kMaxBackingNameBytes = 1023;

QString canonicalOrClean(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
}

} // namespace

QString qcow2BackingFile(const QString &imagePath)
{
    QFile file(imagePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(kHeaderBytes);
    if (header.size() < kHeaderBytes || !header.startsWith("QFI\xfb"))
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint64 offset = qFromBigEndian<quint64>(bytes + 8);
    const quint32 size = qFromBigEndian<quint32>(bytes + 16);
    if (offset == 0 || size == 0 || size > kMaxBackingNameBytes || !file.seek(qint64(offset)))
        return {};
    const QString name = QString::fromUtf8(file.read(size));
    if (name.isEmpty())
        return {};
    if (QDir::isAbsolutePath(name))
        return QDir::cleanPath(name);
    return QDir::cleanPath(QFileInfo(imagePath).absolutePath() + QLatin1Char('/') + name);
}

QHash<QString, QStringList> linkedClonesAmong(const QList<VmEntry> &entries)
{
    // Bundle folders (canonical, with a trailing slash) -> bundle path as listed.
    QList<std::pair<QString, QString>> bases;
    for (const VmEntry &e : entries) {
        if (e.ok())
            bases.append({canonicalOrClean(e.path) + QLatin1Char('/'), e.path});
    }
    QHash<QString, QStringList> clones;
    for (const VmEntry &e : entries) {
        if (!e.ok())
            continue;
        const VmBundle bundle{e.path, e.config};
        for (const DiskConfig &d : e.config.disks) {
            if (d.passthrough || d.format != QLatin1String("qcow2"))
                continue;
            const QString backing = qcow2BackingFile(bundle.diskPath(d));
            if (backing.isEmpty())
                continue;
            const QString resolved = canonicalOrClean(backing);
            const auto base = std::find_if(bases.begin(), bases.end(), [&](const auto &b) {
                return b.second != e.path && resolved.startsWith(b.first);
            });
            if (base != bases.end()) {
                QStringList &names = clones[base->second];
                if (!names.contains(e.name))
                    names.append(e.name);
            }
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (QStringList &names : clones)
        std::sort(names.begin(), names.end(), collator);
    return clones;
}

std::optional<Error> templateRefusal(const VmBundle &bundle, const QString &action)
{
    const VmLibrary library(QFileInfo(bundle.path).absolutePath());
    Result<QList<VmEntry>> entries = library.list();
    if (!entries)
        return std::nullopt; // an unreadable folder: the action reports its own error
    const QString path = QDir::cleanPath(QFileInfo(bundle.path).absoluteFilePath());
    const QStringList names = linkedClonesAmong(*entries).value(path);
    if (names.isEmpty())
        return std::nullopt;
    return Error(ErrorCode::StateRefused,
                 LinkedTr::tr("\"%1\" is the template of the linked clones %2: they read its "
                              "disks, so it must not change. %3 Start or change a clone instead, "
                              "or make a full clone of it.")
                     .arg(bundle.name(), names.join(QStringLiteral(", ")), action),
                 QStringLiteral("linked clones: ") + names.join(QStringLiteral(", ")));
}

} // namespace Engine
