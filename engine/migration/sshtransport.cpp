#include "engine/migration/sshtransport.h"

#include "engine/migration/migrationtr.h"

#include <QJsonDocument>
#include <QProcess>

namespace Engine {

using MigrationPrivate::Tr;

namespace {
constexpr int kSshConnectFailed = 255;
}

QString SshTransport::sshProgram()
{
    return qEnvironmentVariable("EMANON_SSH", QStringLiteral("ssh"));
}

QString SshTransport::rsyncProgram()
{
    return qEnvironmentVariable("EMANON_RSYNC", QStringLiteral("rsync"));
}

QString SshTransport::shellQuote(const QString &text)
{
    static const QString safe = QStringLiteral(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./=:,@%+");
    bool plain = !text.isEmpty();
    for (const QChar c : text)
        plain = plain && safe.contains(c);
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList SshTransport::sshArguments() const
{
    QStringList a{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                  QStringLiteral("ConnectTimeout=15"), QStringLiteral("-o"),
                  QStringLiteral("ServerAliveInterval=5"), QStringLiteral("-o"),
                  QStringLiteral("ServerAliveCountMax=3")};
    for (const QString &o : m_host.sshOptions)
        a << QStringLiteral("-o") << o;
    if (!m_host.identity.isEmpty())
        a << QStringLiteral("-i") << m_host.identity << QStringLiteral("-o")
          << QStringLiteral("IdentitiesOnly=yes");
    a << QStringLiteral("-p") << QString::number(m_host.port());
    const QString user = m_host.user();
    a << (user.isEmpty() ? m_host.hostName() : user + QLatin1Char('@') + m_host.hostName());
    return a;
}

QString SshTransport::remoteCommandLine(const QStringList &ctlArgs) const
{
    QStringList words;
    if (!m_host.env.isEmpty()) {
        words << QStringLiteral("env");
        for (auto it = m_host.env.cbegin(); it != m_host.env.cend(); ++it)
            words << shellQuote(it.key() + QLatin1Char('=') + it.value());
    }
    words << shellQuote(m_host.emanonctl);
    for (const QString &arg : ctlArgs)
        words << shellQuote(arg);
    return words.join(QLatin1Char(' '));
}

QStringList SshTransport::commandArguments(const QStringList &ctlArgs) const
{
    return sshArguments() << QStringLiteral("--") << remoteCommandLine(ctlArgs);
}

QStringList SshTransport::rsyncArguments(const QString &localDir, const QString &remoteDir) const
{
    QStringList ssh{sshProgram()};
    for (const QString &a : sshArguments().mid(0, sshArguments().size() - 1))
        ssh << shellQuote(a);
    const QString user = m_host.user();
    const QString dest = (user.isEmpty() ? QString() : user + QLatin1Char('@')) + m_host.hostName();
    QString local = localDir;
    if (!local.endsWith(QLatin1Char('/')))
        local += QLatin1Char('/'); // the folder's contents, not the folder itself
    return {QStringLiteral("--archive"), QStringLiteral("--sparse"), QStringLiteral("--partial"),
            QStringLiteral("--append-verify"), QStringLiteral("--info=progress2"),
            QStringLiteral("--no-inc-recursive"), QStringLiteral("--exclude=/log/"),
            QStringLiteral("-e"), ssh.join(QLatin1Char(' ')), local,
            dest + QLatin1Char(':') + shellQuote(remoteDir) + QLatin1Char('/')};
}

Error SshTransport::remoteError(int exitCode, const QByteArray &stderrBytes) const
{
    const QString err = QString::fromLocal8Bit(stderrBytes).trimmed();
    if (exitCode == kSshConnectFailed) {
        return Error(ErrorCode::ProcessFailed,
                     Tr::tr("Emanon could not reach %1 over SSH. Check that the host is up, that "
                            "sshd runs there and that your key is accepted without a password.")
                         .arg(m_host.name),
                     err);
    }
    // emanonctl says "emanonctl: <message>" on its first error line: make it ours.
    QString message;
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("emanonctl: "))) {
            message = line.mid(11);
            break;
        }
    }
    if (message.isEmpty()) {
        message = Tr::tr("The command on %1 failed (exit code %2). Check that Emanon is installed "
                         "there.")
                      .arg(m_host.name)
                      .arg(exitCode);
    } else {
        message = Tr::tr("%1 says: %2").arg(m_host.name, message);
    }
    return Error(exitCode == 3 ? ErrorCode::NotFound
                 : exitCode == 4 ? ErrorCode::StateRefused
                                 : ErrorCode::ProcessFailed,
                 message, err);
}

Result<QByteArray> SshTransport::runCtl(const QStringList &ctlArgs, const QByteArray &input,
                                        int timeoutMs) const
{
    QProcess p;
    p.start(sshProgram(), commandArguments(ctlArgs));
    if (!p.waitForStarted(10000)) {
        return Error(ErrorCode::ProcessStart,
                     Tr::tr("ssh could not be started. Install the Debian package "
                            "openssh-client."),
                     p.errorString());
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        return Error(ErrorCode::Timeout,
                     Tr::tr("%1 did not answer within %2 s.").arg(m_host.name).arg(timeoutMs / 1000));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return remoteError(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                           p.readAllStandardError());
    return p.readAllStandardOutput();
}

Result<QJsonObject> SshTransport::runCtlJson(const QStringList &ctlArgs, const QByteArray &input,
                                             int timeoutMs) const
{
    auto bytes = runCtl(QStringList(ctlArgs) << QStringLiteral("--json"), input, timeoutMs);
    if (!bytes)
        return bytes.error();
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &e);
    if (!doc.isObject()) {
        return Error(ErrorCode::QmpProtocol,
                     Tr::tr("%1 answered something Emanon does not understand. Is the same "
                            "Emanon version installed there?")
                         .arg(m_host.name),
                     e.errorString() + QLatin1Char('\n') + QString::fromUtf8(bytes->left(500)));
    }
    return doc.object();
}

} // namespace Engine
