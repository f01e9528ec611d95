// The pieces of migration that need no second host: the host list (hosts.json), the ssh/rsync
// command lines, and the bundle manifest that proves a copy before the original goes.
#include "engine/migration/bundlemanifest.h"
#include "engine/migration/hostlist.h"
#include "engine/migration/migrationresult.h"
#include "engine/migration/sshtransport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

class TstMigrationHosts : public QObject
{
    Q_OBJECT

    static HostEntry sample()
    {
        HostEntry h;
        h.name = QStringLiteral("bigbox");
        h.url = QStringLiteral("ssh://alice@bigbox.lan:2200");
        h.emanonctl = QStringLiteral("/opt/emanon/bin/emanonctl");
        h.env.insert(QStringLiteral("EMANON_LIBRARY"), QStringLiteral("/srv/VMs with space"));
        h.sshOptions << QStringLiteral("StrictHostKeyChecking=no");
        return h;
    }

private Q_SLOTS:
    void hostListRoundTripsThroughItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/hosts.json"));
        auto empty = HostList::load(path);
        QVERIFY(empty);
        QVERIFY(empty->hosts().isEmpty());

        HostList list;
        HostEntry h = sample();
        h.tlsDir = QStringLiteral("/etc/emanon/tls");
        h.sharedStorage = true;
        h.maxBandwidthMiBs = 100;
        QVERIFY(list.add(h));
        QVERIFY(list.save(path));
        auto loaded = HostList::load(path);
        QVERIFY(loaded);
        auto found = loaded->find(QStringLiteral("bigbox"));
        QVERIFY(found);
        QCOMPARE(found->toJson(), h.toJson());
        QCOMPARE(found->user(), QStringLiteral("alice"));
        QCOMPARE(found->hostName(), QStringLiteral("bigbox.lan"));
        QCOMPARE(found->port(), 2200);
        QCOMPARE(found->streamAddress(), QStringLiteral("bigbox.lan"));

