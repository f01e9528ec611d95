#include "engine/migration/hostlist.h"

#include "engine/core/atomicfile.h"
#include "engine/core/paths.h"
#include "engine/migration/migrationtr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Engine {

using MigrationPrivate::Tr;

namespace {
constexpr int kHostsVersion = 1;
}

QString HostEntry::user() const
{
    return QUrl(url).userName();
}

QString HostEntry::hostName() const
{
    return QUrl(url).host();
}

int HostEntry::port() const
{
    return QUrl(url).port(22);
}

QString HostEntry::streamAddress() const
{
    return migrationAddress.isEmpty() ? hostName() : migrationAddress;
}

QJsonObject HostEntry::toJson() const
{
    QJsonObject envObject;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        envObject.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("emanonctl"), emanonctl},
                  {QStringLiteral("sharedStorage"), sharedStorage}};
    if (!identity.isEmpty())
        o.insert(QStringLiteral("identity"), identity);
    if (!envObject.isEmpty())
        o.insert(QStringLiteral("env"), envObject);
    if (!sshOptions.isEmpty())
        o.insert(QStringLiteral("sshOptions"), QJsonArray::fromStringList(sshOptions));
    if (!migrationAddress.isEmpty())
        o.insert(QStringLiteral("migrationAddress"), migrationAddress);
    if (!tlsDir.isEmpty())
        o.insert(QStringLiteral("tlsDir"), tlsDir);
    if (maxBandwidthMiBs > 0)
        o.insert(QStringLiteral("maxBandwidthMiBs"), maxBandwidthMiBs);
    return o;
}

HostEntry HostEntry::fromJson(const QJsonObject &o)
{
    HostEntry h;
    h.name = o.value(QLatin1String("name")).toString();
    h.url = o.value(QLatin1String("url")).toString();
    h.identity = o.value(QLatin1String("identity")).toString();
    h.emanonctl = o.value(QLatin1String("emanonctl")).toString(QStringLiteral("emanonctl"));
    const QJsonObject envObject = o.value(QLatin1String("env")).toObject();
    for (auto it = envObject.begin(); it != envObject.end(); ++it)
        h.env.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : o.value(QLatin1String("sshOptions")).toArray())
        h.sshOptions << v.toString();
    h.migrationAddress = o.value(QLatin1String("migrationAddress")).toString();
    h.tlsDir = o.value(QLatin1String("tlsDir")).toString();
    h.sharedStorage = o.value(QLatin1String("sharedStorage")).toBool();
    h.maxBandwidthMiBs = o.value(QLatin1String("maxBandwidthMiBs")).toInt();
    return h;
}

Status HostEntry::validate() const
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!nameRe.match(name).hasMatch()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("A host name may use letters, digits, '.', '_' and '-' (up to 64), "
                            "and starts with a letter or digit."),
                     name);
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("ssh") || u.host().isEmpty()
        || (!u.path().isEmpty() && u.path() != QLatin1String("/"))) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("Give the host as ssh://user@host or ssh://user@host:port."), url);
    }
    if (maxBandwidthMiBs < 0) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("The bandwidth cap is in MiB/s and cannot be negative."));
    }
    if (!identity.isEmpty() && !QFileInfo(identity).isReadable()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("The SSH key %1 cannot be read.").arg(identity));
    }
    return {};
}

QString HostList::defaultPath()
{
    return configFilePath(QStringLiteral("hosts.json"));
}

Result<HostList> HostList::load(const QString &path)
{
    HostList list;
    if (!QFileInfo::exists(path))
        return list;
    auto bytes = readFile(path, 4 * 1024 * 1024);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (!doc.isObject()) {
        return Error(ErrorCode::ConfigParse,
                     Tr::tr("The host list %1 is damaged. Fix or delete it.").arg(path),
                     parseError.errorString());
    }
    for (const QJsonValue &v : doc.object().value(QLatin1String("hosts")).toArray())
        list.m_hosts << HostEntry::fromJson(v.toObject());
    return list;
}

Status HostList::save(const QString &path) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error(ErrorCode::Io, Tr::tr("The folder for the host list could not be created."),
                     QFileInfo(path).absolutePath());
    }
    QJsonArray hosts;
    for (const HostEntry &h : m_hosts)
        hosts.append(h.toJson());
    const QJsonObject o{{QStringLiteral("version"), kHostsVersion},
                        {QStringLiteral("hosts"), hosts}};
    return writeFileAtomic(path, QJsonDocument(o).toJson());
}

Result<HostEntry> HostList::find(const QString &name) const
{
    for (const HostEntry &h : m_hosts) {
        if (h.name == name)
            return h;
    }
    return Error(ErrorCode::NotFound,
                 Tr::tr("There is no host \"%1\". Add it with \"emanonctl host add\".").arg(name));
}

Status HostList::add(const HostEntry &host, bool replace)
{
    if (Status s = host.validate(); !s)
        return s;
    for (HostEntry &h : m_hosts) {
        if (h.name != host.name)
            continue;
        if (!replace) {
            return Error(ErrorCode::AlreadyExists,
                         Tr::tr("A host named \"%1\" is already in the list.").arg(host.name));
        }
        h = host;
        return {};
    }
    m_hosts << host;
    return {};
}

Status HostList::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i).name == name) {
            m_hosts.removeAt(i);
            return {};
        }
    }
    return find(name).error();
}

} // namespace Engine
