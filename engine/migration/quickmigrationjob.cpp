#include "engine/migration/quickmigrationjob.h"

#include "engine/library/savedstate.h"
#include "engine/migration/bundlemanifest.h"
#include "engine/migration/migrationtr.h"
#include "engine/migration/sshtransport.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace Engine {

using MigrationPrivate::Tr;

namespace {
constexpr int kCopyAttempts = 3;
constexpr int kRemoteTimeoutMs = 180000;
} // namespace

QuickMigrationJob::QuickMigrationJob(VmBackend &backend, VmLibrary library, VmBundle vm,
                                     HostEntry host, QObject *parent)
    : MigrationJob(parent), m_backend(backend), m_library(std::move(library)), m_vm(std::move(vm)),
      m_host(std::move(host))
{
    m_report.mode = MigrationMode::Quick;
    m_report.vm = m_vm.config.name;
    m_report.host = m_host.name;
    m_report.sourceBundle = m_vm.path;
}

QuickMigrationJob::~QuickMigrationJob()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QString QuickMigrationJob::title() const
{
    return Tr::tr("Moving %1 to %2 (quick)").arg(m_vm.config.name, m_host.name);
}

void QuickMigrationJob::doStart()
{
    m_elapsed.start();
    if (Status s = m_host.validate(); !s) {
        fail(s.error());
        return;
    }
    const VmRunInfo info = m_backend.query(m_vm);
    switch (info.state) {
    case VmRunner::State::Running:
    case VmRunner::State::Paused:
        m_needsSuspend = true;
        m_resumeThere = true;
        prepareTarget();
        return;
    case VmRunner::State::Saved:
        m_resumeThere = true;
        prepareTarget();
        return;
    case VmRunner::State::Stopped:
    case VmRunner::State::Crashed:
        prepareTarget();
        return;
    default:
        fail(Error(ErrorCode::StateRefused,
                   Tr::tr("%1 cannot be moved while it is %2.")
                       .arg(m_vm.config.name, VmRunner::stateDisplayName(info.state))));
    }
}

void QuickMigrationJob::doCancel()
{
    if (m_suspend && !m_suspend->isFinished()) {
        m_suspend->cancel(); // its end (canceled) ends us
        return;
    }
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // the finished handler sees the cancel
        return;
    }
}

void QuickMigrationJob::remote(const QStringList &ctlArgs, const QByteArray &input,
                               const RemoteDone &done)
{
    replaceProcess();
    QProcess *p = m_process;
    const SshTransport ssh(m_host);
    connect(p, &QProcess::finished, this, [this, p, ssh, done](int code, QProcess::ExitStatus st) {
        if (cancelRequested()) {
            done(Error(ErrorCode::Canceled, Tr::tr("The move was canceled.")));
            return;
        }
        if (st != QProcess::NormalExit || code != 0) {
            done(ssh.remoteError(st == QProcess::NormalExit ? code : -1, p->readAllStandardError()));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(p->readAllStandardOutput());
        done(doc.object());
    });
    m_process->start(SshTransport::sshProgram(),
                     ssh.commandArguments(QStringList(ctlArgs) << QStringLiteral("--json")));
    m_process->write(input);
    m_process->closeWriteChannel();
    QTimer::singleShot(kRemoteTimeoutMs, m_process, [p = m_process] { p->kill(); });
}

void QuickMigrationJob::replaceProcess()
{
    // The next step often starts from the previous process's finished signal: never delete a
    // process inside its own signal.
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
}

void QuickMigrationJob::suspend()
{
    reportProgress(2, Tr::tr("Suspending %1").arg(m_vm.config.name));
    m_suspend = m_backend.suspendJob(m_vm, this);
    connect(m_suspend, &Job::progressChanged, this, [this](int percent, const QString &) {
        reportProgress(percent < 0 ? -1 : percent / 5, Tr::tr("Suspending %1").arg(m_vm.config.name));
    });
    connect(m_suspend, &Job::succeeded, this, [this] {
        m_suspendedHere = true;
        copy();
    });
    connect(m_suspend, &Job::failed, this, [this](const Error &e) { fail(e); });
    connect(m_suspend, &Job::canceled, this, [this] {
        fail(Error(ErrorCode::Canceled, Tr::tr("The move was canceled.")));
    });
    m_suspend->start();
}

void QuickMigrationJob::prepareTarget()
{
    reportProgress(0, Tr::tr("Preparing %1").arg(m_host.name));
    remote({QStringLiteral("migrate-target"), QStringLiteral("receive"),
            m_vm.config.uuid.toString(QUuid::WithoutBraces), m_vm.config.name},
           {}, [this](const Result<QJsonObject> &r) {
               if (!r) {
                   fail(r.error());
                   return;
               }
               m_staging = r->value(QLatin1String("staging")).toString();
               if (m_needsSuspend)
                   suspend();
               else
                   copy();
           });
}

void QuickMigrationJob::copy()
{
    ++m_copyAttempt;
    reportProgress(20, Tr::tr("Copying to %1").arg(m_host.name));
    replaceProcess();
    m_copyOutput.clear();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_copyOutput += m_process->readAllStandardOutput();
        // --info=progress2: "  123,456  45%  1.2MB/s  0:00:03" lines separated by \r.
        static const QRegularExpression percentRe(QStringLiteral("\\s(\\d{1,3})%\\s"));
        const qsizetype cut = qMax(m_copyOutput.lastIndexOf('\r'), m_copyOutput.lastIndexOf('\n'));
        if (cut < 0)
            return;
        const QString text = QString::fromLatin1(m_copyOutput.left(cut));
        m_copyOutput.remove(0, cut + 1);
        auto it = percentRe.globalMatch(text);
        int percent = -1;
        while (it.hasNext())
            percent = it.next().captured(1).toInt();
        if (percent >= 0)
            reportProgress(20 + percent * 65 / 100, Tr::tr("Copying to %1").arg(m_host.name));
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_copyErrors += QString::fromLocal8Bit(m_process->readAllStandardError());
    });
    connect(m_process, &QProcess::finished, this, &QuickMigrationJob::onCopyFinished);
    const SshTransport ssh(m_host);
    m_process->start(SshTransport::rsyncProgram(), ssh.rsyncArguments(m_vm.path, m_staging));
}

