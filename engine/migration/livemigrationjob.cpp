#include "engine/migration/livemigrationjob.h"

#include "engine/core/atomicfile.h"
#include "engine/migration/migrationtr.h"
#include "engine/migration/sshtransport.h"
#include "engine/runner/vmcontrol.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Engine {

using MigrationPrivate::Tr;

namespace {
/// Progress (and a safety net): the steps themselves follow QEMU's events and the target's
/// messages, not this timer.
constexpr int kTickMs = 100;
constexpr int kTargetGoneWaitMs = 15000;
/// An upper bound for the stream, far above any real link: the link sets the pace.
constexpr qint64 kMaxBandwidthBytes = qint64(10) * 1024 * 1024 * 1024;

QString mirrorJobId(const QString &node)
{
    return QStringLiteral("mig-") + node;
}

bool hasSnapshots(const VmBundle &vm)
{
    auto bytes = readFile(vm.snapshotsJsonPath());
    if (!bytes)
        return false;
    return !QJsonDocument::fromJson(*bytes).object().value(QLatin1String("snapshots")).toArray().isEmpty();
}
} // namespace

LiveMigrationJob::LiveMigrationJob(VmLibrary library, VmBundle vm, HostEntry host, QObject *parent)
    : MigrationJob(parent), m_library(std::move(library)), m_vm(std::move(vm)), m_host(std::move(host))
{
    m_report.mode = MigrationMode::Live;
    m_report.vm = m_vm.config.name;
    m_report.host = m_host.name;
    m_report.sharedStorage = m_host.sharedStorage;
    m_report.tls = !m_host.tlsDir.isEmpty();
    m_report.sourceBundle = m_vm.path;
}

LiveMigrationJob::~LiveMigrationJob()
{
    endRemote();
}

void LiveMigrationJob::endRemote()
{
    if (m_remote && m_remote->state() != QProcess::NotRunning) {
        m_remote->disconnect(this);
        m_remote->kill();
        m_remote->waitForFinished(3000);
    }
}

QString LiveMigrationJob::title() const
{
    return Tr::tr("Moving %1 to %2 (live)").arg(m_vm.config.name, m_host.name);
}

Result<QJsonValue> LiveMigrationJob::qmp(const QString &command, const QJsonObject &args)
{
    return m_control->request(QStringLiteral("qmp"), {{QStringLiteral("execute"), command},
                                                      {QStringLiteral("arguments"), args}});
}

void LiveMigrationJob::doStart()
{
    m_elapsed.start();
    if (Status s = begin(); !s) {
        fail(s.error());
        return;
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &LiveMigrationJob::tick);
    m_timer->start(kTickMs);
}

void LiveMigrationJob::doCancel()
{
    // The next tick rolls back (or finishes, when the target already runs the guest).
    if (!m_timer)
        finishCanceled();
}

