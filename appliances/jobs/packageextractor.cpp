#include "appliances/jobs/packageextractor.h"

#include "appliances/archive/packagereader.h"
#include "appliances/ovf/manifest.h"
#include "appliances/ovf/ovfparser.h"
#include "appliances/ovf/streamdigest.h"
#include "engine/library/vmlibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>

#include <zlib.h>

using namespace Engine;

namespace Appliances {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxSmallFile = 1 << 20; // .mf, .cert
constexpr qint64 kFreeSpaceMargin = 64LL << 20;

/// The digests of one member, computed while it streams by.
struct Digests
{
    std::vector<std::unique_ptr<StreamDigest>> hashes;
    void add(DigestAlgorithm a) { hashes.push_back(std::make_unique<StreamDigest>(a)); }
    void feed(const char *d, qint64 n)
    {
        for (auto &h : hashes)
            h->addData(d, n);
    }
};

/// Writes a member to a file, inflating gzip on the way when asked.
class Sink
{
public:
    Sink(const QString &path, bool gunzip, qint64 maxOut) : m_file(path), m_gunzip(gunzip), m_maxOut(maxOut) {}
    ~Sink()
    {
        if (m_gunzip && m_zInit)
            inflateEnd(&m_z);
    }
    Status open();
    Status write(const char *data, qint64 n);
    Status finish();

private:
    Status put(const char *data, qint64 n);
    QFile m_file;
    bool m_gunzip;
    qint64 m_maxOut;
    qint64 m_out = 0;
    z_stream m_z{};
    bool m_zInit = false;
    bool m_zEnd = false;
};

Status Sink::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error(ErrorCode::Io, PackageExtractor::tr("Cannot write %1. Check that the disk is not full.")
                                        .arg(m_file.fileName()), m_file.errorString());
    if (m_gunzip) {
        if (inflateInit2(&m_z, 16 + MAX_WBITS) != Z_OK)
            return Error(ErrorCode::Io, QStringLiteral("zlib"));
        m_zInit = true;
    }
    return {};
}

Status Sink::put(const char *data, qint64 n)
{
    m_out += n;
    if (m_out > m_maxOut)
        return Error(ErrorCode::InvalidArgument,
                     PackageExtractor::tr("The compressed file %1 unpacks to more data than its disk "
                                          "can hold (a compression bomb); it is refused.")
                         .arg(QFileInfo(m_file.fileName()).fileName()));
    if (m_file.write(data, n) != n)
        return Error(ErrorCode::Io, PackageExtractor::tr("Writing %1 failed. Check that the disk is not full.")
                                        .arg(m_file.fileName()), m_file.errorString());
    return {};
}

Status Sink::write(const char *data, qint64 n)
{
    if (!m_gunzip)
        return put(data, n);
    static thread_local QByteArray out(kChunk, Qt::Uninitialized);
    m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    m_z.avail_in = uInt(n);
    while (m_z.avail_in > 0 && !m_zEnd) {
        m_z.next_out = reinterpret_cast<Bytef *>(out.data());
        m_z.avail_out = uInt(out.size());
        const int r = inflate(&m_z, Z_NO_FLUSH);
        if (r != Z_OK && r != Z_STREAM_END && r != Z_BUF_ERROR)
            return Error(ErrorCode::InvalidArgument,
                         PackageExtractor::tr("The gzip-compressed file %1 is damaged.")
                             .arg(QFileInfo(m_file.fileName()).fileName()), QString::fromLatin1(m_z.msg ? m_z.msg : ""));
        if (Status s = put(out.constData(), out.size() - m_z.avail_out); !s)
            return s;
        m_zEnd = r == Z_STREAM_END;
        if (r == Z_BUF_ERROR)
            break;
    }
    return {};
}

Status Sink::finish()
{
    if (m_gunzip && !m_zEnd)
        return Error(ErrorCode::InvalidArgument, PackageExtractor::tr("The gzip-compressed file %1 is incomplete.")
                                                     .arg(QFileInfo(m_file.fileName()).fileName()));
    if (!m_file.flush())
        return Error(ErrorCode::Io, PackageExtractor::tr("Writing %1 failed. Check that the disk is not full.")
                                        .arg(m_file.fileName()), m_file.errorString());
    m_file.close();
    return {};
}

