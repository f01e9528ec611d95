#include "engine/library/clonejob.h"

#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QDir>

#include <algorithm>

namespace Engine {

CloneJob::CloneJob(VmLibrary library, QString source, QString newName, QObject *parent)
    : Job(parent), m_library(std::move(library)), m_source(std::move(source)),
      m_newName(std::move(newName))
{}

CloneJob::~CloneJob()
{
    // The qemu-img job is our child, but it must go (and stop writing) before the folder does.
    delete m_current.data();
    cleanUp();
}

QString CloneJob::title() const
{
    return tr("Cloning %1").arg(m_source);
}

void CloneJob::doStart()
{
    Result<VmLibrary::ClonePlan> prepared = m_library.prepareClone(m_source, m_newName, false);
    if (!prepared) {
        finishFailure(prepared.error());
        return;
    }
    VmLibrary::ClonePlan plan = std::move(prepared).value();
    m_sourceLock = std::move(plan.lock);
    m_tempPath = plan.tempPath;
    m_config = std::move(plan.config);
    for (DiskConfig &d : m_config.disks) {
        if (d.passthrough)
            continue;
        Copy copy;
        copy.node = d.node;
        copy.source = plan.source.diskPath(d);
        copy.sourceFormat = d.format;
        const Result<DiskInfo> info = DiskImage::info(copy.source);
        if (!info) {
            fail(Error(info.error().code,
                       tr("The disk %1 of \"%2\" cannot be read. %3")
                           .arg(d.node, plan.source.name(), info.error().message),
                       info.error().details));
            return;
        }
        copy.weight = std::max<qint64>(info->virtualSizeBytes, 1);
        d.path = QStringLiteral("disks/") + d.node + QStringLiteral(".qcow2");
        d.format = QStringLiteral("qcow2");
        copy.target = m_tempPath + QLatin1Char('/') + d.path;
        m_totalWeight += copy.weight;
        m_copies.append(copy);
    }
    reportProgress(0, stageText());
    startNextDisk();
}

QString CloneJob::stageText() const
{
    if (m_index >= m_copies.size())
        return tr("Saving the new VM");
    return tr("Copying disk %1 (%2 of %3)")
        .arg(m_copies[m_index].node)
        .arg(m_index + 1)
        .arg(m_copies.size());
}

void CloneJob::startNextDisk()
{
    if (cancelRequested()) {
        cleanUp();
        finishCanceled();
        return;
    }
    if (m_index >= m_copies.size()) {
        reportProgress(100, stageText());
        Result<VmBundle> bundle = m_library.commitBundle(m_tempPath, m_config);
        if (!bundle) {
            fail(bundle.error());
            return;
        }
        m_tempPath.clear(); // it is the new bundle now
        m_result = std::move(bundle).value();
        m_sourceLock.release();
        finishSuccess();
        return;
    }
    const Copy &copy = m_copies[m_index];
    QemuImgJob *job = DiskImage::convert(copy.source, copy.target, QStringLiteral("qcow2"),
                                         copy.sourceFormat, {}, this);
    m_current = job;
    connect(job, &Job::progressChanged, this,
            [this](int percent, const QString &) { onDiskProgress(percent); });
    connect(job, &Job::succeeded, this, &CloneJob::onDiskSucceeded);
    connect(job, &Job::failed, this, &CloneJob::onDiskFailed);
    connect(job, &Job::canceled, this, &CloneJob::onDiskCanceled);
    reportProgress(percent(), stageText());
    job->start();
}

void CloneJob::onDiskProgress(int diskPercent)
{
    if (m_totalWeight <= 0 || m_index >= m_copies.size())
        return;
    const double share = diskPercent < 0 ? 0.0 : diskPercent / 100.0;
    const double done = double(m_doneWeight) + share * double(m_copies[m_index].weight);
    // 100 is reported only when the bundle is in place.
    reportProgress(std::min(99, int(done * 100.0 / double(m_totalWeight))), stageText());
}

void CloneJob::onDiskSucceeded()
{
    if (m_current)
        m_current->deleteLater();
    m_current = nullptr;
    m_doneWeight += m_copies[m_index].weight;
    ++m_index;
    onDiskProgress(0);
    startNextDisk();
}

void CloneJob::onDiskFailed(const Engine::Error &error)
{
    const QString node = m_copies.value(m_index).node;
    if (m_current)
        m_current->deleteLater();
    m_current = nullptr;
    fail(Error(error.code,
               tr("Copying the disk %1 of \"%2\" failed. %3").arg(node, m_source, error.message),
               error.details));
}

void CloneJob::onDiskCanceled()
{
    if (m_current)
        m_current->deleteLater();
    m_current = nullptr;
    cleanUp();
    finishCanceled();
}

void CloneJob::doCancel()
{
    if (m_current && !m_current->isFinished()) {
        m_current->cancel(); // ends in onDiskCanceled (or its natural end first)
        return;
    }
    cleanUp();
    finishCanceled();
}

void CloneJob::fail(const Error &error)
{
    cleanUp();
    finishFailure(error);
}

void CloneJob::cleanUp()
{
    if (!m_tempPath.isEmpty()) {
        QDir(m_tempPath).removeRecursively();
        m_tempPath.clear();
    }
    m_sourceLock.release();
}

} // namespace Engine
