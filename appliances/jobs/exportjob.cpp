#include "appliances/jobs/exportjob.h"

#include "appliances/ovf/ovfwriter.h"
#include "appliances/ovf/signature.h"
#include "appliances/ovf/streamdigest.h"
#include "engine/library/savedstate.h"
#include "engine/snapshots/snapshottree.h"
#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Engine;

namespace Appliances {

namespace {
constexpr int kConvertShare = 80;
constexpr qint64 kChunk = 1 << 20;
}

ExportJob::ExportJob(ExportOptions options, QObject *parent) : Job(parent), m_options(std::move(options)) {}

ExportJob::~ExportJob()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    delete m_current.data();
    if (state() == State::Running)
        cleanUp();
}

QString ExportJob::title() const
{
    return tr("Exporting %1").arg(m_options.vm);
}

Status ExportJob::prepare()
{
    VmLibrary library(m_options.libraryRoot);
    Result<VmBundle> bundle = library.open(m_options.vm);
    if (!bundle)
        return bundle.error();
    m_bundle = *bundle;
    Result<VmLock> lock = VmLock::acquire(m_bundle.path);
    if (!lock)
        return lock.error();
    m_lock = std::move(*lock);
    // A suspended VM's disks are in the middle of a run; an OVA/OVF cannot carry the saved
    // memory they belong to (a zip bundle copies the whole folder, saved state included).
    if (m_options.format != ExportOptions::Format::Zip && m_options.snapshot.isEmpty()
        && SavedState::exists(m_bundle.path)) {
        return Error(ErrorCode::StateRefused,
                     tr("%1 is suspended; an appliance would get its disks without its saved "
                        "memory. Start it and shut it down, or discard its saved state, or "
                        "export one of its snapshots.")
                         .arg(m_bundle.name()),
                     SavedState::metaPath(m_bundle.path));
    }
    if (Status s = prepareSnapshot(); !s)
        return s;
    if (Status s = prepareSigning(); !s)
        return s;
    const QFileInfo target(m_options.targetPath);
    m_baseName = target.completeBaseName();
    QStringList wanted{target.fileName()};
    if (m_options.format == ExportOptions::Format::Ovf) {
        wanted.append(m_baseName + QStringLiteral(".mf"));
        if (!m_signKey.isEmpty())
            wanted.append(m_baseName + QStringLiteral(".cert"));
        for (const DiskConfig &d : m_bundle.config.disks)
            wanted.append(m_baseName + QLatin1Char('-') + d.node + QStringLiteral(".vmdk"));
    }
    for (const QString &w : wanted)
        if (QFileInfo::exists(target.absolutePath() + QLatin1Char('/') + w))
            return Error(ErrorCode::AlreadyExists, tr("%1 already exists. Choose another file name; Emanon "
                                                      "never replaces a file when exporting.")
                                                       .arg(target.absolutePath() + QLatin1Char('/') + w));
    for (const DiskConfig &d : m_bundle.config.disks)
        if (d.passthrough && m_options.format != ExportOptions::Format::Zip)
            return Error(ErrorCode::Unsupported, tr("The disk %1 is a host disk used directly; it cannot be "
                                                    "exported into an appliance. Remove it from the VM first.")
                                                     .arg(d.node));
    m_staging = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part-")
                + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QDir().mkdir(m_staging)) {
        m_staging.clear();
        return Error(ErrorCode::Io, tr("Cannot write into %1. Check that the folder exists and is writable.")
                                        .arg(target.absolutePath()));
    }
    return {};
}

