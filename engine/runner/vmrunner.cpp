#include "engine/runner/vmrunner.h"

#include "engine/host/qemubinaries.h"
#include "engine/qemu/qemucommand.h"
#include "engine/qmp/qmpclient.h"
#include "engine/runner/runtimedir.h"
#include "engine/runner/seriallog.h"
#include "engine/runner/statetransfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace Engine {

namespace {
constexpr int kStderrLinesKept = 40;
constexpr int kKillAfterQuitMs = 5000;
constexpr int kHaltPollMs = 1000;
constexpr int kSerialConnectMs = 5000;
} // namespace

VmRunner::VmRunner(const QString &bundlePath, const VmConfig &config, QObject *parent)
    : QObject(parent), m_bundlePath(bundlePath), m_config(config)
{
    qRegisterMetaType<Engine::VmRunner::State>();
    qRegisterMetaType<Engine::Error>();
}

VmRunner::~VmRunner()
{
    // A runner going away does not take the VM down with it unless nobody else can reach it:
    // QEMU was started in its own session and keeps the bundle lock. The supervisor that owns
    // a runner stops the VM explicitly before it exits.
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
}

std::optional<Error> VmRunner::refusal(State state, Operation op)
{
    auto refuse = [&](const QString &why) {
        return Error(ErrorCode::StateRefused, why, stateName(state));
    };
    const bool live = state == State::Running || state == State::Paused;
    switch (op) {
    case Operation::Start:
        if (!hasProcess(state))
            return std::nullopt;
        return refuse(tr("The VM is already %1.").arg(stateDisplayName(state)));
    case Operation::Pause:
        if (state == State::Running)
            return std::nullopt;
        if (state == State::Paused)
            return refuse(tr("The VM is already paused."));
        return refuse(tr("Only a running VM can be paused; it is %1.").arg(stateDisplayName(state)));
    case Operation::Resume:
        if (state == State::Paused)
            return std::nullopt;
        return refuse(tr("Only a paused VM can be resumed; it is %1.").arg(stateDisplayName(state)));
    case Operation::Reset:
        if (live)
            return std::nullopt;
        return refuse(tr("Only a running or paused VM can be reset; it is %1.")
                          .arg(stateDisplayName(state)));
    case Operation::PowerDown:
        if (state == State::Running)
            return std::nullopt;
        if (state == State::Paused)
            return refuse(tr("A paused guest cannot react to the power button. Resume it first, "
                             "or stop it by force."));
        return refuse(tr("Only a running VM can be shut down; it is %1.")
                          .arg(stateDisplayName(state)));
    case Operation::Stop:
        if (live || state == State::Stopping || state == State::Starting
            || state == State::Restoring)
            return std::nullopt;
        return refuse(tr("The VM is not running; it is %1.").arg(stateDisplayName(state)));
    case Operation::Kill:
        if (!hasProcess(state))
            return refuse(tr("The VM is not running; it is %1.").arg(stateDisplayName(state)));
        return std::nullopt;
    case Operation::Save:
        if (live)
            return std::nullopt;
        return refuse(tr("Only a running or paused VM can be suspended; it is %1.")
                          .arg(stateDisplayName(state)));
    case Operation::Restore:
    case Operation::Discard:
        if (state == State::Saved)
            return std::nullopt;
        return refuse(tr("The VM has no saved state; it is %1.").arg(stateDisplayName(state)));
    }
    return refuse(tr("Unknown operation."));
}

QString VmRunner::stateName(State state)
{
    switch (state) {
    case State::Stopped: return QStringLiteral("stopped");
    case State::Starting: return QStringLiteral("starting");
    case State::Running: return QStringLiteral("running");
    case State::Paused: return QStringLiteral("paused");
    case State::Stopping: return QStringLiteral("stopping");
    case State::Saving: return QStringLiteral("saving");
    case State::Restoring: return QStringLiteral("restoring");
    case State::Crashed: return QStringLiteral("crashed");
    case State::Saved: return QStringLiteral("saved");
    }
    return QStringLiteral("unknown");
}