Status LiveMigrationJob::begin()
{
    if (Status s = m_host.validate(); !s)
        return s;
    const VmRunInfo info = VmControl::query(m_vm.path, m_vm.config);
    if (info.state != VmRunner::State::Running && info.state != VmRunner::State::Paused) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("Only a running VM can be moved live; %1 is %2. Use quick migration.")
                         .arg(m_vm.config.name, VmRunner::stateDisplayName(info.state)));
    }
    m_wasRunning = info.state == VmRunner::State::Running;
    if (!m_host.sharedStorage && hasSnapshots(m_vm)) {
        return Error(ErrorCode::Unsupported,
                     Tr::tr("%1 has snapshots, which a live copy of its disks cannot carry. Use "
                            "quick migration, which copies them.")
                         .arg(m_vm.config.name));
    }
    // ssh first: its connection takes far longer than the checks below, which run meanwhile.
    // Nothing is sent before they pass; a refusal just ends ssh.
    reportProgress(-1, Tr::tr("Preparing %1").arg(m_host.name));
    const SshTransport ssh(m_host);
    m_remote = new QProcess(this);
    connect(m_remote, &QProcess::readyReadStandardOutput, this, &LiveMigrationJob::onRemoteOutput);
    connect(m_remote, &QProcess::readyReadStandardError, this, [this] {
        m_remoteStderr += QString::fromLocal8Bit(m_remote->readAllStandardError());
    });
    connect(m_remote, &QProcess::finished, this, &LiveMigrationJob::onRemoteFinished);
    m_remote->start(SshTransport::sshProgram(),
                    ssh.commandArguments({QStringLiteral("migrate-target"), QStringLiteral("live")}));
    if (!m_remote->waitForStarted(10000)) {
        return Error(ErrorCode::ProcessStart,
                     Tr::tr("ssh could not be started. Install the Debian package "
                            "openssh-client."),
                     m_remote->errorString());
    }
    m_control = new VmControl(this);
    if (Status s = m_control->connectTo(info.controlSocket); !s)
        return s;
    // QEMU's events (mirror ready, migration done, the source stopped) move us on at once.
    connect(m_control, &VmControl::eventReceived, this, &LiveMigrationJob::onControlEvent);
    connect(m_control, &VmControl::disconnected, this, &LiveMigrationJob::tickSoon);
    // Devices plugged in with "usb attach" are not in the definition the target starts from,
    // so the target QEMU could not take the device state.
    if (const auto plugged = m_control->request(QStringLiteral("usb-list"));
        plugged && plugged->isArray() && !plugged->toArray().isEmpty()) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("%1 has USB devices plugged in, which cannot move with it. Unplug "
                            "them first, then move it.")
                         .arg(m_vm.config.name));
    }
    if (Status s = collectDisks(); !s)
        return s;

    QJsonArray disks;
    for (auto it = m_diskSizes.begin(); it != m_diskSizes.end(); ++it)
        disks.append(QJsonObject{{QStringLiteral("node"), it.key()},
                                 {QStringLiteral("virtualSize"), it.value()}});
    sendToTarget({{QStringLiteral("vm"), m_vm.config.toJsonObject()},
                  {QStringLiteral("disks"), disks},
                  {QStringLiteral("shared"), m_host.sharedStorage},
                  {QStringLiteral("address"), m_host.streamAddress()},
                  {QStringLiteral("tlsDir"), m_host.tlsDir}});
    m_requestSent = true;
    return {};
}

Status LiveMigrationJob::collectDisks()
{
    if (m_host.sharedStorage)
        return {};
    auto nodes = qmp(QStringLiteral("query-named-block-nodes"), {{QStringLiteral("flat"), true}});
    if (!nodes)
        return nodes.error();
    QJsonObject sizes;
    for (const QJsonValue &v : nodes->toArray()) {
        const QJsonObject n = v.toObject();
        sizes.insert(n.value(QLatin1String("node-name")).toString(),
                     n.value(QLatin1String("image")).toObject().value(QLatin1String("virtual-size")));
    }
    const QString bundleRoot = QDir::cleanPath(m_vm.path) + QLatin1Char('/');
    for (const DiskConfig &d : std::as_const(m_vm.config.disks)) {
        if (d.readOnly)
            continue;
        if (!QDir::cleanPath(m_vm.diskPath(d)).startsWith(bundleRoot)) {
            return Error(ErrorCode::Unsupported,
                         Tr::tr("The disk %1 is outside the VM's folder (%2) and cannot be copied. "
                                "Put it on storage both hosts share and mark the host as shared.")
                             .arg(d.node, m_vm.diskPath(d)));
        }
        if (!sizes.contains(d.node)) {
            return Error(ErrorCode::QmpProtocol,
                         Tr::tr("QEMU does not know the disk %1 of the running VM.").arg(d.node));
        }
        m_mirrorNodes << d.node;
        m_diskSizes.insert(d.node, sizes.value(d.node));
    }
    return {};
}

