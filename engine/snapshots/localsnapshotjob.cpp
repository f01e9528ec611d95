#include "engine/snapshots/localsnapshotjob.h"

#include "engine/backend/vmbackend.h"
#include "engine/runner/vmcontrol.h"
#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QUuid>

#include <optional>

namespace Engine {

namespace {
constexpr int kPollMs = 1000; // safety net: events normally end the wait
constexpr int kRequestMs = 15000;

QString qmpCommand(SnapshotRequest::Action a)
{
    switch (a) {
    case SnapshotRequest::Action::Take:
        return QStringLiteral("snapshot-save");
    case SnapshotRequest::Action::Revert:
        return QStringLiteral("snapshot-load");
    case SnapshotRequest::Action::Delete:
        return QStringLiteral("snapshot-delete");
    }
    return {};
}
} // namespace

LocalSnapshotJob::LocalSnapshotJob(const VmBundle &vm, const SnapshotRequest &request,
                                   const QString &controlSocket, QObject *parent)
    : Job(parent), m_vm(vm), m_request(request), m_controlSocket(controlSocket)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LocalSnapshotJob::pollLive);
}

LocalSnapshotJob::~LocalSnapshotJob() = default;

QString LocalSnapshotJob::titleFor(SnapshotRequest::Action action)
{
    switch (action) {
    case SnapshotRequest::Action::Take:
        return tr("Taking a snapshot");
    case SnapshotRequest::Action::Revert:
        return tr("Reverting to a snapshot");
    case SnapshotRequest::Action::Delete:
        return tr("Deleting a snapshot");
    }
    return {};
}

QString LocalSnapshotJob::title() const
{
    return titleFor(m_request.action);
}

QString LocalSnapshotJob::failureMessage() const
{
    switch (m_request.action) {
    case SnapshotRequest::Action::Take:
        return tr("The snapshot could not be taken; the VM and its other snapshots are unchanged.");
    case SnapshotRequest::Action::Revert:
        return tr("The VM could not be reverted to the snapshot.");
    case SnapshotRequest::Action::Delete:
        return tr("The snapshot could not be deleted.");
    }
    return {};
}

void LocalSnapshotJob::doStart()
{
    if (m_request.nodes.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finishFailure(
                Error(ErrorCode::Unsupported, tr("The VM has no disk that can hold a snapshot.")));
        });
        return;
    }
    if (m_request.live)
        QTimer::singleShot(0, this, &LocalSnapshotJob::startLive);
    else
        QTimer::singleShot(0, this, &LocalSnapshotJob::runStep);
}

void LocalSnapshotJob::doCancel()
{
    // Live: a Take is undone once QEMU has concluded (see concludeLive); other live jobs run
    // to their end. Offline: runStep() looks at the flag between disks.
    if (m_request.live && m_jobId.isEmpty())
        QTimer::singleShot(0, this, [this] { finishCanceled(); });
}

// ---- live ------------------------------------------------------------------------------------

QString LocalSnapshotJob::liveStage() const
{
    switch (m_request.action) {
    case SnapshotRequest::Action::Take:
        return tr("Saving memory, devices and disks");
    case SnapshotRequest::Action::Revert:
        return tr("Loading memory, devices and disks");
    case SnapshotRequest::Action::Delete:
        return tr("Removing the snapshot from the disks");
    }
    return {};
}