class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::PackageExtractor)
public:
    explicit Extractor(const ExtractOptions &o) : m_o(o) {}
    Result<ExtractOutcome> run();

private:
    Status readOvf(const PackageMember &m);
    Status planned();
    Status member(const PackageMember &m);
    Status extractDisk(const PackageMember &m, const ImportDisk &disk, Digests &digests, qint64 limit);
    Result<QByteArray> readSmall(const PackageMember &m, qint64 limit);
    Status stream(const PackageMember &m, Sink *sink, Digests &d, qint64 limit);
    Status checkDigest(const QString &name);
    Status checkSignature();
    void reportSignature();
    Status verifyAll();
    bool canceled() const { return m_o.canceled && m_o.canceled(); }
    void progress() const
    {
        if (m_o.progress)
            m_o.progress(m_reader->position(), m_reader->totalBytes());
    }

    const ExtractOptions &m_o;
    std::unique_ptr<PackageReader> m_reader;
    ExtractOutcome m_out;
    QString m_ovfName;
    std::optional<Manifest> m_manifest;
    QByteArray m_manifestBytes;
    QString m_manifestName;
    QByteArray m_certBytes;
    QSet<QString> m_seen;
    QHash<QString, QHash<int, QByteArray>> m_digests; // member -> algorithm -> hex
    QStringList m_unused;
};

Error canceledError()
{
    return Error(ErrorCode::Canceled, Extractor::tr("The import was canceled."));
}

Result<QByteArray> Extractor::readSmall(const PackageMember &m, qint64 limit)
{
    if (m.sizeBytes > limit)
        return Error(ErrorCode::InvalidArgument, tr("The file %1 of the appliance is %2 bytes, far larger "
                                                    "than such a file can be; it is refused for safety.")
                                                     .arg(m.name).arg(m.sizeBytes));
    QByteArray data;
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    for (;;) {
        Result<qint64> n = m_reader->read(buf.data(), buf.size());
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        data.append(buf.constData(), *n);
        if (data.size() > limit)
            return Error(ErrorCode::InvalidArgument, tr("The file %1 of the appliance is larger than such a "
                                                        "file can be; it is refused for safety.").arg(m.name));
    }
    for (DigestAlgorithm a : {DigestAlgorithm::Sha1, DigestAlgorithm::Sha256, DigestAlgorithm::Sha512})
        m_digests[m.name][int(a)] = QCryptographicHash::hash(data, Manifest::qtAlgorithm(a)).toHex();
    return data;
}

Status Extractor::readOvf(const PackageMember &m)
{
    if (!m.name.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive))
        return Error(ErrorCode::InvalidArgument,
                     tr("The appliance does not start with its .ovf descriptor (it starts with %1). "
                        "It is not a valid OVA.").arg(m.name));
    m_ovfName = m.name;
    Result<QByteArray> xml = readSmall(m, kMaxOvfBytes);
    if (!xml)
        return xml.error();
    Result<OvfEnvelope> env = parseOvf(*xml);
    if (!env)
        return env.error();
    m_out.envelope = std::move(*env);
    Result<ImportPlan> plan = ImportPlanner::plan(m_out.envelope, 0, m_o.profileOverride);
    if (!plan)
        return plan.error();
    m_out.plan = std::move(*plan);
    if (!m_o.nameOverride.isEmpty())
        m_out.plan.config.name = m_o.nameOverride;
    return planned();
}

