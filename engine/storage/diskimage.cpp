#include "engine/storage/diskimage.h"

#include "engine/host/qemubinaries.h"
#include "engine/storage/qemuimgjob.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace Engine {

namespace {

constexpr qint64 kSectorBytes = 512;

struct ProcessOutput
{
    int exitCode = 0;
    QByteArray stdOut;
    QString stdErr;
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Runs qemu-img to the end, synchronously. Err only when it could not run or timed out;
/// a non-zero exit is the caller's to judge.
Result<ProcessOutput> runQemuImg(const QStringList &arguments, int timeoutMs)
{
    const Result<QString> program = QemuBinaries::img();
    if (!program)
        return program.error();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program.value(), arguments);
    if (!process.waitForStarted(timeoutMs)) {
        return Error(ErrorCode::ProcessStart,
                     DiskImage::tr("qemu-img could not be started. Check that the qemu-utils "
                                   "package is installed correctly."),
                     process.errorString());
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Error(ErrorCode::Timeout,
                     DiskImage::tr("qemu-img did not answer within %n second(s).", nullptr,
                                   timeoutMs / 1000),
                     QStringLiteral("qemu-img %1").arg(arguments.join(QLatin1Char(' '))));
    }
    ProcessOutput out;
    out.stdOut = process.readAllStandardOutput();
    out.stdErr = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit) {
        out.exitCode = -1;
        out.stdErr += QStringLiteral("\n(qemu-img was killed by a signal)");
    } else {
        out.exitCode = process.exitCode();
    }
    return out;
}

/// Paths starting with '-' would read as options.
Status checkPathArgument(const QString &path)
{
    if (path.isEmpty())
        return Error(ErrorCode::InvalidArgument, DiskImage::tr("No file name was given."));
    if (path.startsWith(QLatin1Char('-'))) {
        return Error(ErrorCode::InvalidArgument,
                     DiskImage::tr("The path \"%1\" starts with '-', which qemu-img would read "
                                   "as an option. Use ./%1 instead.")
                         .arg(path));
    }
    return {};
}

Status checkFormat(const QString &format, const QStringList &allowed)
{
    if (allowed.contains(format))
        return {};
    return Error(ErrorCode::InvalidArgument,
                 DiskImage::tr("The disk image format \"%1\" is not supported. Use one of: %2.")
                     .arg(format, allowed.join(QStringLiteral(", "))));
}

Status checkSize(qint64 sizeBytes)
{
    // qcow2's own limit is far above this; stay clear of overflow when rounding up.
    constexpr qint64 kMaxBytes = qint64(1) << 62;
    if (sizeBytes < 0 || sizeBytes > kMaxBytes) {
        return Error(ErrorCode::InvalidArgument,
                     DiskImage::tr("%1 bytes is not a possible disk size.").arg(sizeBytes));
    }
    return {};
}

qint64 roundUpToSector(qint64 bytes)
{
    return (bytes + kSectorBytes - 1) / kSectorBytes * kSectorBytes;
}

/// Options go to qemu-img joined with ',' as "-o a=b,c=d": a comma inside one would smuggle in
/// another option.
Status checkOptions(const QStringList &options, const QString &dstFormat)
{
    static const QRegularExpression kOption(QStringLiteral("^[A-Za-z0-9_.-]+=[^,]*$"));
    for (const QString &option : options) {
        if (!kOption.match(option).hasMatch()) {
            return Error(ErrorCode::InvalidArgument,
                         DiskImage::tr("The image option \"%1\" is not of the form key=value "
                                       "(without commas).")
                             .arg(option));
        }
        // Multi-file vmdk layouts cannot be staged and renamed as one file.
        if (dstFormat == QLatin1String("vmdk") && option.startsWith(QLatin1String("subformat="))) {
            const QString sub = option.section(QLatin1Char('='), 1);
            if (sub != QLatin1String("monolithicSparse") &&
                sub != QLatin1String("streamOptimized")) {
                return Error(ErrorCode::Unsupported,
                             DiskImage::tr("The vmdk subformat %1 writes several files, which "
                                           "Emanon does not support. Use monolithicSparse or "
                                           "streamOptimized.")
                                 .arg(sub));
            }
        }
    }
    return {};
}

/// A relative backing path is stored as given; keep qemu from reading "a:b" as protocol "a".
QString backingArgument(const QString &backingFile)
{
    if (QDir::isRelativePath(backingFile) &&
        backingFile.section(QLatin1Char('/'), 0, 0).contains(QLatin1Char(':'))) {
        return QStringLiteral("./") + backingFile;
    }
    return backingFile;
}

QString resolveBacking(const QString &imagePath, const QString &backingFile)
{
    if (QDir::isAbsolutePath(backingFile))
        return backingFile;
    return QFileInfo(imagePath).absoluteDir().absoluteFilePath(backingFile);
}

