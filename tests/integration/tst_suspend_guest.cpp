// Suspend and resume end to end: the real emanonctl, real QEMU and the linux-initramfs test
// guest. What a user sees: the VM is Saved with no QEMU left, start resumes the same guest
// (its RAM-only files and its uptime carry on, no new boot), a damaged state file is reported
// and can be discarded, a suspended VM takes a disc but refuses what would part its disks from
// its saved memory, and "suspend --all" saves every running VM.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "engine/runner/vmcontrol.h"

#include "tests/support/emanonctlrun.h"
#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

#include <signal.h>

using Run = TestUtil::CtlRun;
using TestUtil::GuestConsole;

class TstSuspendGuest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_library;
    QString m_kernel;
    QString m_initrd;

    Run ctl(const QStringList &args, int timeoutMs = 180000)
    {
        return TestUtil::runEmanonCtl(
            args,
            {{QStringLiteral("EMANON_LIBRARY"), m_library},
             {QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("run"))},
             {QStringLiteral("XDG_CACHE_HOME"), m_tmp.filePath(QStringLiteral("cache"))}},
            timeoutMs);
    }

    QJsonObject status(const QString &vm)
    {
        return QJsonDocument::fromJson(
                   ctl({QStringLiteral("status"), vm, QStringLiteral("--json")}).out.toUtf8())
            .object();
    }

    QString bundle(const QString &vm) const
    {
        return m_library + QLatin1Char('/') + vm + QStringLiteral(".emanon");
    }
    QString serialLog(const QString &vm) const { return bundle(vm) + QStringLiteral("/log/serial0.log"); }

    QString serialText(const QString &vm) const
    {
        QFile f(serialLog(vm));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    bool createVm(const QString &name)
    {
        const Run r = ctl({QStringLiteral("create"), name, QStringLiteral("--profile"),
                           QStringLiteral("linux"), QStringLiteral("--memory"), QStringLiteral("256"),
                           QStringLiteral("--kernel"), m_kernel, QStringLiteral("--initrd"), m_initrd,
                           QStringLiteral("--append"),
                           QStringLiteral("quiet console=tty0 console=ttyS0 emanon.quiet")});
        if (r.exitCode != 0)
            qWarning("create failed: %s", qPrintable(r.err));
        return r.exitCode == 0;
    }

    /// Starts the VM cold and waits for the guest's command loop.
    bool bootVm(const QString &name)
    {
        const Run r = ctl({QStringLiteral("start"), name});
        if (r.exitCode != 0) {
            qWarning("start failed: %s", qPrintable(r.err));
            return false;
        }
        return TestUtil::waitUntil([&] { return serialText(name).contains(QStringLiteral("EMANON: ready")); },
                                   120000);
    }

    /// Sends `command` on the VM's serial console and returns what the guest said after it,
    /// once `until` appeared (empty on timeout).
    QString ask(const QString &vm, const QString &command, const QString &until)
    {
        GuestConsole con(serialLog(vm), status(vm).value(QStringLiteral("consoleSocket")).toString());
        if (!con.send(command) || !con.waitFor(until, 30000))
            return {};
        return con.text();
    }

    /// The guest's uptime in seconds (a whole line of its answer), or -1.
    double uptime(const QString &vm)
    {
        static const QRegularExpression re(QStringLiteral("EMANON: uptime ([0-9.]+)\n"));
        GuestConsole con(serialLog(vm), status(vm).value(QStringLiteral("consoleSocket")).toString());
        if (!con.send(QStringLiteral("uptime"))
            || !TestUtil::waitUntil([&] { return re.match(con.text()).hasMatch(); }, 30000))
            return -1;
        return re.match(con.text()).captured(1).toDouble();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_tmp.filePath(QStringLiteral("lib"));
        m_kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
        m_initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
        EMANON_REQUIRE_GUESTS_OR_SKIP(m_kernel.isEmpty());
    }

    void cleanupTestCase()
    {
        const QJsonArray vms = QJsonDocument::fromJson(
            ctl({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
        for (const QJsonValue &v : vms) {
            const QString state = v.toObject().value(QStringLiteral("state")).toString();
            if (state == QLatin1String("running") || state == QLatin1String("paused"))
                ctl({QStringLiteral("stop"), v.toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("--force")});
        }
    }

    void suspendAndResumeContinuesTheGuest()
    {
        const QString vm = QStringLiteral("Counter");
        QVERIFY(createVm(vm));
        QVERIFY(bootVm(vm));
        // Something that lives only in the guest's RAM (the initramfs), and its clock.
        QVERIFY(ask(vm, QStringLiteral("run echo before-suspend > /tmp/marker"),
                    QStringLiteral("EMANON: run-end 0")).contains(QStringLiteral("run-end 0")));
        const double before = uptime(vm);
        QVERIFY(before > 0);
        const qint64 qemuPid = status(vm).value(QStringLiteral("qemuPid")).toInteger();
        QVERIFY(qemuPid > 0);

        QElapsedTimer suspendClock;
        suspendClock.start();
        const Run s = ctl({QStringLiteral("suspend"), vm});
        const qint64 suspendMs = suspendClock.elapsed();
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        QVERIFY2(s.err.contains(QStringLiteral("%]")), qPrintable(s.err)); // progress lines
        QVERIFY(s.out.contains(QStringLiteral("saved")));

        // Saved, with no QEMU left, in list and status, with its state and thumbnail on disk.
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("saved"));
        QVERIFY(TestUtil::waitUntil([&] { return ::kill(pid_t(qemuPid), 0) != 0; }, 10000));
        const QJsonArray list = QJsonDocument::fromJson(
            ctl({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("saved"));
        QVERIFY(QFile::exists(bundle(vm) + QStringLiteral("/saved/saved.json")));
        const qint64 stateBytes = QFileInfo(bundle(vm) + QStringLiteral("/saved/vmstate")).size();
        QVERIFY(stateBytes > 1024 * 1024);
        QFile thumb(bundle(vm) + QStringLiteral("/thumbnail.png"));
        QVERIFY(thumb.open(QIODevice::ReadOnly));
        QVERIFY(thumb.read(8).startsWith("\x89PNG"));
        const Run text = ctl({QStringLiteral("status"), vm});
        QVERIFY2(text.out.contains(QStringLiteral("Suspended")), qPrintable(text.out));

        // Start resumes it: no new boot, the RAM file is still there, the clock carries on.
        const int bootsBefore = serialText(vm).count(QStringLiteral("EMANON: init"));
        QCOMPARE(bootsBefore, 1);
        QElapsedTimer wall;
        wall.start();
        const Run r = ctl({QStringLiteral("start"), vm});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 resumeMs = wall.elapsed();
        const double after = uptime(vm);
        qInfo("suspend %lld ms, state %lld bytes, resume %lld ms, guest uptime %.2f -> %.2f s",
              suspendMs, stateBytes, resumeMs, before, after);
        QVERIFY2(after >= before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY2(after < before + wall.elapsed() / 1000.0 + 5,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(ask(vm, QStringLiteral("run cat /tmp/marker"), QStringLiteral("EMANON: run-end"))
                    .contains(QStringLiteral("EMANON: out before-suspend")));
        QCOMPARE(serialText(vm).count(QStringLiteral("EMANON: init")), 1);
        // The saved state is spent: a later start would not restore it again.
        QVERIFY(!QFile::exists(bundle(vm) + QStringLiteral("/saved/saved.json")));
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("running"));

        // A suspend refused by the state says why.
        QCOMPARE(ctl({QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
        const Run again = ctl({QStringLiteral("suspend"), vm});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(QStringLiteral("stopped")), qPrintable(again.err));
    }

    void ctrlCCancelsAndTheVmKeepsRunning()
    {
        const QString vm = QStringLiteral("Cancel");
        QVERIFY(createVm(vm));
        QVERIFY(bootVm(vm));
        // Throttle QEMU's migration (through the supervisor's QMP pass-through) so that the
        // suspend is surely still writing when Ctrl+C comes.
        Engine::VmControl control;
        QVERIFY(control.connectTo(status(vm).value(QStringLiteral("controlSocket")).toString()).ok());
        QVERIFY(control.request(QStringLiteral("qmp"),
                                {{QStringLiteral("execute"), QStringLiteral("migrate-set-parameters")},
                                 {QStringLiteral("arguments"),
                                  QJsonObject{{QStringLiteral("max-bandwidth"), 2 * 1024 * 1024}}}})
                    .ok());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EMANON_LIBRARY"), m_library);
        env.insert(QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("run")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EMANON_BINARY_DIR "/app/ctl/emanonctl"), {QStringLiteral("suspend"), vm});
        QString err;
        QVERIFY(TestUtil::waitUntil([&] {
            err += QString::fromUtf8(p.readAllStandardError());
            return err.contains(QStringLiteral("Saving memory"));
        }, 30000));
        QVERIFY(QFile::exists(bundle(vm) + QStringLiteral("/saved/vmstate.partial")));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        err += QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains(QStringLiteral("canceled")), qPrintable(err));
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(!QFile::exists(bundle(vm) + QStringLiteral("/saved/vmstate.partial")));
        QVERIFY(!QFile::exists(bundle(vm) + QStringLiteral("/saved/saved.json")));
        QVERIFY(uptime(vm) > 0); // the guest still answers
        QCOMPARE(ctl({QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    }

    void truncatedStateIsReportedAndDiscardBootsCold()
    {
        const QString vm = QStringLiteral("Damaged");
        QVERIFY(createVm(vm));
        QVERIFY(bootVm(vm));
        QCOMPARE(ctl({QStringLiteral("suspend"), vm}).exitCode, 0);
        const QString stream = bundle(vm) + QStringLiteral("/saved/vmstate");
        QVERIFY(QFile::resize(stream, QFileInfo(stream).size() / 2));

        const Run start = ctl({QStringLiteral("start"), vm});
        QCOMPARE(start.exitCode, 4); // refused by the VM's (saved) state
        QVERIFY2(start.err.contains(QStringLiteral("incomplete")), qPrintable(start.err));
        QVERIFY2(start.err.contains(QStringLiteral("emanonctl discard")), qPrintable(start.err));
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("saved"));
        QCOMPARE(serialText(vm).count(QStringLiteral("EMANON: init")), 1); // never booted cold

        const Run d = ctl({QStringLiteral("discard"), vm});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY(!QFile::exists(stream));
        QCOMPARE(ctl({QStringLiteral("discard"), vm}).exitCode, 4); // nothing left to discard

        // A stream without saved.json (a suspend cut short) is dropped; the VM boots cold.
        QDir().mkpath(bundle(vm) + QStringLiteral("/saved"));
        QFile partial(bundle(vm) + QStringLiteral("/saved/vmstate.partial"));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(4096, 'z'));
        partial.close();
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        const Run cold = ctl({QStringLiteral("start"), vm});
        QVERIFY2(cold.exitCode == 0, qPrintable(cold.err));
        QVERIFY(TestUtil::waitUntil(
            [&] { return serialText(vm).count(QStringLiteral("EMANON: ready")) == 2; }, 120000));
        QVERIFY(!partial.exists());
        QCOMPARE(ctl({QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
    }

    void suspendedVmTakesADiscButKeepsItsDisks()
    {
        const QString vm = QStringLiteral("Disc");
        QVERIFY(createVm(vm));
        QVERIFY(bootVm(vm));
        QCOMPARE(ctl({QStringLiteral("suspend"), vm}).exitCode, 0);

        // Suspended: no QEMU to talk to, and what would part the disks from the saved memory
        // is refused with the way out.
        Run r = ctl({QStringLiteral("stop"), vm});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("suspended")), qPrintable(r.err));
        r = ctl({QStringLiteral("clone"), vm, QStringLiteral("DiscCopy")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("discard its saved state")), qPrintable(r.err));

        // A disc goes in while it is suspended (vm.json only, like a stopped VM) ...
        const QString disc = m_tmp.filePath(QStringLiteral("saved-cd.img"));
        QFile f(disc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data("EMANON-SAVED-CD\n");
        data.resize(1024 * 1024, '\0');
        f.write(data);
        f.close();
        r = ctl({QStringLiteral("media"), QStringLiteral("insert"), vm, QStringLiteral("cd0"), disc});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("saved"));

        // ... and the resumed guest (no new boot) reads it.
        r = ctl({QStringLiteral("start"), vm});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(ask(vm, QStringLiteral("run head -c 15 /dev/sr0"), QStringLiteral("EMANON: run-end"))
                     .contains(QStringLiteral("EMANON: out EMANON-SAVED-CD")),
                 qPrintable(serialText(vm).right(2000)));
        QCOMPARE(serialText(vm).count(QStringLiteral("EMANON: init")), 1);
        QCOMPARE(ctl({QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
    }

    void suspendAllSavesEveryRunningVm()
    {
        const QStringList vms{QStringLiteral("One"), QStringLiteral("Two")};
        for (const QString &vm : vms) {
            QVERIFY(createVm(vm));
            QVERIFY(bootVm(vm));
        }
        // A paused VM is suspended too, and comes back paused.
        QCOMPARE(ctl({QStringLiteral("pause"), QStringLiteral("Two")}).exitCode, 0);
        QVERIFY(TestUtil::waitUntil([&] {
            return status(QStringLiteral("Two")).value(QStringLiteral("state")).toString() == QLatin1String("paused");
        }, 10000));
        const Run all = ctl({QStringLiteral("suspend"), QStringLiteral("--all")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        for (const QString &vm : vms)
            QCOMPARE(status(vm).value(QStringLiteral("state")).toString(), QStringLiteral("saved"));
        // Both come back where they were.
        for (const QString &vm : vms) {
            const Run r = ctl({QStringLiteral("start"), vm});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const bool wasPaused = vm == QLatin1String("Two");
            QCOMPARE(status(vm).value(QStringLiteral("state")).toString(),
                     wasPaused ? QStringLiteral("paused") : QStringLiteral("running"));
            if (wasPaused)
                QCOMPARE(ctl({QStringLiteral("resume"), vm}).exitCode, 0);
            QVERIFY(uptime(vm) > 0);
            QCOMPARE(serialText(vm).count(QStringLiteral("EMANON: init")), 1);
            QCOMPARE(ctl({QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
        }
        const Run none = ctl({QStringLiteral("suspend"), QStringLiteral("--all")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(QStringLiteral("No VM is running")));
    }
};

QTEST_GUILESS_MAIN(TstSuspendGuest)
#include "tst_suspend_guest.moc"