Status Extractor::planned()
{
    const ImportPlan &plan = m_out.plan;
    if (const QString p = VmConfig::nameProblem(plan.config.name); !p.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The appliance's name \"%1\" cannot be a VM name: %2 "
                                                    "Choose another name.").arg(plan.config.name, p));
    if (!m_o.libraryRoot.isEmpty() && VmLibrary(m_o.libraryRoot).open(plan.config.name).ok())
        return Error(ErrorCode::AlreadyExists, tr("A VM called \"%1\" already exists. Choose another name "
                                                  "for the imported VM.").arg(plan.config.name));
    if (!plan.eulas.isEmpty() && !m_o.acceptEula)
        return Error(ErrorCode::StateRefused, tr("The appliance has a license agreement that must be "
                                                 "accepted before it is imported."));
    QStringList hrefs;
    for (const OvfFile &f : m_out.envelope.files)
        hrefs.append(f.href);
    for (const QString &h : hrefs)
        if (const QString p = PackageReader::nameProblem(h); !p.isEmpty())
            return Error(ErrorCode::InvalidArgument, tr("The descriptor names the file \"%1\", which is "
                                                        "refused: %2").arg(h, p));
    m_reader->setFolderMembers(hrefs);
    return {};
}

Status Extractor::stream(const PackageMember &m, Sink *sink, Digests &d, qint64 limit)
{
    static thread_local QByteArray buf(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (canceled())
            return canceledError();
        Result<qint64> n = m_reader->read(buf.data(), buf.size());
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        total += *n;
        if (limit >= 0 && total > limit)
            return Error(ErrorCode::InvalidArgument, tr("The file %1 is larger than the descriptor declares "
                                                        "(%2 bytes); the appliance is damaged or was tampered "
                                                        "with.").arg(m.name).arg(limit));
        d.feed(buf.constData(), *n);
        if (sink)
            if (Status s = sink->write(buf.constData(), *n); !s)
                return s;
        progress();
    }
    for (const auto &h : d.hashes)
        m_digests[m.name][int(h->algorithm())] = h->hexResult();
    return sink ? sink->finish() : Status();
}

Status Extractor::checkDigest(const QString &name)
{
    if (!m_o.verify || !m_manifest)
        return {};
    const ManifestEntry *e = m_manifest->find(name);
    if (!e)
        return Error(ErrorCode::InvalidArgument, tr("The file %1 is not listed in the appliance's manifest, "
                                                    "so it cannot be verified. Get the appliance again, or "
                                                    "import without verification.").arg(name));
    if (m_digests.value(name).value(int(e->algorithm)) != e->digestHex)
        return Error(ErrorCode::InvalidArgument, tr("The file %1 does not match the %2 digest in the "
                                                    "appliance's manifest: it is damaged or was changed. "
                                                    "Get the appliance again.")
                                                     .arg(name, Manifest::algorithmName(e->algorithm)),
                     QStringLiteral("expected %1, got %2").arg(QString::fromLatin1(e->digestHex),
                         QString::fromLatin1(m_digests.value(name).value(int(e->algorithm)))));
    return {};
}

/// Once both the manifest and the .cert were read: checks the signature; an invalid one stops
/// the import like a digest mismatch (unless verification is off).
Status Extractor::checkSignature()
{
    if (!m_manifest || !m_out.signedPackage || m_out.signature)
        return {};
    Result<SignatureCheck> check = PackageSignature::verify(m_certBytes, m_manifestBytes, m_manifestName,
                                                            m_o.trustStore);
    if (!check)
        return m_o.verify ? Status(check.error()) : Status();
    m_out.signature = *check;
    if (m_o.verify && !check->signatureValid)
        return Error(ErrorCode::InvalidArgument, tr("The appliance's signature does not match its manifest: "
                                                    "it was changed after it was signed by %1, or the "
                                                    "signature is forged. Get the appliance again, or "
                                                    "import without verification.").arg(check->subject));
    return {};
}

void Extractor::reportSignature()
{
    if (m_out.signature)
        m_out.plan.report.append(PackageSignature::describe(*m_out.signature));
    else if (m_out.signedPackage && !m_manifest)
        m_out.plan.report.append({ReportLine::Kind::Warning, tr("The appliance has a certificate (.cert) "
                                                                "but no manifest, so its signature "
                                                                "cannot be checked.")});
    else if (m_out.signedPackage)
        m_out.plan.report.append({ReportLine::Kind::Warning, tr("The appliance's certificate (.cert) could "
                                                                "not be read; the signature was not "
                                                                "checked.")});
}