DiskSnapshotInfo parseSnapshot(const QJsonObject &o)
{
    DiskSnapshotInfo s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.tag = o.value(QStringLiteral("name")).toString();
    s.vmStateSizeBytes = o.value(QStringLiteral("vm-state-size")).toInteger();
    const qint64 dateSec = o.value(QStringLiteral("date-sec")).toInteger();
    const qint64 dateNsec = o.value(QStringLiteral("date-nsec")).toInteger();
    s.created = QDateTime::fromMSecsSinceEpoch(dateSec * 1000 + dateNsec / 1000000, Qt::UTC);
    s.vmClockNs = o.value(QStringLiteral("vm-clock-sec")).toInteger() * 1000000000LL +
                  o.value(QStringLiteral("vm-clock-nsec")).toInteger();
    return s;
}

DiskInfo parseInfo(const QString &path, const QJsonObject &o)
{
    DiskInfo info;
    info.path = path;
    info.raw = o;
    info.format = o.value(QStringLiteral("format")).toString();
    info.virtualSizeBytes = o.value(QStringLiteral("virtual-size")).toInteger();
    info.actualSizeBytes = o.value(QStringLiteral("actual-size")).toInteger();
    info.backingFile = o.value(QStringLiteral("backing-filename")).toString();
    info.fullBackingFile = o.value(QStringLiteral("full-backing-filename")).toString();
    info.backingFormat = o.value(QStringLiteral("backing-filename-format")).toString();
    info.dirty = o.value(QStringLiteral("dirty-flag")).toBool();
    info.corrupt = o.value(QStringLiteral("format-specific"))
                       .toObject()
                       .value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("corrupt"))
                       .toBool();
    const QJsonArray snapshots = o.value(QStringLiteral("snapshots")).toArray();
    for (const auto &v : snapshots)
        info.snapshots.append(parseSnapshot(v.toObject()));
    return info;
}

QemuImgJob *failedJob(const QString &title, const Error &error, QObject *parent)
{
    auto *job = new QemuImgJob(title, {}, parent);
    job->setPresetError(error);
    return job;
}

} // namespace

QStringList DiskImage::writableFormats()
{
    return {QStringLiteral("qcow2"), QStringLiteral("raw"), QStringLiteral("vmdk"),
            QStringLiteral("vdi"),   QStringLiteral("vpc"), QStringLiteral("vhdx")};
}

QStringList DiskImage::readableFormats()
{
    return writableFormats() + QStringList{QStringLiteral("qcow"),      QStringLiteral("qed"),
                                           QStringLiteral("parallels"), QStringLiteral("dmg"),
                                           QStringLiteral("cloop"),     QStringLiteral("bochs")};
}

Result<DiskInfo> DiskImage::info(const QString &path, bool forceShare)
{
    if (Status s = checkPathArgument(path); !s)
        return s.error();
    const QFileInfo fi(path);
    const QString absolute = fi.absoluteFilePath();
    if (!fi.exists()) {
        return Error(ErrorCode::NotFound,
                     tr("The disk image %1 does not exist.").arg(native(absolute)));
    }
    if (fi.isDir()) {
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 is a folder, not a disk image.").arg(native(absolute)));
    }
    if (!fi.isReadable()) {
        return Error(
            ErrorCode::Io,
            tr("You do not have permission to read the disk image %1.").arg(native(absolute)));
    }

    auto run = [&](bool share) {
        QStringList args{QStringLiteral("info"), QStringLiteral("--output=json")};
        if (share)
            args << QStringLiteral("-U");
        args << absolute;
        return runQemuImg(args, kSyncTimeoutMs);
    };
    const Result<ProcessOutput> out = run(forceShare);
    if (!out)
        return out.error();
    if (out->exitCode != 0) {
        // A lock is the one failure a shared read gets past: tell "in use" apart from "damaged"
        // by asking again instead of reading qemu-img's English.
        if (!forceShare) {
            const Result<ProcessOutput> shared = run(true);
            if (shared && shared->exitCode == 0) {
                return Error(ErrorCode::Locked,
                             tr("The disk image %1 is in use, probably by a running virtual "
                                "machine. Shut the machine down first.")
                                 .arg(native(absolute)),
                             out->stdErr);
            }
        }
        return Error(
            ErrorCode::ProcessFailed,
            tr("%1 is not a disk image QEMU can open, or it is damaged.").arg(native(absolute)),
            out->stdErr);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out->stdOut, &parseError);
    if (!doc.isObject()) {
        return Error(ErrorCode::ProcessFailed,
                     tr("qemu-img described %1 in a way Emanon cannot read.").arg(native(absolute)),
                     parseError.errorString());
    }
    return parseInfo(absolute, doc.object());
}

