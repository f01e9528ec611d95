// A VmBackend fake for snapshot tests that need no QEMU: disks are an in-memory map of
// snapshot tags, snapshot jobs change that map on the next event-loop turn. The VM's run
// state is whatever the test sets.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QTimer>

namespace SnapshotFakes {

using namespace Engine;

class FakeBackend;

class FakeSnapshotJob : public Job
{
public:
    FakeSnapshotJob(FakeBackend *backend, SnapshotRequest request, QObject *parent)
        : Job(parent), m_backend(backend), m_request(std::move(request))
    {}
    QString title() const override { return QStringLiteral("fake snapshot job"); }

protected:
    void doStart() override;
    void doCancel() override
    {
        QTimer::singleShot(0, this, [this] { finishCanceled(); });
    }

private:
    FakeBackend *m_backend;
    SnapshotRequest m_request;
};

class FakeBackend : public VmBackend
{
public:
    VmRunner::State state = VmRunner::State::Running;
    DiskSnapshotMap disks{{QStringLiteral("disk0"), {}}};
    QList<SnapshotRequest> requests;
    QString failNext; ///< a non-empty text makes the next snapshot job fail with it

    QString id() const override { return QStringLiteral("fake"); }
    VmRunInfo query(const VmBundle &) override
    {
        VmRunInfo i;
        i.state = state;
        return i;
    }
    Result<VmRunInfo> start(const VmBundle &, const QString & = {}) override
    {
        return unsupported();
    }
    Status request(const VmBundle &, Operation, const QJsonObject & = {}) override
    {
        return unsupported();
    }
    Result<QString> consoleEndpoint(const VmBundle &) override { return unsupported(); }
    Status changeMedium(VmBundle &, const QString &, const QString &) override
    {
        return unsupported();
    }
    Status ejectMedium(VmBundle &, const QString &) override { return unsupported(); }
    Result<DiskSnapshotMap> diskSnapshots(const VmBundle &) override { return disks; }
    Job *snapshotJob(const VmBundle &, const SnapshotRequest &r, QObject *parent = nullptr) override
    {
        requests << r;
        return new FakeSnapshotJob(this, r, parent);
    }

private:
    static Error unsupported()
    {
        return Error(ErrorCode::Unsupported, QStringLiteral("not in the fake"));
    }
};

inline void FakeSnapshotJob::doStart()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_backend->failNext.isEmpty()) {
            const QString why = m_backend->failNext;
            m_backend->failNext.clear();
            finishFailure(Error(ErrorCode::QmpCommand, QStringLiteral("fake failure"), why));
            return;
        }
        for (const QString &node : m_request.nodes) {
            QList<DiskSnapshotInfo> &list = m_backend->disks[node];
            if (m_request.action == SnapshotRequest::Action::Take) {
                DiskSnapshotInfo s;
                s.tag = m_request.tag;
                s.vmStateSizeBytes = m_request.live && node == m_request.vmStateNode ? 1 << 20 : 0;
                s.vmClockNs = 3'000'000'000LL;
                s.created = QDateTime::currentDateTimeUtc();
                list.append(s);
            } else if (m_request.action == SnapshotRequest::Action::Delete) {
                list.removeIf([&](const DiskSnapshotInfo &s) { return s.tag == m_request.tag; });
            }
        }
        reportProgress(100, QStringLiteral("done"));
        finishSuccess();
    });
}

} // namespace SnapshotFakes
