// DiskImage: create, inspect, resize and convert disk images with qemu-img.
//
// info() and resize() are synchronous (qemu-img answers in milliseconds; they block the calling
// thread up to a timeout); create() and convert() return a QemuImgJob the caller starts, so
// long work is cancellable and reports progress. All paths are handed to qemu-img as absolute
// paths (a relative "nbd:x" or "json:{…}" would otherwise be read as a protocol); paths that
// start with '-' and formats outside the supported lists are refused before qemu-img runs.
// Every function may be called from any thread; jobs live on the thread that created them.
#pragma once

#include "engine/core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QObject;

namespace Engine {

class QemuImgJob;

/// One internal snapshot of an image (qcow2), as `qemu-img info` lists it.
struct DiskSnapshotInfo
{
    QString id;
    QString tag;
    qint64 vmStateSizeBytes = 0; ///< 0 for a disk-only snapshot
    QDateTime created;           ///< UTC
    qint64 vmClockNs = 0;        ///< guest clock when the snapshot was taken
};

/// What `qemu-img info` says about one image (not its backing chain).
struct DiskInfo
{
    QString path; ///< absolute path of the image
    QString format;
    qint64 virtualSizeBytes = 0; ///< size the guest sees
    qint64 actualSizeBytes = 0;  ///< space taken on the host disk
    QString backingFile;         ///< as stored in the image (may be relative to the image)
    QString fullBackingFile;     ///< as QEMU resolves it
    QString backingFormat;
    bool dirty = false;   ///< not closed cleanly (qcow2 lazy refcounts, vhdx log)
    bool corrupt = false; ///< qcow2 marked itself corrupt: needs `qemu-img check -r`
    QList<DiskSnapshotInfo> snapshots;
    QJsonObject raw; ///< qemu-img's whole JSON
};

/// Disk image operations built on qemu-img.
class DiskImage
{
    Q_DECLARE_TR_FUNCTIONS(DiskImage)
public:
    /// How long info() and resize() wait for qemu-img before giving up.
    static constexpr int kSyncTimeoutMs = 30000;

    /// Formats create() and convert() write: qcow2, raw, vmdk, vdi, vpc, vhdx.
    static QStringList writableFormats();
    /// Formats convert() accepts as an explicit source format (the writable ones plus
    /// read-only legacy formats: qcow, qed, parallels, dmg, cloop, bochs).
    static QStringList readableFormats();

    /// qemu-img info --output=json [-U when forceShare], waiting kSyncTimeoutMs at most.
    /// Errors: NotFound (missing file), Locked (a running VM holds the image; forceShare reads
    /// it anyway), ProcessFailed (not an image QEMU can open, or damaged: qemu-img's message in
    /// details), ProcessStart (no qemu-img), Timeout.
    static Result<DiskInfo> info(const QString &path, bool forceShare = false);

    /// Creates an image (qcow2 by default; raw, vmdk, vdi, vpc, vhdx). A non-empty backingFile
    /// makes a qcow2 overlay (linked clone) with -b and -F; a relative backingFile is relative
    /// to the new image's folder (QEMU's rule) and is stored as given. An empty backingFormat is
    /// probed with info(). sizeBytes 0 with a backing file takes the backing file's size;
    /// sizes are rounded up to whole 512-byte sectors as qemu-img does. The path is reserved
    /// exclusively when the job starts: an existing file is never overwritten (AlreadyExists).
    /// Returns a job that is not started; argument errors are reported by the job once started.
    static QemuImgJob *create(const QString &path, qint64 sizeBytes,
                              const QString &format = QStringLiteral("qcow2"),
                              const QString &backingFile = {}, const QString &backingFormat = {},
                              QObject *parent = nullptr);

    /// create(), run to the end in a nested event loop (for small images, the CLI and tests).
    static Status createNow(const QString &path, qint64 sizeBytes,
                            const QString &format = QStringLiteral("qcow2"),
                            const QString &backingFile = {}, const QString &backingFormat = {});

    /// Grows (or, with allowShrink, shrinks) the virtual size to newSizeBytes (rounded up to
    /// 512 bytes). Shrinking without allowShrink is refused (InvalidArgument) because it drops
    /// the data at the end of the disk. A size equal to the current one does nothing.
    static Status resize(const QString &path, qint64 newSizeBytes, bool allowShrink = false);

    /// qemu-img convert -p -O dstFormat [-f srcFormat] [-o options] src dst. Options are
    /// "key=value" (e.g. "subformat=streamOptimized", "compat=0.10"). qemu-img writes into the
    /// directory dst + ".part" and the result is renamed into place on success, so a canceled
    /// or failed convert leaves neither dst nor dst.part. Refuses an existing dst or dst.part
    /// (AlreadyExists) and vmdk subformats that write several files. The source is checked
    /// with info() first (NotFound, Locked while a VM runs it, damaged). Returns a job, not
    /// started; argument errors are reported by the job once started.
    static QemuImgJob *convert(const QString &src, const QString &dst, const QString &dstFormat,
                               const QString &srcFormat = {}, const QStringList &options = {},
                               QObject *parent = nullptr);

    /// Parses one chunk of qemu-img -p output ("    (12.34/100%)\r" records); returns the
    /// last whole percentage seen (rounded down), or -1 when the chunk holds none. Pure.
    static int parseProgress(const QByteArray &chunk);

    /// Parses a size: "2048" (bytes), "100K", "512M", "1.5G", "1T", also with "iB"/"B"
    /// suffixes ("10GiB", "10 GB"), case-insensitive; units are binary (G = 2^30) like
    /// qemu-img's. Empty, negative, fractional bytes or overflowing input gives nullopt. Pure.
    static std::optional<qint64> parseSize(const QString &text);

    /// "8.0 GiB", "512 bytes"; binary units, one decimal, in the default QLocale.
    static QString formatSize(qint64 bytes);
};

} // namespace Engine