Status ExportJob::prepareSigning()
{
    if (m_options.signKeyPath.isEmpty() && m_options.signCertPath.isEmpty())
        return {};
    if (m_options.signKeyPath.isEmpty() || m_options.signCertPath.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Signing needs both a private key and its certificate."));
    if (m_options.format == ExportOptions::Format::Zip)
        return Error(ErrorCode::InvalidArgument, tr("A zip bundle cannot be signed; export an OVA or OVF to sign it."));
    for (const auto &[path, into] : {std::pair{m_options.signKeyPath, &m_signKey},
                                     std::pair{m_options.signCertPath, &m_signCert}}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > (1 << 20))
            return Error(ErrorCode::NotFound, tr("Cannot read %1.").arg(path), f.errorString());
        *into = f.readAll();
    }
    // Refuses a key that does not fit the certificate before any disk is converted.
    Result<QByteArray> probe = certFor(QByteArrayLiteral("probe"));
    return probe ? Status() : Status(probe.error());
}

Result<QByteArray> ExportJob::certFor(const QByteArray &manifest) const
{
    return PackageSignature::sign(manifest, m_baseName + QStringLiteral(".mf"), m_options.digest, m_signKey,
                                  m_signCert);
}

Status ExportJob::prepareSnapshot()
{
    if (m_options.snapshot.isEmpty())
        return {};
    if (m_options.format == ExportOptions::Format::Zip)
        return Error(ErrorCode::InvalidArgument, tr("A zip bundle always holds every snapshot; export one "
                                                    "snapshot as an OVA or OVF instead."));
    Result<SnapshotTree> tree = SnapshotTree::load(m_bundle.snapshotsJsonPath());
    if (!tree)
        return tree.error();
    Result<QString> id = tree->resolve(m_options.snapshot);
    if (!id)
        return id.error();
    const SnapshotNode *node = tree->find(*id);
    if (node->broken)
        return Error(ErrorCode::StateRefused, tr("The snapshot \"%1\" cannot be exported: %2")
                                                  .arg(node->name, node->brokenReason));
    m_snapshotTag = node->tag;
    if (!node->config.isEmpty()) {
        Result<VmConfig> then = VmConfig::fromJsonObject(node->config);
        if (then)
            m_bundle.config = std::move(*then);
    }
    return {};
}

