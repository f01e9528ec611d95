// emanonctl end to end: the real binary, a private library and runtime dir, real QEMU booting
// the linux-initramfs test guest. Also the bad-input cases a user can hit from the CLI.
#include "engine/config/vmconfig.h"
#include "engine/runner/vmcontrol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/emanonctlrun.h"
#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Engine;

using Run = TestUtil::CtlRun;

class TstEmanonCtl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_library;
    QString m_runtime;
    QString m_kernel;
    QString m_initrd;

    Run ctl(const QStringList &args, const QProcessEnvironment &extraEnv = {}, int timeoutMs = 120000)
    {
        QMap<QString, QString> env{
            {QStringLiteral("EMANON_LIBRARY"), m_library},
            {QStringLiteral("EMANON_RUNTIME_DIR"), m_runtime},
            {QStringLiteral("XDG_CACHE_HOME"), m_tmp.filePath(QStringLiteral("cache"))}};
        for (const QString &k : extraEnv.keys())
            env.insert(k, extraEnv.value(k));
        return TestUtil::runEmanonCtl(args, env, timeoutMs);
    }

    QJsonObject statusJson(const QString &vm)
    {
        return QJsonDocument::fromJson(ctl({QStringLiteral("status"), vm, QStringLiteral("--json")}).out.toUtf8()).object();
    }

    bool createDemo(const QString &name)
    {
        const Run r = ctl({QStringLiteral("create"), name, QStringLiteral("--profile"), QStringLiteral("linux"),
                           QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--disk"),
                           QStringLiteral("64M"), QStringLiteral("--kernel"), m_kernel,
                           QStringLiteral("--initrd"), m_initrd, QStringLiteral("--append"),
                           QStringLiteral("console=tty0 console=ttyS0 emanon.quiet")});
        if (r.exitCode != 0)
            qWarning("create failed: %s", qPrintable(r.err));
        return r.exitCode == 0;
    }

    QString bundle(const QString &name) const { return m_library + QLatin1Char('/') + name + QStringLiteral(".emanon"); }

    /// Paths and contents of everything in the library (to prove nothing changed).
    QMap<QString, QByteArray> snapshotLibrary() const
    {
        QMap<QString, QByteArray> m;
        QDirIterator it(m_library, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/.lock")) || path.contains(QLatin1String("/log/")))
                continue;
            QFile f(path);
            m.insert(path, f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1) : QByteArray());
        }
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_tmp.filePath(QStringLiteral("lib"));
        m_runtime = m_tmp.filePath(QStringLiteral("run"));
        m_kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
        m_initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
        EMANON_REQUIRE_GUESTS_OR_SKIP(m_kernel.isEmpty());
    }

    void cleanupTestCase()
    {
        // A failed test may leave a VM running: power off whatever still runs in our library.
        const QJsonArray vms = QJsonDocument::fromJson(
            ctl({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
        for (const QJsonValue &v : vms) {
            const QString state = v.toObject().value(QStringLiteral("state")).toString();
            if (state != QLatin1String("stopped") && state != QLatin1String("crashed") && !state.isEmpty())
                ctl({QStringLiteral("stop"), v.toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("--force")});
        }
    }

    void hostSaysWhichAcceleratorAndWhy()
    {
        const Run r = ctl({QStringLiteral("host"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("accel")) == QLatin1String("tcg") || o.value(QStringLiteral("accel")) == QLatin1String("kvm"));
        QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("qemu")).toString().contains(QStringLiteral("QEMU")));
    }

    void createListShow()
    {
        QVERIFY(createDemo(QStringLiteral("Alpha")));
        const Run list = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Alpha"));
        QCOMPARE(a[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        const Run show = ctl({QStringLiteral("show"), QStringLiteral("Alpha")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral("256 MiB")));
        QVERIFY(show.out.contains(QStringLiteral("64.0 MiB")));
        const Run argv = ctl({QStringLiteral("show"), QStringLiteral("Alpha"), QStringLiteral("--argv")});
        QVERIFY(argv.out.split(u'\n').contains(QStringLiteral("-S")));
    }

    void duplicateAndBadNamesChangeNothing()
    {
        QVERIFY(createDemo(QStringLiteral("Dup")));
        const auto before = snapshotLibrary();
        Run r = ctl({QStringLiteral("create"), QStringLiteral("dup")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Dup")) || r.err.contains(QStringLiteral("dup")), qPrintable(r.err));
        for (const QString &bad : {QStringLiteral("../escape"), QStringLiteral("a/b"), QStringLiteral("..")}) {
            r = ctl({QStringLiteral("create"), bad});
            QVERIFY2(r.exitCode != 0, qPrintable(bad));
            QVERIFY(r.err.startsWith(QStringLiteral("emanonctl: ")));
        }
        QCOMPARE(snapshotLibrary(), before);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("escape.emanon"))));
    }

    void brokenVmJsonIsReportedAndKept()
    {
        QVERIFY(createDemo(QStringLiteral("Broken")));
        QFile f(bundle(QStringLiteral("Broken")) + QStringLiteral("/vm.json"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray half = f.readAll().left(100);
        f.resize(0);
        f.write(half);
        f.close();
        Run r = ctl({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("damaged")), qPrintable(r.out));
        r = ctl({QStringLiteral("start"), QStringLiteral("Broken")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("vm.json")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), half);
        f.close();

        // A definition from a newer Emanon: said so, not rewritten.
        QJsonObject o;
        o.insert(QStringLiteral("schemaVersion"), 7);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        f.close();
        r = ctl({QStringLiteral("show"), QStringLiteral("Broken")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("Update Emanon")), qPrintable(r.err));
        QVERIFY(ctl({QStringLiteral("delete"), QStringLiteral("Broken")}).exitCode == 0);
    }

    void startStatusCrashAndStopAcrossProcesses()
    {
        QVERIFY(createDemo(QStringLiteral("Runner")));
        Run r = ctl({QStringLiteral("start"), QStringLiteral("Runner")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusJson(QStringLiteral("Runner")).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        TestUtil::GuestConsole con(bundle(QStringLiteral("Runner")) + QStringLiteral("/log/serial0.log"), {});
        con.mark();
        // (mark after start: the log may already hold the first lines, so read from 0.)
        QVERIFY(TestUtil::waitUntil([&] {
            QFile f(bundle(QStringLiteral("Runner")) + QStringLiteral("/log/serial0.log"));
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("EMANON: ready");
        }, 120000));

        // Starting again is refused while it runs.
        r = ctl({QStringLiteral("start"), QStringLiteral("Runner")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("already")));

        // A second client (as the GUI would be) watches while the CLI pauses and resumes.
        const QJsonObject st = statusJson(QStringLiteral("Runner"));
        VmControl watcher;
        QVERIFY(watcher.connectTo(st.value(QStringLiteral("controlSocket")).toString()).ok());
        QSignalSpy states(&watcher, &VmControl::stateChanged);
        QCOMPARE(ctl({QStringLiteral("pause"), QStringLiteral("Runner")}).exitCode, 0);
        QVERIFY(TestUtil::waitUntil([&] { return !states.isEmpty(); }, 5000));
        QCOMPARE(states.last().at(0).toString(), QStringLiteral("paused"));
        QCOMPARE(statusJson(QStringLiteral("Runner")).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(ctl({QStringLiteral("resume"), QStringLiteral("Runner")}).exitCode, 0);
        QVERIFY(TestUtil::waitUntil([&] { return states.last().at(0).toString() == QLatin1String("running"); }, 5000));

        // kill -9 of QEMU: every process sees Crashed, with the reason, within a second.
        const qint64 qemuPid = st.value(QStringLiteral("qemuPid")).toInteger();
        QVERIFY(qemuPid > 0);
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(qemuPid), SIGKILL);
        QVERIFY(TestUtil::waitUntil([&] {
            return statusJson(QStringLiteral("Runner")).value(QStringLiteral("state")).toString() == QLatin1String("crashed");
        }, 5000));
        qInfo("crash visible to another process after %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < 1500);
        const QJsonObject crashed = statusJson(QStringLiteral("Runner"));
        QVERIFY(crashed.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("unexpectedly")));
        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--json")}).exitCode, 0);

        // It starts again, and a graceful stop powers it off through ACPI.
        r = ctl({QStringLiteral("start"), QStringLiteral("Runner")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(TestUtil::waitUntil([&] {
            QFile f(bundle(QStringLiteral("Runner")) + QStringLiteral("/log/serial0.log"));
            return f.open(QIODevice::ReadOnly) && f.readAll().count("EMANON: ready") >= 2;
        }, 120000));
        r = ctl({QStringLiteral("stop"), QStringLiteral("Runner")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusJson(QStringLiteral("Runner")).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QFile serial(bundle(QStringLiteral("Runner")) + QStringLiteral("/log/serial0.log"));
        QVERIFY(serial.open(QIODevice::ReadOnly));
        QVERIFY(serial.readAll().contains("EMANON: acpi-powerdown"));
        r = ctl({QStringLiteral("stop"), QStringLiteral("Runner")});
        QCOMPARE(r.exitCode, 4);
    }

    void serialLogHoldsExactlyWhatTheGuestSent()
    {
        // QEMU 7.2's own logfile= wrote a byte twice whenever its write to the connected
        // client was retried ("EMANON: outt 12"); the log now comes from the socket stream.
        QVERIFY(createDemo(QStringLiteral("Burst")));
        const Run r = ctl({QStringLiteral("start"), QStringLiteral("Burst")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString log = bundle(QStringLiteral("Burst")) + QStringLiteral("/log/serial0.log");
        const QString console = statusJson(QStringLiteral("Burst")).value(QStringLiteral("consoleSocket")).toString();
        // A console client that types but reads nothing while the guest talks.
        TestUtil::GuestConsole con(log, console);
        QVERIFY(TestUtil::waitUntil([&] {
            QFile f(log);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("EMANON: ready");
        }, 120000));
        {
            // Connected before the guest's first instruction: the kernel's first line is there.
            QFile f(log);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray first = f.readLine();
            QVERIFY2(first.contains("Linux version"), first.constData());
        }
        con.mark();
        const int count = 3000;
        QVERIFY(con.send(QStringLiteral("run seq 1 %1").arg(count)));
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: run-end 0\n"), 180000), qPrintable(con.text().right(2000)));
        QStringList lines = con.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList expected;
        for (int i = 1; i <= count; ++i)
            expected << QStringLiteral("EMANON: out %1").arg(i);
        expected << QStringLiteral("EMANON: run-end 0");
        // Only the command's lines (an asynchronous line could come between them).
        lines.removeIf([](const QString &l) {
            return !l.startsWith(QLatin1String("EMANON: out")) && !l.startsWith(QLatin1String("EMANON: run"));
        });
        for (int i = 0; i < qMin(lines.size(), expected.size()); ++i)
            QVERIFY2(lines.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("line %1: \"%2\", expected \"%3\"")
                                    .arg(i + 1).arg(lines.at(i), expected.at(i))));
        QCOMPARE(lines.size(), expected.size());
        QCOMPARE(ctl({QStringLiteral("stop"), QStringLiteral("Burst"), QStringLiteral("--force")}).exitCode, 0);
    }

    void serialLogThatCannotBeWrittenIsReported()
    {
        // Something in the way of the log file (as a full disk would be): the VM still starts,
        // its console still works, and qemu.log says the serial output is not kept.
        QVERIFY(createDemo(QStringLiteral("NoLog")));
        const QString logDir = bundle(QStringLiteral("NoLog")) + QStringLiteral("/log");
        QVERIFY(QDir().mkpath(logDir + QStringLiteral("/serial0.log")));
        const Run r = ctl({QStringLiteral("start"), QStringLiteral("NoLog")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(TestUtil::waitUntil([&] {
            QFile f(logDir + QStringLiteral("/qemu.log"));
            return f.open(QIODevice::ReadOnly)
                   && f.readAll().contains("serial0.log cannot be written, the guest's serial output is not kept");
        }, 30000));
        QCOMPARE(statusJson(QStringLiteral("NoLog")).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(ctl({QStringLiteral("stop"), QStringLiteral("NoLog"), QStringLiteral("--force")}).exitCode, 0);
    }

    void qemuWhoseSupervisorDiedCanStillBeStopped()
    {
        QVERIFY(createDemo(QStringLiteral("Orphan")));
        QCOMPARE(ctl({QStringLiteral("start"), QStringLiteral("Orphan")}).exitCode, 0);
        QJsonObject st = statusJson(QStringLiteral("Orphan"));
        const qint64 supervisor = st.value(QStringLiteral("supervisorPid")).toInteger();
        const qint64 qemu = st.value(QStringLiteral("qemuPid")).toInteger();
        QVERIFY(supervisor > 0 && qemu > 0);
        ::kill(pid_t(supervisor), SIGKILL);
        QVERIFY(TestUtil::waitUntil([&] { return ::kill(pid_t(supervisor), 0) != 0; }, 5000));
        st = statusJson(QStringLiteral("Orphan"));
        QCOMPARE(st.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(st.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("still runs")));
        // A polite stop cannot reach it; a forced one can.
        QCOMPARE(ctl({QStringLiteral("stop"), QStringLiteral("Orphan")}).exitCode, 4);
        const Run r = ctl({QStringLiteral("stop"), QStringLiteral("Orphan"), QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusJson(QStringLiteral("Orphan")).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        // QEMU has ended (gone, or a zombie until its new parent reaps it).
        QFile stat(QStringLiteral("/proc/%1/stat").arg(qemu));
        QVERIFY(!stat.open(QIODevice::ReadOnly) || stat.readAll().split(' ').value(2) == "Z");
        QCOMPARE(ctl({QStringLiteral("start"), QStringLiteral("Orphan")}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("stop"), QStringLiteral("Orphan"), QStringLiteral("--force")}).exitCode, 0);
    }

    void startFailuresAreClear()
    {
        QVERIFY(createDemo(QStringLiteral("Fails")));
        // The disk image is gone.
        QVERIFY(QFile::rename(bundle(QStringLiteral("Fails")) + QStringLiteral("/disks/disk0.qcow2"),
                              m_tmp.filePath(QStringLiteral("moved.qcow2"))));
        Run r = ctl({QStringLiteral("start"), QStringLiteral("Fails")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("disk0")), qPrintable(r.err));
        QVERIFY(QFile::rename(m_tmp.filePath(QStringLiteral("moved.qcow2")),
                              bundle(QStringLiteral("Fails")) + QStringLiteral("/disks/disk0.qcow2")));

        // A QEMU that is missing, and one that fails at once.
        QProcessEnvironment env;
        env.insert(QStringLiteral("EMANON_QEMU_SYSTEM"), QStringLiteral("/nonexistent/qemu"));
        r = ctl({QStringLiteral("start"), QStringLiteral("Fails")}, env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("EMANON_QEMU_SYSTEM")), qPrintable(r.err));
        env.insert(QStringLiteral("EMANON_QEMU_SYSTEM"), QStringLiteral("/bin/false"));
        r = ctl({QStringLiteral("start"), QStringLiteral("Fails")}, env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("QEMU")), qPrintable(r.err));
        QCOMPARE(statusJson(QStringLiteral("Fails")).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));

        // A runtime dir path too long for a unix socket.
        env.clear();
        env.insert(QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QString(90, u'r')));
        r = ctl({QStringLiteral("start"), QStringLiteral("Fails")}, env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("too long")), qPrintable(r.err));

        // A runtime dir that belongs to someone else.
        const QString foreign = m_tmp.filePath(QStringLiteral("foreign"));
        QVERIFY(QDir().mkpath(foreign));
        if (::geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
        env.insert(QStringLiteral("EMANON_RUNTIME_DIR"), ::geteuid() == 0 ? foreign : QStringLiteral("/tmp"));
        r = ctl({QStringLiteral("start"), QStringLiteral("Fails")}, env);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("another user")), qPrintable(r.err));
    }

    void diskCommands()
    {
        const QString img = m_tmp.filePath(QStringLiteral("d.qcow2"));
        Run r = ctl({QStringLiteral("disk"), QStringLiteral("create"), img, QStringLiteral("1G")});
        QCOMPARE(r.exitCode, 0);
        r = ctl({QStringLiteral("disk"), QStringLiteral("info"), img, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("virtual-size")).toInteger(), qint64(1) << 30);
        r = ctl({QStringLiteral("disk"), QStringLiteral("resize"), img, QStringLiteral("2G")});
        QCOMPARE(r.exitCode, 0);
        r = ctl({QStringLiteral("disk"), QStringLiteral("resize"), img, QStringLiteral("1G")});
        QVERIFY(r.exitCode != 0); // shrinking needs --shrink
        r = ctl({QStringLiteral("disk"), QStringLiteral("convert"), img, m_tmp.filePath(QStringLiteral("d.vmdk")),
                 QStringLiteral("--format"), QStringLiteral("vmdk")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("100%")), qPrintable(r.err)); // progress lines
        r = ctl({QStringLiteral("disk"), QStringLiteral("info"), m_tmp.filePath(QStringLiteral("missing.qcow2"))});
        QCOMPARE(r.exitCode, 3);
    }

    void usageErrors()
    {
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("NoSuchVm")}).exitCode, 3);
        const Run help = ctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    }
};

QTEST_GUILESS_MAIN(TstEmanonCtl)
#include "tst_emanonctl.moc"
