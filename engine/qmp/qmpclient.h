// QmpClient: talks QMP (the QEMU Machine Protocol) to one QEMU over its unix control socket.
//
// Threading: a QmpClient lives on the thread that created it; every callback and signal is
// delivered on that thread, never from inside execute() or connectToServer() themselves.
//
// Ordering guarantees:
//  - connectToServer() ends with exactly one of ready() or connectFailed(Error).
//  - Each execute() callback is called exactly once (reply, QMP error, timeout, lost
//    connection, or not ready), unless the client is destroyed first: then pending callbacks
//    are dropped without being called, so they never reach destroyed objects.
//  - Replies and events are handled in the order QEMU wrote them.
//  - The client may be destroyed from inside its own callbacks and signal handlers; what
//    QEMU sent after that is discarded.
//  - When an established connection closes, every pending callback is called first (with
//    QmpConnect), then disconnected() is emitted once. disconnected() is only emitted after
//    ready(); a connection lost during the handshake ends in connectFailed() instead.
#pragma once

#include "engine/core/result.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include <functional>
#include <map>

class QLocalSocket;
class QTimer;

namespace Engine {

/// QMP client over a unix socket (QLocalSocket). Lives on one thread (the one that created it);
/// callbacks and signals are delivered on it. Requests are id-matched, so several may be in
/// flight.
class QmpClient : public QObject
{
    Q_OBJECT
public:
    /// Receives the reply's "return" value, or an Error.
    using Callback = std::function<void(const Result<QJsonValue> &)>;

    /// Longest message (one line) accepted from QEMU by default; a longer one closes the
    /// connection with QmpProtocol.
    static constexpr qint64 kDefaultMaxLineBytes = qint64(64) * 1024 * 1024;

    explicit QmpClient(QObject *parent = nullptr);
    /// Drops pending callbacks without calling them and closes the socket; emits nothing.
    ~QmpClient() override;

    /// Async: connect, read the greeting, send qmp_capabilities; then ready() — or
    /// connectFailed(Error). Retries connecting until timeoutMs (QEMU may not have created the
    /// socket yet); timeoutMs also bounds the whole handshake. A connection that exists already
    /// is closed first (as by disconnectFromServer()).
    void connectToServer(const QString &socketPath, int timeoutMs = 5000);
    /// Same, blocking in a nested event loop (CLI, tests).
    Status connectAndWait(const QString &socketPath, int timeoutMs = 5000);
    /// Closes the connection now. Before it returns: pending callbacks get an Error (Canceled)
    /// and disconnected() is emitted if the client was ready, or connectFailed(Canceled) if a
    /// connection attempt was in progress. Does nothing when already disconnected.
    void disconnectFromServer();

    /// True between ready() and the end of the connection.
    [[nodiscard]] bool isReady() const;
    /// QEMU version from the greeting, e.g. "7.2.22"; empty when not ready.
    [[nodiscard]] QString qemuVersion() const;
    /// The socket path given to the last connectToServer().
    [[nodiscard]] QString socketPath() const { return m_socketPath; }

    /// Sends {"execute":command,"arguments":arguments,"id":N}; cb gets exactly one call: the
    /// reply's "return", or an Error (QmpCommand with "class: desc" in details and a translated
    /// message; Timeout after timeoutMs; QmpConnect if the socket closes first; Canceled after
    /// disconnectFromServer()). Never called synchronously from inside execute(). When not
    /// ready, cb gets a QmpConnect Error on the next event loop turn. timeoutMs <= 0 waits
    /// without limit. Empty arguments are left out of the request.
    void execute(const QString &command, const QJsonObject &arguments, Callback cb,
                 int timeoutMs = 10000);
    /// Blocking convenience via nested event loop.
    Result<QJsonValue> executeAndWait(const QString &command, const QJsonObject &arguments = {},
                                      int timeoutMs = 10000);

    /// Number of requests sent and not yet answered, timed out or failed.
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }

    /// The QMP error class ("CommandNotFound", "GenericError", ...) of an Error produced by a
    /// QMP error reply; empty for any other error. Use it instead of matching message text.
    [[nodiscard]] static QString errorClass(const Error &error);

    /// Longest line accepted from QEMU (default kDefaultMaxLineBytes); tests lower it.
    void setMaxLineBytes(qint64 bytes) { m_maxLineBytes = bytes; }
    [[nodiscard]] qint64 maxLineBytes() const { return m_maxLineBytes; }

Q_SIGNALS:
    /// The handshake is done; execute() may be used.
    void ready();
    /// connectToServer() gave up; the error says why and what to do.
    void connectFailed(const Engine::Error &error);
    /// QMP asynchronous event, e.g. ("SHUTDOWN", {"guest":true,"reason":"guest-shutdown"}).
    /// timestamp in µs since epoch.
    void eventReceived(const QString &name, const QJsonObject &data, qint64 timestampUs);
    /// The connection closed (QEMU exited or was killed). Pending requests have failed before
    /// this.
    void disconnected();
    /// QEMU sent something that is not QMP (garbage line); the client skips it and goes on.
    void protocolWarning(const QString &details);

private:
    enum class State
    {
        Disconnected = 0,
        Connecting,
        AwaitingGreeting,
        Negotiating,
        Ready
    };

    struct Pending
    {
        QString command;
        Callback callback;
        QDeadlineTimer deadline;
        int timeoutMs = 0;
    };

    void resetSocket();
    void attemptConnect();
    void onSocketConnected();
    void onSocketError();
    void onSocketDisconnected();
    void onReadyRead();
    void onConnectDeadline();

    void processBuffer();
    void handleLine(const QByteArray &rawLine);
    void handleGreeting(const QJsonObject &message, const QByteArray &line);
    void handleReply(const QJsonObject &message);
    void handleEvent(const QJsonObject &message);

    void send(const QString &command, const QJsonObject &arguments, Callback cb, int timeoutMs);
    void sweepTimeouts();
    void rearmSweep();

    /// Ends the connection: each pending callback gets callbackError(its command), then
    /// disconnected() is emitted — or, still in the handshake, connectFailed(connectError).
    void closeConnection(const std::function<Error(const QString &)> &callbackError,
                         const Error &connectError);
    void abortSocket();

    State m_state = State::Disconnected;
    QLocalSocket *m_socket = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_connectDeadline = nullptr;
    QTimer *m_sweepTimer = nullptr;
    QString m_socketPath;
    QString m_lastSocketError;
    int m_connectTimeoutMs = 0;
    int m_connectAttempts = 0;
    QString m_version;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0; ///< bytes of m_buffer already known to hold no '\n'
    qint64 m_maxLineBytes = kDefaultMaxLineBytes;
    qint64 m_nextId = 1;
    std::map<qint64, Pending> m_pending;
    std::map<qint64, QString> m_timedOut; ///< ids whose late replies are ignored silently
};

} // namespace Engine