        QVERIFY(loaded->remove(QStringLiteral("bigbox")));
        QCOMPARE(loaded->remove(QStringLiteral("bigbox")).error().code, ErrorCode::NotFound);
    }

    void badHostsAreRefusedWithTheReason()
    {
        HostList list;
        QVERIFY(list.add(sample()));
        QCOMPARE(list.add(sample()).error().code, ErrorCode::AlreadyExists);
        QVERIFY(list.add(sample(), true)); // replace
        QCOMPARE(list.hosts().size(), 1);

        HostEntry h = sample();
        h.url = QStringLiteral("http://bigbox");
        QCOMPARE(list.add(h).error().code, ErrorCode::InvalidArgument);
        QVERIFY(list.add(h).error().message.contains(QStringLiteral("ssh://")));
        h = sample();
        h.name = QStringLiteral("has space");
        QCOMPARE(list.add(h).error().code, ErrorCode::InvalidArgument);
        h = sample();
        h.identity = QStringLiteral("/nonexistent/key");
        QCOMPARE(list.add(h).error().code, ErrorCode::NotFound);
        QCOMPARE(HostList().find(QStringLiteral("x")).error().code, ErrorCode::NotFound);

        QTemporaryDir dir;
        QFile damaged(dir.filePath(QStringLiteral("hosts.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{ not json");
        damaged.close();
        QCOMPARE(HostList::load(damaged.fileName()).error().code, ErrorCode::ConfigParse);
    }

    void sshCommandLineSurvivesTheRemoteShell()
    {
        const SshTransport ssh(sample());
        const QStringList args = ssh.commandArguments({QStringLiteral("start"), QStringLiteral("My VM's disk")});
        QVERIFY(args.contains(QStringLiteral("BatchMode=yes")));
        QCOMPARE(args.at(args.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("2200"));
        QVERIFY(args.contains(QStringLiteral("alice@bigbox.lan")));
        QCOMPARE(args.at(args.size() - 2), QStringLiteral("--"));
        QVERIFY(args.last().startsWith(QStringLiteral("env 'EMANON_LIBRARY=/srv/VMs with space' /opt/emanon/bin/emanonctl ")));
        // The remote side runs the command line through sh: it must come out word for word.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("emanon ctl"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '<%s>' \"$EMANON_LIBRARY\"; printf '[%s]' \"$@\"\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        HostEntry h = sample();
        h.emanonctl = fake;
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                        SshTransport(h).remoteCommandLine({QStringLiteral("start"), QStringLiteral("My VM's disk"), QStringLiteral("$HOME;x")})});
        QVERIFY(sh.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()),
                 QStringLiteral("</srv/VMs with space>[start][My VM's disk][$HOME;x]"));
        QCOMPARE(SshTransport::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(SshTransport::shellQuote(QString()), QStringLiteral("''"));
    }

    void rsyncResumesAndCopiesTheFolderContents()
    {
        const SshTransport ssh(sample());
        const QStringList a = ssh.rsyncArguments(QStringLiteral("/lib/My VM.emanon"), QStringLiteral("/srv/.incoming-1"));
        QVERIFY(a.contains(QStringLiteral("--partial")));
        QVERIFY(a.contains(QStringLiteral("--append-verify")));
        QVERIFY(a.contains(QStringLiteral("--exclude=/log/")));
        QCOMPARE(a.at(a.size() - 2), QStringLiteral("/lib/My VM.emanon/"));
        QCOMPARE(a.last(), QStringLiteral("alice@bigbox.lan:/srv/.incoming-1/"));
        const QString e = a.at(a.indexOf(QStringLiteral("-e")) + 1);
        QVERIFY(e.startsWith(QStringLiteral("ssh ")));
        QVERIFY(e.contains(QStringLiteral("-p 2200")));
    }

    void remoteErrorsSayWhatFailed()
    {
        const SshTransport ssh(sample());
        const Error unreachable = ssh.remoteError(255, "ssh: connect to host bigbox.lan port 2200: No route to host");
        QVERIFY(unreachable.message.contains(QStringLiteral("bigbox")));
        QVERIFY(unreachable.details.contains(QStringLiteral("No route")));
        const Error refused = ssh.remoteError(4, "emanonctl: The VM is already running.\n");
        QCOMPARE(refused.code, ErrorCode::StateRefused);
        QCOMPARE(refused.message, QStringLiteral("bigbox says: The VM is already running."));
        QCOMPARE(ssh.remoteError(3, "emanonctl: No VM named x.").code, ErrorCode::NotFound);
    }

    void manifestFindsEveryChangedOrMissingFile()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("disks"));
        QDir(dir.path()).mkpath(QStringLiteral("log"));
        auto write = [&](const QString &rel, const QByteArray &data) {
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("vm.json"), "{}");
        write(QStringLiteral("disks/disk0.qcow2"), QByteArray(100000, 'x'));
        write(QStringLiteral("log/qemu.log"), "not part of it");
        auto m = BundleManifest::compute(dir.path());
        QVERIFY(m);
        QCOMPARE(m->keys(), (QStringList{QStringLiteral("disks/disk0.qcow2"), QStringLiteral("vm.json")}));
        QCOMPARE(m->value(QStringLiteral("vm.json")),
                 QStringLiteral("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"));
        QCOMPARE(BundleManifest::totalBytes(dir.path()), 100002);
        QVERIFY(BundleManifest::differences(*m, *m).isEmpty());
        QCOMPARE(BundleManifest::fromJson(BundleManifest::toJson(*m)), *m);

        write(QStringLiteral("disks/disk0.qcow2"), QByteArray(100000, 'y'));
        QFile::remove(dir.filePath(QStringLiteral("vm.json")));
        auto changed = BundleManifest::compute(dir.path());
        QVERIFY(changed);
        QCOMPARE(BundleManifest::differences(*m, *changed),
                 (QStringList{QStringLiteral("disks/disk0.qcow2"), QStringLiteral("vm.json")}));
    }

    void reportCarriesTheFigures()
    {
        MigrationReport r;
        r.totalTimeMs = 12345;
        r.downtimeMs = 40;
        r.resumeDelayMs = 60;
        r.ramBytes = 3 * 1024 * 1024;
        r.dirtySyncCount = 3;
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        QCOMPARE(o.value(QStringLiteral("passes")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("guestPauseMs")).toInteger(), 100);
        const QString text = r.summaryLines().join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("12.35 s")));
        QVERIFY(text.contains(QStringLiteral("40 ms")));
        QVERIFY(text.contains(QStringLiteral("3 passes")));
    }
};

QTEST_GUILESS_MAIN(TstMigrationHosts)
#include "tst_migrationhosts.moc"
