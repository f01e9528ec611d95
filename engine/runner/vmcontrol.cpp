#include "engine/runner/vmcontrol.h"

#include "engine/core/atomicfile.h"
#include "engine/library/linkedclones.h"
#include "engine/library/savedstate.h"
#include "engine/library/vmlock.h"
#include "engine/runner/runtimedir.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <signal.h>

namespace Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmControl)
};

VmRunner::State stateFromName(const QString &name)
{
    for (int i = int(VmRunner::State::Stopped); i <= int(VmRunner::State::Saved); ++i) {
        if (VmRunner::stateName(VmRunner::State(i)) == name)
            return VmRunner::State(i);
    }
    return VmRunner::State::Stopped;
}

QJsonObject readState(const QString &runtimeDir)
{
    auto bytes = readFile(runtimeDir + QStringLiteral("/state.json"), 1024 * 1024);
    if (!bytes)
        return {};
    return QJsonDocument::fromJson(*bytes).object();
}

bool alive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

QJsonObject VmRunInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), VmRunner::stateName(state)},
                  {QStringLiteral("qemuPid"), qemuPid},
                  {QStringLiteral("supervisorPid"), supervisorPid},
                  {QStringLiteral("accel"), accel},
                  {QStringLiteral("accelReason"), accelReason},
                  {QStringLiteral("startedAt"), startedAt},
                  {QStringLiteral("controlSocket"), controlSocket},
                  {QStringLiteral("consoleSocket"), consoleSocket}};
    if (error.code != ErrorCode::None) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                             {QStringLiteral("message"), error.message},
                             {QStringLiteral("details"), error.details}});
    }
    return o;
}

VmControl::VmControl(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QLocalSocket::readyRead, this, &VmControl::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, &VmControl::disconnected);
}

VmRunInfo VmControl::query(const QString &bundlePath, const VmConfig &config)
{
    VmRunInfo info;
    auto base = RuntimeDir::base();
    if (base)
        info.runtimeDir = *base + QLatin1Char('/') + config.uuid.toString(QUuid::WithoutBraces);
    const QJsonObject s = info.runtimeDir.isEmpty() ? QJsonObject() : readState(info.runtimeDir);
    const bool locked = VmLock::isLocked(bundlePath);
    info.state = stateFromName(s.value(QLatin1String("state")).toString());
    info.qemuPid = s.value(QLatin1String("qemuPid")).toInteger();
    info.supervisorPid = s.value(QLatin1String("supervisorPid")).toInteger();
    info.accel = s.value(QLatin1String("accel")).toString();
    info.accelReason = s.value(QLatin1String("accelReason")).toString();
    info.startedAt = s.value(QLatin1String("startedAt")).toString();
    info.controlSocket = s.value(QLatin1String("controlSocket")).toString();
    info.consoleSocket = s.value(QLatin1String("consoleSocket")).toString();
    info.error = errorFromJson(s.value(QLatin1String("error")).toObject());

    const bool saysLive = VmRunner::hasProcess(info.state);
    if (saysLive && !locked && info.state == VmRunner::State::Stopping) {
        // Asked to stop and QEMU is gone: stopped. The supervisor lets go of the lock a moment
        // before it writes "stopped"; a query in between must not report a crash.
        info.state = VmRunner::State::Stopped;
    } else if (saysLive && !locked) {
        // The supervisor said it was running, but nothing holds the VM any more.
        info.state = VmRunner::State::Crashed;
        info.error = Error(ErrorCode::Crashed,
                           Tr::tr("The VM stopped unexpectedly (its QEMU and Emanon processes "
                                  "are gone). Start it again to boot it."));
    } else if (saysLive && !alive(info.supervisorPid)) {
        // QEMU still holds the lock but its supervisor died: it runs, unmanaged.
        info.error = Error(ErrorCode::Crashed,
                           Tr::tr("The VM's Emanon process ended but QEMU (pid %1) still runs. "
                                  "Stop it by force to recover.")
                               .arg(info.qemuPid));
    } else if (!saysLive && locked && s.isEmpty()) {
        info.state = VmRunner::State::Running;
    }
    // Without a process, the bundle says it: a saved state makes the VM Saved (also after a
    // crash of Emanon or QEMU at any point after the state was committed), its absence not.
    if (!locked && (info.state == VmRunner::State::Stopped || info.state == VmRunner::State::Crashed
                    || info.state == VmRunner::State::Saved)) {
        const bool saved = SavedState::exists(bundlePath);
        if (saved && info.state != VmRunner::State::Saved) {
            info.state = VmRunner::State::Saved;
            if (info.error.code == ErrorCode::Crashed) // the state was saved before that
                info.error = Error();
        }
        else if (!saved && info.state == VmRunner::State::Saved)
            info.state = VmRunner::State::Stopped;
    }
    return info;
}

