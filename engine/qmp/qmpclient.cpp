#include "engine/qmp/qmpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalSocket>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <climits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Engine {

namespace {

/// QEMU creates its QMP socket some tens of ms after it starts: try often at first, so that a
/// start (or a migration target) is not held up by a coarse poll, then back off.
constexpr int kFastRetryIntervalMs = 5;
constexpr int kFastRetries = 60;
constexpr int kRetryIntervalMs = 50;
/// Late replies are recognised for this many timed-out requests (the oldest are forgotten).
constexpr std::size_t kMaxRememberedTimeouts = 1024;
/// Garbage is quoted in warnings up to this length.
constexpr qsizetype kMaxQuotedBytes = 200;

QString quoted(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(kMaxQuotedBytes));
    if (bytes.size() > kMaxQuotedBytes)
        text += QStringLiteral("... (%1 bytes)").arg(bytes.size());
    return text;
}

QString compact(const QJsonObject &message)
{
    return quoted(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

/// "5", "0.3": seconds for messages.
QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

} // namespace

QmpClient::QmpClient(QObject *parent)
    : QObject(parent), m_retryTimer(new QTimer(this)), m_connectDeadline(new QTimer(this)),
      m_sweepTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_connectDeadline->setSingleShot(true);
    m_connectDeadline->setTimerType(Qt::PreciseTimer); // "within timeoutMs" means it
    m_sweepTimer->setSingleShot(true);
    m_sweepTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, &QmpClient::attemptConnect);
    connect(m_connectDeadline, &QTimer::timeout, this, &QmpClient::onConnectDeadline);
    connect(m_sweepTimer, &QTimer::timeout, this, &QmpClient::sweepTimeouts);
}

QmpClient::~QmpClient()
{
    // The callbacks' owners may be gone already (they often own this client): drop them.
    m_pending.clear();
    if (m_socket) {
        // Deferred: this client may be destroyed from inside one of the socket's signals.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->setParent(nullptr);
        m_socket->deleteLater();
    }
}

void QmpClient::connectToServer(const QString &socketPath, int timeoutMs)
{
    disconnectFromServer();
    m_socketPath = socketPath;
    m_connectTimeoutMs = std::max(0, timeoutMs);
    m_connectAttempts = 0;
    m_lastSocketError.clear();
    m_version.clear();
    m_state = State::Connecting;
    // Every failure, even an immediate one, is reported from the event loop.
    m_connectDeadline->start(m_connectTimeoutMs);
    if (!socketPath.isEmpty())
        attemptConnect();
}

Status QmpClient::connectAndWait(const QString &socketPath, int timeoutMs)
{
    // Close an old connection first, so that its end is not taken for this attempt's.
    disconnectFromServer();

    std::optional<Status> result;
    QEventLoop loop;
    QPointer<QmpClient> self(this);
    connect(this, &QmpClient::ready, &loop, [&] {
        result = Status();
        loop.quit();
    });
    connect(this, &QmpClient::connectFailed, &loop, [&](const Error &error) {
        result = Status(error);
        loop.quit();
    });
    connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
    connectToServer(socketPath, timeoutMs);
    if (!result)
        loop.exec();
    // The loop may also end because the application quits: stop the attempt then.
    if (!result && self)
        disconnectFromServer();
    if (!result)
        return Error(ErrorCode::Canceled, tr("Connecting to QEMU was canceled."));
    return *result;
}

void QmpClient::disconnectFromServer()
{
    if (m_state == State::Disconnected)
        return;
    closeConnection(
        [](const QString &command) {
            return Error(
                ErrorCode::Canceled,
                tr("The command %1 was canceled: the connection to QEMU was closed.").arg(command));
        },
        Error(ErrorCode::Canceled, tr("Connecting to QEMU was canceled.")));
}

bool QmpClient::isReady() const
{
    return m_state == State::Ready;
}

QString QmpClient::qemuVersion() const
{
    return m_state == State::Ready ? m_version : QString();
}