void LocalSnapshotJob::startLive()
{
    if (isFinished())
        return;
    m_control = new VmControl(this);
    if (Status s = m_control->connectTo(m_controlSocket); !s) {
        finishFailure(Error(ErrorCode::StateRefused,
                            tr("%1 is not running any more; try again.").arg(m_vm.config.name),
                            s.error().details));
        return;
    }
    connect(m_control, &VmControl::eventReceived, this, &LocalSnapshotJob::onControlEvent);
    connect(m_control, &VmControl::disconnected, this, [this] {
        if (!isFinished() && !m_undoJob)
            finishFailure(Error(ErrorCode::Crashed,
                                tr("QEMU ended during the operation. Snapshots taken before are "
                                   "unaffected; start the VM again."),
                                qmpCommand(m_request.action)));
    });
    if (m_request.action == SnapshotRequest::Action::Take && !m_request.screenshotPath.isEmpty())
        takeScreenshot();
    if (isFinished()) // canceled while the screenshot was taken
        return;

    m_jobId = QStringLiteral("emanon-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QJsonObject args{{QStringLiteral("job-id"), m_jobId},
                     {QStringLiteral("tag"), m_request.tag},
                     {QStringLiteral("devices"), QJsonArray::fromStringList(m_request.nodes)}};
    if (m_request.action != SnapshotRequest::Action::Delete)
        args.insert(QStringLiteral("vmstate"), m_request.vmStateNode);
    reportProgress(-1, liveStage());
    auto r = m_control->request(QStringLiteral("qmp"),
                                {{QStringLiteral("execute"), qmpCommand(m_request.action)},
                                 {QStringLiteral("arguments"), args}},
                                kRequestMs);
    if (isFinished())
        return;
    if (!r) {
        finishFailure(
            Error(r.error().code == ErrorCode::QmpCommand ? ErrorCode::QmpCommand : r.error().code,
                  failureMessage(), r.error().toString()));
        return;
    }
    m_poll.start();
}

void LocalSnapshotJob::takeScreenshot()
{
    const QString part = m_request.screenshotPath + QStringLiteral(".part");
    QFile::remove(part);
    auto r = m_control->request(QStringLiteral("qmp"),
                                {{QStringLiteral("execute"), QStringLiteral("screendump")},
                                 {QStringLiteral("arguments"),
                                  QJsonObject{{QStringLiteral("filename"), part},
                                              {QStringLiteral("format"), QStringLiteral("png")}}}},
                                kRequestMs);
    // A missing thumbnail is no reason to fail the snapshot (a guest without a display).
    if (r && QFile::exists(part)) {
        QFile::remove(m_request.screenshotPath);
        m_screenshotTaken = QFile::rename(part, m_request.screenshotPath);
    }
    QFile::remove(part);
}

void LocalSnapshotJob::onControlEvent(const QJsonObject &event)
{
    if (isFinished() || m_jobId.isEmpty())
        return;
    const QString kind = event.value(QLatin1String("event")).toString();
    if (kind == QLatin1String("qmp") &&
        event.value(QLatin1String("name")).toString() == QLatin1String("JOB_STATUS_CHANGE")) {
        const QJsonObject data = event.value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("id")).toString() == m_jobId &&
            data.value(QLatin1String("status")).toString() == QLatin1String("concluded"))
            QTimer::singleShot(0, this, &LocalSnapshotJob::concludeLive);
    } else if (kind == QLatin1String("state")) {
        const QString state = event.value(QLatin1String("state")).toString();
        if (state == QLatin1String("crashed") || state == QLatin1String("stopped")) {
            finishFailure(Error(ErrorCode::Crashed,
                                tr("The VM stopped during the operation. Snapshots taken before "
                                   "are unaffected; start the VM again."),
                                state));
        }
    }
}

void LocalSnapshotJob::pollLive()
{
    if (isFinished() || m_concluding)
        return;
    auto r =
        m_control->request(QStringLiteral("qmp"),
                           {{QStringLiteral("execute"), QStringLiteral("query-jobs")}}, kRequestMs);
    if (isFinished() || m_concluding || !r)
        return;
    for (const QJsonValue &v : r->toArray()) {
        const QJsonObject j = v.toObject();
        if (j.value(QLatin1String("id")).toString() == m_jobId &&
            j.value(QLatin1String("status")).toString() == QLatin1String("concluded"))
            concludeLive();
    }
}

