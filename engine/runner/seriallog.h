// SerialLog: Emanon's end of one of QEMU's serial sockets, and the writer of its log.
//
// QEMU 7.2 can log a chardev itself (logfile=), but it logs a byte again each time the
// serial device retries a write the connected client's socket refused with EAGAIN, so the
// log got doubled characters whenever a console client read slowly. The stream on the socket
// is right, so Emanon logs that: every byte QEMU sends is appended to <bundle>/log/serialN.log
// (flushed per chunk, so readers that tail it see lines at once) and handed on as received().
// The runner connects before the guest's first instruction (see VmRunner::onQmpReady), so
// nothing the firmware or the kernel prints is lost.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QFile;
class QLocalSocket;
class QTimer;

namespace Engine {

class SerialLog : public QObject
{
    Q_OBJECT
public:
    SerialLog(const QString &socketPath, const QString &logPath, QObject *parent = nullptr);
    ~SerialLog() override;

    /// One SerialLog per port of a VM (QEMU's sockets in runtimeDir, logs in logDir), all
    /// connecting; `done` runs once every one is connected or has given up, after `failed`
    /// for each that gave up. With no ports, `done` runs at once.
    static QList<SerialLog *> connectAll(const QString &runtimeDir, const QString &logDir,
                                         int ports, int timeoutMs, QObject *parent,
                                         const std::function<void(SerialLog *)> &failed,
                                         const std::function<void()> &done);

    /// Connects, retrying for up to timeoutMs; then emits ready(true) or ready(false).
    void connectToQemu(int timeoutMs);
    [[nodiscard]] bool isConnected() const;
    /// Sends bytes to the guest (typed input); false when not connected.
    bool write(const QByteArray &bytes);
    [[nodiscard]] QString logPath() const { return m_logPath; }
    [[nodiscard]] QString errorString() const { return m_error; }
    /// Why the log file cannot be written (empty when it can).
    [[nodiscard]] QString logError() const { return m_logError; }

Q_SIGNALS:
    /// The connection attempt ended: connected or given up (errorString() says why).
    void ready(bool connected);
    /// Bytes the guest sent, already in the log.
    void received(const QByteArray &bytes);

private:
    void tryConnect();
    void onReadyRead();
    void append(const QByteArray &bytes);

    QString m_socketPath;
    QString m_logPath;
    QString m_error;
    QString m_logError;
    QLocalSocket *m_socket = nullptr;
    QFile *m_log = nullptr;
    QTimer *m_retry = nullptr;
    qint64 m_deadline = 0;
    bool m_readyEmitted = false;
};

} // namespace Engine