void ExportJob::doStart()
{
    if (Status s = prepare(); !s) {
        QMetaObject::invokeMethod(this, [this, s] { fail(s.error()); }, Qt::QueuedConnection);
        return;
    }
    if (m_options.format == ExportOptions::Format::Zip) {
        QMetaObject::invokeMethod(this, &ExportJob::startPacking, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &ExportJob::convertNext, Qt::QueuedConnection);
}

void ExportJob::doCancel()
{
    m_stop = true;
    if (m_current)
        m_current->cancel();
}

void ExportJob::convertNext()
{
    const QList<DiskConfig> &disks = m_bundle.config.disks;
    if (m_diskIndex >= disks.size()) {
        startPacking();
        return;
    }
    const DiskConfig &d = disks[m_diskIndex];
    const QString src = m_bundle.diskPath(d);
    Result<DiskInfo> info = DiskImage::info(src);
    if (!info) {
        fail(info.error());
        return;
    }
    m_capacities.append(info->virtualSizeBytes);
    const QString dst = m_staging + QLatin1Char('/') + m_baseName + QLatin1Char('-') + d.node + QStringLiteral(".vmdk");
    bool inSnapshot = false;
    for (const DiskSnapshotInfo &s : info->snapshots)
        inSnapshot |= !m_snapshotTag.isEmpty() && s.tag == m_snapshotTag;
    QemuImgJob *job = nullptr;
    if (inSnapshot) {
        // The disk as the snapshot holds it (disks outside snapshots go as they are now).
        const QString staging = dst + QStringLiteral(".part");
        job = new QemuImgJob(tr("Converting disk image"),
                             {QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-O"), QStringLiteral("vmdk"),
                              QStringLiteral("-f"), info->format, QStringLiteral("-l"),
                              QStringLiteral("snapshot.name=") + m_snapshotTag, QStringLiteral("-o"),
                              QStringLiteral("subformat=streamOptimized"), info->path,
                              QemuImgJob::stagedFilePath(dst, staging)},
                             this);
        job->setOutput(QemuImgJob::Output::Staged, dst, staging);
        job->setFailureMessage(tr("Could not convert the disk %1 as the snapshot holds it.").arg(d.node));
    } else {
        job = DiskImage::convert(src, dst, QStringLiteral("vmdk"), info->format,
                                 {QStringLiteral("subformat=streamOptimized")}, this);
    }
    m_current = job;
    const int n = int(disks.size());
    const QString stage = tr("Converting disk %1 of %2").arg(m_diskIndex + 1).arg(n);
    connect(job, &Job::progressChanged, this, [this, n, stage](int p, const QString &) {
        reportProgress(kConvertShare * (m_diskIndex * 100 + std::max(p, 0)) / (n * 100), stage);
    });
    connect(job, &Job::finished, this, &ExportJob::onConvertFinished, Qt::QueuedConnection);
    job->start();
}

void ExportJob::onConvertFinished()
{
    QemuImgJob *job = m_current.data();
    m_current = nullptr;
    if (!job)
        return;
    job->deleteLater();
    if (job->state() == State::Canceled || cancelRequested()) {
        cleanUp();
        finishCanceled();
        return;
    }
    if (job->state() != State::Succeeded) {
        fail(Error(job->error().code, tr("Converting the disk %1 failed. %2")
                                          .arg(m_bundle.config.disks[m_diskIndex].node, job->error().message),
                   job->error().details));
        return;
    }
    // The size the guest sees in what was exported (a snapshot may predate a resize).
    const QString out = job->outputPath();
    if (const Result<DiskInfo> info = DiskImage::info(out); info)
        m_capacities[m_diskIndex] = info->virtualSizeBytes;
    ++m_diskIndex;
    convertNext();
}

void ExportJob::workerProgress(qint64 done, qint64 total)
{
    const bool zip = m_options.format == ExportOptions::Format::Zip;
    const int base = zip ? 0 : kConvertShare;
    const int p = total > 0 ? base + int(done * (100 - base) / total) : -1;
    if (p != m_packPercent.exchange(p))
        QMetaObject::invokeMethod(this, [this, p] { reportProgress(p, tr("Writing the appliance")); },
                                  Qt::QueuedConnection);
}

void ExportJob::startPacking()
{
    reportProgress(m_options.format == ExportOptions::Format::Zip ? 0 : kConvertShare, tr("Writing the appliance"));
    m_thread = QThread::create([this] {
        if (m_options.format == ExportOptions::Format::Zip) {
            m_packResult = packZip();
            return;
        }
        QList<ExportDisk> disks;
        QStringList files{m_baseName + QStringLiteral(".ovf")};
        for (int i = 0; i < m_bundle.config.disks.size(); ++i) {
            const QString href = m_baseName + QLatin1Char('-') + m_bundle.config.disks[i].node + QStringLiteral(".vmdk");
            disks.append({m_bundle.config.disks[i].node, href, QFileInfo(m_staging + QLatin1Char('/') + href).size(),
                          m_capacities.value(i)});
            files.append(href);
        }
        VmConfig config = m_bundle.config;
        config.name = m_bundle.name();
        QFile ovf(m_staging + QLatin1Char('/') + files.first());
        const QByteArray xml = writeOvf(config, disks, m_options.ovfVersion);
        if (!ovf.open(QIODevice::WriteOnly | QIODevice::NewOnly) || ovf.write(xml) != xml.size() || !ovf.flush()) {
            m_packResult = Error(ErrorCode::Io, tr("Cannot write the OVF descriptor. Check that the disk is not full."),
                                 ovf.errorString());
            return;
        }
        ovf.close();
        m_packResult = m_options.format == ExportOptions::Format::Ova ? packOva(files) : packFolder(files);
    });
    connect(m_thread, &QThread::finished, this, &ExportJob::onPacked);
    m_thread->start();
}

Status ExportJob::packOva(const QStringList &files)
{
    qint64 total = 0, done = 0;
    for (const QString &f : files)
        total += QFileInfo(m_staging + QLatin1Char('/') + f).size();
    const QString out = m_staging + QLatin1Char('/') + QFileInfo(m_options.targetPath).fileName();
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), archive_write_free);
    archive_write_set_format_pax_restricted(a.get()); // ustar; pax headers only where needed (> 8 GiB)
    archive_write_set_bytes_in_last_block(a.get(), 1);
    const auto ioError = [&] {
        return Error(ErrorCode::Io, tr("Writing %1 failed. Check that the disk is not full.").arg(m_options.targetPath),
                     QString::fromUtf8(archive_error_string(a.get())));
    };
    if (archive_write_open_filename(a.get(), QFile::encodeName(out).constData()) != ARCHIVE_OK)
        return ioError();
    Manifest manifest;
    const auto addMember = [&](const QString &name, qint64 size) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> e(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname(e.get(), name.toUtf8().constData());
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_size(e.get(), size);
        archive_entry_set_mtime(e.get(), QDateTime::currentSecsSinceEpoch(), 0);
        return archive_write_header(a.get(), e.get()) == ARCHIVE_OK;
    };
    QByteArray buf(kChunk, Qt::Uninitialized);
    for (const QString &name : files) {
        QFile in(m_staging + QLatin1Char('/') + name);
        if (!in.open(QIODevice::ReadOnly) || !addMember(name, in.size()))
            return ioError();
        StreamDigest hash(m_options.digest);
        for (qint64 n; (n = in.read(buf.data(), buf.size())) > 0;) {
            if (m_stop)
                return Error(ErrorCode::Canceled, tr("The export was canceled."));
            hash.addData(buf.constData(), n);
            if (archive_write_data(a.get(), buf.constData(), size_t(n)) != n)
                return ioError();
            workerProgress(done += n, total);
        }
        manifest.add(m_options.digest, name, hash.hexResult());
        in.close();
        if (name.endsWith(QLatin1String(".vmdk")))
            QFile::remove(in.fileName()); // packed: free its space at once
    }
    const QByteArray mf = manifest.toText();
    if (!addMember(m_baseName + QStringLiteral(".mf"), mf.size())
        || archive_write_data(a.get(), mf.constData(), size_t(mf.size())) != mf.size())
        return ioError();
    if (!m_signKey.isEmpty()) {
        Result<QByteArray> cert = certFor(mf);
        if (!cert)
            return cert.error();
        if (!addMember(m_baseName + QStringLiteral(".cert"), cert->size())
            || archive_write_data(a.get(), cert->constData(), size_t(cert->size())) != cert->size())
            return ioError();
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return ioError();
    return {};
}