void LiveMigrationJob::sendToTarget(const QJsonObject &o)
{
    if (m_remote && m_remote->state() == QProcess::Running)
        m_remote->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

void LiveMigrationJob::onRemoteOutput()
{
    m_remoteBuffer += m_remote->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_remoteBuffer.indexOf('\n')) >= 0) {
        const QJsonObject o = QJsonDocument::fromJson(m_remoteBuffer.left(nl)).object();
        m_remoteBuffer.remove(0, nl + 1);
        const QString event = o.value(QLatin1String("event")).toString();
        if (event == QLatin1String("ready")) {
            m_ready = o;
            tickSoon();
        } else if (event == QLatin1String("running")) {
            m_targetRunning = true;
            m_report.targetBundle = o.value(QLatin1String("bundle")).toString();
            m_report.resumeDelayMs = o.value(QLatin1String("resumeDelayMs")).toInteger(-1);
            tickSoon();
        } else if (event == QLatin1String("error")) {
            const QJsonObject e = o.value(QLatin1String("error")).toObject();
            m_remoteError = Error(ErrorCode::ProcessFailed,
                                  Tr::tr("%1 could not take the VM: %2")
                                      .arg(m_host.name, e.value(QLatin1String("message")).toString()),
                                  e.value(QLatin1String("details")).toString());
        }
    }
}

void LiveMigrationJob::onRemoteFinished()
{
    onRemoteOutput();
    if (m_targetRunning || m_remoteError.code != ErrorCode::None)
        return;
    const SshTransport ssh(m_host);
    m_remoteError = ssh.remoteError(m_remote->exitStatus() == QProcess::NormalExit ? m_remote->exitCode() : -1,
                                    m_remoteStderr.toLocal8Bit());
    m_remoteError.message = Tr::tr("The target host %1 went away during the migration (its "
                                   "Emanon process ended).")
                                .arg(m_host.name);
}

void LiveMigrationJob::milestone(const char *name)
{
    m_report.milestonesMs.insert(QLatin1String(name), m_elapsed.elapsed());
}

void LiveMigrationJob::onControlEvent(const QJsonObject &event)
{
    // Only what moves a phase on: every tick asks QEMU something, and a query per
    // JOB_STATUS_CHANGE or MIGRATION_PASS competes with the migration for QEMU's main loop.
    if (event.value(QLatin1String("event")).toString() == QLatin1String("state")) {
        tickSoon();
        return;
    }
    const QString name = event.value(QLatin1String("name")).toString();
    if (name == QLatin1String("MIGRATION")) {
        static const QStringList endings{QStringLiteral("completed"), QStringLiteral("failed"),
                                         QStringLiteral("cancelled")};
        if (endings.contains(event.value(QLatin1String("data")).toObject().value(QLatin1String("status")).toString()))
            tickSoon();
    } else if (name.startsWith(QLatin1String("BLOCK_JOB_"))) {
        tickSoon(); // READY, COMPLETED, CANCELLED, ERROR
    }
}

void LiveMigrationJob::tickSoon()
{
    QTimer::singleShot(0, this, &LiveMigrationJob::tick);
}

void LiveMigrationJob::tick()
{
    if (m_phase == Phase::Ended)
        return;
    if (m_busy) {
        // A request of this tick runs a nested event loop: what arrived meanwhile is handled
        // right after it, not on the next timer tick.
        m_tickAgain = true;
        return;
    }
    m_busy = true;
    m_tickAgain = false;
    const bool pastPointOfNoReturn = m_phase >= Phase::Finishing;
    if (!pastPointOfNoReturn && cancelRequested()) {
        fail(Error(ErrorCode::Canceled, Tr::tr("The migration was canceled; %1 keeps running here.")
                                            .arg(m_vm.config.name)));
    } else if (!pastPointOfNoReturn && m_remoteError.code != ErrorCode::None) {
        fail(m_remoteError);
    } else {
        switch (m_phase) {
        case Phase::Connecting:
            if (!m_ready.isEmpty()) {
                milestone("target-ready");
                Status s = m_mirrorNodes.isEmpty() ? Status() : startMirrors();
                // Set up while the disks copy: once they are in sync, only "migrate" is left.
                if (s)
                    s = prepareMigration();
                if (s && m_mirrorNodes.isEmpty())
                    s = startMigration();
                if (!s)
                    fail(s.error());
            }
            break;
        case Phase::Mirroring: tickMirroring(); break;
        case Phase::Migrating: tickMigrating(); break;
        case Phase::Completing: tickCompleting(); break;
        case Phase::Finishing:
            if (m_targetRunning) {
                milestone("target-running");
                reportProgress(98, Tr::tr("Ending the VM here"));
                (void)m_control->request(QStringLiteral("stop"), {{QStringLiteral("force"), true}}, 10000);
                m_phase = Phase::StoppingSource;
            } else if (m_remoteError.code != ErrorCode::None) {
                // The target got "finish" but did not confirm: never run the guest twice. The
                // source stays paused with the reason; the user decides.
                m_phase = Phase::Ended;
                finishFailure(Error(ErrorCode::ProcessFailed,
                                    Tr::tr("The target host did not confirm that it runs the VM. "
                                           "%1 is paused here; check the target before resuming it.")
                                        .arg(m_vm.config.name),
                                    m_remoteError.toString()));
            }
            break;
        case Phase::StoppingSource: tickStopping(); break;
        case Phase::Ended: break;
        }
    }
    m_busy = false;
    if (m_tickAgain)
        tickSoon();
}

