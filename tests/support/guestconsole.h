// GuestConsole: reads what a test guest says on its serial port (from the serial log file that
// the VM's runner writes, so nothing said before we look is lost) and types lines to it
// (through a console socket, or a writer such as VmRunner::writeSerial for a runner in the
// test's own process: QEMU serves one serial client, the runner). Waits spin the event loop,
// so signals keep flowing.
#pragma once

#include <QLocalSocket>
#include <QString>

#include <functional>

namespace TestUtil {

class GuestConsole
{
public:
    GuestConsole(const QString &logPath, const QString &socketPath);
    using Writer = std::function<bool(const QByteArray &)>;
    /// Types through `writer` (first, so that `{}` for the socket above stays unambiguous).
    GuestConsole(Writer writer, const QString &logPath);

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
    Writer m_writer;
};

/// Waits (spinning the event loop) until pred() is true; false on timeout.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs);

} // namespace TestUtil
