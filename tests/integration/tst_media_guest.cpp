// Removable media end to end, as a user does it with emanonctl: make a floppy image, start an
// NT 4.0-profile VM (the legacy-disk test guest on the profile's hardware), insert the floppy
// and a CD image while it runs, eject - and the guest itself reads each change. vm.json keeps
// the change (atomically) for the next start; a bad drive or file changes nothing.
#include "engine/config/vmconfig.h"
#include "engine/qemu/qemucommand.h"
#include "engine/storage/diskimage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

using namespace Engine;

namespace {
constexpr int kBootMs = 120000;
constexpr int kCommandMs = 60000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TstMediaGuest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_library;
    QString m_runtime;

    Run ctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EMANON_LIBRARY"), m_library);
        env.insert(QStringLiteral("EMANON_RUNTIME_DIR"), m_runtime);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_tmp.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EMANON_BINARY_DIR "/app/ctl/emanonctl"), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString bundle() const { return m_library + QStringLiteral("/Nt4.emanon"); }

    VmConfig loadConfig() const
    {
        QFile f(bundle() + QStringLiteral("/vm.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        auto c = VmConfig::fromJson(f.readAll());
        return c ? *c : VmConfig();
    }

    QString mediumOf(const QString &node) const
    {
        for (const MediaConfig &m : loadConfig().media) {
            if (m.node == node)
                return m.path;
        }
        return QStringLiteral("(no drive)");
    }

    static QString run(TestUtil::GuestConsole &con, const QString &command)
    {
        con.mark();
        if (!con.send(QStringLiteral("run ") + command)
            || !con.waitFor(QStringLiteral("EMANON: run-end"), kCommandMs))
            return QStringLiteral("(no answer) ") + con.text();
        QStringList out;
        for (const QString &line : con.text().split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("EMANON: out ")))
                out << line.trimmed().mid(12);
        }
        return out.join(QLatin1Char('\n'));
    }

    // What the guest reads as the floppy's label (boot sector) and the CD's volume id.
    static QString floppyLabel(TestUtil::GuestConsole &con)
    {
        return run(con, QStringLiteral("echo \"fd=$(dd if=/dev/fd0 bs=1 skip=43 count=11 2>/dev/null)\""));
    }
    static QString cdLabel(TestUtil::GuestConsole &con)
    {
        // The first read after a change may get the drive's "medium changed" unit attention,
        // as on real hardware: try a few times.
        return run(con, QStringLiteral("for i in 1 2 3 4 5; do v=$(dd if=/dev/sr0 bs=1 skip=32808 "
                                       "count=9 2>/dev/null); [ -n \"$v\" ] && break; sleep 1; "
                                       "done; echo \"cd=$v\""));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_tmp.filePath(QStringLiteral("lib"));
        m_runtime = m_tmp.filePath(QStringLiteral("run"));
        if (TestUtil::guestFile(QStringLiteral("legacy-disk/disk.qcow2")).isEmpty()) {
            if (TestUtil::guestsRequired())
                QFAIL("test guest legacy-disk is missing: run tests/guests/build");
            QSKIP("legacy-disk guest not built (tests/guests/build)");
        }
        if (QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty())
            QFAIL("xorriso is not installed (scripts/lib.sh lists it)");
    }

    void floppyCreateFromTheCommandLine()
    {
        const QString img = m_tmp.filePath(QStringLiteral("disk1.img"));
        Run r = ctl({QStringLiteral("floppy"), QStringLiteral("create"), img, QStringLiteral("--size"),
                     QStringLiteral("2.88"), QStringLiteral("--label"), QStringLiteral("setup disk")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QFileInfo(img).size(), qint64(2949120));
        // A second create must not destroy the first image.
        r = ctl({QStringLiteral("floppy"), QStringLiteral("create"), img});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(QFileInfo(img).size(), qint64(2949120));
        // A bad label is refused with the reason, and no file appears.
        const QString bad = m_tmp.filePath(QStringLiteral("bad.img"));
        r = ctl({QStringLiteral("floppy"), QStringLiteral("create"), bad, QStringLiteral("--label"),
                 QStringLiteral("WAY TOO LONG LABEL")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("11 characters")), qPrintable(r.err));
        QVERIFY(!QFile::exists(bad));
        r = ctl({QStringLiteral("floppy"), QStringLiteral("create"), bad, QStringLiteral("--size"),
                 QStringLiteral("1.2")});
        QCOMPARE(r.exitCode, 2);
    }

    void profileWarningsOnCreateAndShow()
    {
        // Windows 98 with 1 GiB: created (a warning, not a refusal), and told why.
        Run r = ctl({QStringLiteral("create"), QStringLiteral("Big98"), QStringLiteral("--profile"),
                     QStringLiteral("win98"), QStringLiteral("--memory"), QStringLiteral("1024")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Windows 98 / ME misbehaves with more than 512 MiB")),
                 qPrintable(r.err));
        r = ctl({QStringLiteral("show"), QStringLiteral("Big98")});
        QVERIFY2(r.out.contains(QStringLiteral("Warning:  Windows 98 / ME misbehaves")), qPrintable(r.out));
        r = ctl({QStringLiteral("show"), QStringLiteral("Big98"), QStringLiteral("--json")});
        const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).object()
                                        .value(QStringLiteral("profileFindings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("memory-above-os-limit"));
        QCOMPARE(findings[0].toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));
        // NT 4.0 with a disk past its boot limit: warned at create.
        r = ctl({QStringLiteral("create"), QStringLiteral("BigNt"), QStringLiteral("--profile"),
                 QStringLiteral("winnt4"), QStringLiteral("--disk"), QStringLiteral("20G")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("first 8032 MiB")), qPrintable(r.err));
        // The profile's own defaults: no warning at all.
        r = ctl({QStringLiteral("create"), QStringLiteral("Plain"), QStringLiteral("--profile"),
                 QStringLiteral("winnt4"), QStringLiteral("--disk"), QStringLiteral("2G")});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
    }

    void changeMediaWhileRunning()
    {
        // The VM: NT 4.0 profile (floppy drive fd0, CD drive cd0, both empty) on the guest disk.
        Run r = ctl({QStringLiteral("create"), QStringLiteral("Nt4"), QStringLiteral("--profile"),
                     QStringLiteral("winnt4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        VmConfig c = loadConfig();
        QVERIFY(QDir().mkpath(bundle() + QStringLiteral("/disks")));
        QVERIFY(DiskImage::createNow(bundle() + QStringLiteral("/disks/disk0.qcow2"), 0,
                                     QStringLiteral("qcow2"),
                                     TestUtil::guestFile(QStringLiteral("legacy-disk/disk.qcow2")),
                                     QStringLiteral("qcow2"))
                    .ok());
        c.disks.append({QStringLiteral("disk0"), QStringLiteral("disks/disk0.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        QFile json(bundle() + QStringLiteral("/vm.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(c.toJson());
        json.close();
        QCOMPARE(mediumOf(QStringLiteral("fd0")), QString());

        // The media: a floppy from emanonctl, an ISO from xorriso.
        const QString floppy = m_tmp.filePath(QStringLiteral("drivers.img"));
        QCOMPARE(ctl({QStringLiteral("floppy"), QStringLiteral("create"), floppy,
                      QStringLiteral("--label"), QStringLiteral("DRIVERS")}).exitCode, 0);
        const QString cdRoot = m_tmp.filePath(QStringLiteral("cdroot"));
        QVERIFY(QDir().mkpath(cdRoot));
        QProcess x;
        x.start(QStringLiteral("xorriso"), {QStringLiteral("-as"), QStringLiteral("mkisofs"),
                                            QStringLiteral("-V"), QStringLiteral("SP6A_CD"),
                                            QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("sp6a.iso")), cdRoot});
        QVERIFY(x.waitForFinished(30000) && x.exitCode() == 0);
        const QString iso = m_tmp.filePath(QStringLiteral("sp6a.iso"));

        r = ctl({QStringLiteral("start"), QStringLiteral("Nt4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject status = QJsonDocument::fromJson(
            ctl({QStringLiteral("status"), QStringLiteral("Nt4"), QStringLiteral("--json")}).out.toUtf8()).object();
        // The runtime dir holds the supervisor's console socket (and QEMU's serial socket).
        const QString runtimeDir =
            QFileInfo(status.value(QStringLiteral("consoleSocket")).toString()).absolutePath();
        QVERIFY2(QFile::exists(RuntimeFiles::serialSocket(runtimeDir)),
                 QJsonDocument(status).toJson().constData());
        // Read the serial log; type through the supervisor's console fan-out (QEMU's serial
        // socket takes one client, and the supervisor is it).
        TestUtil::GuestConsole con(RuntimeFiles::serialLog(bundle() + QStringLiteral("/log")),
                                   status.value(QStringLiteral("consoleSocket")).toString());
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: ready"), kBootMs), qPrintable(con.text()));
        QCOMPARE(cdLabel(con), QStringLiteral("cd=")); // empty drive (an empty floppy drive
                                                       // would keep the driver retrying)

        // Insert while running: the guest sees the new media.
        r = ctl({QStringLiteral("media"), QStringLiteral("insert"), QStringLiteral("Nt4"),
                 QStringLiteral("fd0"), floppy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(floppyLabel(con), QStringLiteral("fd=DRIVERS"));
        r = ctl({QStringLiteral("media"), QStringLiteral("insert"), QStringLiteral("Nt4"),
                 QStringLiteral("cd0"), iso});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(cdLabel(con), QStringLiteral("cd=SP6A_CD"));
        // ...and vm.json keeps them for the next start.
        QCOMPARE(mediumOf(QStringLiteral("fd0")), floppy);
        QCOMPARE(mediumOf(QStringLiteral("cd0")), iso);

        // Mistakes change nothing, and say what to do.
        const QByteArray before = [&] { QFile f(bundle() + QStringLiteral("/vm.json")); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        r = ctl({QStringLiteral("media"), QStringLiteral("insert"), QStringLiteral("Nt4"),
                 QStringLiteral("fd1"), floppy});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("cd0, fd0")), qPrintable(r.err));
        r = ctl({QStringLiteral("media"), QStringLiteral("insert"), QStringLiteral("Nt4"),
                 QStringLiteral("cd0"), m_tmp.filePath(QStringLiteral("missing.iso"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.readAll(), before);
        json.close();
        QCOMPARE(cdLabel(con), QStringLiteral("cd=SP6A_CD"));

        // Eject while running: the guest finds the drive empty.
        r = ctl({QStringLiteral("media"), QStringLiteral("eject"), QStringLiteral("Nt4"), QStringLiteral("cd0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(cdLabel(con), QStringLiteral("cd="));
        QCOMPARE(mediumOf(QStringLiteral("cd0")), QString());

        QCOMPARE(ctl({QStringLiteral("stop"), QStringLiteral("Nt4"), QStringLiteral("--force")}).exitCode, 0);

        // Stopped: the change goes to vm.json only, and `show` lists it.
        r = ctl({QStringLiteral("media"), QStringLiteral("insert"), QStringLiteral("Nt4"),
                 QStringLiteral("cd0"), iso});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(mediumOf(QStringLiteral("cd0")), iso);
        r = ctl({QStringLiteral("show"), QStringLiteral("Nt4")});
        QVERIFY2(r.out.contains(iso), qPrintable(r.out));
    }

    void cleanupTestCase()
    {
        (void)ctl({QStringLiteral("stop"), QStringLiteral("Nt4"), QStringLiteral("--force")});
    }
};

QTEST_GUILESS_MAIN(TstMediaGuest)
#include "tst_media_guest.moc"
