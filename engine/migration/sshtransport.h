// SshTransport: how the engine reaches another Emanon host: the system's ssh (BatchMode, so it
// never asks for a password on a terminal nobody watches) running that host's emanonctl, and
// rsync over the same ssh for bundle copies. Pure argv building plus small synchronous runs;
// long-running remote commands are started by the caller with commandArguments().
#pragma once

#include "engine/core/result.h"
#include "engine/migration/hostlist.h"

#include <QJsonObject>

namespace Engine {

class SshTransport
{
public:
    explicit SshTransport(HostEntry host) : m_host(std::move(host)) {}

    [[nodiscard]] const HostEntry &host() const { return m_host; }

    /// The ssh program: $EMANON_SSH, else "ssh".
    static QString sshProgram();
    /// The rsync program: $EMANON_RSYNC, else "rsync".
    static QString rsyncProgram();
    /// `text` quoted for a POSIX shell (the remote side runs the command through one).
    static QString shellQuote(const QString &text);

    /// ssh options and destination, without a command.
    [[nodiscard]] QStringList sshArguments() const;
    /// The remote command line: `env K=V ... emanonctl ARGS`, every word quoted.
    [[nodiscard]] QString remoteCommandLine(const QStringList &ctlArgs) const;
    /// Full argv for the ssh program that runs `emanonctl ctlArgs` on the host.
    [[nodiscard]] QStringList commandArguments(const QStringList &ctlArgs) const;
    /// Argv for rsync copying the folder `localDir` into `remoteDir` (resumable: --partial
    /// --append-verify; progress with --info=progress2).
    [[nodiscard]] QStringList rsyncArguments(const QString &localDir,
                                             const QString &remoteDir) const;

    /// Runs `emanonctl ctlArgs` there and returns its stdout. A failed connection and a
    /// failed command are told apart in the error; the remote message becomes ours.
    [[nodiscard]] Result<QByteArray> runCtl(const QStringList &ctlArgs,
                                            const QByteArray &input = {},
                                            int timeoutMs = 120000) const;
    /// runCtl with --json, parsed as an object.
    [[nodiscard]] Result<QJsonObject> runCtlJson(const QStringList &ctlArgs,
                                                 const QByteArray &input = {},
                                                 int timeoutMs = 120000) const;

    /// The error for an ssh exit: 255 = could not connect, else the remote command failed.
    [[nodiscard]] Error remoteError(int exitCode, const QByteArray &stderrBytes) const;

private:
    HostEntry m_host;
};

} // namespace Engine
