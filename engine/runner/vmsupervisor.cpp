#include "engine/runner/vmsupervisor.h"

#include "engine/core/atomicfile.h"
#include "engine/qemu/qemucommand.h"
#include "engine/qmp/qmpclient.h"
#include "engine/runner/runtimedir.h"
#include "engine/runner/usbhotplug.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace Engine {

namespace {
QJsonObject errorJson(const Error &e)
{
    return {{QStringLiteral("code"), errorCodeName(e.code)},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("details"), e.details}};
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

VmSupervisor::VmSupervisor(const QString &bundlePath, const VmConfig &config,
                           const QString &launchId, QObject *parent)
    : QObject(parent), m_runner(bundlePath, config), m_launchId(launchId)
{
    connect(&m_runner, &VmRunner::stateChanged, this,
            [this](VmRunner::State s, VmRunner::State) { onStateChanged(s); });
    connect(&m_runner, &VmRunner::guestHalted, this, [this] {
        broadcast({{QStringLiteral("event"), QStringLiteral("guest-halted")}});
    });
    connect(&m_runner, &VmRunner::powerDownTimedOut, this, [this] {
        broadcast({{QStringLiteral("event"), QStringLiteral("power-down-timed-out")}});
    });
    connect(&m_runner, &VmRunner::suspendProgress, this, [this](int percent, const QString &stage) {
        broadcast({{QStringLiteral("event"), QStringLiteral("suspend-progress")},
                   {QStringLiteral("percent"), percent},
                   {QStringLiteral("stage"), stage}});
    });
    connect(&m_runner, &VmRunner::suspendFinished, this, [this](const Error &e) {
        QJsonObject event{{QStringLiteral("event"), QStringLiteral("suspend-finished")},
                          {QStringLiteral("ok"), e.code == ErrorCode::None}};
        if (e.code != ErrorCode::None)
            event.insert(QStringLiteral("error"), errorJson(e));
        broadcast(event);
    });
    // The runner is QEMU's serial client and writes the log; we fan the stream out.
    connect(&m_runner, &VmRunner::serialReceived, this, [this](const QByteArray &bytes) {
        for (QLocalSocket *c : std::as_const(m_consoleClients))
            c->write(bytes);
    });
    m_usb = new UsbHotplug(m_runner, this);
    connect(&m_runner, &VmRunner::qmpEvent, m_usb, &UsbHotplug::onQmpEvent);
    connect(&m_runner, &VmRunner::qmpEvent, this, [this](const QString &name, const QJsonObject &data) {
        broadcast({{QStringLiteral("event"), QStringLiteral("qmp")},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("data"), data}});
    });
}

VmSupervisor::~VmSupervisor()
{
    shutdownServers();
}

Status VmSupervisor::start(const VmStartOptions &options)
{
    m_startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // Known before the runner starts, so that even a refused start leaves its reason in
    // state.json for the process that launched us.
    auto runtimeDir = RuntimeDir::forVm(m_runner.config().uuid);
    if (!runtimeDir)
        return runtimeDir.error();
    m_runtimeDir = *runtimeDir;
    const Status s = m_runner.start(options);
    if (!s) {
        m_startError = s.error();
        writeState();
        return s;
    }
    m_control = new QLocalServer(this);
    m_control->setSocketOptions(QLocalServer::UserAccessOption);
    // Names unique to this launch: a previous supervisor of the same VM that is still closing
    // down removes its own sockets, never ours.
    const QString tag = m_launchId.left(8);
    m_controlPath = m_runtimeDir + QStringLiteral("/control.%1.sock").arg(tag);
    m_consolePath = m_runtimeDir + QStringLiteral("/console.%1.sock").arg(tag);
    QLocalServer::removeServer(m_controlPath);
    if (!m_control->listen(m_controlPath)) {
        (void)m_runner.kill();
        return Error(ErrorCode::RuntimeDir, tr("The VM's control socket could not be created."),
                     m_control->errorString());
    }
    connect(m_control, &QLocalServer::newConnection, this, &VmSupervisor::onControlConnection);

    m_console = new QLocalServer(this);
    m_console->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_consolePath);
    if (m_console->listen(m_consolePath))
        connect(m_console, &QLocalServer::newConnection, this, &VmSupervisor::onConsoleConnection);
    writeState();
    return {};
}

void VmSupervisor::onStateChanged(VmRunner::State state)
{
    writeState();
    QJsonObject event{{QStringLiteral("event"), QStringLiteral("state")},
                      {QStringLiteral("state"), VmRunner::stateName(state)}};
    if (m_runner.lastError().code != ErrorCode::None)
        event.insert(QStringLiteral("error"), errorJson(m_runner.lastError()));
    broadcast(event);
    if (!VmRunner::hasProcess(state)) {
        const int code = m_runner.lastError().code == ErrorCode::None ? 0 : 1;
        // Let the last event reach the clients before the sockets go.
        QTimer::singleShot(100, this, [this, code] {
            shutdownServers();
            Q_EMIT finished(code);
        });
    }
}

void VmSupervisor::writeState()
{
    if (m_runtimeDir.isEmpty())
        return;
    QJsonObject o{{QStringLiteral("launchId"), m_launchId},
                  {QStringLiteral("state"), VmRunner::stateName(m_runner.state())},
                  {QStringLiteral("qemuPid"), m_runner.qemuPid()},
                  {QStringLiteral("supervisorPid"), QCoreApplication::applicationPid()},
                  {QStringLiteral("accel"), m_runner.accel().accel},
                  {QStringLiteral("accelReason"), m_runner.accel().reason},
                  {QStringLiteral("startedAt"), m_startedAt},
                  {QStringLiteral("controlSocket"), m_controlPath},
                  {QStringLiteral("consoleSocket"), m_consolePath}};
    const Error &error = m_startError.code != ErrorCode::None ? m_startError : m_runner.lastError();
    if (error.code != ErrorCode::None)
        o.insert(QStringLiteral("error"), errorJson(error));
    (void)writeRuntimeFileAtomic(m_runtimeDir + QStringLiteral("/state.json"),
                          QJsonDocument(o).toJson());
}

