#include "engine/profiles/profilecheck.h"

#include "engine/profiles/guestprofile.h"

#include <QCoreApplication>

namespace Engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCheck)
};

using Severity = ProfileFinding::Severity;

class Checker
{
public:
    Checker(const VmConfig &c, const GuestProfile &p) : m_c(c), m_p(p), m_os(p.displayName()) {}

    QList<ProfileFinding> run(const DiskSizes &sizes)
    {
        checkCpu();
        checkMachine();
        checkFirmware();
        checkDisks(sizes);
        checkNics();
        checkUsb();
        return m_findings;
    }

private:
    void add(Severity s, const char *code, const QString &field, const QString &message)
    {
        m_findings.append({s, QString::fromLatin1(code), field, message});
    }

    void checkCpu()
    {
        if (m_p.cpuidLevelMax <= 0)
            return;
        const int level = cpuidLevel(m_c.cpu.model, m_c.cpu.flags);
        if (level < 0) {
            add(Severity::Warning, "cpuid-level-unknown", QStringLiteral("cpu.model"),
                Tr::tr("%1 stops with an error when the CPU reports more than %2 CPUID leaves, "
                       "and the CPU model \"%3\" may. Use pentium3 with level=%2.")
                    .arg(m_os).arg(m_p.cpuidLevelMax).arg(m_c.cpu.model));
        } else if (level > m_p.cpuidLevelMax) {
            add(Severity::Warning, "cpuid-level-too-high", QStringLiteral("cpu.flags"),
                Tr::tr("The CPU model \"%1\" reports CPUID level %2, but %3 before Service Pack "
                       "6a stops with STOP 0x3E above level %4. Add level=%4 to the CPU flags "
                       "or choose pentium3.")
                    .arg(m_c.cpu.model).arg(level).arg(m_os).arg(m_p.cpuidLevelMax));
        }
    }

    void checkMachine()
    {
        if (m_p.memoryWarnAboveMiB > 0 && m_c.memoryMiB > m_p.memoryWarnAboveMiB) {
            add(Severity::Warning, "memory-above-os-limit", QStringLiteral("memoryMiB"),
                Tr::tr("%1 misbehaves with more than %2 MiB of memory; %3 MiB are set. Give "
                       "it %2 MiB or less.")
                    .arg(m_os).arg(m_p.memoryWarnAboveMiB).arg(m_c.memoryMiB));
        }
        if (m_c.acpi && !m_p.acpiAware) {
            add(Severity::Warning, "acpi-unsupported", QStringLiteral("acpi"),
                Tr::tr("%1 predates ACPI: with ACPI on, setup may pick the wrong HAL and ISA "
                       "cards are not found. Turn ACPI off.")
                    .arg(m_os));
        }
        if (QLatin1String(m_p.rtcBase) == QLatin1String("localtime")
            && m_c.rtcBase != QLatin1String("localtime")) {
            add(Severity::Warning, "rtc-not-localtime", QStringLiteral("rtcBase"),
                Tr::tr("%1 keeps local time in the real-time clock; with the clock in UTC its "
                       "time is off by your time zone. Set the clock base to localtime.")
                    .arg(m_os));
        }
    }

    void checkFirmware()
    {
        if (m_c.firmware == QLatin1String("uefi") && QLatin1String(m_p.firmware) == QLatin1String("bios")
            && (QLatin1String(m_p.family) == QLatin1String("windows-legacy")
                || QLatin1String(m_p.family) == QLatin1String("dos"))) {
            add(Severity::Error, "uefi-unsupported", QStringLiteral("firmware"),
                Tr::tr("%1 cannot start from UEFI firmware. Set the firmware to bios.").arg(m_os));
        }
    }

    void checkDisks(const DiskSizes &sizes)
    {
        const QStringList buses = QString::fromLatin1(m_p.inboxDiskBuses)
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < m_c.disks.size(); ++i) {
            const DiskConfig &d = m_c.disks[i];
            const QString field = QStringLiteral("disks[%1]").arg(i);
            if (!buses.isEmpty() && !buses.contains(diskBusName(d.bus))) {
                add(Severity::Warning, "disk-bus-no-driver", field + QStringLiteral(".bus"),
                    Tr::tr("%1 has no driver for %2 disks in the box, so setup will not see "
                           "disk %3. Attach it to %4, or load the driver during setup.")
                        .arg(m_os, diskBusName(d.bus).toUpper(), d.node,
                             buses.first().toUpper()));
            }
            const qint64 bytes = sizes.value(d.node, 0);
            if (m_p.diskMaxMiB > 0 && bytes > m_p.diskMaxMiB * 1024 * 1024) {
                add(Severity::Warning, "disk-above-os-limit", field,
                    Tr::tr("Disk %1 is %2 MiB, but %3 can use only the first %4 MiB of a disk. "
                           "Make it smaller, or expect the rest to stay unused.")
                        .arg(d.node)
                        .arg(bytes / (1024 * 1024))
                        .arg(m_os)
                        .arg(m_p.diskMaxMiB));
            }
        }
    }

    void checkNics()
    {
        const QStringList nics = m_p.inboxNicList();
        for (int i = 0; i < m_c.nics.size(); ++i) {
            const NicConfig &n = m_c.nics[i];
            if (n.mode == NicConfig::Mode::None || nics.isEmpty() || nics.contains(n.model))
                continue;
            add(Severity::Warning, "nic-no-driver", QStringLiteral("network[%1].model").arg(i),
                Tr::tr("%1 has no driver for the %2 network card in the box. Choose %3, or "
                       "install a driver.")
                    .arg(m_os, n.model, nics.join(QStringLiteral(", "))));
        }
    }

    void checkUsb()
    {
        const bool usb = !m_c.usb.controller.isEmpty() && m_c.usb.controller != QLatin1String("none");
        if (usb && !m_p.usbCapable) {
            add(Severity::Error, "usb-unsupported", QStringLiteral("usb.controller"),
                Tr::tr("%1 has no USB support, so it cannot use a USB controller or USB "
                       "devices. Remove the USB controller; use PS/2 for keyboard and mouse.")
                    .arg(m_os));
        }
    }

    const VmConfig &m_c;
    const GuestProfile &m_p;
    QString m_os;
    QList<ProfileFinding> m_findings;
};

} // namespace

QList<ProfileFinding> checkAgainstProfile(const VmConfig &config, const GuestProfile &profile,
                                          const DiskSizes &diskSizes)
{
    return Checker(config, profile).run(diskSizes);
}

QList<ProfileFinding> checkAgainstProfile(const VmConfig &config, const DiskSizes &diskSizes)
{
    const GuestProfile *profile = findProfile(config.profile);
    if (!profile)
        return {};
    return checkAgainstProfile(config, *profile, diskSizes);
}

QString severityName(ProfileFinding::Severity severity)
{
    return severity == ProfileFinding::Severity::Error ? QStringLiteral("error")
                                                       : QStringLiteral("warning");
}

} // namespace Engine
