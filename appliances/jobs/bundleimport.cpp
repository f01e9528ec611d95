#include "appliances/jobs/bundleimport.h"

#include "appliances/archive/packagereader.h"
#include "engine/library/vmlibrary.h"
#include "engine/snapshots/snapshottree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QUuid>
#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <sys/stat.h>

using namespace Engine;

namespace Appliances {

namespace {

constexpr int kMaxEntries = 100000;
constexpr qint64 kMaxSmallFile = 4 << 20; // vm.json, snapshots.json
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kFreeSpaceMargin = 64LL << 20;

struct Entry
{
    QString name;        ///< as stored: "<root>/<rel>"
    QString rel;         ///< below the root folder; empty for the root itself
    bool folder = false;
    qint64 size = 0;
    qint64 compressed = 0;
};

bool escapes(const QString &path)
{
    return QDir::isAbsolutePath(path) || QDir::cleanPath(path).startsWith(QLatin1String("..")) || path.isEmpty();
}

class Unpacker
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::BundleImporter)
public:
    explicit Unpacker(const BundleOptions &o) : m_o(o), m_zip(o.sourcePath) {}
    Result<BundleOutcome> run();

private:
    Status list();
    Result<QByteArray> readSmall(const QString &rel);
    Status prepareConfig(const QByteArray &vmJson);
    void dropHostPaths(VmConfig &c);
    QString freeName(const QString &wanted) const;
    Status unpack();
    Status unpackFile(const Entry &e);
    Status checkImage(const DiskConfig &disk) const;
    Error refused(const QString &name, const QString &why) const
    {
        return Error(ErrorCode::InvalidArgument, tr("The bundle contains \"%1\", which is refused: %2 Nothing "
                                                    "was imported.").arg(name, why));
    }
    Error damaged(const QString &details) const
    {
        return Error(ErrorCode::InvalidArgument, tr("The zip bundle %1 is damaged or incomplete. Copy it "
                                                    "again.").arg(QFileInfo(m_o.sourcePath).fileName()), details);
    }

    const BundleOptions &m_o;
    QuaZip m_zip;
    QString m_root;
    QList<Entry> m_entries;
    qint64 m_total = 0;
    qint64 m_compressedTotal = 0;
    BundleOutcome m_out;
};

Status Unpacker::list()
{
    m_zip.setFileNameCodec("UTF-8");
    if (!m_zip.open(QuaZip::mdUnzip))
        return damaged(QStringLiteral("QuaZip error %1").arg(m_zip.getZipError()));
    QSet<QString> seen;
    for (bool more = m_zip.goToFirstFile(); more; more = m_zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip.getCurrentFileInfo(&info))
            return damaged(QStringLiteral("QuaZip error %1").arg(m_zip.getZipError()));
        if (m_entries.size() >= kMaxEntries)
            return refused(info.name, tr("the bundle holds more than %1 files.").arg(kMaxEntries));
        Entry e;
        e.name = info.name;
        e.folder = e.name.endsWith(QLatin1Char('/'));
        const QString path = e.folder ? e.name.chopped(1) : e.name;
        const QStringList parts = path.split(QLatin1Char('/'));
        for (const QString &part : parts)
            if (const QString p = PackageReader::nameProblem(part); !p.isEmpty())
                return refused(e.name, p);
        if (m_root.isEmpty())
            m_root = parts.first();
        if (parts.first() != m_root || !m_root.endsWith(QLatin1String(".emanon")))
            return refused(e.name, tr("everything in a bundle lies in its one \"<name>.emanon\" folder."));
        const quint32 type = (info.externalAttr >> 16) & S_IFMT;
        if (type == S_IFLNK)
            return refused(e.name, tr("it is a symbolic link, and a bundle holds only files and folders."));
        if (type != 0 && type != S_IFREG && type != S_IFDIR)
            return refused(e.name, tr("it is a device or another special file."));
        if (seen.contains(path))
            return refused(e.name, tr("the name appears twice (the second copy could replace the first)."));
        seen.insert(path);
        e.rel = parts.mid(1).join(QLatin1Char('/'));
        e.size = qint64(info.uncompressedSize);
        e.compressed = qint64(info.compressedSize);
        m_total += e.size;
        m_compressedTotal += e.compressed;
        m_entries.append(e);
    }
    if (m_zip.getZipError() != UNZ_OK)
        return damaged(QStringLiteral("QuaZip error %1").arg(m_zip.getZipError()));
    return {};
}

