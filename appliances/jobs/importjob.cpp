#include "appliances/jobs/importjob.h"

#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>

using namespace Engine;

namespace Appliances {

ImportJob::ImportJob(ImportOptions options, QObject *parent)
    : Job(parent), m_options(std::move(options))
{
}

ImportJob::~ImportJob()
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

QString ImportJob::title() const
{
    return tr("Importing %1").arg(QFileInfo(m_options.sourcePath).fileName());
}

Result<ImportPlan> ImportJob::inspect(const ImportOptions &options)
{
    if (BundleImporter::isBundle(options.sourcePath)) {
        BundleOptions b;
        b.sourcePath = options.sourcePath;
        b.libraryRoot = options.libraryRoot;
        b.nameOverride = options.name;
        b.planOnly = true;
        Result<BundleOutcome> r = BundleImporter::run(b);
        if (!r)
            return r.error();
        return r->plan;
    }
    ExtractOptions o;
    o.sourcePath = options.sourcePath;
    o.libraryRoot = options.libraryRoot;
    o.nameOverride = options.name;
    o.profileOverride = options.profile;
    o.acceptEula = true; // the dry run shows the license
    o.verify = options.verify;
    o.planOnly = true;
    Result<ExtractOutcome> r = PackageExtractor::run(o);
    if (!r)
        return r.error();
    return r->plan;
}

void ImportJob::doStart()
{
    VmLibrary library(m_options.libraryRoot);
    if (Status s = library.ensureExists(); !s) {
        QMetaObject::invokeMethod(this, [this, s] { fail(s.error()); }, Qt::QueuedConnection);
        return;
    }
    const QString staging = library.root() + QStringLiteral("/.tmp-import-")
                            + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkdir(staging) || !QDir().mkdir(staging + QStringLiteral("/disks"))) {
        const Error e(ErrorCode::Io, tr("Cannot create a folder in the VM library %1. Check that it is "
                                        "writable and that the disk is not full.").arg(library.root()), staging);
        QDir(staging).removeRecursively();
        QMetaObject::invokeMethod(this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    QFile::setPermissions(staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_staging = staging;
    updateProgress(tr("Reading the appliance"));
    m_isBundle = BundleImporter::isBundle(m_options.sourcePath);
    m_thread = QThread::create([this] {
        const auto progress = [this](qint64 done, qint64 total) {
            const int p = total > 0 ? int(done * 100 / total) : 0;
            if (p != m_readPercent.exchange(p))
                QMetaObject::invokeMethod(this, [this] { updateProgress(tr("Reading the appliance")); },
                                          Qt::QueuedConnection);
        };
        if (m_isBundle) {
            BundleOptions b;
            b.sourcePath = m_options.sourcePath;
            b.targetDir = m_staging;
            b.libraryRoot = m_options.libraryRoot;
            b.nameOverride = m_options.name;
            b.canceled = [this] { return m_stop.load(); };
            b.progress = progress;
            m_unpacked = BundleImporter::run(b);
            return;
        }
        ExtractOptions o;
        o.sourcePath = m_options.sourcePath;
        o.targetDir = m_staging;
        o.libraryRoot = m_options.libraryRoot;
        o.nameOverride = m_options.name;
        o.profileOverride = m_options.profile;
        o.verify = m_options.verify;
        o.acceptEula = m_options.acceptEula;
        o.canceled = [this] { return m_stop.load(); };
        o.progress = progress;
        o.inPlace = [this](const DiskSource &source) {
            QMetaObject::invokeMethod(this, [this, source] { enqueue(source); }, Qt::QueuedConnection);
        };
        m_extracted = PackageExtractor::run(o);
    });
    connect(m_thread, &QThread::finished, this, &ImportJob::onExtracted);
    m_thread->start();
}

void ImportJob::doCancel()
{
    m_stop = true;
    advance();
}

void ImportJob::updateProgress(const QString &stage)
{
    const int read = std::max(m_readPercent.load(), 0);
    const int total = std::max(m_diskTotal, 1);
    const int convert = (m_disksDone * 100 + m_convertPercent) / total;
    reportProgress((read * 30 + convert * 70) / 100, stage);
}

void ImportJob::onExtracted()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_unpacked) {
        Result<BundleOutcome> b = std::move(*m_unpacked);
        m_unpacked.reset();
        if (!b && !m_pendingError && !cancelRequested())
            m_pendingError = b.error();
        if (b) {
            m_outcome.plan = b->plan;
            m_bundleDir = b->bundleDir;
            m_readDone = true;
        }
        advance();
        return;
    }
    Result<ExtractOutcome> r = std::move(*m_extracted);
    m_extracted.reset();
    if (!r) {
        if (!m_pendingError && !cancelRequested())
            m_pendingError = r.error();
    } else {
        m_outcome = std::move(*r);
        m_readDone = true;
        m_diskTotal = int(m_outcome.plan.disks.size());
        for (const ImportDisk &d : std::as_const(m_outcome.plan.disks))
            if (!m_outcome.inPlace.contains(d.fileHref))
                m_queue.append({d, m_outcome.files.value(d.fileHref), 0, -1, m_diskTotal});
    }
    advance();
}

void ImportJob::enqueue(const DiskSource &source)
{
    m_diskTotal = source.diskCount;
    m_queue.append(source);
    advance();
}

/// Decides what happens next whenever a part (the reading worker, a conversion) ends.
void ImportJob::advance()
{
    if (isFinished())
        return;
    if (cancelRequested() || m_pendingError) {
        m_stop = true;
        if (m_current) {
            m_current->cancel();
            return;
        }
        if (m_thread)
            return; // the worker stops at its next chunk; onExtracted comes back here
        if (m_pendingError) {
            fail(*m_pendingError);
        } else {
            cleanUp();
            finishCanceled();
        }
        return;
    }
    if (m_current)
        return;
    if (!m_queue.isEmpty()) {
        startConvert(m_queue.takeFirst());
        return;
    }
    if (!m_thread && m_readDone)
        commit();
}

Result<QString> ImportJob::sourceFormat(const DiskSource &source) const
{
    const ImportDisk &disk = source.disk;
    QFile f(source.file);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(source.offset))
        return Error(ErrorCode::Io, tr("Cannot read %1.").arg(source.file), f.errorString());
    const QByteArray head = f.read(512);
    if (head.startsWith("KDMV") || head.startsWith("COWD"))
        return QStringLiteral("vmdk");
    if (head.startsWith("QFI\xfb")) {
        // A qcow2 image with a backing file would make qemu-img read a file of this host.
        if (head.mid(8, 8) != QByteArray(8, '\0'))
            return Error(ErrorCode::InvalidArgument, tr("The disk %1 is a qcow2 image that refers to another "
                                                        "file; it is refused.").arg(disk.fileHref));
        return QStringLiteral("qcow2");
    }
    if (head.startsWith("<<< ") && head.mid(64, 4) == QByteArray("\x7f\x10\xda\xbe", 4))
        return QStringLiteral("vdi");
    if (head.startsWith("conectix"))
        return QStringLiteral("vpc");
    if (disk.formatUri.contains(QLatin1String("raw"), Qt::CaseInsensitive))
        return QStringLiteral("raw");
    return Error(ErrorCode::InvalidArgument,
                 tr("The disk %1 is not a self-contained disk image Emanon can import (a stream or "
                    "sparse VMDK, qcow2, VDI or VHD). VMDK descriptors that point to other files are "
                    "refused.").arg(disk.fileHref),
                 disk.formatUri);
}

