#include "tests/support/fakeqmpserver.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSignalSpy>
#include <QTimer>

namespace TestUtil {

namespace {

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject qemu72Version()
{
    return QJsonObject{
        {key("qemu"), QJsonObject{{key("micro"), 22}, {key("minor"), 2}, {key("major"), 7}}},
        {key("package"), key("Debian 1:7.2+dfsg-7+deb12u18+b3")}};
}

} // namespace

FakeQmpServer::FakeQmpServer(QObject *parent)
    : QObject(parent), m_server(new QLocalServer(this)), m_pumpTimer(new QTimer(this)),
      m_greeting(qemu72Greeting())
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &FakeQmpServer::pump);
    connect(m_server, &QLocalServer::newConnection, this, &FakeQmpServer::onNewConnection);
}

FakeQmpServer::~FakeQmpServer()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
    }
    m_server->close();
}

bool FakeQmpServer::listen(const QString &path)
{
    QLocalServer::removeServer(path);
    if (!m_server->listen(path)) {
        qWarning("FakeQmpServer: cannot listen on %s: %s", qPrintable(path),
                 qPrintable(m_server->errorString()));
        return false;
    }
    m_path = path;
    m_connectionCount = 0;
    return true;
}

void FakeQmpServer::close()
{
    dropClient();
    m_server->close();
}

QByteArray FakeQmpServer::qemu72Greeting()
{
    // Exactly what QEMU 7.2.22 (Debian 12) writes.
    return QByteArrayLiteral(
        "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7}, "
        "\"package\": \"Debian 1:7.2+dfsg-7+deb12u18+b3\"}, \"capabilities\": [\"oob\"]}}\r\n");
}

void FakeQmpServer::setCapabilitiesError(const QString &errorClass, const QString &desc)
{
    m_capabilitiesErrorClass = errorClass;
    m_capabilitiesErrorDesc = desc;
}

void FakeQmpServer::setReply(const QString &command, const QJsonValue &returnValue, int delayMs)
{
    Canned canned;
    canned.kind = Canned::Kind::Return;
    canned.value = returnValue;
    canned.delayMs = delayMs;
    m_replies.insert(command, canned);
}

void FakeQmpServer::setErrorReply(const QString &command, const QString &errorClass,
                                  const QString &desc, int delayMs)
{
    Canned canned;
    canned.kind = Canned::Kind::Error;
    canned.errorClass = errorClass;
    canned.desc = desc;
    canned.delayMs = delayMs;
    m_replies.insert(command, canned);
}

void FakeQmpServer::setNoReply(const QString &command)
{
    Canned canned;
    canned.kind = Canned::Kind::None;
    m_replies.insert(command, canned);
}

void FakeQmpServer::answer(const QJsonObject &request)
{
    const QString command = request.value(key("execute")).toString();
    const auto it = m_replies.constFind(command);
    if (it != m_replies.constEnd()) {
        switch (it->kind) {
        case Canned::Kind::Return:
            sendReturn(request, it->value, it->delayMs);
            return;
        case Canned::Kind::Error:
            sendError(request, it->errorClass, it->desc, it->delayMs);
            return;
        case Canned::Kind::None:
            return;
        }
    }
    if (answerBuiltIn(request))
        return;
    sendError(request, key("CommandNotFound"),
              QStringLiteral("The command %1 has not been found").arg(command));
}

bool FakeQmpServer::answerBuiltIn(const QJsonObject &request)
{
    // Event-before-return order as QEMU 7.2 writes them.
    const QString command = request.value(key("execute")).toString();
    if (command == key("query-status")) {
        sendReturn(request, QJsonObject{{key("status"), m_runState},
                                        {key("singlestep"), false},
                                        {key("running"), m_runState == key("running")}});
    } else if (command == key("query-version")) {
        sendReturn(request, qemu72Version());
    } else if (command == key("cont")) {
        if (m_runState != key("running")) {
            m_runState = key("running");
            sendEvent(key("RESUME"));
        }
        sendReturn(request);
    } else if (command == key("stop")) {
        if (m_runState == key("running")) {
            m_runState = key("paused");
            sendEvent(key("STOP"));
        }
        sendReturn(request);
    } else if (command == key("system_reset")) {
        sendEvent(key("RESET"),
                  {{key("guest"), false}, {key("reason"), key("host-qmp-system-reset")}});
        sendReturn(request);
    } else if (command == key("system_powerdown")) {
        sendEvent(key("POWERDOWN"));
        sendReturn(request);
    } else if (command == key("quit")) {
        m_runState = key("shutdown");
        sendEvent(key("SHUTDOWN"), {{key("guest"), false}, {key("reason"), key("host-qmp-quit")}});
        sendReturn(request);
        closeConnection();
    } else {
        return false;
    }
    return true;
}

