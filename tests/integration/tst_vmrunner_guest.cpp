// VmRunner against real QEMU booting the real test guests (tests/guests/), with the
// accelerator the probe chooses. Asserts on what the guest reports over its serial port.
#include "engine/profiles/guestprofile.h"
#include "engine/qemu/qemucommand.h"
#include "engine/qmp/qmpclient.h"
#include "engine/runner/vmrunner.h"

#include <QFileInfo>
#include <QJsonObject>
#include "engine/storage/diskimage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

#include <signal.h>

using namespace Engine;
using State = VmRunner::State;

namespace {
constexpr int kBootMs = 120000; // TCG on a loaded 2-core CI machine: ~10 s typical
} // namespace

class TstVmRunnerGuest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    VmStartOptions m_options;

    QString requireGuest(const QString &file)
    {
        const QString path = TestUtil::guestFile(file);
        if (path.isEmpty() && TestUtil::guestsRequired())
            qFatal("test guest %s is missing: run tests/guests/build", qPrintable(file));
        return path;
    }

    /// A bundle folder with the linux-initramfs guest (direct kernel boot) and a blank disk.
    QString makeLinuxBundle(const QString &name, VmConfig &config)
    {
        const QString bundle = m_tmp.filePath(name + QStringLiteral(".emanon"));
        QDir().mkpath(bundle + QStringLiteral("/disks"));
        config = VmConfig();
        config.name = name;
        config.uuid = QUuid::createUuid();
        config.disks.append({QStringLiteral("disk0"), QStringLiteral("disks/disk0.qcow2"),
                             QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        config.nics.append(NicConfig());
        findProfile(QStringLiteral("linux"))->applyTo(config);
        config.memoryMiB = 256;
        config.disks[0].bus = DiskBus::Ide;
        config.usb.controller = QStringLiteral("none");
        config.usb.tablet = false;
        config.display.spice = false;
        config.boot.kernel = requireGuest(QStringLiteral("linux-initramfs/vmlinuz"));
        config.boot.initrd = requireGuest(QStringLiteral("linux-initramfs/initrd.img"));
        config.boot.cmdline = QStringLiteral("console=tty0 console=ttyS0 emanon.quiet");
        const Status made = DiskImage::createNow(bundle + QStringLiteral("/disks/disk0.qcow2"),
                                                 64 * 1024 * 1024);
        if (!made)
            qFatal("%s", qPrintable(made.error().toString()));
        return bundle;
    }

    /// A bundle booting the legacy-disk guest from IDE through SeaBIOS (linux-legacy profile:
    /// pc, pentium3, Cirrus, NE2000 PCI, ACPI off) over a qcow2 overlay of the cached image.
    /// Empty when the guest is not built (and not required).
    QString makeLegacyBundle(const QString &name, VmConfig &config)
    {
        const QString image = requireGuest(QStringLiteral("legacy-disk/disk.qcow2"));
        if (image.isEmpty())
            return {};
        const QString bundle = m_tmp.filePath(name + QStringLiteral(".emanon"));
        QDir().mkpath(bundle + QStringLiteral("/disks"));
        const Status made = DiskImage::createNow(bundle + QStringLiteral("/disks/disk0.qcow2"), 0,
                                                 QStringLiteral("qcow2"), image,
                                                 QStringLiteral("qcow2"));
        if (!made)
            qFatal("%s", qPrintable(made.error().toString()));
        config = VmConfig();
        config.name = name;
        config.uuid = QUuid::createUuid();
        config.disks.append({QStringLiteral("disk0"), QStringLiteral("disks/disk0.qcow2"),
                             QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        config.nics.append(NicConfig());
        findProfile(QStringLiteral("linux-legacy"))->applyTo(config);
        config.display.spice = false;
        config.boot.order = QStringLiteral("c");
        return bundle;
    }

    static TestUtil::GuestConsole console(VmRunner &runner)
    {
        // The runner is QEMU's serial client: type through it.
        return TestUtil::GuestConsole(
            [&runner](const QByteArray &bytes) { return runner.writeSerial(bytes); },
            RuntimeFiles::serialLog(runner.bundlePath() + QStringLiteral("/log")));
    }

    static bool waitState(VmRunner &runner, State s, int timeoutMs)
    {
        return TestUtil::waitUntil([&] { return runner.state() == s; }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_options.probeInputs.cacheFile = m_tmp.filePath(QStringLiteral("accel.json"));
        if (TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz")).isEmpty()
            && !TestUtil::guestsRequired())
            QSKIP("test guests not built (tests/guests/build)");
    }

    void bootPauseResumePowerDown()
    {
        VmConfig config;
        const QString bundle = makeLinuxBundle(QStringLiteral("linux"), config);
        VmRunner runner(bundle, config);
        QSignalSpy states(&runner, &VmRunner::stateChanged);
        QSignalSpy failed(&runner, &VmRunner::startFailed);
        const Status started = runner.start(m_options);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        // QEMU holds the guest (-S) until the runner has connected: nothing is missed.
        auto con = console(runner);
        QVERIFY2(waitState(runner, State::Running, 30000),
                 qPrintable(runner.lastError().toString()));
        qInfo("accelerator: %s", qPrintable(runner.accel().reason));
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: ready"), kBootMs), qPrintable(con.text()));
        // What the guest sees: the i440FX host bridge, the PIIX IDE disk we gave it, the NIC.
        const QString report = con.text();
        QVERIFY(report.contains(QStringLiteral("EMANON: pci 8086:1237")));
        QVERIFY(report.contains(QStringLiteral("EMANON: block sda 131072")));
        QVERIFY(report.contains(QStringLiteral("EMANON: pci 8086:100e"))); // e1000
        QVERIFY(report.contains(QStringLiteral("EMANON: acpi yes")));

        // Pause: the guest does not answer; resume: it answers what was typed meanwhile.
        QVERIFY(runner.pause().ok());
        QVERIFY(waitState(runner, State::Paused, 5000));
        con.mark();
        QVERIFY(con.send(QStringLiteral("echo while-paused")));
        // A graceful stop of a paused guest is refused rather than silently cutting the power.
        QCOMPARE(runner.stop(false).error().code, ErrorCode::StateRefused);
        QCOMPARE(runner.state(), State::Paused);
        QTest::qWait(1500);
        QVERIFY2(!con.text().contains(QStringLiteral("while-paused")), qPrintable(con.text()));
        QVERIFY(runner.resume().ok());
        QVERIFY(waitState(runner, State::Running, 5000));
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: echo while-paused"), 30000),
                 qPrintable(con.text()));

        // ACPI power button: the guest powers itself off, the VM ends Stopped, not Crashed.
        QVERIFY(runner.powerDown(60000).ok());
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: acpi-powerdown"), 60000), qPrintable(con.text()));
        QVERIFY(waitState(runner, State::Stopped, 60000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(runner.lastError().code, ErrorCode::None);
        QList<State> seen;
        for (const auto &args : states)
            seen << args.at(0).value<State>();
        QCOMPARE(seen, (QList<State>{State::Starting, State::Running, State::Paused,
                                     State::Running, State::Stopping, State::Stopped}));
        // The log has QEMU's side of the story.
        QVERIFY(QFile::exists(runner.qemuLogPath()));
    }

    void killedQemuIsACrash()
    {
        VmConfig config;
        const QString bundle = makeLinuxBundle(QStringLiteral("crashy"), config);
        QFile vmJson(bundle + QStringLiteral("/vm.json"));
        QVERIFY(vmJson.open(QIODevice::WriteOnly));
        vmJson.write(config.toJson());
        vmJson.close();
        const QByteArray before = config.toJson();

        VmRunner runner(bundle, config);
        QSignalSpy crashed(&runner, &VmRunner::crashed);
        QVERIFY(runner.start(m_options).ok());
        QVERIFY(waitState(runner, State::Running, 30000));
        // Second runner on the same bundle: refused, the first keeps running.
        VmRunner second(bundle, config);
        const Status again = second.start(m_options);
        QCOMPARE(again.error().code, ErrorCode::Locked);

        const qint64 pid = runner.qemuPid();
        QVERIFY(pid > 0);
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(waitState(runner, State::Crashed, 5000));
        qInfo("crash noticed after %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < 1000);
        QCOMPARE(crashed.count(), 1);
        QCOMPARE(runner.lastError().code, ErrorCode::Crashed);
        QVERIFY(runner.lastError().message.contains(QStringLiteral("unexpectedly")));
        // The bundle is untouched, and the VM can start again.
        QVERIFY(vmJson.open(QIODevice::ReadOnly));
        QCOMPARE(vmJson.readAll(), before);
        QVERIFY(QFile::exists(bundle + QStringLiteral("/disks/disk0.qcow2")));
        QVERIFY(runner.start(m_options).ok());
        QVERIFY(waitState(runner, State::Running, 30000));
        QVERIFY(runner.stop(true).ok());
        QVERIFY(waitState(runner, State::Stopped, 15000));
    }

    void legacyDiskBootsFromIdeAndHaltIsPowerOff()
    {
        VmConfig config;
        const QString bundle = makeLegacyBundle(QStringLiteral("legacy"), config);
        if (bundle.isEmpty())
            QSKIP("legacy-disk guest not built");
        VmRunner runner(bundle, config);
        QSignalSpy halted(&runner, &VmRunner::guestHalted);
        QVERIFY(runner.start(m_options).ok());
        auto con = console(runner);
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: ready"), kBootMs), qPrintable(con.text()));
        const QString report = con.text();
        QVERIFY(report.contains(QStringLiteral("EMANON: arch i686")));
        QVERIFY(report.contains(QStringLiteral("EMANON: acpi no")));
        QVERIFY(report.contains(QStringLiteral("EMANON: pci 1013:00b8"))); // Cirrus CL-GD5446
        QVERIFY(report.contains(QStringLiteral("EMANON: pci 10ec:8029"))); // NE2000 PCI
        QVERIFY(report.contains(QStringLiteral("EMANON: pci 8086:7010"))); // PIIX3 IDE

        // With ACPI off the guest can only halt; the engine notices and turns the power off.
        QVERIFY(con.send(QStringLiteral("poweroff")));
        QVERIFY(waitState(runner, State::Stopped, 60000));
        QCOMPARE(halted.count(), 1);
        QCOMPARE(runner.lastError().code, ErrorCode::None);
    }

    void resetRebootsAndUnansweredPowerDownCutsThePower()
    {
        // The legacy profile has ACPI off: the guest never sees the power button, so the
        // power-down must end by its timeout with the power cut.
        VmConfig config;
        const QString bundle = makeLegacyBundle(QStringLiteral("noacpi"), config);
        if (bundle.isEmpty())
            QSKIP("legacy-disk guest not built");
        VmRunner runner(bundle, config);
        QSignalSpy timedOut(&runner, &VmRunner::powerDownTimedOut);
        QVERIFY(runner.start(m_options).ok());
        auto con = console(runner);
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: ready"), kBootMs), qPrintable(con.text()));

        con.mark();
        QVERIFY(runner.reset().ok());
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: ready"), kBootMs), qPrintable(con.text()));
        QVERIFY(con.text().contains(QStringLiteral("EMANON: init"))); // booted from the start
        QCOMPARE(runner.state(), State::Running);

        QVERIFY(runner.powerDown(3000).ok());
        QCOMPARE(runner.state(), State::Stopping);
        QVERIFY(waitState(runner, State::Stopped, 20000));
        QCOMPARE(timedOut.count(), 1);
        QCOMPARE(runner.lastError().code, ErrorCode::None);
    }

    void uefiAndSpiceOnTcpGetTheirFiles()
    {
        VmConfig config;
        const QString bundle = makeLinuxBundle(QStringLiteral("uefi"), config);
        config.firmware = QStringLiteral("uefi");
        config.display.spice = true;
        config.display.spiceListen = QStringLiteral("tcp:127.0.0.1:0");
        config.display.spicePassword = QStringLiteral("pw-only-in-a-file");
        VmRunner runner(bundle, config);
        const Status s = runner.start(m_options);
        if (!s && s.error().message.contains(QStringLiteral("ovmf")))
            QSKIP("OVMF is not installed");
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QVERIFY2(waitState(runner, State::Running, 30000), qPrintable(runner.lastError().toString()));
        // The VM's own UEFI variable store, private to the user.
        QFileInfo vars(bundle + QStringLiteral("/nvram.fd"));
        QVERIFY(vars.exists());
        QCOMPARE(vars.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        // The SPICE password reached QEMU through a 0600 file, not its command line.
        QFileInfo pw(runner.runtimeDir() + QStringLiteral("/spice.pass"));
        QVERIFY(pw.exists());
        QCOMPARE(pw.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(runner.qemuPid()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains("pw-only-in-a-file"));
        auto spice = runner.qmp()->executeAndWait(QStringLiteral("query-spice"));
        QVERIFY(spice.ok());
        QCOMPARE(spice->toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("spice"));
        QVERIFY(runner.stop(true).ok());
        QVERIFY(waitState(runner, State::Stopped, 15000));
    }

    void qemuThatFailsReportsItsMessage()
    {
        VmConfig config;
        const QString bundle = makeLinuxBundle(QStringLiteral("badcpu"), config);
        config.cpu.model = QStringLiteral("no-such-cpu");
        VmRunner runner(bundle, config);
        QSignalSpy failed(&runner, &VmRunner::startFailed);
        const Status s = runner.start(m_options);
        if (s.ok())
            QVERIFY(failed.wait(20000));
        const Error e = s.ok() ? failed.first().first().value<Error>() : s.error();
        QVERIFY2(e.details.contains(QStringLiteral("no-such-cpu")), qPrintable(e.toString()));
        QCOMPARE(runner.state(), State::Stopped);
        // The lock was released: the corrected VM starts.
        config.cpu.model = QStringLiteral("qemu64");
        VmRunner fixed(bundle, config);
        QVERIFY(fixed.start(m_options).ok());
        QVERIFY(waitState(fixed, State::Running, 30000));
        QVERIFY(fixed.kill().ok());
        QVERIFY(waitState(fixed, State::Stopped, 5000));
    }

    void missingQemuOrDiskIsAClearError()
    {
        VmConfig config;
        const QString bundle = makeLinuxBundle(QStringLiteral("nodisk"), config);
        QFile::remove(bundle + QStringLiteral("/disks/disk0.qcow2"));
        VmRunner runner(bundle, config);
        Status s = runner.start(m_options);
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY(s.error().message.contains(QStringLiteral("disk0")));
        QCOMPARE(runner.state(), State::Stopped);

        const QString bundle2 = makeLinuxBundle(QStringLiteral("noqemu"), config);
        qputenv("EMANON_QEMU_SYSTEM", "/nonexistent/qemu-system-x86_64");
        VmRunner runner2(bundle2, config);
        s = runner2.start(m_options);
        qunsetenv("EMANON_QEMU_SYSTEM");
        QCOMPARE(s.error().code, ErrorCode::ProcessStart);
        QVERIFY(s.error().message.contains(QStringLiteral("EMANON_QEMU_SYSTEM")));
        QCOMPARE(runner2.state(), State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TstVmRunnerGuest)
#include "tst_vmrunner_guest.moc"