QString VmRunner::stateDisplayName(State state)
{
    switch (state) {
    case State::Stopped: return tr("stopped");
    case State::Starting: return tr("starting");
    case State::Running: return tr("running");
    case State::Paused: return tr("paused");
    case State::Stopping: return tr("stopping");
    case State::Saving: return tr("saving");
    case State::Restoring: return tr("restoring");
    case State::Crashed: return tr("crashed");
    case State::Saved: return tr("saved");
    }
    return tr("unknown");
}

qint64 VmRunner::qemuPid() const
{
    return m_process ? m_process->processId() : 0;
}

Result<QStringList> VmRunner::commandLine(const QString &bundlePath, const VmConfig &config,
                                          const QString &accel, const QString &runtimeDir,
                                          const QString &audioBackend,
                                          const QString &incoming)
{
    LaunchContext ctx;
    ctx.bundlePath = bundlePath;
    ctx.runtimeDir = runtimeDir;
    ctx.accel = accel;
    ctx.audioBackend = audioBackend;
    ctx.ovmfCode = ovmfCodePath();
    ctx.ovmfVars = bundlePath + QStringLiteral("/nvram.fd");
    ctx.spicePasswordFile = runtimeDir + QStringLiteral("/spice.pass");
    ctx.incoming = incoming;
    return QemuCommand::build(config, ctx);
}

QString VmRunner::qemuLogPath() const
{
    return m_bundlePath + QStringLiteral("/log/qemu.log");
}

void VmRunner::setState(State s)
{
    if (s == m_state)
        return;
    const State previous = m_state;
    m_state = s;
    logEvent(QStringLiteral("state %1 -> %2").arg(stateName(previous), stateName(s)));
    Q_EMIT stateChanged(s, previous);
}

void VmRunner::logEvent(const QString &text)
{
    if (!m_log)
        return;
    m_log->write(QStringLiteral("%1 emanon: %2\n")
                     .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), text)
                     .toUtf8());
    m_log->flush();
}

