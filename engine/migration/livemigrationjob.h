// LiveMigrationJob: moves a running VM to another Emanon host while the guest keeps running.
//
// Source side of the protocol in migrationtarget.h: starts `emanonctl migrate-target live` on
// the host over SSH (which creates the bundle there and a paused QEMU with -incoming defer plus
// an NBD export of empty disks), mirrors every writable disk to that export (drive-mirror,
// sync=full, write-blocking once in sync), then migrates RAM and device state over TCP (TLS
// when the host entry names a certificate folder). When QEMU reports the migration complete
// the mirrors are ended in sync, the target resumes the guest, and only then does the source
// QEMU quit and the source bundle go to the library's trash.
//
// Any failure before the target runs the guest (target killed, network gone, cancel) cancels
// the migration and the mirrors, tells the target to drop its copy, and leaves the source VM
// running; the error says why. Signals as every Job; the work runs on the owner's thread.
#pragma once

#include "engine/library/vmlibrary.h"
#include "engine/migration/hostlist.h"
#include "engine/migration/migrationjob.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>

class QTimer;

namespace Engine {

class VmControl;

class LiveMigrationJob : public MigrationJob
{
    Q_OBJECT
public:
    LiveMigrationJob(VmLibrary library, VmBundle vm, HostEntry host, QObject *parent = nullptr);
    ~LiveMigrationJob() override;

    [[nodiscard]] QString title() const override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    enum class Phase { Connecting, Mirroring, Migrating, Completing, Finishing, StoppingSource, Ended };

    Status begin();
    Status collectDisks();
    Status startMirrors();
    Status prepareMigration();
    Status startMigration();
    void tick();
    void tickSoon();
    void onControlEvent(const QJsonObject &event);
    void milestone(const char *name);
    void tickMirroring();
    void tickMigrating();
    void tickCompleting();
    void tickStopping();
    void onRemoteOutput();
    void onRemoteFinished();
    void fail(const Error &error);
    void rollback();
    /// Ends the ssh session to the target at once (no "abort" first).
    void endRemote();
    void sendToTarget(const QJsonObject &o);
    Result<QJsonValue> qmp(const QString &command, const QJsonObject &args = {});
    void recordFigures(const QJsonObject &migrate);

    VmLibrary m_library;
    VmBundle m_vm;
    HostEntry m_host;
    Phase m_phase = Phase::Connecting;
    VmControl *m_control = nullptr;
    QProcess *m_remote = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    QByteArray m_remoteBuffer;
    QString m_remoteStderr;
    QJsonObject m_ready;        ///< the target's "ready" event
    bool m_targetRunning = false;
    Error m_remoteError;
    QStringList m_mirrorNodes;  ///< writable disks to copy (not with shared storage)
    QJsonObject m_diskSizes;    ///< node -> virtual size
    bool m_wasRunning = true;
    bool m_busy = false;
    bool m_tickAgain = false;   ///< something happened while a tick waited on QEMU
    bool m_migrationStarted = false;
    bool m_requestSent = false; ///< the target has the VM's definition
};

} // namespace Engine