Status LiveMigrationJob::startMirrors()
{
    const QJsonObject nbd = m_ready.value(QLatin1String("nbd")).toObject();
    const QString host = m_host.streamAddress();
    const int port = nbd.value(QLatin1String("port")).toInt();
    for (const QString &node : std::as_const(m_mirrorNodes)) {
        auto r = qmp(QStringLiteral("drive-mirror"),
                     {{QStringLiteral("job-id"), mirrorJobId(node)},
                      {QStringLiteral("device"), node},
                      {QStringLiteral("target"), QStringLiteral("nbd:%1:%2:exportname=%3").arg(host).arg(port).arg(node)},
                      {QStringLiteral("format"), QStringLiteral("raw")},
                      {QStringLiteral("mode"), QStringLiteral("existing")},
                      {QStringLiteral("sync"), QStringLiteral("full")},
                      {QStringLiteral("copy-mode"), QStringLiteral("write-blocking")}});
        if (!r) {
            return Error(ErrorCode::QmpCommand,
                         Tr::tr("The copy of the disk %1 to %2 could not start.").arg(node, m_host.name),
                         r.error().toString());
        }
    }
    m_phase = Phase::Mirroring;
    reportProgress(0, Tr::tr("Copying disks"));
    return {};
}

void LiveMigrationJob::tickMirroring()
{
    auto jobs = qmp(QStringLiteral("query-block-jobs"));
    if (!jobs) {
        fail(jobs.error());
        return;
    }
    qint64 done = 0;
    qint64 total = 0;
    int ready = 0;
    int seen = 0;
    for (const QJsonValue &v : jobs->toArray()) {
        const QJsonObject j = v.toObject();
        if (!j.value(QLatin1String("device")).toString().startsWith(QLatin1String("mig-")))
            continue;
        ++seen;
        if (j.contains(QLatin1String("error")) || j.value(QLatin1String("status")) == QLatin1String("concluded")) {
            fail(Error(ErrorCode::ProcessFailed,
                       Tr::tr("Copying the disks to %1 failed.").arg(m_host.name),
                       j.value(QLatin1String("error")).toString()));
            return;
        }
        done += j.value(QLatin1String("offset")).toInteger();
        total += j.value(QLatin1String("len")).toInteger();
        ready += j.value(QLatin1String("ready")).toBool() ? 1 : 0;
    }
    if (seen < m_mirrorNodes.size()) {
        fail(Error(ErrorCode::ProcessFailed, Tr::tr("Copying the disks to %1 failed.").arg(m_host.name),
                   QStringLiteral("a mirror job ended early")));
        return;
    }
    m_report.diskBytes = done;
    reportProgress(total > 0 ? int(done * 40 / total) : 0, Tr::tr("Copying disks"));
    if (ready == seen) {
        milestone("disks-in-sync");
        if (const Status s = startMigration(); !s)
            fail(s.error());
    }
}

