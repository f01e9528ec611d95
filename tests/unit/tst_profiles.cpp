// Guest profiles: the table is complete and consistent, applyTo() fills what each OS needs,
// and checkAgainstProfile() warns or refuses with the reason (what a user of the wizard or
// `emanonctl create/show` reads).
#include "engine/profiles/guestprofile.h"
#include "engine/profiles/profilecheck.h"

#include <QSet>
#include <QTest>

using namespace Engine;

namespace {

VmConfig configFor(const char *profile)
{
    VmConfig c;
    c.name = QStringLiteral("vm");
    c.uuid = QUuid::createUuid();
    c.disks.append({QStringLiteral("disk0"), QStringLiteral("disks/disk0.qcow2"),
                    QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
    c.media.append({MediaConfig::Kind::CdRom, QStringLiteral("cd0"), {}, DiskBus::Ide, {}});
    c.nics.append(NicConfig());
    findProfile(QString::fromLatin1(profile))->applyTo(c);
    return c;
}

const ProfileFinding *find(const QList<ProfileFinding> &fs, const QString &code)
{
    for (const ProfileFinding &f : fs) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

HostLimits bigHost()
{
    return HostLimits{1 << 20, 64};
}

} // namespace

class TstProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableHasEveryOsFamily()
    {
        for (const char *id : {"dos", "win3x", "win95", "win98", "winnt351", "winnt4", "win2000",
                               "winxp", "win2003", "windows", "linux", "linux-legacy", "other"})
            QVERIFY2(findProfile(QString::fromLatin1(id)), id);
        QSet<QString> seen;
        for (const GuestProfile &p : allProfiles()) {
            const QString id = QString::fromLatin1(p.id);
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            // Sane limits: the default lies between floor and ceiling, names are set.
            QVERIFY2(p.memoryMinMiB <= p.memoryDefaultMiB && p.memoryDefaultMiB <= p.memoryMaxMiB,
                     qPrintable(id));
            QVERIFY(p.memoryWarnAboveMiB == 0 || p.memoryWarnAboveMiB >= p.memoryDefaultMiB);
            QVERIFY(p.maxCpus >= 1);
            QVERIFY(!p.displayName().isEmpty());
            QVERIFY(p.ovfOsId >= 1);
            QVERIFY(qstrlen(p.vboxOsType) > 0 && qstrlen(p.vmwareGuestOs) > 0);
            // The profile's own defaults never produce a refusal.
            const VmConfig c = configFor(p.id);
            QVERIFY2(c.validate(bigHost()).isEmpty(),
                     qPrintable(id + QLatin1Char(' ') + c.validate(bigHost()).value(0).message));
            // Nor a warning: the defaults are what the OS wants.
            const auto findings = checkAgainstProfile(c);
            QVERIFY2(findings.isEmpty(), qPrintable(id + QLatin1Char(' ') + findings.value(0).message));
            // Legacy Windows and DOS keep local time in the RTC.
            if (QLatin1String(p.family) == QLatin1String("windows-legacy")
                || QLatin1String(p.family) == QLatin1String("dos"))
                QCOMPARE(c.rtcBase, QStringLiteral("localtime"));
            // The machine type is pinned, never the moving "pc"/"q35" alias.
            QVERIFY2(c.machine.endsWith(QLatin1String("-7.2")), qPrintable(c.machine));
        }
    }

    void applyFillsLegacyHardware()
    {
        const VmConfig nt4 = configFor("winnt4");
        QCOMPARE(nt4.cpu.model, QStringLiteral("pentium3"));
        QCOMPARE(cpuidLevel(nt4.cpu.model, nt4.cpu.flags), 3);
        QCOMPARE(nt4.acpi, false);
        QCOMPARE(nt4.hpet, false);
        QCOMPARE(nt4.usb.controller, QStringLiteral("none"));
        QCOMPARE(nt4.display.vga, QStringLiteral("cirrus"));
        QCOMPARE(nt4.nics[0].model, QStringLiteral("pcnet"));
        QCOMPARE(nt4.sound, QStringLiteral("sb16"));
        QCOMPARE(nt4.cpu.count, 1);
        // A floppy drive is added, and the boot order tries it first (NT boot disks).
        QCOMPARE(nt4.media.size(), 2);
        QCOMPARE(nt4.media[1].kind, MediaConfig::Kind::Floppy);
        QCOMPARE(nt4.media[1].node, QStringLiteral("fd0"));
        QVERIFY(nt4.boot.order.startsWith(QLatin1Char('a')));

        const VmConfig dos = configFor("dos");
        QCOMPARE(dos.nics[0].model, QStringLiteral("ne2k_isa"));
        QCOMPARE(dos.sound, QStringLiteral("sb16+adlib"));
        QCOMPARE(dos.boot.order, QStringLiteral("acd"));
        QCOMPARE(dos.parallelPorts, 1);

        const VmConfig win = configFor("windows");
        QCOMPARE(win.firmware, QStringLiteral("uefi"));
        QCOMPARE(win.machine, QStringLiteral("pc-q35-7.2"));
        QCOMPARE(win.disks[0].bus, DiskBus::Sata);

        // A config that has a floppy already keeps it (no second drive).
        VmConfig withFloppy;
        withFloppy.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"),
                                 QStringLiteral("/x.img"), DiskBus::Floppy, {}});
        findProfile(QStringLiteral("dos"))->applyTo(withFloppy);
        QCOMPARE(withFloppy.media.size(), 1);
        QCOMPARE(withFloppy.media[0].path, QStringLiteral("/x.img"));
    }