Result<QByteArray> Unpacker::readSmall(const QString &rel)
{
    const QString name = m_root + QLatin1Char('/') + rel;
    if (!m_zip.setCurrentFile(name))
        return QByteArray();
    QuaZipFile f(&m_zip);
    if (!f.open(QIODevice::ReadOnly))
        return damaged(name);
    const QByteArray data = f.read(kMaxSmallFile + 1);
    if (data.size() > kMaxSmallFile)
        return refused(name, tr("it is far larger than such a file can be."));
    if (f.getZipError() != UNZ_OK)
        return damaged(name);
    return data;
}

QString Unpacker::freeName(const QString &wanted) const
{
    const VmLibrary library(m_o.libraryRoot);
    const auto taken = [&](const QString &n) {
        return library.open(n).ok() || QFileInfo::exists(library.bundlePathFor(n));
    };
    if (m_o.libraryRoot.isEmpty() || !taken(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString n = QStringLiteral("%1 (%2)").arg(wanted.left(58)).arg(i);
        if (!taken(n))
            return n;
    }
}

/// A bundle names only its own files: anything by absolute path (or climbing out) would make
/// the VM read a file of this host, so it is left out and reported.
void Unpacker::dropHostPaths(VmConfig &c)
{
    using Kind = ReportLine::Kind;
    QList<ReportLine> &report = m_out.plan.report;
    QList<DiskConfig> disks;
    for (const DiskConfig &d : std::as_const(c.disks)) {
        if (escapes(d.path))
            report.append({Kind::Dropped, tr("The disk %1 (%2) is a file outside the bundle on the machine it "
                                             "came from; it is left out.").arg(d.node, d.path)});
        else
            disks.append(d);
    }
    c.disks = disks;
    for (MediaConfig &m : c.media)
        if (!m.path.isEmpty() && escapes(m.path)) {
            report.append({Kind::Dropped, tr("The medium %1 in %2 is a file outside the bundle; the drive is "
                                             "left empty.").arg(m.path, m.node)});
            m.path.clear();
        }
    for (QString *file : {&c.boot.kernel, &c.boot.initrd})
        if (!file->isEmpty() && escapes(*file)) {
            report.append({Kind::Dropped, tr("The kernel file %1 lies outside the bundle; direct kernel boot "
                                             "is turned off.").arg(*file)});
            c.boot.kernel.clear();
            c.boot.initrd.clear();
        }
}

Status Unpacker::prepareConfig(const QByteArray &vmJson)
{
    using Kind = ReportLine::Kind;
    if (vmJson.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The zip file is not an Emanon bundle: %1 has no vm.json.")
                                                     .arg(m_root));
    Result<VmConfig> parsed = VmConfig::fromJson(vmJson);
    if (!parsed)
        return Error(parsed.error().code, tr("The bundle's vm.json is not a valid VM definition: %1")
                                              .arg(parsed.error().message), parsed.error().details);
    VmConfig c = std::move(*parsed);
    QList<ReportLine> &report = m_out.plan.report;
    report.append({Kind::Info, tr("An Emanon bundle: every setting, disk and snapshot is kept as it was.")});
    const QString wanted = !m_o.nameOverride.isEmpty() ? m_o.nameOverride : m_root.chopped(7);
    if (const QString p = VmConfig::nameProblem(wanted); !p.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" cannot be a VM name: %2 Choose another name.").arg(wanted, p));
    c.name = m_o.nameOverride.isEmpty() ? freeName(wanted) : wanted;
    if (c.name != wanted)
        report.append({Kind::Changed, tr("A VM called \"%1\" already exists; the imported VM is called \"%2\".")
                                          .arg(wanted, c.name)});
    else if (!m_o.libraryRoot.isEmpty() && VmLibrary(m_o.libraryRoot).open(wanted).ok())
        return Error(ErrorCode::AlreadyExists, tr("A VM called \"%1\" already exists. Choose another name for "
                                                  "the imported VM.").arg(wanted));
    bool uuidTaken = c.uuid.isNull();
    const auto entries = m_o.libraryRoot.isEmpty() ? Result<QList<VmEntry>>(QList<VmEntry>())
                                                   : VmLibrary(m_o.libraryRoot).list();
    for (const VmEntry &e : entries ? *entries : QList<VmEntry>())
        uuidTaken |= e.ok() && e.config.uuid == c.uuid;
    if (uuidTaken) {
        c.uuid = QUuid::createUuid();
        for (NicConfig &n : c.nics)
            n.mac = VmLibrary::randomMac();
        report.append({Kind::Changed, tr("A VM with the same identity (UUID) is already in the library: the "
                                         "imported VM gets a new UUID and new MAC addresses.")});
    }
    dropHostPaths(c);
    Result<QByteArray> snapshots = readSmall(QStringLiteral("snapshots.json"));
    if (!snapshots)
        return snapshots.error();
    if (!snapshots->isEmpty()) {
        Result<SnapshotTree> tree = SnapshotTree::fromJson(*snapshots);
        if (!tree)
            return Error(tree.error().code, tr("The bundle's snapshots.json is damaged: %1").arg(tree.error().message),
                         tree.error().details);
        if (!tree->isEmpty())
            report.append({Kind::Info, tr("%1 snapshot(s) are kept.").arg(tree->nodes().size())});
    }
    m_out.plan.config = c;
    m_out.plan.osLabel = c.profile;
    return {};
}