QemuImgJob *DiskImage::create(const QString &path, qint64 sizeBytes, const QString &format,
                              const QString &backingFile, const QString &backingFormat,
                              QObject *parent)
{
    const QString title = tr("Creating disk image");
    if (Status s = checkPathArgument(path); !s)
        return failedJob(title, s.error(), parent);
    if (Status s = checkFormat(format, writableFormats()); !s)
        return failedJob(title, s.error(), parent);
    if (Status s = checkSize(sizeBytes); !s)
        return failedJob(title, s.error(), parent);
    const QString absolute = QFileInfo(path).absoluteFilePath();

    QStringList args{QStringLiteral("create"), QStringLiteral("-f"), format};
    if (!backingFile.isEmpty()) {
        if (format != QLatin1String("qcow2")) {
            return failedJob(title,
                             Error(ErrorCode::Unsupported,
                                   tr("Only qcow2 images can have a backing file (linked clone), "
                                      "not %1.")
                                       .arg(format)),
                             parent);
        }
        if (Status s = checkPathArgument(backingFile); !s)
            return failedJob(title, s.error(), parent);
        QString bformat = backingFormat;
        if (bformat.isEmpty()) {
            // -F is mandatory for qemu-img; probing here keeps the caller's life simple.
            const Result<DiskInfo> backing = info(resolveBacking(absolute, backingFile), true);
            if (!backing)
                return failedJob(title, backing.error(), parent);
            bformat = backing->format;
        } else if (!QFileInfo::exists(resolveBacking(absolute, backingFile))) {
            return failedJob(
                title,
                Error(ErrorCode::NotFound, tr("The backing file %1 does not exist.")
                                               .arg(native(resolveBacking(absolute, backingFile)))),
                parent);
        }
        if (Status s = checkFormat(bformat, readableFormats()); !s)
            return failedJob(title, s.error(), parent);
        args << QStringLiteral("-b") << backingArgument(backingFile) << QStringLiteral("-F")
             << bformat;
    } else if (sizeBytes == 0) {
        return failedJob(title,
                         Error(ErrorCode::InvalidArgument,
                               tr("A new disk image needs a size larger than 0 bytes.")),
                         parent);
    }
    args << absolute;
    if (sizeBytes > 0)
        args << QString::number(roundUpToSector(sizeBytes));

    auto *job = new QemuImgJob(title, args, parent);
    job->setOutput(QemuImgJob::Output::Reserve, absolute);
    job->setStage(tr("Creating %1").arg(QFileInfo(absolute).fileName()));
    job->setFailureMessage(tr("Could not create the disk image %1.").arg(native(absolute)));
    return job;
}

Status DiskImage::createNow(const QString &path, qint64 sizeBytes, const QString &format,
                            const QString &backingFile, const QString &backingFormat)
{
    std::unique_ptr<QemuImgJob> job(create(path, sizeBytes, format, backingFile, backingFormat));
    job->start();
    job->waitForFinished();
    if (job->state() == Job::State::Succeeded)
        return {};
    return job->error();
}

Status DiskImage::resize(const QString &path, qint64 newSizeBytes, bool allowShrink)
{
    if (Status s = checkPathArgument(path); !s)
        return s;
    if (Status s = checkSize(newSizeBytes); !s)
        return s;
    if (newSizeBytes == 0) {
        return Error(ErrorCode::InvalidArgument,
                     tr("A disk image needs a size larger than 0 bytes."));
    }
    const Result<DiskInfo> current = info(path);
    if (!current)
        return current.error();
    const qint64 target = roundUpToSector(newSizeBytes);
    if (target == current->virtualSizeBytes)
        return {};
    const bool shrink = target < current->virtualSizeBytes;
    if (shrink && !allowShrink) {
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 is smaller than the disk's current size of %2. Shrinking deletes "
                        "everything stored past the new end of the disk; shrink the partitions "
                        "inside the guest first and confirm the shrink.")
                         .arg(formatSize(target), formatSize(current->virtualSizeBytes)));
    }
    QStringList args{QStringLiteral("resize"), QStringLiteral("-f"), current->format};
    if (shrink)
        args << QStringLiteral("--shrink");
    args << current->path << QString::number(target);
    const Result<ProcessOutput> out = runQemuImg(args, kSyncTimeoutMs);
    if (!out)
        return out.error();
    if (out->exitCode != 0) {
        return Error(ErrorCode::ProcessFailed,
                     tr("Could not resize the disk image %1.").arg(native(current->path)),
                     out->stdErr);
    }
    return {};
}