void LocalSnapshotJob::concludeLive()
{
    if (isFinished() || m_concluding)
        return;
    m_concluding = true;
    m_poll.stop();
    QString qemuError;
    auto jobs =
        m_control->request(QStringLiteral("qmp"),
                           {{QStringLiteral("execute"), QStringLiteral("query-jobs")}}, kRequestMs);
    if (isFinished())
        return;
    if (!jobs) {
        finishFailure(Error(jobs.error().code, failureMessage(), jobs.error().toString()));
        return;
    }
    for (const QJsonValue &v : jobs->toArray()) {
        const QJsonObject j = v.toObject();
        if (j.value(QLatin1String("id")).toString() == m_jobId)
            qemuError = j.value(QLatin1String("error")).toString();
    }
    (void)m_control->request(
        QStringLiteral("qmp"),
        {{QStringLiteral("execute"), QStringLiteral("job-dismiss")},
         {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("id"), m_jobId}}}},
        kRequestMs);
    if (isFinished())
        return;
    if (!qemuError.isEmpty()) {
        finishFailure(Error(ErrorCode::QmpCommand, failureMessage(), qemuError));
        return;
    }
    if (cancelRequested() && m_request.action == SnapshotRequest::Action::Take) {
        undoLiveTake();
        return;
    }
    reportProgress(100, liveStage());
    finishSuccess();
}

void LocalSnapshotJob::undoLiveTake()
{
    SnapshotRequest undo = m_request;
    undo.action = SnapshotRequest::Action::Delete;
    undo.screenshotPath.clear();
    if (m_screenshotTaken)
        QFile::remove(m_request.screenshotPath);
    m_undoJob = new LocalSnapshotJob(m_vm, undo, m_controlSocket, this);
    connect(m_undoJob, &Job::finished, this, [this] {
        if (m_undoJob->state() == State::Succeeded)
            finishCanceled();
        else
            finishFailure(Error(ErrorCode::Canceled,
                                tr("The snapshot was taken before the cancel arrived and could "
                                   "not be removed again; it stays in the disks."),
                                m_undoJob->error().toString()));
    });
    m_undoJob->start();
}

// ---- offline ---------------------------------------------------------------------------------

QemuImgJob *LocalSnapshotJob::imgJob(const QString &flag, const QString &node)
{
    const DiskConfig *disk = m_vm.config.findDisk(node);
    const QString path = disk ? m_vm.diskPath(*disk) : node;
    auto *job =
        new QemuImgJob(title(), {QStringLiteral("snapshot"), flag, m_request.tag, path}, this);
    job->setFailureMessage(
        tr("qemu-img could not change the snapshots of disk %1 (%2).").arg(node, path));
    return job;
}

void LocalSnapshotJob::runStep()
{
    if (isFinished())
        return;
    const bool take = m_request.action == SnapshotRequest::Action::Take;
    if (cancelRequested() && (take || m_step == 0)) {
        m_undoReason = Error();
        if (take && !m_undo.isEmpty()) {
            runUndo();
            return;
        }
        finishCanceled();
        return;
    }
    if (m_step >= m_request.nodes.size()) {
        reportProgress(100, {});
        finishSuccess();
        return;
    }
    const QString node = m_request.nodes.at(m_step);
    const QString flag = take ? QStringLiteral("-c")
                         : m_request.action == SnapshotRequest::Action::Revert
                             ? QStringLiteral("-a")
                             : QStringLiteral("-d");
    reportProgress(100 * m_step / int(m_request.nodes.size()), tr("Disk %1").arg(node));
    m_current = imgJob(flag, node);
    connect(m_current, &Job::succeeded, this, [this, node, take] {
        if (take)
            m_undo << node;
        ++m_step;
        m_current->deleteLater();
        runStep();
    });
    connect(m_current, &Job::failed, this, &LocalSnapshotJob::onStepFailed);
    connect(m_current, &Job::canceled, this, [this] { onStepFailed(m_current->error()); });
    m_current->start();
}

void LocalSnapshotJob::onStepFailed(const Error &error)
{
    const QString node = m_request.nodes.value(m_step);
    Error e(error.code == ErrorCode::Canceled ? ErrorCode::ProcessFailed : error.code,
            failureMessage(), error.toString());
    if (m_request.action == SnapshotRequest::Action::Take) {
        e.message = tr("Disk %1 could not take the snapshot, so it was removed again from the "
                       "other disks; the VM and its snapshots are unchanged.")
                        .arg(node);
    } else if (m_step > 0) {
        const QStringList done = m_request.nodes.mid(0, m_step);
        e.message = m_request.action == SnapshotRequest::Action::Revert
                        ? tr("Disk %1 could not be reverted, but %2 already were. Revert again "
                             "once the problem is solved.")
                              .arg(node, done.join(QStringLiteral(", ")))
                        : tr("The snapshot was removed from %1 but not from disk %2; it is now "
                             "incomplete. Delete it again once the problem is solved.")
                              .arg(done.join(QStringLiteral(", ")), node);
    }
    if (m_request.action == SnapshotRequest::Action::Take && !m_undo.isEmpty()) {
        m_undoReason = e;
        runUndo();
        return;
    }
    finishFailure(e);
}