QString VmRunner::ovmfCodePath()
{
    const QString dir = qEnvironmentVariable("EMANON_OVMF_DIR", QStringLiteral("/usr/share/OVMF"));
    for (const char *name : {"OVMF_CODE_4M.fd", "OVMF_CODE.fd"}) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(name);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

Status VmRunner::prepareFiles() const
{
    if (m_config.firmware == QLatin1String("uefi")) {
        const QString code = ovmfCodePath();
        if (code.isEmpty()) {
            return Error(ErrorCode::NotFound,
                         tr("This VM uses UEFI firmware, which is not installed. Install the "
                            "Debian package ovmf."));
        }
        // The VM's own variable store, made once from the template that matches the code.
        const QString vars = m_bundlePath + QStringLiteral("/nvram.fd");
        if (!QFileInfo::exists(vars)) {
            QString tmpl = code;
            tmpl.replace(QStringLiteral("_CODE"), QStringLiteral("_VARS"));
            if (!QFile::copy(tmpl, vars)) {
                return Error(ErrorCode::Io,
                             tr("The UEFI variable store of the VM could not be created."),
                             tmpl + QStringLiteral(" -> ") + vars);
            }
            QFile(vars).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    if (m_config.display.spice && m_config.display.spiceListen != QLatin1String("unix")) {
        // Handed to QEMU as a file in our private runtime dir, never on its command line.
        QFile pw(m_runtimeDir + QStringLiteral("/spice.pass"));
        if (!pw.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || pw.write(m_config.display.spicePassword.toUtf8()) < 0) {
            return Error(ErrorCode::Io, tr("The SPICE password file could not be written."),
                         pw.errorString());
        }
    }
    return {};
}

Status VmRunner::checkDisks() const
{
    auto resolve = [&](const QString &p) {
        return QDir::isAbsolutePath(p) ? p : m_bundlePath + QLatin1Char('/') + p;
    };
    for (const DiskConfig &d : m_config.disks) {
        if (!QFileInfo::exists(resolve(d.path))) {
            return Error(ErrorCode::NotFound,
                         tr("The disk image of %1 is missing: %2. Restore the file or remove the "
                            "disk from the VM's settings.")
                             .arg(d.node, resolve(d.path)));
        }
    }
    for (const MediaConfig &m : m_config.media) {
        if (!m.path.isEmpty() && !QFileInfo::exists(resolve(m.path))) {
            return Error(ErrorCode::NotFound,
                         tr("The medium in drive %1 is missing: %2. Choose another image or eject "
                            "it.")
                             .arg(m.node, resolve(m.path)));
        }
    }
    for (const QString &f : {m_config.boot.kernel, m_config.boot.initrd}) {
        if (!f.isEmpty() && !QFileInfo::exists(resolve(f))) {
            return Error(ErrorCode::NotFound,
                         tr("The kernel or initramfs file %1 is missing.").arg(resolve(f)));
        }
    }
    return {};
}

Status VmRunner::start(const StartOptions &options)
{
    if (auto why = refusal(m_state, Operation::Start))
        return *why;
    m_lastError = Error();
    m_stopRequested = false;
    m_shutdownEvent = false;
    m_stderrLines.clear();

    if (const auto problems = m_config.validate(HostLimits::current()); !problems.isEmpty()) {
        QStringList details;
        for (const Error &e : problems)
            details << e.message;
        return Error(ErrorCode::ConfigInvalid,
                     tr("The VM's settings are not valid: %1").arg(problems.first().message),
                     details.join(QLatin1Char('\n')));
    }
    if (Status s = checkDisks(); !s)
        return s;
    // A stream without saved.json is a suspend that never finished: the VM is as it was.
    SavedState::removeIncomplete(m_bundlePath);
    m_restoreFrom.reset();
    m_saved = false;
    if (SavedState::exists(m_bundlePath)) {
        // Never boot cold over a saved state: a damaged one is reported, to be discarded.
        auto saved = SavedState::verify(m_bundlePath, m_config);
        if (!saved)
            return saved.error();
        m_restoreFrom = *saved;
    }

    const QString preference =
        options.accelPreference.isEmpty() ? m_config.accel : options.accelPreference;
    auto verdict = AccelProbe::verdict(preference, false, options.probeInputs);
    if (!verdict)
        return verdict.error();
    m_accel = *verdict;

    auto runtimeDir = RuntimeDir::forVm(m_config.uuid);
    if (!runtimeDir)
        return runtimeDir.error();
    m_runtimeDir = *runtimeDir;

    auto lock = VmLock::acquire(m_bundlePath);
    if (!lock) {
        return Error(ErrorCode::Locked,
                     tr("%1 is already running or in use by another Emanon process.")
                         .arg(m_config.name),
                     lock.error().toString());
    }
    m_lock = std::move(*lock);

    // Leftovers of an earlier run (the lock proves nobody uses them).
    for (const QString &f : QDir(m_runtimeDir).entryList(QDir::Files | QDir::System))
        QFile::remove(m_runtimeDir + QLatin1Char('/') + f);

    const QString logDir = m_bundlePath + QStringLiteral("/log");
    QDir().mkpath(logDir);

    auto qemu = QemuBinaries::system();
    if (!qemu) {
        m_lock.release();
        return qemu.error();
    }

    // A live migration's target (incomingUri "defer") waits for its stream like a restore.
    m_holdIncoming = options.incomingUri == QLatin1String("defer");
    auto args = commandLine(m_bundlePath, m_config, m_accel.accel, m_runtimeDir,
                            options.audioBackend,
                            m_restoreFrom || m_holdIncoming ? QStringLiteral("defer") : QString());
    if (!args) {
        m_lock.release();
        return args.error();
    }
    if (Status s = prepareFiles(); !s) {
        m_lock.release();
        return s;
    }

    delete m_log;
    m_log = new QFile(qemuLogPath(), this);
    if (!m_log->open(QIODevice::Append | QIODevice::Text)) {
        delete m_log;
        m_log = nullptr;
    }
    logEvent(QStringLiteral("starting %1 (%2): %3 %4")
                 .arg(m_config.name, m_accel.reason, *qemu, args->join(QLatin1Char(' '))));

    delete m_process;
    m_process = new QProcess(this);
    m_process->setProgram(*qemu);
    m_process->setArguments(*args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(QProcess::nullDevice());
    const int lockFd = m_lock.fd();
    m_process->setChildProcessModifier([lockFd] {
        // Own session: a Ctrl+C in the terminal of emanonctl does not reach QEMU.
        ::setsid();
        // Inherit the bundle lock, so the VM stays locked as long as QEMU runs.
        if (lockFd >= 0)
            ::fcntl(lockFd, F_SETFD, 0);
    });
    connect(m_process, &QProcess::readyReadStandardError, this, &VmRunner::onStderr);
    connect(m_process, &QProcess::finished, this, &VmRunner::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &VmRunner::onProcessError);

    delete m_qmp;
    m_qmp = new QmpClient(this);
    connect(m_qmp, &QmpClient::ready, this, &VmRunner::onQmpReady);
    connect(m_qmp, &QmpClient::connectFailed, this, [this](const Error &e) {
        // Canceled: we hung up ourselves because QEMU exited; onProcessFinished says why.
        if (m_state == State::Starting && e.code != ErrorCode::Canceled)
            failStart(Error(ErrorCode::QmpConnect,
                            tr("QEMU started but its control connection could not be opened."),
                            e.toString() + QLatin1Char('\n') + stderrTail()));
    });
    connect(m_qmp, &QmpClient::eventReceived, this,
            [this](const QString &name, const QJsonObject &data, qint64) { onQmpEvent(name, data); });

    setState(State::Starting);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        // errorOccurred(FailedToStart) already failed the start.
        return m_lastError.code != ErrorCode::None ? m_lastError
                                                   : Error(ErrorCode::ProcessStart,
                                                           tr("QEMU could not be started."));
    }
    (void)m_lock.setHolderPid(m_process->processId());
    m_qmp->connectToServer(RuntimeFiles::qmpSocket(m_runtimeDir), options.qmpConnectTimeoutMs);
    return {};
}

void VmRunner::onQmpReady()
{
    if (m_state != State::Starting)
        return;
    // QEMU made the serial sockets before QMP answered and runs no guest code before `cont`
    // or an incoming stream: connect first, so the log has everything from the firmware on.
    connectSerials([this] {
        if (m_state != State::Starting)
            return;
        if (m_holdIncoming) {
            // Receiving a migration: whoever sends migrate-incoming also resumes the guest.
            setState(State::Paused);
            return;
        }
        if (m_restoreFrom) {
            restoreSavedState();
            return;
        }
        runGuest();
    });
}

void VmRunner::connectSerials(const std::function<void()> &then)
{
    qDeleteAll(m_serials);
    m_serials = SerialLog::connectAll(m_runtimeDir, m_bundlePath + QStringLiteral("/log"),
                                      m_config.serialPorts, kSerialConnectMs, this,
                                      [this](SerialLog *failed) {
        // The VM runs without that log rather than not at all.
        logEvent(QStringLiteral("serial log %1 not connected: %2")
                     .arg(failed->logPath(), failed->errorString()));
    }, then);
    for (const SerialLog *s : std::as_const(m_serials)) {
        // A full disk or a folder in the way: the guest runs, and qemu.log says what is missing.
        if (!s->logError().isEmpty())
            logEvent(QStringLiteral("serial log %1 cannot be written, the guest's serial output "
                                    "is not kept: %2")
                         .arg(s->logPath(), s->logError()));
    }
    if (!m_serials.isEmpty())
        connect(m_serials.first(), &SerialLog::received, this, &VmRunner::serialReceived);
}

bool VmRunner::writeSerial(const QByteArray &bytes)
{
    return !m_serials.isEmpty() && m_serials.first()->write(bytes);
}

void VmRunner::ensureHaltPoll()
{
    if (!m_haltPoll) {
        m_haltPoll = new QTimer(this);
        connect(m_haltPoll, &QTimer::timeout, this, &VmRunner::pollHalted);
    }
}

void VmRunner::runGuest()
{
    ensureHaltPoll();
    // The machine is built and paused (-S); features that need set-up before the first
    // instruction hook in here later (USB auto-connect, media). Then run.
    m_qmp->execute(QStringLiteral("cont"), {}, [this](const Result<QJsonValue> &r) {
        if (m_state != State::Starting && m_state != State::Restoring)
            return;
        if (!r) {
            failStart(Error(ErrorCode::QmpCommand, tr("QEMU refused to start the guest."),
                            r.error().toString()));
            return;
        }
        if (m_restoreFrom) {
            // The guest runs on from the saved state, which is now spent: drop it, or a later
            // start would restore it over disks that have moved on.
            m_restoreFrom.reset();
            if (Status s = SavedState::discard(m_bundlePath); !s)
                logEvent(QStringLiteral("saved state not discarded: %1").arg(s.error().toString()));
            logEvent(QStringLiteral("restored from the saved state"));
        }
        setState(State::Running);
        if (!m_config.acpi)
            m_haltPoll->start(kHaltPollMs);
    });
}

void VmRunner::restoreSavedState()
{
    setState(State::Restoring);
    auto *restore = new RestoreOperation(m_qmp, SavedState::streamPath(m_bundlePath),
                                         *m_restoreFrom, this);
    connect(restore, &RestoreOperation::finished, this, [this, restore](const Error &e) {
        restore->deleteLater();
        if (m_state != State::Restoring)
            return;
        if (e.code == ErrorCode::None && m_restoreFrom->guestPaused) {
            // It was paused when suspended: it comes back paused (-S holds it).
            m_restoreFrom.reset();
            if (Status s = SavedState::discard(m_bundlePath); !s)
                logEvent(QStringLiteral("saved state not discarded: %1").arg(s.error().toString()));
            logEvent(QStringLiteral("restored from the saved state, paused"));
            ensureHaltPoll();
            if (!m_config.acpi)
                m_haltPoll->start(kHaltPollMs);
            setState(State::Paused);
            return;
        }
        if (e.code == ErrorCode::None) {
            runGuest();
            return;
        }
        failStart(Error(e.code,
                        tr("The saved state of %1 could not be restored: %2")
                                .arg(m_config.name, e.message)
                            + QLatin1Char(' ') + SavedState::discardHint(m_config.name),
                        e.details));
    });
    restore->start();
}

void VmRunner::failStart(const Error &error)
{
    m_lastError = error;
    logEvent(QStringLiteral("start failed: %1").arg(error.toString()));
    m_stopRequested = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    m_lock.release();
    setState(State::Stopped);
    Q_EMIT startFailed(error);
}

void VmRunner::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_state != State::Starting)
        return;
    failStart(Error(ErrorCode::ProcessStart,
                    tr("QEMU could not be started. Check that qemu-system-x86 is installed."),
                    m_process->errorString()));
}

void VmRunner::onStderr()
{
    const QByteArray chunk = m_process->readAllStandardError();
    if (m_log) {
        m_log->write(chunk);
        m_log->flush();
    }
    for (const QByteArray &raw : chunk.split('\n')) {
        const QString line = QString::fromLocal8Bit(raw).trimmed();
        if (line.isEmpty())
            continue;
        m_stderrLines.append(line);
        if (m_stderrLines.size() > kStderrLinesKept)
            m_stderrLines.removeFirst();
        Q_EMIT qemuMessage(line);
    }
}

QString VmRunner::stderrTail() const
{
    return m_stderrLines.join(QLatin1Char('\n'));
}

void VmRunner::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    onStderr(); // the last words
    if (m_powerDownTimer)
        m_powerDownTimer->stop();
    if (m_haltPoll)
        m_haltPoll->stop();
    if (m_killTimer)
        m_killTimer->stop();
    if (m_qmp)
        m_qmp->disconnectFromServer();
    m_lock.release();
    logEvent(QStringLiteral("QEMU exited (%1, code %2)")
                 .arg(status == QProcess::NormalExit ? QStringLiteral("normal")
                                                     : QStringLiteral("crash"))
                 .arg(exitCode));

    if (m_state == State::Starting) {
        failStart(Error(ErrorCode::ProcessFailed,
                        tr("QEMU stopped while starting the VM. See the details for QEMU's "
                           "message."),
                        stderrTail()));
        return;
    }
    if (m_state == State::Restoring) {
        // QEMU 7.2 exits when it cannot load an incoming stream.
        failStart(Error(ErrorCode::ProcessFailed,
                        tr("The saved state of %1 could not be restored: QEMU could not load it.")
                                .arg(m_config.name)
                            + QLatin1Char(' ') + SavedState::discardHint(m_config.name),
                        stderrTail()));
        return;
    }
    if (m_state == State::Stopped)
        return;
    if (m_saved) {
        setState(State::Saved);
        return;
    }
    if (m_stopRequested || (m_shutdownEvent && status == QProcess::NormalExit)) {
        setState(State::Stopped);
        return;
    }
    const QString how = status == QProcess::CrashExit
                            ? tr("QEMU was killed or crashed")
                            : tr("QEMU exited with code %1").arg(exitCode);
    m_lastError = Error(ErrorCode::Crashed,
                        tr("The VM stopped unexpectedly: %1. Its disks are as QEMU left them; "
                           "start it again to boot it.")
                            .arg(how),
                        stderrTail());
    setState(State::Crashed);
    Q_EMIT crashed(m_lastError);
}

