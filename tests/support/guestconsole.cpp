#include "tests/support/guestconsole.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace TestUtil {

GuestConsole::GuestConsole(const QString &logPath, const QString &socketPath)
    : m_logPath(logPath), m_socketPath(socketPath)
{
    mark();
}

GuestConsole::GuestConsole(Writer writer, const QString &logPath)
    : m_logPath(logPath), m_writer(std::move(writer))
{
    mark();
}

void GuestConsole::mark()
{
    m_offset = QFileInfo(m_logPath).size();
}

QString GuestConsole::text() const
{
    QFile f(m_logPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    f.seek(m_offset);
    return QString::fromUtf8(f.readAll()).remove(QLatin1Char('\r'));
}

bool GuestConsole::waitFor(const QString &needle, int timeoutMs)
{
    return waitUntil([&] { return text().contains(needle); }, timeoutMs);
}

bool GuestConsole::send(const QString &line)
{
    if (m_writer)
        return m_writer(line.toUtf8() + "\n");
    if (m_socket.state() != QLocalSocket::ConnectedState) {
        m_socket.connectToServer(m_socketPath);
        if (!m_socket.waitForConnected(3000))
            return false;
    }
    m_socket.write(line.toUtf8() + "\n");
    return m_socket.waitForBytesWritten(3000);
}

bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace TestUtil