void LocalSnapshotJob::runUndo()
{
    if (m_undo.isEmpty()) {
        if (m_undoReason.code == ErrorCode::None)
            finishCanceled();
        else
            finishFailure(m_undoReason);
        return;
    }
    const QString node = m_undo.takeLast();
    m_current = imgJob(QStringLiteral("-d"), node);
    connect(m_current, &Job::finished, this, [this] {
        if (m_current->state() != State::Succeeded && m_undoReason.code != ErrorCode::None)
            m_undoReason.details += QLatin1Char('\n') + m_current->error().toString();
        m_current->deleteLater();
        runUndo();
    });
    m_current->start();
}

// ---- the local backend's snapshot operations (declared in engine/backend/vmbackend.h) --------

namespace {
/// The snapshots of the VM's block nodes as the running QEMU sees them (no qemu-img process,
/// no image lock question); nullopt when the VM cannot be asked.
std::optional<QMap<QString, QList<DiskSnapshotInfo>>> liveDiskSnapshots(const VmRunInfo &info)
{
    if (info.controlSocket.isEmpty() ||
        (info.state != VmRunner::State::Running && info.state != VmRunner::State::Paused))
        return std::nullopt;
    VmControl control;
    if (!control.connectTo(info.controlSocket, 2000))
        return std::nullopt;
    auto r = control.request(
        QStringLiteral("qmp"),
        {{QStringLiteral("execute"), QStringLiteral("query-named-block-nodes")},
         {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("flat"), true}}}},
        10000);
    if (!r)
        return std::nullopt;
    QMap<QString, QList<DiskSnapshotInfo>> out;
    for (const QJsonValue &v : r->toArray()) {
        const QJsonObject node = v.toObject();
        QList<DiskSnapshotInfo> list;
        const QJsonArray snapshots = node.value(QLatin1String("image"))
                                         .toObject()
                                         .value(QLatin1String("snapshots"))
                                         .toArray();
        for (const QJsonValue &sv : snapshots) {
            const QJsonObject o = sv.toObject();
            DiskSnapshotInfo s;
            s.id = o.value(QLatin1String("id")).toString();
            s.tag = o.value(QLatin1String("name")).toString();
            s.vmStateSizeBytes = o.value(QLatin1String("vm-state-size")).toInteger();
            s.created = QDateTime::fromSecsSinceEpoch(
                o.value(QLatin1String("date-sec")).toInteger(), Qt::UTC);
            s.vmClockNs = o.value(QLatin1String("vm-clock-sec")).toInteger() * 1000000000LL +
                          o.value(QLatin1String("vm-clock-nsec")).toInteger();
            list << s;
        }
        out.insert(node.value(QLatin1String("node-name")).toString(), list);
    }
    return out;
}
} // namespace

Result<DiskSnapshotMap> LocalQemuBackend::diskSnapshots(const VmBundle &vm)
{
    DiskSnapshotMap map;
    const auto live = liveDiskSnapshots(query(vm));
    for (const DiskConfig &d : vm.config.disks) {
        if (d.readOnly || d.passthrough || d.format != QLatin1String("qcow2"))
            continue;
        if (live && live->contains(d.node)) {
            map.insert(d.node, live->value(d.node));
            continue;
        }
        auto info = DiskImage::info(vm.diskPath(d), true);
        if (!info)
            return info.error();
        map.insert(d.node, info->snapshots);
    }
    return map;
}

Job *LocalQemuBackend::snapshotJob(const VmBundle &vm, const SnapshotRequest &request,
                                   QObject *parent)
{
    const QString socket = request.live ? query(vm).controlSocket : QString();
    return new LocalSnapshotJob(vm, request, socket, parent);
}

} // namespace Engine
