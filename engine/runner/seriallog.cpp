#include "engine/runner/seriallog.h"

#include "engine/qemu/qemucommand.h"

#include <QDateTime>
#include <QFile>
#include <QLocalSocket>
#include <QTimer>

#include <memory>

namespace Engine {

namespace {
constexpr int kRetryMs = 20;
}

SerialLog::SerialLog(const QString &socketPath, const QString &logPath, QObject *parent)
    : QObject(parent), m_socketPath(socketPath), m_logPath(logPath)
{
    m_socket = new QLocalSocket(this);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SerialLog::tryConnect);
    connect(m_socket, &QLocalSocket::connected, this, [this] {
        m_retry->stop();
        if (!m_readyEmitted) {
            m_readyEmitted = true;
            Q_EMIT ready(true);
        }
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_readyEmitted)
            return;
        m_error = m_socket->errorString();
        if (QDateTime::currentMSecsSinceEpoch() < m_deadline) {
            m_retry->start(kRetryMs);
            return;
        }
        m_readyEmitted = true;
        Q_EMIT ready(false);
    });
    connect(m_socket, &QLocalSocket::readyRead, this, &SerialLog::onReadyRead);
    // The file exists from the start, as it did when QEMU wrote it.
    m_log = new QFile(m_logPath, this);
    if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append))
        m_logError = m_log->errorString();
}

SerialLog::~SerialLog()
{
    // What QEMU said last, before it closed the socket (no signal: the owner is going).
    if (m_socket->bytesAvailable() > 0)
        append(m_socket->readAll());
}

QList<SerialLog *> SerialLog::connectAll(const QString &runtimeDir, const QString &logDir,
                                         int ports, int timeoutMs, QObject *parent,
                                         const std::function<void(SerialLog *)> &failed,
                                         const std::function<void()> &done)
{
    QList<SerialLog *> logs;
    for (int i = 0; i < ports; ++i)
        logs.append(new SerialLog(RuntimeFiles::serialSocket(runtimeDir, i),
                                  RuntimeFiles::serialLog(logDir, i), parent));
    if (logs.isEmpty()) {
        done();
        return logs;
    }
    auto pending = std::make_shared<int>(int(logs.size()));
    for (SerialLog *log : std::as_const(logs)) {
        connect(log, &SerialLog::ready, parent, [log, pending, failed, done](bool connected) {
            if (!connected)
                failed(log);
            if (--*pending == 0)
                done();
        });
        log->connectToQemu(timeoutMs);
    }
    return logs;
}

void SerialLog::connectToQemu(int timeoutMs)
{
    m_deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    m_readyEmitted = false;
    m_retry->start(0); // ready() always comes from the event loop, never from in here
}

bool SerialLog::isConnected() const
{
    return m_socket->state() == QLocalSocket::ConnectedState;
}

bool SerialLog::write(const QByteArray &bytes)
{
    if (!isConnected())
        return false;
    return m_socket->write(bytes) == bytes.size();
}

void SerialLog::tryConnect()
{
    m_socket->abort();
    m_socket->connectToServer(m_socketPath);
}

void SerialLog::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    append(bytes);
    Q_EMIT received(bytes);
}

void SerialLog::append(const QByteArray &bytes)
{
    if (!m_log->isOpen())
        return;
    m_log->write(bytes);
    m_log->flush();
}

} // namespace Engine
