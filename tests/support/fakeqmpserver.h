// FakeQmpServer: a scripted stand-in for QEMU's QMP monitor on a unix socket, for tests of
// QmpClient and of everything that drives QEMU through it (VM runner, snapshots...).
//
// It greets like QEMU 7.2, enforces and answers qmp_capabilities, records every request, and
// answers commands from a handler, a table of canned replies, or a few built-ins that mimic
// QEMU (query-status, cont, stop, system_reset, system_powerdown, quit, query-version). It can
// also send raw bytes (split, merged, garbage), events, delayed replies, and close the
// connection at any point.
//
// Threading: lives on the thread that created it (the test's), like the client under test.
// One client at a time, like a QEMU -qmp chardev: a new connection replaces the old one.
// Ordering: everything sent goes through one queue, so bytes reach the client in the order
// of the calls (a delayed send joins the queue when its delay ends). With no client connected,
// sends are dropped; a delayed send is dropped if its client has gone meanwhile.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QLocalServer;
class QLocalSocket;
class QTimer;

namespace TestUtil {

class FakeQmpServer : public QObject
{
    Q_OBJECT
public:
    /// Called for each command after the handshake; it answers (or not) through `server`.
    /// server.answer(request) gives the default answer (table, then built-ins).
    using Handler = std::function<void(const QJsonObject &request, FakeQmpServer &server)>;

    explicit FakeQmpServer(QObject *parent = nullptr);
    ~FakeQmpServer() override;

    /// Listens on path (a stale socket file there is removed). False on failure, with a
    /// qWarning saying why.
    bool listen(const QString &path);
    [[nodiscard]] QString socketPath() const { return m_path; }
    /// Stops listening and drops the client at once.
    void close();

    // --- the handshake ---------------------------------------------------------------------

    /// The line QEMU 7.2.22 sends on connect, "\r\n" included.
    static QByteArray qemu72Greeting();
    /// Raw bytes sent when a client connects (default qemu72Greeting()); empty sends nothing.
    void setGreeting(const QByteArray &raw) { m_greeting = raw; }
    /// Refuse qmp_capabilities with this QMP error (empty errorClass: accept, the default).
    void setCapabilitiesError(const QString &errorClass, const QString &desc);
    /// When off, the server does not enforce or answer qmp_capabilities itself: it goes to the
    /// handler/table like any command, and other commands are accepted before it.
    void setAutoCapabilities(bool on) { m_autoCapabilities = on; }

    // --- answering commands ----------------------------------------------------------------

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Canned {"return": value} for command, sent delayMs after the request.
    void setReply(const QString &command, const QJsonValue &returnValue = QJsonObject(),
                  int delayMs = 0);
    /// Canned {"error": {"class", "desc"}} for command.
    void setErrorReply(const QString &command, const QString &errorClass, const QString &desc,
                       int delayMs = 0);
    /// Never answer command (to test timeouts).
    void setNoReply(const QString &command);
    void clearReplies() { m_replies.clear(); }
    /// The default answer: the canned reply, else a built-in, else CommandNotFound like QEMU.
    void answer(const QJsonObject &request);

    /// Run state reported by the built-in query-status ("prelaunch" as with -S, "running",
    /// "paused", ...). Built-in cont/stop change it and send RESUME/STOP.
    void setRunState(const QString &status) { m_runState = status; }
    [[nodiscard]] QString runState() const { return m_runState; }

    // --- sending ---------------------------------------------------------------------------

    /// {"return": value, "id": <the request's id>}.
    void sendReturn(const QJsonObject &request, const QJsonValue &value = QJsonObject(),
                    int delayMs = 0);
    /// {"error": {"class": errorClass, "desc": desc}, "id": <the request's id>}.
    void sendError(const QJsonObject &request, const QString &errorClass, const QString &desc,
                   int delayMs = 0);
    /// {"event": name, "data": data, "timestamp": {...}}; timestampUs < 0 means now.
    void sendEvent(const QString &name, const QJsonObject &data = {}, qint64 timestampUs = -1,
                   int delayMs = 0);
    /// Any message, as one "\r\n"-terminated line.
    void sendMessage(const QJsonObject &message, int delayMs = 0);
    /// Bytes as they are (partial messages, several merged, garbage) in one write.
    void sendRaw(const QByteArray &bytes, int delayMs = 0);
    /// Bytes chunkBytes at a time, each chunk flushed and followed by a pause of intervalMs
    /// (the event loop runs meanwhile), so that the client reads them split.
    void sendRawInChunks(const QByteArray &bytes, int chunkBytes = 1, int intervalMs = 1);
    /// Closes the connection once everything queued before has been written (QEMU exiting).
    void closeConnection(int delayMs = 0);
    /// Drops the connection now; queued bytes are lost.
    void abortConnection();

    /// Compact JSON + "\r\n", as QEMU frames messages.
    static QByteArray encode(const QJsonObject &message);
    static QJsonObject returnMessage(const QJsonObject &request, const QJsonValue &value);
    static QJsonObject errorMessage(const QJsonObject &request, const QString &errorClass,
                                    const QString &desc);
    static QJsonObject eventMessage(const QString &name, const QJsonObject &data,
                                    qint64 timestampUs = -1);

    // --- observation -----------------------------------------------------------------------

    [[nodiscard]] bool hasClient() const { return m_client != nullptr; }
    /// Connections accepted since listen().
    [[nodiscard]] int connectionCount() const { return m_connectionCount; }
    /// Every request parsed, in order, qmp_capabilities included.
    [[nodiscard]] QList<QJsonObject> receivedRequests() const { return m_requests; }
    /// The "execute" names of receivedRequests().
    [[nodiscard]] QStringList receivedCommands() const;
    /// Lines that were not JSON objects.
    [[nodiscard]] QList<QByteArray> receivedGarbage() const { return m_garbage; }
    void clearReceived();
    /// True once a request for command has been received (already, or within timeoutMs).
    bool waitForCommand(const QString &command, int timeoutMs = 5000);

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();
    /// After the request is recorded, before it is answered.
    void requestReceived(const QJsonObject &request);

private:
    struct Canned
    {
        enum class Kind
        {
            Return,
            Error,
            None
        } kind = Kind::Return;
        QJsonValue value;
        QString errorClass;
        QString desc;
        int delayMs = 0;
    };
    struct Chunk
    {
        QByteArray bytes;
        bool close = false;
        int pauseAfterMs = -1; ///< >= 0: flush, then send the next chunk after this pause
    };

    void onNewConnection();
    void onReadyRead();
    void onClientDisconnected();
    void handleLine(const QByteArray &line);
    bool answerBuiltIn(const QJsonObject &request);
    /// Runs f delayMs from now if the same client is still connected (at once for 0).
    void later(int delayMs, std::function<void()> f);
    void enqueue(Chunk chunk);
    void pump();
    void dropClient();

    QLocalServer *m_server = nullptr;
    QLocalSocket *m_client = nullptr;
    QTimer *m_pumpTimer = nullptr;
    QString m_path;
    QByteArray m_greeting;
    QString m_capabilitiesErrorClass;
    QString m_capabilitiesErrorDesc;
    bool m_autoCapabilities = true;
    bool m_negotiated = false;
    Handler m_handler;
    QHash<QString, Canned> m_replies;
    QString m_runState = QStringLiteral("prelaunch");
    QByteArray m_inBuffer;
    QList<Chunk> m_outQueue;
    QList<QJsonObject> m_requests;
    QList<QByteArray> m_garbage;
    int m_connectionCount = 0;
    quint64 m_generation = 0; ///< changes with each client, so delayed sends find theirs
};

} // namespace TestUtil