void VmSupervisor::broadcast(const QJsonObject &message)
{
    const QByteArray bytes = line(message);
    for (QLocalSocket *c : std::as_const(m_controlClients))
        c->write(bytes);
}

void VmSupervisor::onControlConnection()
{
    while (QLocalSocket *client = m_control->nextPendingConnection()) {
        m_controlClients.append(client);
        connect(client, &QLocalSocket::disconnected, this, [this, client] {
            m_controlClients.removeAll(client);
            client->deleteLater();
        });
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            while (client->canReadLine()) {
                const QByteArray raw = client->readLine(1024 * 1024);
                const QJsonDocument doc = QJsonDocument::fromJson(raw);
                if (!doc.isObject()) {
                    reply(client, {}, Error(ErrorCode::InvalidArgument, tr("Malformed request.")));
                    continue;
                }
                handleRequest(client, doc.object());
            }
        });
    }
}

void VmSupervisor::reply(QLocalSocket *client, const QJsonValue &id, const Status &status,
                         const QJsonValue &result)
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("ok"), status.ok()}};
    if (status.ok())
        o.insert(QStringLiteral("result"), result);
    else
        o.insert(QStringLiteral("error"), errorJson(status.error()));
    client->write(line(o));
}

void VmSupervisor::handleRequest(QLocalSocket *client, const QJsonObject &request)
{
    const QJsonValue id = request.value(QLatin1String("id"));
    const QString op = request.value(QLatin1String("op")).toString();
    const int timeoutMs = request.value(QLatin1String("timeoutMs")).toInt(60000);
    if (op == QLatin1String("status")) {
        reply(client, id, {}, QJsonObject{{QStringLiteral("state"), VmRunner::stateName(m_runner.state())}});
    } else if (op == QLatin1String("pause")) {
        reply(client, id, m_runner.pause());
    } else if (op == QLatin1String("resume")) {
        reply(client, id, m_runner.resume());
    } else if (op == QLatin1String("reset")) {
        reply(client, id, m_runner.reset());
    } else if (op == QLatin1String("powerdown")) {
        reply(client, id, m_runner.powerDown(timeoutMs));
    } else if (op == QLatin1String("stop")) {
        reply(client, id, m_runner.stop(request.value(QLatin1String("force")).toBool(), timeoutMs));
    } else if (op == QLatin1String("kill")) {
        reply(client, id, m_runner.kill());
    } else if (op == QLatin1String("suspend")) {
        // A device plugged in with "usb attach" is not part of the VM's definition, so the
        // restored QEMU would not have it and the state could not be loaded.
        if (const QJsonArray plugged = m_usb->list(); !plugged.isEmpty()) {
            reply(client, id,
                  Error(ErrorCode::StateRefused,
                        tr("%1 has USB devices plugged in (%2), which a saved state cannot keep. "
                           "Unplug them first, then suspend.")
                            .arg(m_runner.config().name)
                            .arg(plugged.size())));
            return;
        }
        reply(client, id, m_runner.suspend());
    } else if (op == QLatin1String("suspend-cancel")) {
        reply(client, id, m_runner.cancelSuspend());
    } else if (op == QLatin1String("qmp")) {
        // Pass-through for features built on the engine (snapshots, media, USB).
        QmpClient *qmp = m_runner.qmp();
        if (!qmp || !qmp->isReady()) {
            reply(client, id, Error(ErrorCode::StateRefused, tr("The VM is not running.")));
            return;
        }
        QPointer<QLocalSocket> guard(client);
        qmp->execute(request.value(QLatin1String("execute")).toString(),
                     request.value(QLatin1String("arguments")).toObject(),
                     [this, guard, id](const Result<QJsonValue> &r) {
                         if (!guard)
                             return;
                         if (r)
                             reply(guard, id, {}, *r);
                         else
                             reply(guard, id, r.error());
                     },
                     timeoutMs);
    } else if (op.startsWith(QLatin1String("usb-"))) {
        QPointer<QLocalSocket> guard(client);
        const bool known = m_usb->handle(op, request, [this, guard, id](const Result<QJsonValue> &r) {
            if (guard)
                r ? reply(guard, id, {}, *r) : reply(guard, id, r.error());
        });
        if (!known)
            reply(client, id, Error(ErrorCode::InvalidArgument, tr("Unknown request \"%1\".").arg(op)));
    } else {
        reply(client, id, Error(ErrorCode::InvalidArgument, tr("Unknown request \"%1\".").arg(op)));
    }
}

void VmSupervisor::onConsoleConnection()
{
    while (QLocalSocket *client = m_console->nextPendingConnection()) {
        m_consoleClients.append(client);
        connect(client, &QLocalSocket::disconnected, this, [this, client] {
            m_consoleClients.removeAll(client);
            client->deleteLater();
        });
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            (void)m_runner.writeSerial(client->readAll());
        });
    }
}

void VmSupervisor::shutdownServers()
{
    for (QLocalSocket *c : std::as_const(m_controlClients))
        c->flush();
    for (QLocalSocket *c : std::as_const(m_consoleClients))
        c->flush();
    // close() also removes the socket files.
    if (m_control)
        m_control->close();
    if (m_console)
        m_console->close();
}

} // namespace Engine