void QmpClient::execute(const QString &command, const QJsonObject &arguments, Callback cb,
                        int timeoutMs)
{
    if (!cb)
        cb = [](const Result<QJsonValue> &) {};
    if (m_state != State::Ready) {
        const Error error(ErrorCode::QmpConnect,
                          tr("Cannot send the command %1 to QEMU: Emanon is not connected to "
                             "its control socket. Start the virtual machine, or wait until it "
                             "has started.")
                              .arg(command));
        QTimer::singleShot(0, this, [cb = std::move(cb), error] { cb(error); });
        return;
    }
    send(command, arguments, std::move(cb), timeoutMs);
}

Result<QJsonValue> QmpClient::executeAndWait(const QString &command, const QJsonObject &arguments,
                                             int timeoutMs)
{
    // Shared with the callback, which outlives this frame if the loop ends early (app quit).
    struct Waiter
    {
        std::optional<Result<QJsonValue>> result;
        QEventLoop *loop = nullptr;
    };
    auto waiter = std::make_shared<Waiter>();
    QEventLoop loop;
    waiter->loop = &loop;
    connect(this, &QObject::destroyed, &loop, &QEventLoop::quit);
    execute(
        command, arguments,
        [waiter](const Result<QJsonValue> &result) {
            waiter->result = result;
            if (waiter->loop)
                waiter->loop->quit();
        },
        timeoutMs);
    if (!waiter->result)
        loop.exec();
    waiter->loop = nullptr;
    if (waiter->result)
        return std::move(*waiter->result);
    return Error(ErrorCode::Canceled,
                 tr("The command %1 was canceled before QEMU answered.").arg(command));
}

QString QmpClient::errorClass(const Error &error)
{
    // details is "class: desc", written by handleReply().
    if (error.code != ErrorCode::QmpCommand)
        return {};
    const qsizetype colon = error.details.indexOf(QLatin1String(": "));
    return colon < 0 ? QString() : error.details.left(colon);
}

// --- connection --------------------------------------------------------------------------

void QmpClient::resetSocket()
{
    abortSocket();
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this, &QmpClient::onSocketConnected);
    connect(m_socket, &QLocalSocket::readyRead, this, &QmpClient::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &QmpClient::onSocketDisconnected);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &QmpClient::onSocketError);
}

void QmpClient::abortSocket()
{
    if (!m_socket)
        return;
    QLocalSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    // We may be inside one of its signals.
    socket->deleteLater();
}

void QmpClient::attemptConnect()
{
    if (m_state != State::Connecting)
        return;
    resetSocket();
    m_socket->connectToServer(m_socketPath);
}

void QmpClient::onSocketConnected()
{
    if (m_state == State::Connecting)
        m_state = State::AwaitingGreeting;
}

void QmpClient::onSocketError()
{
    if (!m_socket)
        return;
    if (m_state == State::Connecting) {
        // Typically: QEMU has not created the socket yet. Try again until the deadline.
        m_lastSocketError = m_socket->errorString();
        m_retryTimer->start(++m_connectAttempts <= kFastRetries ? kFastRetryIntervalMs : kRetryIntervalMs);
        return;
    }
    // Otherwise disconnected() normally follows; do not rely on it when the socket is down.
    if (m_socket->state() == QLocalSocket::UnconnectedState)
        onSocketDisconnected();
}

void QmpClient::onSocketDisconnected()
{
    if (m_state == State::Disconnected || m_state == State::Connecting)
        return;
    QPointer<QmpClient> self(this);
    // What QEMU wrote before closing still counts (the reply to "quit", say).
    if (m_socket && m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->readAll();
        processBuffer();
        if (!self || m_state == State::Disconnected)
            return;
    }
    const QByteArray rest = std::exchange(m_buffer, {}).trimmed();
    m_scanFrom = 0;
    if (!rest.isEmpty()) {
        // QEMU ends every message with a newline; take a complete last one without it.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(rest, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
            handleLine(rest);
        } else {
            Q_EMIT protocolWarning(
                QStringLiteral("connection closed in the middle of a message: %1")
                    .arg(quoted(rest)));
        }
        if (!self || m_state == State::Disconnected)
            return;
    }

    const QString socketError = m_socket ? m_socket->errorString() : QString();
    closeConnection(
        [&socketError](const QString &command) {
            return Error(ErrorCode::QmpConnect,
                         tr("The connection to QEMU was lost before it answered the command %1. "
                            "QEMU may have exited or crashed; see its log.")
                             .arg(command),
                         socketError);
        },
        Error(ErrorCode::QmpConnect,
              tr("QEMU closed its control socket %1 during the QMP handshake. QEMU may have "
                 "exited, or another program is already connected to the socket.")
                  .arg(m_socketPath),
              socketError));
}

