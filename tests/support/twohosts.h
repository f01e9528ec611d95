// TwoHosts: two Emanon "hosts" on one machine for migration tests. Each host is a network
// namespace of its own (ip netns), joined by a veth pair, with its own VM library, runtime dir
// and config dir, and an sshd the test starts on the host's address with a throw-away key.
// Needs root (namespaces, sshd); setUp() says why it cannot run so the test can QSKIP.
// Destroying it stops the VMs of both libraries, sshd and the namespaces.
#pragma once

#include "tests/support/emanonctlrun.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestUtil {

class TwoHosts
{
public:
    struct Host
    {
        QString name;      ///< "a" or "b"
        QString netns;     ///< namespace name
        QString address;   ///< IPv4 address on the veth link
        QString library;
        QString runtime;
        QString configDir;
        QString cacheDir;
        QProcess *sshd = nullptr;
        [[nodiscard]] QMap<QString, QString> env() const;
    };

    TwoHosts();
    ~TwoHosts();
    TwoHosts(const TwoHosts &) = delete;
    TwoHosts &operator=(const TwoHosts &) = delete;

    /// Builds everything. Returns an empty string on success, else why it cannot run here.
    QString setUp();

    Host a;
    Host b;
    static constexpr int kSshPort = 2222;
    [[nodiscard]] QString identity() const { return m_dir.filePath(QStringLiteral("id_ed25519")); }
    [[nodiscard]] QString tmpPath(const QString &name) const { return m_dir.filePath(name); }

    /// Runs emanonctl inside `host`'s namespace with its library/runtime/config.
    CtlRun ctl(const Host &host, const QStringList &args, int timeoutMs = 180000) const;
    /// Starts emanonctl there without waiting (for a migration the test interrupts).
    QProcess *startCtl(const Host &host, const QStringList &args) const;
    /// `emanonctl host add NAME ...` arguments that make `to` reachable from the other host.
    [[nodiscard]] QStringList hostAddArgs(const QString &name, const Host &to) const;
    /// Force-stops every VM still running in `host`'s library.
    void stopAll(const Host &host) const;

private:
    QString startSshd(Host &host);
    static bool run(const QStringList &argv, QString *error = nullptr);

    QTemporaryDir m_dir;
    QString m_vethA;
    QString m_vethB;
    bool m_netnsMade = false;
};

} // namespace TestUtil