Status LiveMigrationJob::prepareMigration()
{
    const QJsonArray caps{QJsonObject{{QStringLiteral("capability"), QStringLiteral("events")},
                                      {QStringLiteral("state"), true}}};
    if (auto r = qmp(QStringLiteral("migrate-set-capabilities"), {{QStringLiteral("capabilities"), caps}}); !r)
        return r.error();
    const qint64 bandwidth = m_host.maxBandwidthMiBs > 0 ? qint64(m_host.maxBandwidthMiBs) * 1024 * 1024
                                                         : kMaxBandwidthBytes;
    QJsonObject params{{QStringLiteral("max-bandwidth"), bandwidth}};
    if (!m_host.tlsDir.isEmpty()) {
        auto r = qmp(QStringLiteral("object-add"),
                     {{QStringLiteral("qom-type"), QStringLiteral("tls-creds-x509")},
                      {QStringLiteral("id"), QStringLiteral("mig-tls")},
                      {QStringLiteral("dir"), m_host.tlsDir},
                      {QStringLiteral("endpoint"), QStringLiteral("client")}});
        if (!r) {
            return Error(ErrorCode::QmpCommand,
                         Tr::tr("The TLS certificates in %1 could not be loaded.").arg(m_host.tlsDir),
                         r.error().toString());
        }
        params.insert(QStringLiteral("tls-creds"), QStringLiteral("mig-tls"));
        params.insert(QStringLiteral("tls-hostname"), m_host.hostName());
    }
    if (auto r = qmp(QStringLiteral("migrate-set-parameters"), params); !r)
        return r.error();
    return {};
}

Status LiveMigrationJob::startMigration()
{
    QString uri = m_ready.value(QLatin1String("uri")).toString();
    // The target names the address it bound; connect to the one the user configured.
    uri = QStringLiteral("tcp:%1:%2").arg(m_host.streamAddress(), uri.section(QLatin1Char(':'), -1));
    if (auto r = qmp(QStringLiteral("migrate"), {{QStringLiteral("uri"), uri}}); !r) {
        return Error(ErrorCode::QmpCommand,
                     Tr::tr("The migration to %1 could not start.").arg(m_host.name),
                     r.error().toString());
    }
    m_migrationStarted = true;
    m_phase = Phase::Migrating;
    reportProgress(40, Tr::tr("Moving memory"));
    return {};
}

void LiveMigrationJob::recordFigures(const QJsonObject &migrate)
{
    const QJsonObject ram = migrate.value(QLatin1String("ram")).toObject();
    m_report.ramBytes = ram.value(QLatin1String("transferred")).toInteger();
    m_report.dirtySyncCount = ram.value(QLatin1String("dirty-sync-count")).toInteger();
    m_report.qemuTotalTimeMs = migrate.value(QLatin1String("total-time")).toInteger(-1);
    m_report.downtimeMs = migrate.value(QLatin1String("downtime")).toInteger(-1);
    m_report.setupTimeMs = migrate.value(QLatin1String("setup-time")).toInteger(-1);
}

void LiveMigrationJob::tickMigrating()
{
    auto q = qmp(QStringLiteral("query-migrate"));
    if (!q) {
        fail(q.error());
        return;
    }
    const QJsonObject m = q->toObject();
    const QString status = m.value(QLatin1String("status")).toString();
    if (status == QLatin1String("failed") || status == QLatin1String("cancelled")) {
        fail(Error(ErrorCode::ProcessFailed,
                   Tr::tr("The migration to %1 failed; %2 keeps running here.")
                       .arg(m_host.name, m_vm.config.name),
                   m.value(QLatin1String("error-desc")).toString()));
        return;
    }
    if (status == QLatin1String("completed")) {
        recordFigures(m);
        milestone("memory-moved");
        if (auto jobs = qmp(QStringLiteral("query-block-jobs"))) {
            qint64 copied = 0;
            for (const QJsonValue &v : jobs->toArray()) {
                if (v.toObject().value(QLatin1String("device")).toString().startsWith(QLatin1String("mig-")))
                    copied += v.toObject().value(QLatin1String("offset")).toInteger();
            }
            m_report.diskBytes = qMax(m_report.diskBytes, copied);
        }
        // The guest is stopped here: end the mirrors in sync (block-job-cancel on a ready
        // mirror finishes with source and target identical).
        for (const QString &node : std::as_const(m_mirrorNodes)) {
            if (auto r = qmp(QStringLiteral("block-job-cancel"), {{QStringLiteral("device"), mirrorJobId(node)}}); !r) {
                fail(r.error());
                return;
            }
        }
        m_phase = Phase::Completing;
        reportProgress(95, Tr::tr("Handing over to %1").arg(m_host.name));
        return;
    }
    const QJsonObject ram = m.value(QLatin1String("ram")).toObject();
    const qint64 total = ram.value(QLatin1String("total")).toInteger();
    const qint64 remaining = ram.value(QLatin1String("remaining")).toInteger();
    if (total > 0)
        reportProgress(40 + int((total - remaining) * 55 / total), Tr::tr("Moving memory"));
}

