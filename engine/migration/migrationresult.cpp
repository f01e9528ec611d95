#include "engine/migration/migrationresult.h"

#include "engine/migration/migrationtr.h"

#include <QLocale>

namespace Engine {

using MigrationPrivate::Tr;

QString MigrationReport::modeName(MigrationMode mode)
{
    return mode == MigrationMode::Live ? QStringLiteral("live") : QStringLiteral("quick");
}

QJsonObject MigrationReport::toJson() const
{
    return {{QStringLiteral("mode"), modeName(mode)},
            {QStringLiteral("vm"), vm},
            {QStringLiteral("host"), host},
            {QStringLiteral("totalTimeMs"), totalTimeMs},
            {QStringLiteral("qemuTotalTimeMs"), qemuTotalTimeMs},
            {QStringLiteral("downtimeMs"), downtimeMs},
            {QStringLiteral("resumeDelayMs"), resumeDelayMs},
            {QStringLiteral("guestPauseMs"), resumeDelayMs >= 0 && downtimeMs >= 0 ? downtimeMs + resumeDelayMs : -1},
            {QStringLiteral("setupTimeMs"), setupTimeMs},
            {QStringLiteral("ramBytes"), ramBytes},
            {QStringLiteral("diskBytes"), diskBytes},
            {QStringLiteral("passes"), dirtySyncCount},
            {QStringLiteral("milestonesMs"), milestonesMs},
            {QStringLiteral("tls"), tls},
            {QStringLiteral("sharedStorage"), sharedStorage},
            {QStringLiteral("sourceBundle"), sourceBundle},
            {QStringLiteral("targetBundle"), targetBundle}};
}

QStringList MigrationReport::summaryLines() const
{
    const QLocale locale;
    auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 2); };
    QStringList lines;
    lines << Tr::tr("Total time: %1 s").arg(seconds(totalTimeMs));
    if (mode == MigrationMode::Live) {
        lines << Tr::tr("Downtime: %1 ms (QEMU); the guest was paused about %2 ms in all")
                     .arg(downtimeMs)
                     .arg(downtimeMs + qMax<qint64>(resumeDelayMs, 0));
        lines << Tr::tr("RAM transferred: %1 in %2 passes")
                     .arg(locale.formattedDataSize(ramBytes))
                     .arg(dirtySyncCount);
        lines << (sharedStorage ? Tr::tr("Disks: on shared storage, not copied")
                                : Tr::tr("Disks copied: %1").arg(locale.formattedDataSize(diskBytes)));
        lines << (tls ? Tr::tr("Encryption: TLS") : Tr::tr("Encryption: none (plain TCP)"));
    } else {
        lines << Tr::tr("The guest was suspended for the whole move.");
        lines << Tr::tr("Copied: %1").arg(locale.formattedDataSize(diskBytes));
    }
    return lines;
}

} // namespace Engine