Status Extractor::member(const PackageMember &m)
{
    if (m_seen.contains(m.name))
        return Error(ErrorCode::InvalidArgument, tr("The appliance contains the file %1 twice; it is refused "
                                                    "(the second copy could replace the verified one).").arg(m.name));
    m_seen.insert(m.name);
    if (m.name.endsWith(QLatin1String(".mf"), Qt::CaseInsensitive) && !m_manifest) {
        Result<QByteArray> text = readSmall(m, kMaxSmallFile);
        if (!text)
            return text.error();
        Result<Manifest> mf = Manifest::parse(*text);
        if (!mf)
            return mf.error();
        m_manifest = std::move(*mf);
        m_manifestBytes = *text;
        m_manifestName = m.name;
        m_out.hadManifest = true;
        if (Status s = checkDigest(m_ovfName); !s)
            return s;
        return checkSignature();
    }
    if (m.name.endsWith(QLatin1String(".cert"), Qt::CaseInsensitive) && !m_out.signedPackage) {
        m_out.signedPackage = true;
        Result<QByteArray> cert = readSmall(m, kMaxSmallFile);
        if (!cert)
            return cert.error();
        m_certBytes = *cert;
        return checkSignature();
    }
    const OvfFile *file = nullptr;
    for (const OvfFile &f : m_out.envelope.files)
        if (f.href == m.name)
            file = &f;
    const ImportDisk *disk = nullptr;
    for (const ImportDisk &d : m_out.plan.disks)
        if (d.fileHref == m.name)
            disk = &d;
    const bool wanted = disk != nullptr;
    const qint64 limit = file ? file->sizeBytes : -1;
    if (limit >= 0 && m.sizeBytes > limit)
        return Error(ErrorCode::InvalidArgument, tr("The file %1 is larger than the descriptor declares "
                                                    "(%2 bytes); the appliance is damaged or was tampered "
                                                    "with.").arg(m.name).arg(limit));
    Digests digests;
    const ManifestEntry *entry = m_manifest ? m_manifest->find(m.name) : nullptr;
    if (entry)
        digests.add(entry->algorithm);
    else if (m_o.verify && m_manifest)
        return checkDigest(m.name); // fails: not in the manifest
    else if (m_o.verify)
        for (DigestAlgorithm a : {DigestAlgorithm::Sha1, DigestAlgorithm::Sha256, DigestAlgorithm::Sha512})
            digests.add(a);
    if (!wanted) {
        if (!file)
            m_unused.append(m.name);
        if (Status s = stream(m, nullptr, digests, limit); !s)
            return s;
        return checkDigest(m.name);
    }
    return extractDisk(m, *disk, digests, limit);
}

Status Extractor::extractDisk(const PackageMember &m, const ImportDisk &diskRef, Digests &digests, qint64 limit)
{
    const ImportDisk *disk = &diskRef;
    const bool gz = disk->compression == QLatin1String("gzip");
    if (const auto where = m_reader->inPlaceLocation(); where && !gz && m_o.inPlace && m.sizeBytes >= 0) {
        m_o.inPlace({*disk, where->first, where->second, m.sizeBytes, int(m_out.plan.disks.size())});
        m_out.inPlace.insert(m.name);
        if (Status s = stream(m, nullptr, digests, limit); !s)
            return s;
        return checkDigest(m.name);
    }
    const QString path = m_o.targetDir + QLatin1Char('/') + m.name;
    const qint64 need = m.sizeBytes > 0 ? m.sizeBytes : 0;
    const QStorageInfo storage(m_o.targetDir);
    if (storage.bytesAvailable() >= 0 && storage.bytesAvailable() < need + kFreeSpaceMargin)
        return Error(ErrorCode::Io, tr("There is not enough free space in %1 to import %2 (%3 MiB needed, "
                                       "%4 MiB free).").arg(m_o.libraryRoot, m.name).arg(need >> 20)
                                       .arg(storage.bytesAvailable() >> 20));
    Sink sink(path, gz, gz ? disk->capacityBytes + (disk->capacityBytes >> 4) + (64LL << 20)
                           : std::numeric_limits<qint64>::max());
    if (Status s = sink.open(); !s)
        return s;
    if (Status s = stream(m, &sink, digests, limit); !s)
        return s;
    m_out.files.insert(m.name, path);
    return checkDigest(m.name);
}