void ImportJob::startConvert(const DiskSource &source)
{
    m_currentSource = source;
    m_convertPercent = 0;
    const ImportDisk &d = source.disk;
    const QString target = m_staging + QStringLiteral("/disks/") + d.node + QStringLiteral(".qcow2");
    QemuImgJob *job = nullptr;
    if (d.fileHref.isEmpty()) {
        job = DiskImage::create(target, std::max<qint64>(d.capacityBytes, 512), QStringLiteral("qcow2"), {}, {}, this);
    } else {
        Result<QString> format = sourceFormat(source);
        if (!format) {
            m_pendingError = format.error();
            advance();
            return;
        }
        QString file = source.file;
        file.replace(QLatin1Char(','), QStringLiteral(",,")); // qemu option syntax
        // A raw window on the package: qemu-img reads exactly the member's bytes, nothing else.
        const QString opts = QStringLiteral("driver=%1,file.driver=raw,file.offset=%2,file.size=%3,"
                                            "file.file.driver=file,file.file.filename=%4")
                                 .arg(*format).arg(source.offset)
                                 .arg(source.sizeBytes >= 0 ? source.sizeBytes : QFileInfo(source.file).size())
                                 .arg(file);
        const QString staging = target + QStringLiteral(".part");
        job = new QemuImgJob(tr("Converting disk image"),
                             {QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-O"), QStringLiteral("qcow2"),
                              QStringLiteral("--image-opts"), opts, QemuImgJob::stagedFilePath(target, staging)},
                             this);
        job->setOutput(QemuImgJob::Output::Staged, target, staging);
        job->setFailureMessage(tr("Could not convert the disk %1.").arg(d.fileHref));
    }
    m_current = job;
    const QString stage = tr("Converting disk %1 of %2").arg(m_disksDone + 1).arg(std::max(m_diskTotal, 1));
    connect(job, &Job::progressChanged, this, [this, stage](int p, const QString &) {
        m_convertPercent = std::max(p, 0);
        updateProgress(stage);
    });
    connect(job, &Job::finished, this, &ImportJob::onConvertFinished, Qt::QueuedConnection);
    updateProgress(stage);
    job->start();
}

