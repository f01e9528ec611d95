// emanonctl snapshot on a stopped VM (qemu-img only, no guest boots): what the user types and
// sees, exit codes, and bad input that must change nothing.
#include "engine/library/vmlibrary.h"
#include "engine/profiles/guestprofile.h"
#include "engine/snapshots/snapshottree.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/emanonctlrun.h"

using namespace Engine;

class TstSnapshotCtl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    VmBundle m_vm;

    using Run = TestUtil::CtlRun;

    Run ctl(const QStringList &args)
    {
        return TestUtil::runEmanonCtl(
            args,
            {{QStringLiteral("EMANON_LIBRARY"), m_tmp.filePath(QStringLiteral("lib"))},
             {QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("run"))}},
            60000);
    }

    QStringList snap(const QStringList &rest)
    {
        return QStringList{QStringLiteral("snapshot")} + rest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(EMANON_BINARY_DIR "/app/ctl/emanonctl")))
            QSKIP("emanonctl is not built");
        VmConfig c;
        c.name = QStringLiteral("Cli");
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        auto vm = VmLibrary(m_tmp.filePath(QStringLiteral("lib")))
                      .create(c, {NewDisk{QStringLiteral("disk0"), 4 * 1024 * 1024,
                                          QStringLiteral("qcow2"), DiskBus::Ide}});
        QVERIFY2(vm.ok(), qPrintable(vm.error().toString()));
        m_vm = *vm;
    }

    void takeListShowRenameDelete()
    {
        Run r = ctl(snap({QStringLiteral("list"), QStringLiteral("Cli")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("no snapshots")));

        r = ctl(snap({QStringLiteral("take"), QStringLiteral("Cli"), QStringLiteral("--name"),
                      QStringLiteral("Base"), QStringLiteral("--description"),
                      QStringLiteral("fresh install")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Took snapshot \"Base\" (offline")));
        r = ctl(snap({QStringLiteral("take"), QStringLiteral("Cli"), QStringLiteral("--name"),
                      QStringLiteral("Later")}));
        QCOMPARE(r.exitCode, 0);

        r = ctl(snap({QStringLiteral("list"), QStringLiteral("Cli")}));
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("Base  (")));
        QVERIFY(lines[1].startsWith(QStringLiteral("  Later  (")));
        QCOMPARE(lines[2], QStringLiteral("    -> You are here"));

        r = ctl(snap({QStringLiteral("list"), QStringLiteral("Cli"), QStringLiteral("--json")}));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("snapshots")).toArray().size(), 2);
        QVERIFY(!o.value(QStringLiteral("current")).toString().isEmpty());

        r = ctl(snap({QStringLiteral("show"), QStringLiteral("Cli"), QStringLiteral("Base")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("fresh install")));
        QVERIFY(r.out.contains(QStringLiteral("disks only")));

        r = ctl(snap({QStringLiteral("rename"), QStringLiteral("Cli"), QStringLiteral("Base"),
                      QStringLiteral("Pristine")}));
        QCOMPARE(r.exitCode, 0);
        r = ctl(
            snap({QStringLiteral("revert"), QStringLiteral("Cli"), QStringLiteral("Pristine")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl(snap({QStringLiteral("list"), QStringLiteral("Cli")}));
        QVERIFY(r.out.contains(QStringLiteral("Pristine")));
        QVERIFY(r.out.split(QLatin1Char('\n')).contains(QStringLiteral("  -> You are here")));

        r = ctl(snap({QStringLiteral("delete"), QStringLiteral("Cli"), QStringLiteral("Pristine"),
                      QStringLiteral("--branch")}));
        QCOMPARE(r.exitCode, 0);
        r = ctl(snap({QStringLiteral("list"), QStringLiteral("Cli")}));
        QVERIFY(r.out.contains(QStringLiteral("no snapshots")));
    }

    void badInputChangesNothing()
    {
        QCOMPARE(ctl(snap({QStringLiteral("frobnicate"), QStringLiteral("Cli")})).exitCode, 2);
        QCOMPARE(ctl(snap({QStringLiteral("list")})).exitCode, 2);
        QCOMPARE(ctl(snap({QStringLiteral("list"), QStringLiteral("Nope")})).exitCode, 3);
        Run r =
            ctl(snap({QStringLiteral("revert"), QStringLiteral("Cli"), QStringLiteral("missing")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("no snapshot")));

        QFile f(m_vm.snapshotsJsonPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        r = ctl(snap({QStringLiteral("take"), QStringLiteral("Cli")}));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{ not json"));
        QVERIFY(DiskImage::info(m_vm.diskPath(m_vm.config.disks.first()))->snapshots.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSnapshotCtl)
#include "tst_snapshotctl.moc"