void VmRunner::onQmpEvent(const QString &name, const QJsonObject &data)
{
    Q_EMIT qmpEvent(name, data);
    if (name == QLatin1String("STOP")) {
        if (m_state == State::Running)
            setState(State::Paused);
    } else if (name == QLatin1String("RESUME")) {
        if (m_state == State::Paused)
            setState(State::Running);
    } else if (name == QLatin1String("SHUTDOWN")) {
        m_shutdownEvent = true;
        logEvent(QStringLiteral("shutdown: %1")
                     .arg(data.value(QLatin1String("reason")).toString()));
        if (m_state == State::Running || m_state == State::Paused)
            setState(State::Stopping);
    } else if (name == QLatin1String("RESET")) {
        logEvent(QStringLiteral("reset"));
    } else if (name == QLatin1String("GUEST_PANICKED")) {
        logEvent(QStringLiteral("guest panicked"));
    }
}

Status VmRunner::pause()
{
    if (auto why = refusal(m_state, Operation::Pause))
        return *why;
    m_qmp->execute(QStringLiteral("stop"), {}, [this](const Result<QJsonValue> &r) {
        if (!r)
            logEvent(QStringLiteral("pause failed: %1").arg(r.error().toString()));
    });
    return {};
}

Status VmRunner::resume()
{
    if (auto why = refusal(m_state, Operation::Resume))
        return *why;
    m_qmp->execute(QStringLiteral("cont"), {}, [this](const Result<QJsonValue> &r) {
        if (!r)
            logEvent(QStringLiteral("resume failed: %1").arg(r.error().toString()));
    });
    return {};
}