Status Extractor::verifyAll()
{
    for (const ImportDisk &d : m_out.plan.disks)
        if (!d.fileHref.isEmpty() && !m_out.files.contains(d.fileHref) && !m_out.inPlace.contains(d.fileHref))
            return Error(ErrorCode::NotFound, tr("The disk file %1 named by the appliance is missing from "
                                                 "the package. Get the complete appliance.").arg(d.fileHref));
    QList<ReportLine> &report = m_out.plan.report;
    for (const QString &u : std::as_const(m_unused))
        report.append({ReportLine::Kind::Info, tr("The file %1 of the package is not used.").arg(u)});
    if (m_out.signedPackage && !m_manifest && m_o.verify)
        return Error(ErrorCode::InvalidArgument, tr("The appliance has a certificate (.cert) but no manifest, "
                                                    "so its signature cannot be checked. Get the appliance "
                                                    "again, or import without verification."));
    reportSignature();
    if (!m_o.verify) {
        report.append({ReportLine::Kind::Warning, tr("NOT VERIFIED: the files were imported without checking "
                                                     "the manifest, as asked. They may be damaged or changed.")});
        return {};
    }
    if (!m_manifest) {
        report.append({ReportLine::Kind::Warning, tr("The appliance has no manifest: its files could not be "
                                                     "verified.")});
        return {};
    }
    for (const ManifestEntry &e : m_manifest->entries())
        if (!m_seen.contains(e.fileName))
            return Error(ErrorCode::InvalidArgument, tr("The manifest lists %1, which is not in the appliance. "
                                                        "The appliance is incomplete or was tampered with.")
                                                         .arg(e.fileName));
    for (const QString &name : std::as_const(m_seen)) {
        if (name.endsWith(QLatin1String(".mf"), Qt::CaseInsensitive) || name.endsWith(QLatin1String(".cert"), Qt::CaseInsensitive))
            continue;
        if (Status s = checkDigest(name); !s)
            return s;
    }
    report.append({ReportLine::Kind::Info, tr("Every file matches the appliance's manifest.")});
    return {};
}

Result<ExtractOutcome> Extractor::run()
{
    Result<std::unique_ptr<PackageReader>> reader = PackageReader::open(m_o.sourcePath);
    if (!reader)
        return reader.error();
    m_reader = std::move(*reader);
    bool first = true;
    for (;;) {
        if (canceled())
            return canceledError();
        Result<std::optional<PackageMember>> m = m_reader->next();
        if (!m)
            return m.error();
        if (!m->has_value())
            break;
        const PackageMember member = **m;
        if (first) {
            first = false;
            m_seen.insert(member.name);
            if (Status s = readOvf(member); !s)
                return s.error();
            continue;
        }
        const bool meta = member.name.endsWith(QLatin1String(".mf"), Qt::CaseInsensitive)
                          || member.name.endsWith(QLatin1String(".cert"), Qt::CaseInsensitive);
        if (m_o.planOnly && !meta) {
            // A dry run reads no disk data. Where skipping a member costs nothing (plain tar,
            // zip, folder) it looks on for a manifest and .cert stored after the disks.
            const bool cheapSkip = m_reader->kind() != PackageReader::Kind::Tar || m_reader->inPlaceLocation();
            if (!cheapSkip || (m_manifest && m_out.signedPackage))
                break;
            continue;
        }
        if (Status s = member.name.isEmpty() ? Status() : this->member(member); !s)
            return s.error();
    }
    if (first)
        return Error(ErrorCode::InvalidArgument, tr("The appliance is empty."));
    if (m_o.planOnly) {
        if (m_manifest)
            m_out.plan.report.append({ReportLine::Kind::Info, tr("The appliance has a manifest; every file "
                                                                 "is checked against it while importing.")});
        reportSignature();
        return m_out;
    }
    if (Status s = verifyAll(); !s)
        return s.error();
    return m_out;
}

} // namespace

Result<ExtractOutcome> PackageExtractor::run(const ExtractOptions &options)
{
    Extractor e(options);
    return e.run();
}

} // namespace Appliances
