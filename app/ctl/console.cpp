#include "app/ctl/console.h"

#include "app/ctl/output.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLocalSocket>
#include <QSocketNotifier>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace Ctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(emanonctl)
};

constexpr char kDetachKey = 0x1d; // Ctrl+]

/// Puts the terminal in raw mode for the lifetime of the object.
class RawTerminal
{
public:
    RawTerminal()
    {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        ::cfmakeraw(&raw);
        raw.c_oflag |= OPOST | ONLCR; // keep "\n" -> "\r\n" on output
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
    }
    ~RawTerminal()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    [[nodiscard]] bool active() const { return m_active; }

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

int attachConsole(const QString &consoleSocket, bool verbose)
{
    QLocalSocket socket;
    socket.connectToServer(consoleSocket);
    if (!socket.waitForConnected(5000)) {
        return fail(Engine::Error(Engine::ErrorCode::QmpConnect,
                                  Tr::tr("The VM's console is not available; is the VM running?"),
                                  socket.errorString()),
                    verbose);
    }
    QTextStream(stderr) << Tr::tr("Connected to the serial console. Press Ctrl+] to detach.")
                        << Qt::endl;
    RawTerminal terminal;
    QEventLoop loop;
    // The descriptor, not stdio's FILE: nothing may sit in a buffer when we are killed.
    QFile stdoutFile;
    (void)stdoutFile.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QObject::connect(&socket, &QLocalSocket::readyRead, &loop,
                     [&] { stdoutFile.write(socket.readAll()); });
    QObject::connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);

    bool detached = false;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&] {
        char buf[512];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) { // end of input: stay attached, just stop reading
            input.setEnabled(false);
            return;
        }
        QByteArray bytes(buf, int(n));
        const int detachAt = terminal.active() ? bytes.indexOf(kDetachKey) : -1;
        if (detachAt >= 0) {
            socket.write(bytes.left(detachAt));
            socket.flush();
            detached = true;
            loop.quit();
            return;
        }
        // In raw mode Enter sends CR; the guest's line discipline takes either.
        socket.write(bytes);
    });
    loop.exec();
    stdoutFile.write(socket.readAll());
    QTextStream(stderr) << (detached ? Tr::tr("\nDetached; the VM keeps running.")
                                     : Tr::tr("\nThe VM has stopped."))
                        << Qt::endl;
    return kOk;
}

} // namespace Ctl
