// MigrationReport: the figures a finished (or failed) migration leaves, for the CLI, the GUI
// and the benchmark. A plain value type.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Engine {

enum class MigrationMode { Live = 1, Quick };

struct MigrationReport
{
    MigrationMode mode = MigrationMode::Live;
    QString vm;
    QString host;
    qint64 totalTimeMs = -1;     ///< wall time of the whole move, as the user waited
    qint64 qemuTotalTimeMs = -1; ///< QEMU's own total-time of the RAM migration (live)
    qint64 downtimeMs = -1;      ///< QEMU's downtime: source stopped -> stream complete (live)
    /// From the end of the stream until the target ran the guest (disk hand-over, cont): the
    /// guest's real pause is about downtimeMs + resumeDelayMs.
    qint64 resumeDelayMs = -1;
    qint64 setupTimeMs = -1;     ///< QEMU's setup-time (live)
    qint64 ramBytes = 0;         ///< RAM transferred (live)
    qint64 diskBytes = 0;        ///< disk data copied (mirror, or the bundle copy)
    qint64 dirtySyncCount = 0;   ///< RAM passes (QEMU's dirty-sync-count)
    /// When each step ended, in ms since the start ("target-ready", "disks-in-sync",
    /// "memory-moved", "target-running", "source-ended"): where the time went.
    QJsonObject milestonesMs;
    bool tls = false;
    bool sharedStorage = false;
    QString sourceBundle;        ///< where the VM was (now in the source library's trash)
    QString targetBundle;        ///< where it is now, on the target host

    [[nodiscard]] QJsonObject toJson() const;
    /// Translated lines: "Total time: 12.3 s" ...
    [[nodiscard]] QStringList summaryLines() const;
    static QString modeName(MigrationMode mode);
};

} // namespace Engine