// --- sending -------------------------------------------------------------------------------

QByteArray FakeQmpServer::encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + "\r\n";
}

QJsonObject FakeQmpServer::returnMessage(const QJsonObject &request, const QJsonValue &value)
{
    QJsonObject message{{key("return"), value}};
    if (request.contains(key("id")))
        message.insert(key("id"), request.value(key("id")));
    return message;
}

QJsonObject FakeQmpServer::errorMessage(const QJsonObject &request, const QString &errorClass,
                                        const QString &desc)
{
    QJsonObject message{
        {key("error"), QJsonObject{{key("class"), errorClass}, {key("desc"), desc}}}};
    if (request.contains(key("id")))
        message.insert(key("id"), request.value(key("id")));
    return message;
}

QJsonObject FakeQmpServer::eventMessage(const QString &name, const QJsonObject &data,
                                        qint64 timestampUs)
{
    if (timestampUs < 0)
        timestampUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    QJsonObject message{
        {key("event"), name},
        {key("timestamp"), QJsonObject{{key("seconds"), timestampUs / 1000000},
                                       {key("microseconds"), timestampUs % 1000000}}}};
    if (!data.isEmpty())
        message.insert(key("data"), data);
    return message;
}

void FakeQmpServer::sendReturn(const QJsonObject &request, const QJsonValue &value, int delayMs)
{
    sendMessage(returnMessage(request, value), delayMs);
}

void FakeQmpServer::sendError(const QJsonObject &request, const QString &errorClass,
                              const QString &desc, int delayMs)
{
    sendMessage(errorMessage(request, errorClass, desc), delayMs);
}

void FakeQmpServer::sendEvent(const QString &name, const QJsonObject &data, qint64 timestampUs,
                              int delayMs)
{
    // The timestamp is taken when the event is sent, as QEMU does.
    later(delayMs, [this, name, data, timestampUs] {
        enqueue({encode(eventMessage(name, data, timestampUs))});
    });
}

void FakeQmpServer::sendMessage(const QJsonObject &message, int delayMs)
{
    sendRaw(encode(message), delayMs);
}

void FakeQmpServer::sendRaw(const QByteArray &bytes, int delayMs)
{
    later(delayMs, [this, bytes] { enqueue({bytes}); });
}

void FakeQmpServer::sendRawInChunks(const QByteArray &bytes, int chunkBytes, int intervalMs)
{
    chunkBytes = std::max(1, chunkBytes);
    for (qsizetype at = 0; at < bytes.size(); at += chunkBytes)
        enqueue({bytes.mid(at, chunkBytes), false, std::max(0, intervalMs)});
}

void FakeQmpServer::closeConnection(int delayMs)
{
    later(delayMs, [this] { enqueue({{}, true}); });
}

void FakeQmpServer::abortConnection()
{
    if (!m_client)
        return;
    dropClient();
    Q_EMIT clientDisconnected();
}