Status VmRunner::reset()
{
    if (auto why = refusal(m_state, Operation::Reset))
        return *why;
    m_qmp->execute(QStringLiteral("system_reset"), {}, [](const Result<QJsonValue> &) {});
    return {};
}

Status VmRunner::powerDown(int timeoutMs)
{
    if (auto why = refusal(m_state, Operation::PowerDown))
        return *why;
    m_stopRequested = true;
    setState(State::Stopping);
    m_qmp->execute(QStringLiteral("system_powerdown"), {}, [](const Result<QJsonValue> &) {});
    if (!m_powerDownTimer) {
        m_powerDownTimer = new QTimer(this);
        m_powerDownTimer->setSingleShot(true);
        connect(m_powerDownTimer, &QTimer::timeout, this, [this] {
            if (m_state != State::Stopping)
                return;
            logEvent(QStringLiteral("power-down timed out; cutting the power"));
            Q_EMIT powerDownTimedOut();
            (void)stop(true);
        });
    }
    m_powerDownTimer->start(timeoutMs);
    // A guest without ACPI never powers off by itself: notice when it has halted.
    if (m_haltPoll)
        m_haltPoll->start(kHaltPollMs);
    return {};
}

Status VmRunner::stop(bool force, int timeoutMs)
{
    if (auto why = refusal(m_state, Operation::Stop))
        return *why;
    if (!force && m_state == State::Running)
        return powerDown(timeoutMs);
    if (!force && m_state == State::Paused) // never cut the power unasked
        return *refusal(m_state, Operation::PowerDown);
    m_stopRequested = true;
    if (m_state != State::Starting)
        setState(State::Stopping);
    quitQemu();
    return {};
}