void QmpClient::onConnectDeadline()
{
    Error error;
    switch (m_state) {
    case State::Disconnected:
    case State::Ready:
        return;
    case State::Connecting:
        if (m_socketPath.isEmpty()) {
            error = Error(ErrorCode::InvalidArgument,
                          tr("Cannot connect to QEMU: no control socket path was given."));
        } else {
            error = Error(ErrorCode::QmpConnect,
                          tr("Could not connect to QEMU's control socket %1 within %2 seconds. "
                             "Check that QEMU is running and was started with "
                             "-qmp unix:%1,server=on,wait=off.")
                              .arg(m_socketPath, seconds(m_connectTimeoutMs)),
                          m_lastSocketError);
        }
        break;
    case State::AwaitingGreeting:
        error = Error(ErrorCode::Timeout,
                      tr("The socket %1 accepted the connection but sent no QMP greeting within "
                         "%2 seconds. Check that it is the socket of QEMU's -qmp option.")
                          .arg(m_socketPath, seconds(m_connectTimeoutMs)));
        break;
    case State::Negotiating:
        error = Error(ErrorCode::Timeout,
                      tr("QEMU did not complete the QMP handshake within %1 seconds. It may be "
                         "stuck: stop it and start the virtual machine again.")
                          .arg(seconds(m_connectTimeoutMs)));
        break;
    }
    closeConnection([](const QString &) { return Error(); }, error);
}

void QmpClient::closeConnection(const std::function<Error(const QString &)> &callbackError,
                                const Error &connectError)
{
    if (m_state == State::Disconnected)
        return;
    const bool wasReady = m_state == State::Ready;
    m_state = State::Disconnected;
    m_retryTimer->stop();
    m_connectDeadline->stop();
    m_sweepTimer->stop();
    abortSocket();
    m_buffer.clear();
    m_scanFrom = 0;
    m_timedOut.clear();
    std::map<qint64, Pending> pending;
    pending.swap(m_pending);

    if (!wasReady) {
        // Only the internal qmp_capabilities request can be pending here.
        Q_EMIT connectFailed(connectError);
        return;
    }
    QPointer<QmpClient> self(this);
    for (auto &[id, request] : pending) {
        request.callback(callbackError(request.command));
        if (!self)
            return;
    }
    Q_EMIT disconnected();
}

// --- reading -----------------------------------------------------------------------------

void QmpClient::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void QmpClient::processBuffer()
{
    // One line at a time, taken out of m_buffer before it is handled: a handler may run a
    // nested event loop that reads more, or close or even destroy this client.
    QPointer<QmpClient> self(this);
    while (m_state != State::Disconnected) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
        const qsizetype lineBytes = newline < 0 ? m_buffer.size() : newline;
        if (lineBytes > m_maxLineBytes) {
            const QString limit = QLocale().formattedDataSize(m_maxLineBytes);
            const QString details =
                QStringLiteral("message longer than %1 bytes").arg(m_maxLineBytes);
            closeConnection(
                [&](const QString &command) {
                    return Error(ErrorCode::QmpProtocol,
                                 tr("QEMU sent a message longer than %1 while Emanon waited for "
                                    "the answer to %2; the connection was closed. Restart the "
                                    "virtual machine.")
                                     .arg(limit, command),
                                 details);
                },
                Error(ErrorCode::QmpProtocol,
                      tr("QEMU sent a message longer than %1 during the QMP handshake; the "
                         "connection was closed.")
                          .arg(limit),
                      details));
            return;
        }
        if (newline < 0) {
            m_scanFrom = m_buffer.size(); // wait for the rest
            return;
        }
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1); // cheap at the front in Qt 6
        m_scanFrom = 0;
        handleLine(line);
        if (!self)
            return;
    }
}

