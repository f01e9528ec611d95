#include "tests/support/twohosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace TestUtil {

namespace {
const QString kEmanonCtl = QStringLiteral(EMANON_BINARY_DIR "/app/ctl/emanonctl");
}

QMap<QString, QString> TwoHosts::Host::env() const
{
    return {{QStringLiteral("EMANON_LIBRARY"), library},
            {QStringLiteral("EMANON_RUNTIME_DIR"), runtime},
            {QStringLiteral("EMANON_CONFIG_DIR"), configDir},
            {QStringLiteral("XDG_CACHE_HOME"), cacheDir}};
}

TwoHosts::TwoHosts() = default;

TwoHosts::~TwoHosts()
{
    if (!a.library.isEmpty())
        stopAll(a);
    if (!b.library.isEmpty())
        stopAll(b);
    for (Host *h : {&a, &b}) {
        if (h->sshd) {
            h->sshd->kill();
            h->sshd->waitForFinished(3000);
            delete h->sshd;
        }
    }
    if (m_netnsMade) {
        run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), a.netns});
        run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), b.netns});
    }
}

bool TwoHosts::run(const QStringList &argv, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit
                    && p.exitCode() == 0;
    if (!ok && error)
        *error = argv.join(QLatin1Char(' ')) + QStringLiteral(": ")
                 + QString::fromLocal8Bit(p.readAll()).trimmed() + p.errorString();
    return ok;
}

QString TwoHosts::setUp()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root (network namespaces and sshd); run as root");
    for (const char *tool : {"ip", "ssh", "ssh-keygen", "rsync"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return QStringLiteral("%1 is not installed").arg(QLatin1String(tool));
    }
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/sshd")))
        return QStringLiteral("sshd is not installed (Debian package openssh-server)");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");

    const quint32 tag = QRandomGenerator::global()->bounded(1000u, 60000u);
    const QString subnet = QStringLiteral("10.%1.%2.").arg(200 + tag % 50).arg(tag / 50 % 250);
    a.name = QStringLiteral("a");
    b.name = QStringLiteral("b");
    a.netns = QStringLiteral("emanon-t%1a").arg(tag);
    b.netns = QStringLiteral("emanon-t%1b").arg(tag);
    a.address = subnet + QLatin1Char('1');
    b.address = subnet + QLatin1Char('2');
    m_vethA = QStringLiteral("emv%1a").arg(tag);
    m_vethB = QStringLiteral("emv%1b").arg(tag);

    QString error;
    const QString ip = QStringLiteral("ip");
    if (!run({ip, QStringLiteral("netns"), QStringLiteral("add"), a.netns}, &error))
        return QStringLiteral("cannot create a network namespace: ") + error;
    m_netnsMade = true;
    const QList<QStringList> steps{
        {ip, QStringLiteral("netns"), QStringLiteral("add"), b.netns},
        {ip, QStringLiteral("link"), QStringLiteral("add"), m_vethA, QStringLiteral("type"),
         QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), m_vethB},
        {ip, QStringLiteral("link"), QStringLiteral("set"), m_vethA, QStringLiteral("netns"), a.netns},
        {ip, QStringLiteral("link"), QStringLiteral("set"), m_vethB, QStringLiteral("netns"), b.netns},
    };
    for (const QStringList &s : steps) {
        if (!run(s, &error))
            return QStringLiteral("cannot build the veth link: ") + error;
    }
    for (Host *h : {&a, &b}) {
        const QString veth = h == &a ? m_vethA : m_vethB;
        const QStringList in{ip, QStringLiteral("netns"), QStringLiteral("exec"), h->netns, ip};
        for (const QStringList &s : QList<QStringList>{
                 {QStringLiteral("addr"), QStringLiteral("add"), h->address + QStringLiteral("/24"),
                  QStringLiteral("dev"), veth},
                 {QStringLiteral("link"), QStringLiteral("set"), veth, QStringLiteral("up")},
                 {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}}) {
            if (!run(in + s, &error))
                return QStringLiteral("cannot configure the namespace: ") + error;
        }
        const QString root = m_dir.filePath(h->name);
        h->library = root + QStringLiteral("/lib");
        h->runtime = root + QStringLiteral("/run");
        h->configDir = root + QStringLiteral("/config");
        h->cacheDir = root + QStringLiteral("/cache");
        QDir().mkpath(h->library);
        QDir().mkpath(h->configDir);
    }
    if (!run({QStringLiteral("ssh-keygen"), QStringLiteral("-q"), QStringLiteral("-t"),
              QStringLiteral("ed25519"), QStringLiteral("-N"), QString(), QStringLiteral("-f"),
              identity()},
             &error))
        return QStringLiteral("ssh-keygen failed: ") + error;
    QFile::copy(identity() + QStringLiteral(".pub"), m_dir.filePath(QStringLiteral("authorized_keys")));
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder
    for (Host *h : {&a, &b}) {
        const QString why = startSshd(*h);
        if (!why.isEmpty())
            return why;
    }
    return {};
}