Status VmControl::terminateOrphan(const QString &bundlePath, const VmConfig &config,
                                  const VmRunInfo &info)
{
    if (!VmLock::isLocked(bundlePath) || info.qemuPid <= 0 || alive(info.supervisorPid))
        return Error(ErrorCode::StateRefused, Tr::tr("%1 is not running.").arg(config.name));
    // The pid in the lock file is QEMU's (the runner records it): make sure we signal that
    // process and not a recycled pid.
    if (VmLock::holderPid(bundlePath).value_or(-1) != info.qemuPid) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("The process holding %1 is not the QEMU Emanon started; stop it by "
                            "hand.")
                         .arg(config.name));
    }
    ::kill(pid_t(info.qemuPid), SIGTERM);
    QElapsedTimer t;
    t.start();
    while (VmLock::isLocked(bundlePath) && t.elapsed() < 5000)
        QThread::msleep(50);
    if (VmLock::isLocked(bundlePath)) {
        ::kill(pid_t(info.qemuPid), SIGKILL);
        while (VmLock::isLocked(bundlePath) && t.elapsed() < 10000)
            QThread::msleep(50);
    }
    if (VmLock::isLocked(bundlePath))
        return Error(ErrorCode::Timeout, Tr::tr("QEMU (pid %1) did not end.").arg(info.qemuPid));
    QJsonObject s = readState(info.runtimeDir);
    s.insert(QStringLiteral("state"), QStringLiteral("stopped"));
    s.remove(QStringLiteral("error"));
    (void)writeRuntimeFileAtomic(info.runtimeDir + QStringLiteral("/state.json"), QJsonDocument(s).toJson());
    return {};
}

Result<QString> VmControl::supervisorProgram()
{
    const QString overridden = qEnvironmentVariable("EMANON_CTL");
    if (!overridden.isEmpty())
        return overridden;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {dir + QStringLiteral("/emanonctl"), dir + QStringLiteral("/ctl/emanonctl")}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    const QString found = QStandardPaths::findExecutable(QStringLiteral("emanonctl"));
    if (!found.isEmpty())
        return found;
    return Error(ErrorCode::ProcessStart,
                 Tr::tr("emanonctl, which runs the VMs, was not found next to this program. "
                        "Reinstall Emanon or set EMANON_CTL."));
}