Status Unpacker::unpackFile(const Entry &e)
{
    static thread_local QByteArray buf(kChunk, Qt::Uninitialized);
    const QString path = m_out.bundleDir + QLatin1Char('/') + e.rel;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(ErrorCode::Io, tr("Cannot create a folder in %1.").arg(m_o.targetDir));
    if (!m_zip.setCurrentFile(e.name))
        return damaged(e.name);
    QuaZipFile in(&m_zip);
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly))
        return damaged(e.name);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1. Check that the disk is not full.").arg(path), out.errorString());
    qint64 written = 0;
    for (;;) {
        if (m_o.canceled && m_o.canceled())
            return Error(ErrorCode::Canceled, tr("The import was canceled."));
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0 || (n == 0 && in.getZipError() != UNZ_OK))
            return damaged(e.name);
        if (n == 0)
            break;
        written += n;
        if (written > e.size)
            return refused(e.name, tr("it unpacks to more data than its header declares (a zip bomb)."));
        if (out.write(buf.constData(), n) != n)
            return Error(ErrorCode::Io, tr("Writing %1 failed. Check that the disk is not full.").arg(path),
                         out.errorString());
    }
    // minizip never hands out more than the header declares; a member whose data go on
    // (a zip bomb) or were changed fails its CRC check here.
    in.close();
    if (written != e.size || in.getZipError() != UNZ_OK)
        return damaged(tr("%1: the data do not match the header (damaged, or a zip bomb)").arg(e.name));
    return out.flush() ? Status() : Status(Error(ErrorCode::Io, tr("Writing %1 failed.").arg(path), out.errorString()));
}