Status ExportJob::packFolder(const QStringList &files)
{
    qint64 total = 0, done = 0;
    for (const QString &f : files)
        total += QFileInfo(m_staging + QLatin1Char('/') + f).size();
    Manifest manifest;
    QByteArray buf(kChunk, Qt::Uninitialized);
    for (const QString &name : files) {
        QFile in(m_staging + QLatin1Char('/') + name);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read %1.").arg(in.fileName()), in.errorString());
        StreamDigest hash(m_options.digest);
        for (qint64 n; (n = in.read(buf.data(), buf.size())) > 0;) {
            if (m_stop)
                return Error(ErrorCode::Canceled, tr("The export was canceled."));
            hash.addData(buf.constData(), n);
            workerProgress(done += n, total);
        }
        manifest.add(m_options.digest, name, hash.hexResult());
    }
    QFile mf(m_staging + QLatin1Char('/') + m_baseName + QStringLiteral(".mf"));
    const QByteArray text = manifest.toText();
    if (!mf.open(QIODevice::WriteOnly | QIODevice::NewOnly) || mf.write(text) != text.size() || !mf.flush())
        return Error(ErrorCode::Io, tr("Cannot write the manifest. Check that the disk is not full."), mf.errorString());
    if (m_signKey.isEmpty())
        return {};
    Result<QByteArray> cert = certFor(text);
    if (!cert)
        return cert.error();
    QFile cf(m_staging + QLatin1Char('/') + m_baseName + QStringLiteral(".cert"));
    if (!cf.open(QIODevice::WriteOnly | QIODevice::NewOnly) || cf.write(*cert) != cert->size() || !cf.flush())
        return Error(ErrorCode::Io, tr("Cannot write the certificate file. Check that the disk is not full."),
                     cf.errorString());
    return {};
}

