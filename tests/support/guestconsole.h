// GuestConsole: reads what a test guest says on its serial port (from the serial log file that
// QEMU writes, so nothing said before we look is lost) and types lines to it (through the
// serial socket). Waits spin the event loop, so signals keep flowing.
#pragma once

#include <QLocalSocket>
#include <QString>

namespace TestUtil {

class GuestConsole
{
public:
    GuestConsole(const QString &logPath, const QString &socketPath);

    /// Only output after this point counts for waitFor()/text().
    void mark();
    /// Waits until the guest has printed `needle` since mark(); false on timeout.
    bool waitFor(const QString &needle, int timeoutMs);
    /// Everything printed since mark().
    QString text() const;
    /// Sends one command line ("echo hi"), connecting to the serial socket on first use.
    bool send(const QString &line);

private:
    QString m_logPath;
    QString m_socketPath;
    qint64 m_offset = 0;
    QLocalSocket m_socket;
};

/// Waits (spinning the event loop) until pred() is true; false on timeout.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs);

} // namespace TestUtil