    void cpuidLevels()
    {
        QCOMPARE(cpuidLevel(QStringLiteral("pentium"), {}), 1);
        QCOMPARE(cpuidLevel(QStringLiteral("qemu32"), {}), 4);
        QCOMPARE(cpuidLevel(QStringLiteral("qemu32"), QStringLiteral("-hypervisor,level=1")), 1);
        QCOMPARE(cpuidLevel(QStringLiteral("host"), {}), -1);
    }

    void win9xWithMoreThan512MiBWarns()
    {
        VmConfig c = configFor("win98");
        c.memoryMiB = 1024;
        const auto findings = checkAgainstProfile(c);
        const ProfileFinding *f = find(findings, QStringLiteral("memory-above-os-limit"));
        QVERIFY(f);
        QCOMPARE(f->severity, ProfileFinding::Severity::Warning);
        QCOMPARE(f->field, QStringLiteral("memoryMiB"));
        QVERIFY2(f->message.contains(QStringLiteral("512 MiB")), qPrintable(f->message));
        QVERIFY(f->message.contains(QStringLiteral("Windows 98")));
        // A warning does not stop the VM from being saved or run.
        QVERIFY(c.validate(bigHost()).isEmpty());
        c.memoryMiB = 512;
        QVERIFY(!find(checkAgainstProfile(c), QStringLiteral("memory-above-os-limit")));
    }

    void nt4WithAcpiOnWarns()
    {
        VmConfig c = configFor("winnt4");
        c.acpi = true;
        const ProfileFinding *f = find(checkAgainstProfile(c), QStringLiteral("acpi-unsupported"));
        QVERIFY(f);
        QCOMPARE(f->severity, ProfileFinding::Severity::Warning);
        QVERIFY(f->message.contains(QStringLiteral("Turn ACPI off")));
        // 2000 knows ACPI: no warning.
        VmConfig w2k = configFor("win2000");
        w2k.acpi = true;
        QVERIFY(!find(checkAgainstProfile(w2k), QStringLiteral("acpi-unsupported")));
    }