void VmRunner::quitQemu()
{
    if (m_qmp && m_qmp->isReady())
        m_qmp->execute(QStringLiteral("quit"), {}, [](const Result<QJsonValue> &) {}, 3000);
    else if (m_process)
        m_process->terminate();
    if (!m_killTimer) {
        m_killTimer = new QTimer(this);
        m_killTimer->setSingleShot(true);
        connect(m_killTimer, &QTimer::timeout, this, [this] {
            if (m_process && m_process->state() != QProcess::NotRunning) {
                logEvent(QStringLiteral("QEMU did not quit; killing it"));
                m_process->kill();
            }
        });
    }
    m_killTimer->start(kKillAfterQuitMs);
}

Status VmRunner::suspend()
{
    if (auto why = refusal(m_state, Operation::Save))
        return *why;
    m_stateBeforeSave = m_state;
    m_saved = false;
    if (m_haltPoll)
        m_haltPoll->stop();
    setState(State::Saving);
    delete m_suspend;
    m_suspend = new SuspendOperation(m_qmp, m_bundlePath, m_runtimeDir, m_config,
                                     m_stateBeforeSave == State::Paused, this);
    connect(m_suspend, &SuspendOperation::progress, this, &VmRunner::suspendProgress);
    connect(m_suspend, &SuspendOperation::finished, this, &VmRunner::onSuspendFinished);
    m_suspend->start();
    return {};
}