QemuImgJob *DiskImage::convert(const QString &src, const QString &dst, const QString &dstFormat,
                               const QString &srcFormat, const QStringList &options,
                               QObject *parent)
{
    const QString title = tr("Converting disk image");
    if (Status s = checkPathArgument(src); !s)
        return failedJob(title, s.error(), parent);
    if (Status s = checkPathArgument(dst); !s)
        return failedJob(title, s.error(), parent);
    if (Status s = checkFormat(dstFormat, writableFormats()); !s)
        return failedJob(title, s.error(), parent);
    if (!srcFormat.isEmpty()) {
        if (Status s = checkFormat(srcFormat, readableFormats()); !s)
            return failedJob(title, s.error(), parent);
    }
    if (Status s = checkOptions(options, dstFormat); !s)
        return failedJob(title, s.error(), parent);
    const QString absSrc = QFileInfo(src).absoluteFilePath();
    const QString absDst = QFileInfo(dst).absoluteFilePath();
    // A quick look first: "missing", "in use by a running VM" and "damaged" read better
    // before the copy starts than as a failed convert.
    if (const Result<DiskInfo> source = info(absSrc); !source)
        return failedJob(title, source.error(), parent);

    const QString staging = absDst + QStringLiteral(".part");
    QStringList args{QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-O"),
                     dstFormat};
    if (!srcFormat.isEmpty())
        args << QStringLiteral("-f") << srcFormat;
    if (!options.isEmpty())
        args << QStringLiteral("-o") << options.join(QLatin1Char(','));
    args << absSrc << QemuImgJob::stagedFilePath(absDst, staging);

    auto *job = new QemuImgJob(title, args, parent);
    job->setOutput(QemuImgJob::Output::Staged, absDst, staging);
    job->setStage(tr("Copying data"));
    job->setFailureMessage(tr("Could not convert %1 to %2.").arg(native(absSrc), native(absDst)));
    return job;
}

int DiskImage::parseProgress(const QByteArray &chunk)
{
    // Records look like "    (12.34/100%)\r"; take the last complete, well-formed one.
    static const QByteArray kEnd = QByteArrayLiteral("/100%)");
    qsizetype end = chunk.size();
    while ((end = chunk.lastIndexOf(kEnd, end - 1)) >= 0) {
        const qsizetype open = chunk.lastIndexOf('(', end);
        if (open >= 0) {
            const QByteArray number = chunk.mid(open + 1, end - open - 1);
            bool ok = false;
            const double value = number.toDouble(&ok);
            const bool plain =
                !number.isEmpty() && std::all_of(number.begin(), number.end(), [](char c) {
                    return (c >= '0' && c <= '9') || c == '.';
                });
            if (ok && plain && value >= 0.0 && value <= 100.0)
                return int(std::floor(value));
        }
        if (end == 0)
            break;
    }
    return -1;
}

std::optional<qint64> DiskImage::parseSize(const QString &text)
{
    static const QRegularExpression kSize(
        QStringLiteral("^\\s*([0-9]+)(?:\\.([0-9]+))?\\s*(?:([kmgtpe])(?:i?b)?|b)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = kSize.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(3).toLower();
    int shift = 0;
    if (!unit.isEmpty())
        shift = 10 * (int(QStringLiteral("kmgtpe").indexOf(unit)) + 1);
    const QString whole = m.captured(1);
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty()) {
        if (shift == 0)
            return std::nullopt; // "1.5" bytes means nothing
        const double value =
            (whole + QLatin1Char('.') + fraction).toDouble() * std::ldexp(1.0, shift);
        if (!(value < 9.2e18))
            return std::nullopt;
        return qint64(std::llround(value));
    }
    bool ok = false;
    const qint64 base = whole.toLongLong(&ok);
    if (!ok || (shift > 0 && base > (std::numeric_limits<qint64>::max() >> shift)))
        return std::nullopt;
    return base << shift;
}

QString DiskImage::formatSize(qint64 bytes)
{
    if (bytes == 1)
        return tr("1 byte");
    if (bytes < 1024 && bytes > -1024)
        return tr("%1 bytes").arg(bytes);
    static const char *const kUnits[] = {QT_TR_NOOP("%1 KiB"), QT_TR_NOOP("%1 MiB"),
                                         QT_TR_NOOP("%1 GiB"), QT_TR_NOOP("%1 TiB"),
                                         QT_TR_NOOP("%1 PiB"), QT_TR_NOOP("%1 EiB")};
    double value = double(bytes);
    int unit = -1;
    while (std::abs(value) >= 1024.0 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    // 1023.96 KiB would print "1024.0 KiB": move to the next unit instead.
    if (std::abs(value) >= 1023.95 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    return tr(kUnits[unit]).arg(QLocale().toString(value, 'f', 1));
}

} // namespace Engine