void LiveMigrationJob::tickCompleting()
{
    auto jobs = qmp(QStringLiteral("query-block-jobs"));
    if (!jobs) {
        fail(jobs.error());
        return;
    }
    for (const QJsonValue &v : jobs->toArray()) {
        const QJsonObject j = v.toObject();
        if (j.value(QLatin1String("device")).toString().startsWith(QLatin1String("mig-"))) {
            m_report.diskBytes = qMax(m_report.diskBytes, j.value(QLatin1String("len")).toInteger());
            return; // still flushing
        }
    }
    // The target resumes the guest once this "finish" and the end of its incoming stream have
    // both arrived; waiting here for its "received" would only add a round trip over ssh.
    sendToTarget({{QStringLiteral("op"), QStringLiteral("finish")}});
    m_phase = Phase::Finishing;
    // QEMU announces "completed" a moment before it has worked out total time and downtime:
    // a query that came in between reads zeros. Read them again while the target resumes.
    if (m_report.qemuTotalTimeMs <= 0) {
        if (auto q = qmp(QStringLiteral("query-migrate")))
            recordFigures(q->toObject());
    }
}

void LiveMigrationJob::tickStopping()
{
    const VmRunInfo info = VmControl::query(m_vm.path, m_vm.config);
    if (info.state != VmRunner::State::Stopped && info.state != VmRunner::State::Crashed)
        return;
    m_phase = Phase::Ended;
    milestone("source-ended");
    m_timer->stop();
    if (m_remote)
        m_remote->closeWriteChannel();
    // The VM lives on the target now; the source copy goes to the trash (recoverable).
    // A leftover bundle (trash not writable) is not a failure of the move itself.
    (void)m_library.remove(m_vm.config.uuid.toString(QUuid::WithoutBraces));
    m_report.totalTimeMs = m_elapsed.elapsed();
    reportProgress(100, Tr::tr("Done"));
    finishSuccess();
}

void LiveMigrationJob::rollback()
{
    if (m_migrationStarted)
        (void)qmp(QStringLiteral("migrate_cancel"));
    for (const QString &node : std::as_const(m_mirrorNodes))
        (void)qmp(QStringLiteral("block-job-cancel"), {{QStringLiteral("device"), mirrorJobId(node)},
                                                       {QStringLiteral("force"), true}});
    if (!m_requestSent) {
        endRemote(); // refused before the target heard of it
    } else if (m_remote && m_remote->state() != QProcess::NotRunning) {
        sendToTarget({{QStringLiteral("op"), QStringLiteral("abort")}});
        m_remote->closeWriteChannel();
        if (!m_remote->waitForFinished(kTargetGoneWaitMs))
            m_remote->kill();
    }
    // QEMU resumes a guest whose migration failed; one whose migration completed stays in
    // postmigrate until told to run again.
    if (m_control && m_wasRunning) {
        auto st = qmp(QStringLiteral("query-status"));
        if (st && !st->toObject().value(QLatin1String("running")).toBool())
            (void)qmp(QStringLiteral("cont"));
    }
}

void LiveMigrationJob::fail(const Error &error)
{
    if (m_phase == Phase::Ended)
        return;
    m_phase = Phase::Ended;
    if (m_timer)
        m_timer->stop();
    rollback();
    m_report.totalTimeMs = m_elapsed.elapsed();
    if (error.code == ErrorCode::Canceled)
        finishCanceled();
    else
        finishFailure(error);
}

} // namespace Engine