Status VmRunner::cancelSuspend()
{
    if (m_state != State::Saving || !m_suspend)
        return Error(ErrorCode::StateRefused, tr("The VM is not being suspended."));
    m_suspend->cancel();
    return {};
}

void VmRunner::onSuspendFinished(const Error &error)
{
    if (m_suspend)
        m_suspend->deleteLater();
    m_suspend = nullptr;
    if (m_state != State::Saving) // QEMU died meanwhile: that was reported as a crash
        return;
    if (error.code != ErrorCode::None) {
        logEvent(QStringLiteral("suspend ended: %1").arg(error.toString()));
        setState(m_stateBeforeSave);
        if (m_stateBeforeSave == State::Running && !m_config.acpi && m_haltPoll)
            m_haltPoll->start(kHaltPollMs);
        Q_EMIT suspendFinished(error);
        return;
    }
    // The state is on disk and the guest stays stopped (postmigrate): QEMU may go.
    logEvent(QStringLiteral("state saved; quitting"));
    m_saved = true;
    m_stopRequested = true;
    Q_EMIT suspendFinished(error);
    quitQemu();
}

Status VmRunner::kill()
{
    if (auto why = refusal(m_state, Operation::Kill))
        return *why;
    m_stopRequested = true;
    logEvent(QStringLiteral("kill requested"));
    if (m_process)
        m_process->kill();
    return {};
}

void VmRunner::pollHalted()
{
    if (!m_qmp || !m_qmp->isReady() || (m_state != State::Running && m_state != State::Stopping))
        return;
    // QMP has no "halted" flag for x86 CPUs in QEMU 7.2; HMP's register dump is the only
    // source (HLT=1 with interrupts off (EFLAGS.IF clear) means the guest is gone for good).
    m_qmp->execute(
        QStringLiteral("human-monitor-command"),
        {{QStringLiteral("command-line"), QStringLiteral("info registers -a")}},
        [this](const Result<QJsonValue> &r) {
            if (!r || (m_state != State::Running && m_state != State::Stopping))
                return;
            const QString text = r->toString();
            static const QRegularExpression eflRe(QStringLiteral("EFL=([0-9a-fA-F]+)"));
            static const QRegularExpression hltRe(QStringLiteral("HLT=([01])"));
            auto efl = eflRe.globalMatch(text);
            auto hlt = hltRe.globalMatch(text);
            int cpus = 0;
            bool allDead = true;
            while (efl.hasNext() && hlt.hasNext()) {
                const bool interruptsOn = efl.next().captured(1).toUInt(nullptr, 16) & 0x200;
                const bool halted = hlt.next().captured(1) == QLatin1String("1");
                allDead = allDead && halted && !interruptsOn;
                ++cpus;
            }
            if (cpus == 0 || !allDead) {
                m_haltSince.invalidate();
                return;
            }
            // Seen twice in a row, a second apart: not a transient.
            if (!m_haltSince.isValid()) {
                m_haltSince.start();
                return;
            }
            logEvent(QStringLiteral("guest halted with the power on; turning it off"));
            Q_EMIT guestHalted();
            m_haltPoll->stop();
            (void)stop(true);
        },
        5000);
}

} // namespace Engine