void QmpClient::handleLine(const QByteArray &rawLine)
{
    const QByteArray line = rawLine.trimmed(); // QEMU ends lines with "\r\n"
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (m_state == State::AwaitingGreeting) {
        handleGreeting(isObject ? doc.object() : QJsonObject(), line);
        return;
    }
    if (!isObject) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QStringLiteral("not a JSON object");
        Q_EMIT protocolWarning(
            QStringLiteral("skipped a line that is not QMP (%1): %2").arg(why, quoted(line)));
        return;
    }
    const QJsonObject message = doc.object();
    if (message.contains(QStringLiteral("event")))
        handleEvent(message);
    else if (message.contains(QStringLiteral("return")) ||
             message.contains(QStringLiteral("error")))
        handleReply(message);
    else
        Q_EMIT protocolWarning(
            QStringLiteral("skipped an unexpected message: %1").arg(compact(message)));
}

void QmpClient::handleGreeting(const QJsonObject &message, const QByteArray &line)
{
    const QJsonValue qmp = message.value(QStringLiteral("QMP"));
    if (!qmp.isObject()) {
        closeConnection([](const QString &) { return Error(); },
                        Error(ErrorCode::QmpProtocol,
                              tr("The socket %1 is not a QEMU control socket: it did not send a "
                                 "QMP greeting. Check that it is the socket of QEMU's -qmp "
                                 "option (not -monitor or -serial).")
                                  .arg(m_socketPath),
                              QStringLiteral("greeting: %1").arg(quoted(line))));
        return;
    }
    const QJsonObject qemu = qmp.toObject()
                                 .value(QStringLiteral("version"))
                                 .toObject()
                                 .value(QStringLiteral("qemu"))
                                 .toObject();
    if (!qemu.isEmpty()) {
        m_version = QStringLiteral("%1.%2.%3")
                        .arg(qemu.value(QStringLiteral("major")).toInteger())
                        .arg(qemu.value(QStringLiteral("minor")).toInteger())
                        .arg(qemu.value(QStringLiteral("micro")).toInteger());
    }
    m_state = State::Negotiating;
    send(
        QStringLiteral("qmp_capabilities"), {},
        [this](const Result<QJsonValue> &result) {
            if (m_state != State::Negotiating)
                return;
            if (!result) {
                const QString desc = result.error().details.section(QStringLiteral(": "), 1, -1);
                closeConnection([](const QString &) { return Error(); },
                                Error(ErrorCode::QmpCommand,
                                      tr("QEMU refused the QMP capabilities negotiation: %1. "
                                         "Another program may be using its control socket.")
                                          .arg(desc),
                                      result.error().details));
                return;
            }
            m_state = State::Ready;
            m_connectDeadline->stop();
            Q_EMIT ready();
        },
        0); // bounded by the connect deadline
}

void QmpClient::handleReply(const QJsonObject &message)
{
    const QJsonValue idValue = message.value(QStringLiteral("id"));
    if (idValue.isUndefined()) {
        // QEMU answers input it could not parse with an error without id.
        Q_EMIT protocolWarning(QStringLiteral("reply without id: %1").arg(compact(message)));
        return;
    }
    const qint64 id = idValue.toInteger(-1);
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        if (m_timedOut.erase(id) > 0)
            return; // the late answer to a request that timed out: ignored on purpose
        Q_EMIT protocolWarning(QStringLiteral("reply with unknown id: %1").arg(compact(message)));
        return;
    }
    Pending request = std::move(it->second);
    m_pending.erase(it);

    if (message.contains(QStringLiteral("error"))) {
        const QJsonObject error = message.value(QStringLiteral("error")).toObject();
        const QString errorClass = error.value(QStringLiteral("class")).toString();
        const QString desc = error.value(QStringLiteral("desc")).toString();
        request.callback(Error(ErrorCode::QmpCommand,
                               tr("QEMU refused the command %1: %2").arg(request.command, desc),
                               QStringLiteral("%1: %2").arg(errorClass, desc)));
        return;
    }
    request.callback(message.value(QStringLiteral("return")));
}

