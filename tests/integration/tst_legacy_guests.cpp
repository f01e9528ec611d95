// Each legacy guest profile on real QEMU (TCG): the legacy-disk test guest (32-bit Linux on an
// IDE disk, booted by SeaBIOS) runs on exactly the hardware the profile gives, and reports
// what it finds - the chipset, the VGA, the profile's NIC (with a DHCP lease), the sound card,
// the floppy image's label, the attached ISO's contents, the CPU model and its CPUID level.
// One row per profile family whose CPU the 686 kernel can run (it needs CMOV: pentium2 and
// later); the Pentium/486 profiles (DOS, 3.x, 95, NT 3.51) are covered by tst_qemuaccepts.
#include "engine/profiles/guestprofile.h"
#include "engine/qemu/qemucommand.h"
#include "engine/runner/vmrunner.h"
#include "engine/storage/diskimage.h"
#include "engine/storage/floppyimage.h"

#include <QDir>
#include <QFile>
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
} // namespace

class TstLegacyGuests : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    VmStartOptions m_options;
    QString m_floppy;
    QString m_iso;

    static bool runTool(const QString &program, const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit
                        && p.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(p.readAll());
        return ok;
    }

    static bool writeText(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    /// Sends `run CMD` and returns the guest's "out" lines joined by '\n' (empty on timeout).
    static QString run(TestUtil::GuestConsole &con, const QString &command)
    {
        con.mark();
        if (!con.send(QStringLiteral("run ") + command)
            || !con.waitFor(QStringLiteral("EMANON: run-end"), kCommandMs))
            return QStringLiteral("(no answer) ") + con.text();
        QStringList out;
        for (const QString &line : con.text().split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            if (l.startsWith(QLatin1String("EMANON: out ")))
                out << l.mid(12);
        }
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_options.probeInputs.cacheFile = m_tmp.filePath(QStringLiteral("accel.json"));
        if (TestUtil::guestFile(QStringLiteral("legacy-disk/disk.qcow2")).isEmpty()) {
            if (TestUtil::guestsRequired())
                QFAIL("test guest legacy-disk is missing: run tests/guests/build");
            QSKIP("legacy-disk guest not built (tests/guests/build)");
        }
        // A floppy made by Emanon, with a file on it (written by mtools, a second FAT
        // implementation), and an ISO 9660 image made by xorriso.
        m_floppy = m_tmp.filePath(QStringLiteral("data.img"));
        FloppyImage::Options o;
        o.label = QStringLiteral("NT4 DRIVERS");
        QVERIFY(FloppyImage::create(m_floppy, o).ok());
        const QString readme = m_tmp.filePath(QStringLiteral("readme.txt"));
        QVERIFY(writeText(readme, "floppy-content-ok\n"));
        QString log;
        QVERIFY2(runTool(QStringLiteral("mcopy"), {QStringLiteral("-i"), m_floppy, readme,
                                                   QStringLiteral("::/README.TXT")}, &log),
                 qPrintable(log));

        if (QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty())
            QFAIL("xorriso is not installed (scripts/lib.sh lists it)");
        const QString cdRoot = m_tmp.filePath(QStringLiteral("cdroot"));
        QVERIFY(QDir().mkpath(cdRoot));
        QVERIFY(writeText(cdRoot + QStringLiteral("/HELLO.TXT"), "cd-content-ok\n"));
        m_iso = m_tmp.filePath(QStringLiteral("media.iso"));
        QVERIFY2(runTool(QStringLiteral("xorriso"),
                         {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                          QStringLiteral("EMANON_CD"), QStringLiteral("-o"), m_iso, cdRoot}, &log),
                 qPrintable(log));
    }

    void profileHardwareSeenByTheGuest_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("cpuName");  // /proc/cpuinfo "model name"
        QTest::addColumn<int>("cpuidLevel");
        QTest::addColumn<QString>("vgaPci");
        QTest::addColumn<QString>("nicPci");
        QTest::addColumn<QString>("sound");    // start of the guest's "sound" line
        QTest::addColumn<bool>("acpi");
        // 9x: Pentium II, Cirrus, NE2000 PCI, SB16
        QTest::newRow("win98") << "win98" << "Pentium II" << 2 << "1013:00b8" << "10ec:8029"
                               << "SB16" << false;
        // NT 4.0: Pentium III with CPUID level 3, Cirrus, PCnet, SB16, no ACPI
        QTest::newRow("winnt4") << "winnt4" << "Pentium III" << 3 << "1013:00b8" << "1022:2000"
                                << "SB16" << false;
        // 2000: ACPI on, Cirrus, RTL8139, AC97
        QTest::newRow("win2000") << "win2000" << "Pentium III" << 3 << "1013:00b8"
                                 << "10ec:8139" << "ICH - Intel 82801AA-ICH" << true;
        // XP / 2003: qemu32, std VGA, RTL8139, AC97
        QTest::newRow("winxp") << "winxp" << "QEMU Virtual CPU" << 4 << "1234:1111"
                               << "10ec:8139" << "ICH - Intel 82801AA-ICH" << true;
    }

    void profileHardwareSeenByTheGuest()
    {
        QFETCH(QString, profile);
        QFETCH(QString, cpuName);
        QFETCH(int, cpuidLevel);
        QFETCH(QString, vgaPci);
        QFETCH(QString, nicPci);
        QFETCH(QString, sound);
        QFETCH(bool, acpi);

        const QString bundle = m_tmp.filePath(profile + QStringLiteral(".emanon"));
        QVERIFY(QDir().mkpath(bundle + QStringLiteral("/disks")));
        QVERIFY(DiskImage::createNow(bundle + QStringLiteral("/disks/disk0.qcow2"), 0,
                                     QStringLiteral("qcow2"),
                                     TestUtil::guestFile(QStringLiteral("legacy-disk/disk.qcow2")),
                                     QStringLiteral("qcow2"))
                    .ok());
        VmConfig config;
        config.name = profile;
        config.uuid = QUuid::createUuid();
        config.disks.append({QStringLiteral("disk0"), QStringLiteral("disks/disk0.qcow2"),
                             QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        config.media.append({MediaConfig::Kind::CdRom, QStringLiteral("cd0"), m_iso, DiskBus::Ide, {}});
        config.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"), m_floppy,
                             DiskBus::Floppy, {}});
        config.nics.append(NicConfig());
        findProfile(profile)->applyTo(config); // everything as the profile sets it...
        config.display.spice = false;          // ...except the display nobody watches
        QVERIFY2(config.validate(HostLimits::current()).isEmpty(),
                 qPrintable(config.validate(HostLimits::current()).value(0).message));

        VmRunner runner(bundle, config);
        const Status started = runner.start(m_options);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        TestUtil::GuestConsole con([&runner](const QByteArray &b) { return runner.writeSerial(b); },
                                   RuntimeFiles::serialLog(bundle + QStringLiteral("/log")));
        // The profile boots floppy first: our data floppy hands over to the next device.
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: ready"), kBootMs), qPrintable(con.text()));
        const QString report = con.text();
        auto has = [&](const QString &line) { return report.contains(QStringLiteral("EMANON: ") + line); };
        QVERIFY2(has(QStringLiteral("pci 8086:1237")), qPrintable(report)); // i440FX
        QVERIFY(has(QStringLiteral("pci 8086:7000")));                      // PIIX3 ISA
        QVERIFY(has(QStringLiteral("pci 8086:7010")));                      // PIIX3 IDE
        QVERIFY2(has(QStringLiteral("pci ") + vgaPci), qPrintable(report));
        QVERIFY2(has(QStringLiteral("pci ") + nicPci), qPrintable(report));
        QVERIFY2(has(QStringLiteral("cpu ") + cpuName), qPrintable(report));
        QVERIFY2(has(QStringLiteral("sound ") + sound), qPrintable(report));
        QVERIFY(has(acpi ? QStringLiteral("acpi yes") : QStringLiteral("acpi no")));
        QVERIFY2(has(QStringLiteral("block sda 131072")), qPrintable(report)); // IDE disk
        // The floppy drive (its size reads 0 until the driver first touches the medium).
        QVERIFY2(has(QStringLiteral("block fd0")), qPrintable(report));
        if (config.usb.controller == QLatin1String("none"))
            QVERIFY(!has(QStringLiteral("pci 8086:7020"))); // no PIIX3 UHCI for NT-era guests
        else if (config.usb.controller == QLatin1String("ehci")) // ICH9 EHCI + UHCI companions
            QVERIFY2(has(QStringLiteral("pci 8086:293a")) && has(QStringLiteral("pci 8086:2934")),
                     qPrintable(report));
        else
            QVERIFY2(has(QStringLiteral("pci 8086:7020")), qPrintable(report));

        QCOMPARE(run(con, QStringLiteral("echo level=$(sed -n 's/^cpuid level[^0-9]*//p' "
                                         "/proc/cpuinfo | head -n 1)")),
                 QStringLiteral("level=%1").arg(cpuidLevel));

        // The floppy: its label (written by FloppyImage) and a file on it.
        // (busybox has no blkid: read the label from the boot sector's BPB, and from the
        // root directory's volume entry that DOS's DIR and VOL show.)
        QCOMPARE(run(con, QStringLiteral("echo \"bpb=$(dd if=/dev/fd0 bs=1 skip=43 count=11 "
                                         "2>/dev/null)\"")),
                 QStringLiteral("bpb=NT4 DRIVERS"));
        QCOMPARE(run(con, QStringLiteral("echo \"root=$(dd if=/dev/fd0 bs=512 skip=19 count=1 "
                                         "2>/dev/null | head -c 11)\"")),
                 QStringLiteral("root=NT4 DRIVERS"));
        QCOMPARE(run(con, QStringLiteral("mount -t vfat -o ro /dev/fd0 /mnt && cat /mnt/README.TXT; "
                                         "umount /mnt")),
                 QStringLiteral("floppy-content-ok"));
        // The CD: the ISO's volume id and a file on it.
        // ISO 9660 primary volume descriptor (sector 16), volume id at byte 40.
        QCOMPARE(run(con, QStringLiteral("echo \"cd=$(dd if=/dev/sr0 bs=1 skip=32808 count=9 "
                                         "2>/dev/null)\"")),
                 QStringLiteral("cd=EMANON_CD"));
        QCOMPARE(run(con, QStringLiteral("mkdir -p /tmp/cd && mount -t iso9660 -o ro /dev/sr0 "
                                         "/tmp/cd && cat /tmp/cd/HELLO.TXT; umount /tmp/cd")),
                 QStringLiteral("cd-content-ok"));

        // The profile's NIC gets a lease from QEMU's user network.
        con.mark();
        QVERIFY(con.send(QStringLiteral("dhcp")));
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: dhcp eth0 10.0.2.15"), kCommandMs),
                 qPrintable(con.text()));

        QVERIFY(runner.stop(true).ok());
        QVERIFY(TestUtil::waitUntil([&] { return runner.state() == VmRunner::State::Stopped; }, 20000));
    }
};

QTEST_GUILESS_MAIN(TstLegacyGuests)
#include "tst_legacy_guests.moc"
