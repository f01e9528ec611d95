// FloppyImage: blank, formatted floppy disk images (FAT12, 1.44 MB or 2.88 MB) with a volume
// label, as DOS FORMAT makes them - written by us, no mtools or mkfs needed at run time.
//
// build() is pure (the image bytes); create() writes them atomically and never replaces an
// existing file. Both may be called from any thread. The image is small (at most 2.88 MB),
// so creating one is not a Job.
#pragma once

#include "engine/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Engine {

class FloppyImage
{
    Q_DECLARE_TR_FUNCTIONS(FloppyImage)
public:
    enum class Size { Mb144 = 1, Mb288 };

    struct Options
    {
        Size size = Size::Mb144;
        QString label;          ///< up to 11 characters, DOS label rules; empty = no label
        quint32 volumeId = 0;   ///< serial number; 0 = derived from `created`
        QDateTime created;      ///< stamp of the label entry; invalid = now
    };

    /// The geometry of each size: total sectors, sectors per track, sectors per cluster, root
    /// directory entries (as DOS FORMAT and mkfs.fat make them).
    struct Geometry
    {
        int totalSectors;
        int sectorsPerTrack;
        int sectorsPerCluster;
        int rootEntries;
        int sectorsPerFat;
    };
    static Geometry geometry(Size size);
    static qint64 sizeBytes(Size size) { return qint64(geometry(size).totalSectors) * 512; }

    /// "1.44" / "1440" / "1.44M" -> Mb144, "2.88" / "2880" / "2.88M" -> Mb288.
    static std::optional<Size> sizeFromName(const QString &name);

    /// Why `label` cannot be a volume label (translated), or an empty string. Lower case is
    /// fine: it is stored upper case, as DOS does.
    static QString labelProblem(const QString &label);

    /// The formatted image: boot sector (BPB, a "not a boot disk" loader), two FATs, the root
    /// directory with the label entry, empty data area.
    static Result<QByteArray> build(const Options &options);

    /// Writes a new image at `path` (atomically). Refuses an existing file (AlreadyExists)
    /// and a bad label (InvalidArgument).
    static Status create(const QString &path, const Options &options);
};

} // namespace Engine