void FakeQmpServer::later(int delayMs, std::function<void()> f)
{
    if (delayMs <= 0) {
        f();
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(delayMs, this, [this, generation, f = std::move(f)] {
        if (generation == m_generation && m_client)
            f();
    });
}

void FakeQmpServer::enqueue(Chunk chunk)
{
    if (!m_client)
        return;
    m_outQueue.append(std::move(chunk));
    if (!m_pumpTimer->isActive())
        pump();
}

void FakeQmpServer::pump()
{
    while (m_client && !m_outQueue.isEmpty()) {
        const Chunk chunk = m_outQueue.takeFirst();
        if (chunk.close) {
            m_outQueue.clear();
            // Writes what is buffered first; disconnected() follows (maybe at once).
            m_client->disconnectFromServer();
            return;
        }
        m_client->write(chunk.bytes);
        if (chunk.pauseAfterMs >= 0) {
            m_client->flush();
            if (!m_outQueue.isEmpty())
                m_pumpTimer->start(chunk.pauseAfterMs);
            return;
        }
    }
    if (m_client)
        m_client->flush();
}

// --- receiving -----------------------------------------------------------------------------

void FakeQmpServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_client)
            abortConnection();
        m_client = socket;
        ++m_generation;
        ++m_connectionCount;
        m_negotiated = !m_autoCapabilities;
        connect(socket, &QLocalSocket::readyRead, this, &FakeQmpServer::onReadyRead);
        connect(socket, &QLocalSocket::disconnected, this, &FakeQmpServer::onClientDisconnected);
        if (!m_greeting.isEmpty())
            enqueue({m_greeting});
        Q_EMIT clientConnected();
    }
}

void FakeQmpServer::onReadyRead()
{
    QPointer<FakeQmpServer> self(this);
    const quint64 generation = m_generation;
    if (!m_client)
        return;
    m_inBuffer += m_client->readAll();
    qsizetype newline;
    while (self && generation == m_generation && (newline = m_inBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_inBuffer.left(newline);
        m_inBuffer.remove(0, newline + 1);
        handleLine(line);
    }
}

void FakeQmpServer::onClientDisconnected()
{
    // Requests written just before closing still count.
    if (m_client && m_client->bytesAvailable() > 0)
        onReadyRead();
    if (!m_client)
        return;
    dropClient();
    Q_EMIT clientDisconnected();
}

void FakeQmpServer::dropClient()
{
    if (!m_client)
        return;
    QLocalSocket *client = std::exchange(m_client, nullptr);
    client->disconnect(this);
    client->abort();
    client->deleteLater();
    ++m_generation;
    m_inBuffer.clear();
    m_outQueue.clear();
    m_pumpTimer->stop();
    m_negotiated = false;
}

void FakeQmpServer::handleLine(const QByteArray &rawLine)
{
    const QByteArray line = rawLine.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_garbage.append(line);
        // QEMU answers unparsable input without an id.
        sendError({}, key("GenericError"),
                  parseError.error != QJsonParseError::NoError
                      ? QStringLiteral("JSON parse error, %1").arg(parseError.errorString())
                      : key("QMP input must be a JSON object"));
        return;
    }
    const QJsonObject request = doc.object();
    m_requests.append(request);
    QPointer<FakeQmpServer> self(this);
    const quint64 generation = m_generation;
    Q_EMIT requestReceived(request);
    if (!self || generation != m_generation)
        return;

    const QString command = request.value(key("execute")).toString();
    if (command.isEmpty()) {
        sendError(request, key("GenericError"), key("QMP input lacks member 'execute'"));
        return;
    }
    if (m_autoCapabilities && command == key("qmp_capabilities")) {
        if (m_negotiated) {
            sendError(request, key("CommandNotFound"),
                      key("Capabilities negotiation is already complete, command ignored"));
        } else if (!m_capabilitiesErrorClass.isEmpty()) {
            sendError(request, m_capabilitiesErrorClass, m_capabilitiesErrorDesc);
        } else {
            m_negotiated = true;
            sendReturn(request);
        }
        return;
    }
    if (!m_negotiated) {
        sendError(request, key("CommandNotFound"),
                  key("Expecting capabilities negotiation with 'qmp_capabilities'"));
        return;
    }
    if (m_handler)
        m_handler(request, *this);
    else
        answer(request);
}

// --- observation ---------------------------------------------------------------------------

QStringList FakeQmpServer::receivedCommands() const
{
    QStringList commands;
    for (const QJsonObject &request : m_requests)
        commands.append(request.value(key("execute")).toString());
    return commands;
}

void FakeQmpServer::clearReceived()
{
    m_requests.clear();
    m_garbage.clear();
}

bool FakeQmpServer::waitForCommand(const QString &command, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QSignalSpy spy(this, &FakeQmpServer::requestReceived);
    while (!receivedCommands().contains(command)) {
        if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return receivedCommands().contains(command);
    }
    return true;
}

} // namespace TestUtil
