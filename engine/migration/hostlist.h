// HostList: the other Emanon hosts a VM can be moved to (`emanonctl host add NAME ssh://...`).
//
// Stored as a small JSON file, hosts.json, in the user's config folder ($EMANON_CONFIG_DIR, else
// $XDG_CONFIG_HOME/emanon), written atomically. A plain value type: load, change, save.
#pragma once

#include "engine/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Engine {

/// One remote Emanon host, reached over SSH.
struct HostEntry
{
    QString name;      ///< the user's short name ("bigbox")
    QString url;       ///< ssh://[user@]host[:port]
    QString identity;  ///< private key file for ssh -i; empty = ssh's default
    QString emanonctl = QStringLiteral("emanonctl"); ///< the remote emanonctl program
    QMap<QString, QString> env; ///< environment for remote commands (EMANON_LIBRARY, ...)
    QStringList sshOptions;     ///< extra `ssh -o` options (e.g. UserKnownHostsFile=...)
    /// Address the target's QEMU listens on for the migration stream and the disk copy;
    /// empty = the host part of `url`.
    QString migrationAddress;
    /// Folder with ca-cert.pem, server-cert.pem/-key.pem, client-cert.pem/-key.pem: the
    /// migration stream then goes over TLS (QEMU tls-creds-x509). Empty = plain TCP.
    QString tlsDir;
    /// The disks are on storage both hosts see at the same path: live migration then copies
    /// RAM and device state only.
    bool sharedStorage = false;
    /// Cap for the migration stream in MiB/s, to leave room on a shared link; 0 = no cap.
    int maxBandwidthMiBs = 0;

    [[nodiscard]] QString user() const;
    [[nodiscard]] QString hostName() const;
    [[nodiscard]] int port() const; ///< 22 when the URL names none
    [[nodiscard]] QString streamAddress() const;

    [[nodiscard]] QJsonObject toJson() const;
    static HostEntry fromJson(const QJsonObject &o);
    /// Checks the URL (ssh://, a host, a valid port) and the name; the error says what to fix.
    [[nodiscard]] Status validate() const;
};

class HostList
{
public:
    /// hosts.json in Engine::configDir() ($EMANON_CONFIG_DIR, else <config>/emanon).
    static QString defaultPath();

    /// Reads `path`; a missing file is an empty list, a damaged one an error.
    static Result<HostList> load(const QString &path = defaultPath());
    /// Writes the list atomically to `path` (creating its folder).
    [[nodiscard]] Status save(const QString &path = defaultPath()) const;

    [[nodiscard]] const QList<HostEntry> &hosts() const { return m_hosts; }
    [[nodiscard]] Result<HostEntry> find(const QString &name) const;
    /// Adds a host, or replaces the one with the same name when `replace`.
    Status add(const HostEntry &host, bool replace = false);
    Status remove(const QString &name);

private:
    QList<HostEntry> m_hosts;
};

} // namespace Engine