void ImportJob::onConvertFinished()
{
    QemuImgJob *job = m_current.data();
    m_current = nullptr;
    if (!job)
        return;
    job->deleteLater();
    const ImportDisk &d = m_currentSource.disk;
    if (job->state() == State::Failed && !m_pendingError && !cancelRequested()) {
        m_pendingError = Error(job->error().code,
                               tr("Converting the disk %1 of the appliance failed. %2")
                                   .arg(d.fileHref.isEmpty() ? d.node : d.fileHref, job->error().message),
                               job->error().details);
    } else if (job->state() == State::Succeeded) {
        if (m_outcome.files.contains(d.fileHref))
            QFile::remove(m_outcome.files.value(d.fileHref)); // free the space at once
        ++m_disksDone;
        m_convertPercent = 0;
    }
    advance();
}

void ImportJob::commit()
{
    if (m_isBundle) {
        commitBundle();
        return;
    }
    VmLibrary library(m_options.libraryRoot);
    VmConfig config = m_outcome.plan.config;
    const QList<DiskConfig> disks = config.disks;
    config.disks.clear();
    config.uuid = QUuid();
    Result<VmBundle> bundle = library.create(config);
    if (!bundle) {
        fail(bundle.error());
        return;
    }
    m_createdBundle = bundle->path;
    for (const DiskConfig &d : disks) {
        const QString from = m_staging + QStringLiteral("/disks/") + d.node + QStringLiteral(".qcow2");
        if (!QFile::rename(from, bundle->resolve(d.path))) {
            fail(Error(ErrorCode::Io, tr("Cannot move the imported disk %1 into the VM's folder.").arg(d.node),
                       from + QStringLiteral(" -> ") + bundle->resolve(d.path)));
            return;
        }
    }
    bundle->config.disks = disks;
    if (Status s = library.save(*bundle); !s) {
        fail(s.error());
        return;
    }
    m_bundle = *bundle;
    m_createdBundle.clear();
    cleanUp();
    reportProgress(100, tr("Done"));
    finishSuccess();
}

/// Moves the unpacked bundle into the library (never over an existing one) and writes its
/// vm.json with the final name and identity.
void ImportJob::commitBundle()
{
    VmLibrary library(m_options.libraryRoot);
    VmBundle bundle{library.bundlePathFor(m_outcome.plan.config.name), m_outcome.plan.config};
    const QByteArray from = QFile::encodeName(m_bundleDir);
    const QByteArray to = QFile::encodeName(bundle.path);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
        fail(Error(ErrorCode::AlreadyExists, tr("A VM called \"%1\" appeared in the library meanwhile. Import "
                                                "the bundle again.").arg(bundle.config.name),
                   QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    m_createdBundle = bundle.path;
    if (Status s = library.save(bundle); !s) {
        fail(s.error());
        return;
    }
    m_bundle = bundle;
    m_createdBundle.clear();
    cleanUp();
    reportProgress(100, tr("Done"));
    finishSuccess();
}

void ImportJob::fail(const Error &error)
{
    cleanUp();
    finishFailure(error);
}

void ImportJob::cleanUp()
{
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    m_staging.clear();
    if (!m_createdBundle.isEmpty())
        QDir(m_createdBundle).removeRecursively();
    m_createdBundle.clear();
}

} // namespace Appliances