void QuickMigrationJob::onCopyFinished(int exitCode, QProcess::ExitStatus status)
{
    if (cancelRequested()) {
        fail(Error(ErrorCode::Canceled, Tr::tr("The move was canceled; the part already copied "
                                               "stays on %1 for the next attempt.")
                                            .arg(m_host.name)));
        return;
    }
    if (status == QProcess::NormalExit && exitCode == 0) {
        verifyAndAdopt();
        return;
    }
    if (status == QProcess::NormalExit && exitCode == 127) {
        fail(Error(ErrorCode::ProcessStart,
                   Tr::tr("rsync is missing on this host or on %1. Install the Debian package "
                          "rsync on both.")
                       .arg(m_host.name),
                   m_copyErrors));
        return;
    }
    if (m_copyAttempt < kCopyAttempts) {
        copy(); // resumes where the interrupted copy stopped (--partial --append-verify)
        return;
    }
    fail(Error(ErrorCode::ProcessFailed,
               Tr::tr("Copying %1 to %2 failed. The part already copied stays there; the next "
                      "attempt resumes it.")
                   .arg(m_vm.config.name, m_host.name),
               m_process->errorString() + QLatin1Char('\n') + m_copyErrors.right(2000)));
}

void QuickMigrationJob::verifyAndAdopt()
{
    reportProgress(86, Tr::tr("Verifying the copy"));
    auto manifest = BundleManifest::compute(m_vm.path);
    if (!manifest) {
        fail(manifest.error());
        return;
    }
    m_report.diskBytes = BundleManifest::totalBytes(m_vm.path);
    const QByteArray input = QJsonDocument(BundleManifest::toJson(*manifest)).toJson(QJsonDocument::Compact);
    remote({QStringLiteral("migrate-target"), QStringLiteral("adopt"),
            m_vm.config.uuid.toString(QUuid::WithoutBraces)},
           input, [this](const Result<QJsonObject> &r) {
               if (!r) {
                   fail(r.error(), r.error().code != ErrorCode::Canceled);
                   return;
               }
               m_report.targetBundle = r->value(QLatin1String("bundle")).toString();
               if (m_resumeThere)
                   startThere();
               else
                   done();
           });
}

void QuickMigrationJob::startThere()
{
    reportProgress(92, Tr::tr("Resuming %1 on %2").arg(m_vm.config.name, m_host.name));
    remote({QStringLiteral("start"), m_vm.config.uuid.toString(QUuid::WithoutBraces)}, {},
           [this](const Result<QJsonObject> &r) {
               if (!r) {
                   fail(r.error(), true);
                   return;
               }
               done();
           });
}

void QuickMigrationJob::done()
{
    // The target has it (and runs it, if it ran here): only now does the source let go.
    (void)m_library.remove(m_vm.config.uuid.toString(QUuid::WithoutBraces));
    m_report.totalTimeMs = m_elapsed.elapsed();
    reportProgress(100, Tr::tr("Done"));
    finishSuccess();
}

void QuickMigrationJob::fail(const Error &error, bool dropRemote)
{
    if (isFinished())
        return;
    if (dropRemote) {
        // The copy there is incomplete, damaged or would not start: remove it so that the VM
        // exists on one host only.
        (void)SshTransport(m_host).runCtl({QStringLiteral("migrate-target"), QStringLiteral("drop"),
                                     m_vm.config.uuid.toString(QUuid::WithoutBraces)},
                                    {}, 60000);
    }
    Error reported = error;
    if (m_suspendedHere) {
        // It ran before: bring it back here, where it was.
        auto resumed = m_backend.start(m_vm);
        if (!resumed) {
            reported.details += QLatin1Char('\n') + resumed.error().toString();
            reported.message += QLatin1Char(' ')
                                + Tr::tr("%1 stays suspended here; start it to resume it.")
                                      .arg(m_vm.config.name);
        }
    }
    m_report.totalTimeMs = m_elapsed.elapsed();
    if (reported.code == ErrorCode::Canceled)
        finishCanceled();
    else
        finishFailure(reported);
}

} // namespace Engine
