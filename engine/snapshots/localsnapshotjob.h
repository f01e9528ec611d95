// LocalSnapshotJob: one SnapshotRequest carried out on a local VM's qcow2 disks.
//
// Live (the VM runs or is paused): the QMP job (snapshot-save / snapshot-load /
// snapshot-delete) is driven from this process through the supervisor's "qmp" pass-through,
// and followed through the QMP events the supervisor broadcasts (JOB_STATUS_CHANGE to
// "concluded", then query-jobs for its error, then job-dismiss). The supervisor needs no
// snapshot knowledge this way: it stays a generic owner of QEMU, several clients can watch the
// same job, and a client that dies mid-way leaves nothing QEMU cannot finish on its own (the
// tree is reconciled with the images on the next load).
// Offline (stopped): `qemu-img snapshot -c|-a|-d` on each disk in turn. A Take that fails on
// one disk removes the snapshot again from the disks done before it, so the disks stay
// consistent.
//
// Cancel: a Take is undone (the new snapshot deleted again) and ends canceled; a Revert or
// Delete can only be canceled before its first image operation, afterwards it runs to its end.
// Lives on the thread that created it; signal order is Job's. The live path uses VmControl's
// blocking request() for the immediate replies (short nested event loops).
#pragma once

#include "engine/core/job.h"
#include "engine/library/vmlibrary.h"
#include "engine/snapshots/snapshotrequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace Engine {

class QemuImgJob;
class VmControl;

class LocalSnapshotJob : public Job
{
    Q_OBJECT
public:
    /// `controlSocket`: the running VM's supervisor socket (live requests only).
    LocalSnapshotJob(const VmBundle &vm, const SnapshotRequest &request,
                     const QString &controlSocket, QObject *parent = nullptr);
    ~LocalSnapshotJob() override;

    [[nodiscard]] QString title() const override;
    /// True when a live Take wrote request.screenshotPath.
    [[nodiscard]] bool screenshotTaken() const { return m_screenshotTaken; }
    static QString titleFor(SnapshotRequest::Action action);

protected:
    void doStart() override;
    void doCancel() override;

private:
    // live
    void startLive();
    void takeScreenshot();
    void onControlEvent(const QJsonObject &event);
    void pollLive();
    void concludeLive();
    void undoLiveTake();
    QString liveStage() const;
    // offline
    void runStep();
    void onStepFailed(const Error &error);
    void runUndo();
    QemuImgJob *imgJob(const QString &flag, const QString &node);

    [[nodiscard]] QString failureMessage() const;

    VmBundle m_vm;
    SnapshotRequest m_request;
    QString m_controlSocket;
    VmControl *m_control = nullptr;
    QString m_jobId;
    QTimer m_poll;
    bool m_concluding = false;
    bool m_screenshotTaken = false;
    int m_step = 0;     ///< offline: next disk
    QStringList m_undo; ///< offline Take: disks to remove the tag from again
    Error m_undoReason;
    QPointer<QemuImgJob> m_current;
    QPointer<LocalSnapshotJob> m_undoJob;
};

} // namespace Engine