Result<VmRunInfo> VmControl::launch(const QString &bundlePath, const VmConfig &config,
                                    const QString &accelPreference, int timeoutMs,
                                    const QString &incomingUri)
{
    const VmRunInfo before = query(bundlePath, config);
    if (VmLock::isLocked(bundlePath)) {
        return Error(ErrorCode::Locked,
                     Tr::tr("%1 is already %2.").arg(config.name,
                                                     VmRunner::stateDisplayName(before.state)));
    }
    // A template's disks back linked clones: running it would write them under the clones.
    if (auto why = templateRefusal(VmBundle{bundlePath, config}, Tr::tr("It cannot be started.")))
        return *why;
    // Problems with the runtime dir (not ours, path too long) are reported here, where the
    // user is, rather than in the detached supervisor's log.
    if (auto rt = RuntimeDir::forVm(config.uuid); !rt)
        return rt.error();
    auto program = supervisorProgram();
    if (!program)
        return program.error();

    const QString launchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList args{QStringLiteral("supervise"), bundlePath, QStringLiteral("--launch-id"),
                     launchId};
    if (!accelPreference.isEmpty())
        args << QStringLiteral("--accel") << accelPreference;
    if (!incomingUri.isEmpty())
        args << QStringLiteral("--incoming") << incomingUri;
    QDir().mkpath(bundlePath + QStringLiteral("/log"));
    QProcess p;
    p.setProgram(*program);
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(bundlePath + QStringLiteral("/log/supervisor.log"), QIODevice::Append);
    p.setStandardErrorFile(bundlePath + QStringLiteral("/log/supervisor.log"), QIODevice::Append);
    qint64 pid = 0;
    if (!p.startDetached(&pid)) {
        return Error(ErrorCode::ProcessStart, Tr::tr("The VM process could not be started."),
                     *program + QStringLiteral(": ") + p.errorString());
    }

    QElapsedTimer timer;
    timer.start();
    // state.json is small and read every 2 ms while QEMU starts (~50 ms), then every 20 ms: a
    // start, or a migration target, is not held up by a coarse poll. (An inotify watch would
    // wake at once, but closing it waits for an RCU grace period, 10-20 ms here.)
    while (timer.elapsed() < timeoutMs) {
        QThread::msleep(timer.elapsed() < 1000 ? 2 : 20);
        const QJsonObject s = before.runtimeDir.isEmpty() ? QJsonObject()
                                                          : readState(before.runtimeDir);
        if (s.value(QLatin1String("launchId")).toString() == launchId) {
            const QString state = s.value(QLatin1String("state")).toString();
            if (state == QLatin1String("running") || state == QLatin1String("paused"))
                return query(bundlePath, config);
            if (state == QLatin1String("stopped") || state == QLatin1String("crashed")) {
                Error e = errorFromJson(s.value(QLatin1String("error")).toObject());
                if (e.code == ErrorCode::None)
                    e = Error(ErrorCode::ProcessFailed, Tr::tr("The VM stopped while starting."));
                return e;
            }
        }
        if (!alive(pid)) {
            // Reap it if it is our child (startDetached double-forks, so usually not).
            const QJsonObject s2 = readState(before.runtimeDir);
            if (s2.value(QLatin1String("launchId")).toString() == launchId)
                continue; // its last word is there: read it on the next turn
            const QString logPath = bundlePath + QStringLiteral("/log/supervisor.log");
            auto log = readFile(logPath);
            return Error(ErrorCode::ProcessFailed,
                         Tr::tr("The VM process ended before the VM started. See %1.").arg(logPath),
                         log ? QString::fromUtf8(log->right(2000)) : QString());
        }
    }
    return Error(ErrorCode::Timeout,
                 Tr::tr("The VM did not start within %1 s; it may still be starting. Check "
                        "with \"emanonctl status\".")
                     .arg(timeoutMs / 1000));
}

Status VmControl::connectTo(const QString &controlSocket, int timeoutMs)
{
    m_socket.connectToServer(controlSocket);
    if (!m_socket.waitForConnected(timeoutMs)) {
        return Error(ErrorCode::QmpConnect,
                     Tr::tr("The VM is not running (its control socket does not answer)."),
                     m_socket.errorString());
    }
    return {};
}

void VmControl::onReadyRead()
{
    m_buffer += m_socket.readAll();
    int nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray raw = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (o.contains(QLatin1String("id")) && o.contains(QLatin1String("ok"))) {
            m_replies.insert(o.value(QLatin1String("id")).toInt(), o);
        } else if (o.value(QLatin1String("event")) == QLatin1String("state")) {
            Q_EMIT stateChanged(o.value(QLatin1String("state")).toString(), o);
            Q_EMIT eventReceived(o);
        } else if (!o.isEmpty()) {
            Q_EMIT eventReceived(o);
        }
    }
}

Result<QJsonValue> VmControl::request(const QString &op, const QJsonObject &args, int timeoutMs)
{
    if (m_socket.state() != QLocalSocket::ConnectedState)
        return Error(ErrorCode::QmpConnect, Tr::tr("The VM is not running."));
    const int id = m_nextId++;
    QJsonObject o = args;
    o.insert(QStringLiteral("op"), op);
    o.insert(QStringLiteral("id"), id);
    m_socket.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto c1 = connect(&m_socket, &QLocalSocket::readyRead, &loop, [&] {
        if (m_replies.contains(id))
            loop.quit();
    });
    auto c2 = connect(&m_socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!m_replies.contains(id))
        loop.exec();
    disconnect(c1);
    disconnect(c2);
    if (!m_replies.contains(id)) {
        return m_socket.state() == QLocalSocket::ConnectedState
                   ? Error(ErrorCode::Timeout, Tr::tr("The VM did not answer in time."))
                   : Error(ErrorCode::QmpConnect, Tr::tr("The VM's process went away."));
    }
    const QJsonObject r = m_replies.take(id);
    if (!r.value(QLatin1String("ok")).toBool())
        return errorFromJson(r.value(QLatin1String("error")).toObject());
    return r.value(QLatin1String("result"));
}

} // namespace Engine