QString TwoHosts::startSshd(Host &host)
{
    const QString hostKey = m_dir.filePath(QStringLiteral("hostkey-") + host.name);
    QString error;
    if (!run({QStringLiteral("ssh-keygen"), QStringLiteral("-q"), QStringLiteral("-t"),
              QStringLiteral("ed25519"), QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey},
             &error))
        return QStringLiteral("ssh-keygen failed: ") + error;
    const QString config = m_dir.filePath(QStringLiteral("sshd-%1.conf").arg(host.name));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the sshd config");
    f.write(QStringLiteral("Port %1\nListenAddress %2\nHostKey %3\nAuthorizedKeysFile %4\n"
                           "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
                           "PidFile none\nMaxStartups 50\nMaxSessions 50\n")
                .arg(kSshPort)
                .arg(host.address, hostKey, m_dir.filePath(QStringLiteral("authorized_keys")))
                .toUtf8());
    f.close();
    host.sshd = new QProcess;
    host.sshd->setProcessChannelMode(QProcess::MergedChannels);
    host.sshd->start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), host.netns,
                                            QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"),
                                            QStringLiteral("-e"), QStringLiteral("-f"), config});
    // Ready once it accepts connections on its address (from inside the namespace).
    for (int i = 0; i < 100; ++i) {
        if (host.sshd->state() == QProcess::NotRunning)
            return QStringLiteral("sshd did not start: ") + QString::fromLocal8Bit(host.sshd->readAll());
        if (run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), host.netns,
                 QStringLiteral("bash"), QStringLiteral("-c"),
                 QStringLiteral("exec 3<>/dev/tcp/%1/%2").arg(host.address).arg(kSshPort)}))
            return {};
        QThread::msleep(100);
    }
    return QStringLiteral("sshd does not accept connections");
}

CtlRun TwoHosts::ctl(const Host &host, const QStringList &args, int timeoutMs) const
{
    QScopedPointer<QProcess> p(startCtl(host, args));
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
    }
    return {p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
            QString::fromUtf8(p->readAllStandardError())};
}

QProcess *TwoHosts::startCtl(const Host &host, const QStringList &args) const
{
    auto *p = new QProcess;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    const auto env = host.env();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p->setProcessEnvironment(e);
    p->start(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"),
                                                host.netns, kEmanonCtl}
                                       + args);
    return p;
}

QStringList TwoHosts::hostAddArgs(const QString &name, const Host &to) const
{
    QStringList args{QStringLiteral("host"), QStringLiteral("add"), name,
                     QStringLiteral("ssh://root@%1:%2").arg(to.address).arg(kSshPort),
                     QStringLiteral("--identity"), identity(),
                     QStringLiteral("--remote-emanonctl"), kEmanonCtl,
                     QStringLiteral("--ssh-option"), QStringLiteral("StrictHostKeyChecking=no"),
                     QStringLiteral("--ssh-option"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                     QStringLiteral("--ssh-option"), QStringLiteral("LogLevel=ERROR")};
    const auto env = to.env();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        args << QStringLiteral("--remote-env") << it.key() + QLatin1Char('=') + it.value();
    return args;
}

void TwoHosts::stopAll(const Host &host) const
{
    const QJsonArray vms = QJsonDocument::fromJson(
        ctl(host, {QStringLiteral("list"), QStringLiteral("--json")}, 30000).out.toUtf8()).array();
    for (const QJsonValue &v : vms) {
        const QString state = v.toObject().value(QStringLiteral("state")).toString();
        if (state == QLatin1String("running") || state == QLatin1String("paused")
            || state == QLatin1String("starting") || state == QLatin1String("restoring"))
            ctl(host, {QStringLiteral("stop"), v.toObject().value(QStringLiteral("name")).toString(),
                       QStringLiteral("--force")},
                30000);
    }
}

} // namespace TestUtil