    void nt4WithUsbIsRefusedWithTheReason()
    {
        VmConfig c = configFor("winnt4");
        c.usb.controller = QStringLiteral("uhci");
        const ProfileFinding *f = find(checkAgainstProfile(c), QStringLiteral("usb-unsupported"));
        QVERIFY(f);
        QVERIFY(f->isError());
        QVERIFY(f->message.contains(QStringLiteral("no USB support")));
        // validate() refuses it, naming the field and the reason.
        const QList<Error> problems = c.validate(bigHost());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].code, ErrorCode::ConfigInvalid);
        QCOMPARE(problems[0].details, QStringLiteral("usb.controller"));
        QVERIFY(problems[0].message.contains(QStringLiteral("Windows NT 4.0")));
    }

    void nt4CpuidLevelAboveThreeWarns()
    {
        VmConfig c = configFor("winnt4");
        c.cpu.flags.clear();
        c.cpu.model = QStringLiteral("qemu32");
        const ProfileFinding *f = find(checkAgainstProfile(c), QStringLiteral("cpuid-level-too-high"));
        QVERIFY(f);
        QVERIFY(f->message.contains(QStringLiteral("0x3E")));
        c.cpu.flags = QStringLiteral("level=2");
        QVERIFY(!find(checkAgainstProfile(c), QStringLiteral("cpuid-level-too-high")));
        c.cpu.model = QStringLiteral("host");
        c.cpu.flags.clear();
        QVERIFY(find(checkAgainstProfile(c), QStringLiteral("cpuid-level-unknown")));
    }

    void diskOverTheOsCeilingWarns()
    {
        const VmConfig c = configFor("winnt4");
        const qint64 gib = 1024LL * 1024 * 1024;
        QVERIFY(!find(checkAgainstProfile(c, {{QStringLiteral("disk0"), 4 * gib}}),
                      QStringLiteral("disk-above-os-limit")));
        const auto findings = checkAgainstProfile(c, {{QStringLiteral("disk0"), 20 * gib}});
        const ProfileFinding *f = find(findings, QStringLiteral("disk-above-os-limit"));
        QVERIFY(f);
        QCOMPARE(f->field, QStringLiteral("disks[0]"));
        QVERIFY2(f->message.contains(QStringLiteral("20480 MiB")), qPrintable(f->message));
        // 2000 before SP3: 28-bit LBA (128 GiB).
        const VmConfig w2k = configFor("win2000");
        QVERIFY(find(checkAgainstProfile(w2k, {{QStringLiteral("disk0"), 200 * gib}}),
                     QStringLiteral("disk-above-os-limit")));
        QVERIFY(!find(checkAgainstProfile(w2k, {{QStringLiteral("disk0"), 100 * gib}}),
                      QStringLiteral("disk-above-os-limit")));
    }

    void devicesWithoutInBoxDriverWarn()
    {
        VmConfig c = configFor("winxp");
        c.nics[0].model = QStringLiteral("e1000");
        c.disks[0].bus = DiskBus::Virtio;
        const auto findings = checkAgainstProfile(c);
        const ProfileFinding *nic = find(findings, QStringLiteral("nic-no-driver"));
        QVERIFY(nic);
        QVERIFY(nic->message.contains(QStringLiteral("rtl8139")));
        QVERIFY(find(findings, QStringLiteral("disk-bus-no-driver")));
    }

    void legacyOsOnUefiIsRefused()
    {
        VmConfig c = configFor("dos");
        c.firmware = QStringLiteral("uefi");
        const ProfileFinding *f = find(checkAgainstProfile(c), QStringLiteral("uefi-unsupported"));
        QVERIFY(f);
        QVERIFY(f->isError());
        QVERIFY(!c.validate(bigHost()).isEmpty());
    }

    void utcClockOnWindowsWarns()
    {
        VmConfig c = configFor("winxp");
        c.rtcBase = QStringLiteral("utc");
        QVERIFY(find(checkAgainstProfile(c), QStringLiteral("rtc-not-localtime")));
    }

    void unknownProfileHasNoFindings()
    {
        VmConfig c = configFor("other");
        c.profile = QStringLiteral("nonesuch");
        QVERIFY(checkAgainstProfile(c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstProfiles)
#include "tst_profiles.moc"
