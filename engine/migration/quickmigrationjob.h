// QuickMigrationJob: moves a VM to another Emanon host by suspending it, copying its bundle
// (disks, snapshots, saved state) and resuming it there — Hyper-V's Quick Migration. The guest
// does not run during the copy; its sessions may drop.
//
// Steps: `migrate-target receive` there makes a staging folder (and refuses early, e.g. a VM of
// that name exists there, before the guest is interrupted); suspend (VmBackend::suspendJob)
// when it runs; rsync over the same ssh copies the bundle into it (--partial
// --append-verify: a copy that was interrupted resumes, also in a later attempt); the target
// checks every file against our SHA-256 manifest and only then takes the bundle into its
// library; `emanonctl start` there resumes it. The source bundle goes to the trash only after
// the target reports the VM running. A failure before that leaves (or brings) the VM back
// running here, with the reason. A stopped VM is moved cold and stays stopped.
#pragma once

#include "engine/backend/vmbackend.h"
#include "engine/migration/hostlist.h"
#include "engine/migration/migrationjob.h"

#include <QElapsedTimer>
#include <QProcess>

#include <functional>

namespace Engine {

class QuickMigrationJob : public MigrationJob
{
    Q_OBJECT
public:
    QuickMigrationJob(VmBackend &backend, VmLibrary library, VmBundle vm, HostEntry host,
                      QObject *parent = nullptr);
    ~QuickMigrationJob() override;

    [[nodiscard]] QString title() const override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    using RemoteDone = std::function<void(const Result<QJsonObject> &)>;

    void suspend();
    void prepareTarget();
    void copy();
    void onCopyFinished(int exitCode, QProcess::ExitStatus status);
    void verifyAndAdopt();
    void startThere();
    void done();
    void fail(const Error &error, bool dropRemote = false);
    void remote(const QStringList &ctlArgs, const QByteArray &input, const RemoteDone &done);
    void replaceProcess();

    VmBackend &m_backend;
    VmLibrary m_library;
    VmBundle m_vm;
    HostEntry m_host;
    QElapsedTimer m_elapsed;
    QProcess *m_process = nullptr;
    Job *m_suspend = nullptr;
    QString m_staging;
    QByteArray m_copyOutput;
    QString m_copyErrors;
    int m_copyAttempt = 0;
    bool m_suspendedHere = false; ///< we suspended it: resume it here if the move fails
    bool m_resumeThere = false;   ///< it ran or was saved: start it on the target
    bool m_needsSuspend = false;  ///< it runs: suspend it once the target is ready
};

} // namespace Engine