Status Unpacker::unpack()
{
    const QStorageInfo storage(m_o.targetDir);
    if (storage.bytesAvailable() >= 0 && storage.bytesAvailable() < m_total + kFreeSpaceMargin)
        return Error(ErrorCode::Io, tr("There is not enough free space in %1 to import the bundle (%2 MiB needed, "
                                       "%3 MiB free).").arg(m_o.libraryRoot).arg(m_total >> 20)
                                       .arg(storage.bytesAvailable() >> 20));
    m_out.bundleDir = m_o.targetDir + QLatin1Char('/') + m_root;
    if (!QDir().mkdir(m_out.bundleDir))
        return Error(ErrorCode::Io, tr("Cannot create a folder in %1.").arg(m_o.targetDir));
    qint64 done = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.rel.isEmpty() || e.rel == QLatin1String(".lock"))
            continue;
        if (e.folder) {
            if (!QDir().mkpath(m_out.bundleDir + QLatin1Char('/') + e.rel))
                return Error(ErrorCode::Io, tr("Cannot create a folder in %1.").arg(m_o.targetDir));
        } else if (Status s = unpackFile(e); !s) {
            return s;
        }
        if (m_o.progress)
            m_o.progress(done += e.compressed, m_compressedTotal);
    }
    for (const DiskConfig &d : std::as_const(m_out.plan.config.disks))
        if (Status s = checkImage(d); !s)
            return s;
    return {};
}

/// A disk must be the bundle's own file, self-contained or backed by a file of the bundle.
Status Unpacker::checkImage(const DiskConfig &disk) const
{
    const QString path = QDir::cleanPath(m_out.bundleDir + QLatin1Char('/') + disk.path);
    const auto outside = [&](const QString &why) {
        return Error(ErrorCode::InvalidArgument, tr("The disk %1 of the bundle refers to a file outside the bundle "
                                                    "(%2); it is refused for safety.").arg(disk.path, why));
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The disk %1 named in vm.json is missing from the bundle.").arg(disk.path));
    const QByteArray head = f.read(512);
    if (head.startsWith("QFI\xfb") && head.size() >= 104) {
        const auto *h = reinterpret_cast<const uchar *>(head.constData());
        const quint64 offset = qFromBigEndian<quint64>(h + 8);
        const quint32 size = qFromBigEndian<quint32>(h + 16);
        if (qFromBigEndian<quint32>(h + 4) >= 3 && (qFromBigEndian<quint64>(h + 72) & 0x4))
            return outside(tr("an external data file"));
        if (offset != 0) {
            if (size > 1023 || !f.seek(qint64(offset)))
                return outside(tr("a damaged backing file name"));
            const QString backing = QString::fromUtf8(f.read(size));
            const QString resolved = QDir::cleanPath(QFileInfo(path).absolutePath() + QLatin1Char('/') + backing);
            if (QDir::isAbsolutePath(backing) || !resolved.startsWith(m_out.bundleDir + QLatin1Char('/')))
                return outside(backing);
        }
    } else if (disk.format == QLatin1String("vmdk") && !head.startsWith("KDMV") && !head.startsWith("COWD")) {
        return outside(tr("a VMDK descriptor that names other files"));
    }
    return {};
}

Result<BundleOutcome> Unpacker::run()
{
    if (Status s = list(); !s)
        return s.error();
    Result<QByteArray> vmJson = readSmall(QStringLiteral("vm.json"));
    if (!vmJson)
        return vmJson.error();
    if (Status s = prepareConfig(*vmJson); !s)
        return s.error();
    if (m_o.planOnly)
        return m_out;
    if (Status s = unpack(); !s)
        return s.error();
    return m_out;
}

} // namespace

bool BundleImporter::isBundle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.read(4).startsWith("PK"))
        return false;
    f.close();
    QuaZip zip(path);
    zip.setFileNameCodec("UTF-8");
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    const QStringList names = zip.getFileNameList();
    const QString root = names.value(0).section(QLatin1Char('/'), 0, 0);
    if (!root.endsWith(QLatin1String(".emanon")))
        return false;
    bool vmJson = false;
    for (const QString &n : names) {
        if (n.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive))
            return false;
        vmJson |= n == root + QStringLiteral("/vm.json");
    }
    return vmJson;
}

Result<BundleOutcome> BundleImporter::run(const BundleOptions &options)
{
    Unpacker u(options);
    return u.run();
}

} // namespace Appliances
