// The DOS-class profiles (MS-DOS, Windows 3.x, 95, NT 3.51: Pentium CPUs the Linux test guest
// cannot run) on real QEMU (TCG): the dos-boot test guest - a BIOS boot program on a floppy,
// see tests/guests/README.md - boots from the floppy drive (the profiles boot floppy first)
// and reports what the BIOS and the bare hardware show: the CPU and its CPUID level, the
// BIOS equipment word (floppy, COM and LPT ports), the memory, the i440FX/PIIX3 chipset and
// the VGA on PCI, the ISA NE2000 at 0x300 with the VM's MAC, and the SB16's DSP at 0x220.
#include "engine/profiles/guestprofile.h"
#include "engine/qemu/qemucommand.h"
#include "engine/runner/vmrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

using namespace Engine;

namespace {
constexpr int kBootMs = 60000;
const QString kMac = QStringLiteral("52:54:00:12:34:56");
} // namespace

class TstLegacyDos : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    VmStartOptions m_options;

private Q_SLOTS:
    void initTestCase()
    {
        m_options.probeInputs.cacheFile = m_tmp.filePath(QStringLiteral("accel.json"));
        if (TestUtil::guestFile(QStringLiteral("dos-boot/boot.img")).isEmpty()) {
            if (TestUtil::guestsRequired())
                QFAIL("test guest dos-boot is missing: run tests/guests/build (needs nasm)");
            QSKIP("dos-boot guest not built (tests/guests/build, needs nasm)");
        }
    }

    void profileHardwareSeenFromTheBios_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("vgaPci");
        QTest::newRow("dos") << "dos" << "1234:1111";
        QTest::newRow("win3x") << "win3x" << "1234:1111";
        QTest::newRow("win95") << "win95" << "1013:00b8";
        QTest::newRow("winnt351") << "winnt351" << "1234:1111";
    }

    void profileHardwareSeenFromTheBios()
    {
        QFETCH(QString, profile);
        QFETCH(QString, vgaPci);
        const GuestProfile *p = findProfile(profile);
        QVERIFY(p);

        const QString bundle = m_tmp.filePath(profile + QStringLiteral(".emanon"));
        QVERIFY(QDir().mkpath(bundle));
        const QString floppy = bundle + QStringLiteral("/boot.img"); // a copy: QEMU opens it read-write
        QVERIFY(QFile::copy(TestUtil::guestFile(QStringLiteral("dos-boot/boot.img")), floppy));
        VmConfig config;
        config.name = profile;
        config.uuid = QUuid::createUuid();
        config.media.append({MediaConfig::Kind::CdRom, QStringLiteral("cd0"), {}, DiskBus::Ide, {}});
        config.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"), floppy,
                             DiskBus::Floppy, {}});
        NicConfig nic;
        nic.mac = kMac;
        config.nics.append(nic);
        p->applyTo(config);
        config.display.spice = false;
        QVERIFY2(config.validate(HostLimits::current()).isEmpty(),
                 qPrintable(config.validate(HostLimits::current()).value(0).message));

        VmRunner runner(bundle, config);
        const Status started = runner.start(m_options);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        TestUtil::GuestConsole con([&runner](const QByteArray &b) { return runner.writeSerial(b); },
                                   RuntimeFiles::serialLog(bundle + QStringLiteral("/log")));
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: done"), kBootMs), qPrintable(con.text()));
        const QString report = con.text();
        QStringList lines; // whole lines, so "pci 8086:7010" cannot match a longer one
        for (const QString &l : report.split(QLatin1Char('\n')))
            lines << l.trimmed();
        auto has = [&](const QString &line) { return lines.contains(QStringLiteral("EMANON: ") + line); };
        QVERIFY2(has(QStringLiteral("boot-drive 00")), qPrintable(report)); // the floppy (A:)
        // QEMU's "pentium": family 5, CPUID level 1.
        QVERIFY2(has(QStringLiteral("cpuid level=01 family=5 model=4 vendor=GenuineIntel")),
                 qPrintable(report));
        // Memory above 1 MiB as the BIOS reports it (INT 15h AH=88h), in hex KiB.
        QVERIFY2(has(QStringLiteral("ext-kib %1").arg((config.memoryMiB - 1) * 1024, 4, 16, QLatin1Char('0'))),
                 qPrintable(report));
        // Equipment word (INT 11h): a floppy drive, one COM port, the profile's LPT ports.
        const int eqAt = report.indexOf(QStringLiteral("EMANON: equipment "));
        QVERIFY(eqAt >= 0);
        bool ok = false;
        const int eq = report.mid(eqAt + 18, 4).toInt(&ok, 16);
        QVERIFY(ok);
        QCOMPARE(eq & 1, 1);                            // floppy drives present
        QCOMPARE((eq >> 6) & 3, 0);                     // ...one of them
        QCOMPARE((eq >> 9) & 7, config.serialPorts);    // COM ports
        QCOMPARE((eq >> 14) & 3, config.parallelPorts); // LPT ports
        QCOMPARE(config.parallelPorts, 1);
        // PCI: the i440FX and PIIX3, the profile's VGA; no USB, no ACPI (PIIX4 PM) function.
        QVERIFY(has(QStringLiteral("pci 8086:1237")));
        QVERIFY(has(QStringLiteral("pci 8086:7000")));
        QVERIFY(has(QStringLiteral("pci 8086:7010")));
        QVERIFY2(has(QStringLiteral("pci ") + vgaPci), qPrintable(report));
        QVERIFY(!report.contains(QStringLiteral("pci 8086:7020")));
        QVERIFY(!report.contains(QStringLiteral("pci 8086:7113")));
        // The ISA NE2000 at 0x300 answers with the VM's MAC; the SB16's DSP is version 4.05.
        QVERIFY2(has(QStringLiteral("ne2000 300 mac ") + kMac), qPrintable(report));
        QVERIFY2(has(QStringLiteral("sb16 220 dsp 04.05")), qPrintable(report));

        if (runner.state() == VmRunner::State::Running)
            (void)runner.stop(true);
        QVERIFY(TestUtil::waitUntil([&] { return runner.state() == VmRunner::State::Stopped; }, 20000));
    }
};

QTEST_GUILESS_MAIN(TstLegacyDos)
#include "tst_legacy_dos.moc"