Status ExportJob::packZip()
{
    const QString out = m_staging + QLatin1Char('/') + QFileInfo(m_options.targetPath).fileName();
    const QDir bundleDir(m_bundle.path);
    const QString root = QFileInfo(m_bundle.path).fileName();
    QStringList files;
    qint64 total = 0, done = 0;
    QDirIterator it(m_bundle.path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName() == QLatin1String(".lock"))
            continue;
        files.append(path);
        total += QFileInfo(path).size();
    }
    QuaZip zip(out);
    zip.setZip64Enabled(true);
    zip.setFileNameCodec("UTF-8");
    const auto ioError = [&] {
        return Error(ErrorCode::Io, tr("Writing %1 failed. Check that the disk is not full.").arg(m_options.targetPath),
                     QStringLiteral("QuaZip error %1").arg(zip.getZipError()));
    };
    if (!zip.open(QuaZip::mdCreate))
        return ioError();
    QByteArray buf(kChunk, Qt::Uninitialized);
    for (const QString &path : std::as_const(files)) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read %1.").arg(path), in.errorString());
        QuaZipFile zf(&zip);
        QuaZipNewInfo info(root + QLatin1Char('/') + bundleDir.relativeFilePath(path), path);
        if (!zf.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 1))
            return ioError();
        for (qint64 n; (n = in.read(buf.data(), buf.size())) > 0;) {
            if (m_stop)
                return Error(ErrorCode::Canceled, tr("The export was canceled."));
            if (zf.write(buf.constData(), n) != n)
                return ioError();
            workerProgress(done += n, total);
        }
        zf.close();
        if (zf.getZipError() != 0)
            return ioError();
    }
    zip.close();
    return zip.getZipError() == 0 ? Status() : ioError();
}

void ExportJob::onPacked()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (cancelRequested()) {
        cleanUp();
        finishCanceled();
        return;
    }
    if (!m_packResult) {
        fail(m_packResult.error());
        return;
    }
    const QFileInfo target(m_options.targetPath);
    QStringList names{target.fileName()};
    if (m_options.format == ExportOptions::Format::Ovf) {
        names.append(m_baseName + QStringLiteral(".mf"));
        if (!m_signKey.isEmpty())
            names.append(m_baseName + QStringLiteral(".cert"));
        for (const DiskConfig &d : m_bundle.config.disks)
            names.append(m_baseName + QLatin1Char('-') + d.node + QStringLiteral(".vmdk"));
    }
    for (const QString &n : names) {
        const QString to = target.absolutePath() + QLatin1Char('/') + n;
        if (!QFile::rename(m_staging + QLatin1Char('/') + n, to)) { // never replaces an existing file
            for (const QString &done : std::as_const(m_outputs))
                QFile::remove(done);
            m_outputs.clear();
            fail(Error(ErrorCode::AlreadyExists, tr("Cannot create %1; a file of that name appeared meanwhile.").arg(to)));
            return;
        }
        m_outputs.append(to);
    }
    cleanUp();
    m_lock.release();
    reportProgress(100, tr("Done"));
    finishSuccess();
}

void ExportJob::fail(const Error &error)
{
    cleanUp();
    finishFailure(error);
}

void ExportJob::cleanUp()
{
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    m_staging.clear();
    m_lock.release();
}

} // namespace Appliances