void QmpClient::handleEvent(const QJsonObject &message)
{
    const QString name = message.value(QStringLiteral("event")).toString();
    if (name.isEmpty()) {
        Q_EMIT protocolWarning(QStringLiteral("event without a name: %1").arg(compact(message)));
        return;
    }
    const QJsonObject timestamp = message.value(QStringLiteral("timestamp")).toObject();
    const qint64 timestampUs = timestamp.value(QStringLiteral("seconds")).toInteger() * 1000000 +
                               timestamp.value(QStringLiteral("microseconds")).toInteger();
    Q_EMIT eventReceived(name, message.value(QStringLiteral("data")).toObject(), timestampUs);
}

// --- requests ----------------------------------------------------------------------------

void QmpClient::send(const QString &command, const QJsonObject &arguments, Callback cb,
                     int timeoutMs)
{
    const qint64 id = m_nextId++;
    QJsonObject request{{QStringLiteral("execute"), command}, {QStringLiteral("id"), id}};
    if (!arguments.isEmpty())
        request.insert(QStringLiteral("arguments"), arguments);
    // A socket already down is not written to: its disconnected() handling fails the request.
    if (m_socket && m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');

    if (m_state == State::Disconnected) {
        // The write found the socket dead and the connection has ended; still never call
        // back from inside execute().
        const Error error(ErrorCode::QmpConnect,
                          tr("The connection to QEMU was lost before it answered the command "
                             "%1. QEMU may have exited or crashed; see its log.")
                              .arg(command));
        QTimer::singleShot(0, this, [cb = std::move(cb), error] { cb(error); });
        return;
    }
    Pending pending;
    pending.command = command;
    pending.callback = std::move(cb);
    pending.timeoutMs = timeoutMs;
    pending.deadline = timeoutMs > 0 ? QDeadlineTimer(timeoutMs, Qt::PreciseTimer)
                                     : QDeadlineTimer(QDeadlineTimer::Forever);
    m_pending.emplace(id, std::move(pending));
    if (timeoutMs > 0 && (!m_sweepTimer->isActive() || m_sweepTimer->remainingTime() > timeoutMs))
        m_sweepTimer->start(timeoutMs);
}

void QmpClient::sweepTimeouts()
{
    // Take all expired requests out first: their callbacks may execute() or disconnect.
    std::vector<std::pair<qint64, Pending>> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.deadline.hasExpired()) {
            expired.emplace_back(it->first, std::move(it->second));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[id, request] : expired) {
        m_timedOut.emplace(id, request.command);
        if (m_timedOut.size() > kMaxRememberedTimeouts)
            m_timedOut.erase(m_timedOut.begin());
    }
    rearmSweep();

    QPointer<QmpClient> self(this);
    for (auto &[id, request] : expired) {
        request.callback(Error(ErrorCode::Timeout,
                               tr("QEMU did not answer the command %1 within %2 seconds. The "
                                  "virtual machine may be busy or stuck: try again, or force it "
                                  "off.")
                                   .arg(request.command, seconds(request.timeoutMs)),
                               QStringLiteral("QMP request id %1").arg(id)));
        if (!self)
            return;
    }
}

void QmpClient::rearmSweep()
{
    qint64 nearestMs = -1;
    for (const auto &[id, request] : m_pending) {
        if (request.deadline.isForever())
            continue;
        const qint64 remainingMs = request.deadline.remainingTime();
        if (nearestMs < 0 || remainingMs < nearestMs)
            nearestMs = remainingMs;
    }
    if (nearestMs < 0)
        m_sweepTimer->stop();
    else
        m_sweepTimer->start(int(std::min<qint64>(nearestMs, INT_MAX)));
}

} // namespace Engine
