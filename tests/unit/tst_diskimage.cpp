// DiskImage / QemuImgJob: progress and size parsing (pure), then create, info, resize, convert
// and cancel against the real qemu-img in a temporary folder.
#include "engine/host/qemubinaries.h"
#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Engine;

namespace {

constexpr qint64 kMiB = qint64(1024) * 1024;
constexpr qint64 kGiB = 1024 * kMiB;

/// Everything a job emitted, in order: "started", "progress:N", "succeeded", "failed:code",
/// "canceled", "finished".
struct JobRecorder
{
    QStringList events;
    QList<int> percents;

    explicit JobRecorder(Job *job)
    {
        QObject::connect(job, &Job::started, job, [this] { events << QStringLiteral("started"); });
        QObject::connect(job, &Job::progressChanged, job, [this](int percent, const QString &) {
            events << QStringLiteral("progress:%1").arg(percent);
            percents << percent;
        });
        QObject::connect(job, &Job::succeeded, job,
                         [this] { events << QStringLiteral("succeeded"); });
        QObject::connect(job, &Job::failed, job, [this](const Error &e) {
            events << QStringLiteral("failed:") + errorCodeName(e.code);
        });
        QObject::connect(job, &Job::canceled, job,
                         [this] { events << QStringLiteral("canceled"); });
        QObject::connect(job, &Job::finished, job,
                         [this] { events << QStringLiteral("finished"); });
    }

    /// The events without the progress entries.
    [[nodiscard]] QStringList milestones() const
    {
        QStringList out;
        for (const QString &e : events) {
            if (!e.startsWith(QLatin1String("progress:")))
                out << e;
        }
        return out;
    }

    /// started, then only progress, then the end: nothing out of order, nothing twice.
    [[nodiscard]] bool progressOnlyBetweenStartAndEnd() const
    {
        if (events.size() < 3 || events.first() != QLatin1String("started"))
            return false;
        for (qsizetype i = 1; i < events.size() - 2; ++i) {
            if (!events[i].startsWith(QLatin1String("progress:")))
                return false;
        }
        return events.last() == QLatin1String("finished");
    }

    [[nodiscard]] bool percentsMonotonic() const
    {
        for (qsizetype i = 1; i < percents.size(); ++i) {
            if (percents[i] >= 0 && percents[i] < percents[i - 1])
                return false;
        }
        return true;
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray sha1Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&f);
    return hash.result();
}

/// A raw image of sizeBytes with recognizable data at the start, in the middle (not
/// cluster-aligned) and in the last sector; the rest is sparse zeros.
bool writePatternedRaw(const QString &path, qint64 sizeBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.resize(sizeBytes))
        return false;
    QByteArray pattern;
    for (int i = 0; i < 4096; ++i)
        pattern.append(char((i * 7 + 13) & 0xff));
    const qint64 offsets[] = {0, sizeBytes / 2 + 1234, sizeBytes - 512};
    for (qint64 offset : offsets) {
        if (!f.seek(offset) ||
            f.write(pattern.left(int(std::min<qint64>(4096, sizeBytes - offset)))) < 0)
            return false;
    }
    return true;
}

/// Incompressible data, so converting it to streamOptimized vmdk (zlib) takes seconds.
bool writeRandomRaw(const QString &path, qint64 sizeBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(int(kMiB), Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    for (qint64 written = 0; written < sizeBytes; written += block.size()) {
        // Vary each block so no layer can dedupe it.
        block[0] = char(written / kMiB);
        if (f.write(block) != block.size())
            return false;
    }
    return true;
}

/// An executable shell script standing in for qemu-img.
QString writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

bool runQemuImg(const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("qemu-img")), args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// Sets (or with an empty value removes) an environment variable until the guard dies.
auto scopedEnv(const char *name, const QByteArray &value)
{
    const bool had = qEnvironmentVariableIsSet(name);
    const QByteArray old = qgetenv(name);
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
    return qScopeGuard([name, had, old] {
        if (had)
            qputenv(name, old);
        else
            qunsetenv(name);
    });
}

} // namespace

class TstDiskImage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        const Result<QString> img = QemuBinaries::img();
        if (!img)
            QSKIP(qPrintable(img.error().message));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // ---- pure parsing ------------------------------------------------------------------

    void parseProgress_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<int>("percent");
        // Captured from `qemu-img convert -p -O qcow2 r.raw r.qcow2 | od -c` (qemu-img 7.2).
        QTest::newRow("first") << QByteArray("    (0.00/100%)\r") << 0;
        QTest::newRow("one") << QByteArray("    (12.34/100%)\r") << 12;
        QTest::newRow("several in one read")
            << QByteArray("    (1.17/100%)\r    (2.34/100%)\r    (3.52/100%)\r") << 3;
        QTest::newRow("last one split")
            << QByteArray("    (10.55/100%)\r    (11.72/100%)\r    (12.8") << 11;
        QTest::newRow("split head") << QByteArray("    (12.3") << -1;
        QTest::newRow("split tail") << QByteArray("4/100%)\r") << -1;
        QTest::newRow("done") << QByteArray("    (99.99/100%)\r    (100.00/100%)\r\n") << 100;
        QTest::newRow("just under") << QByteArray("    (99.99/100%)\r") << 99;
        QTest::newRow("create chatter")
            << QByteArray("Formatting 'a.qcow2', fmt=qcow2 cluster_size=65536 size=8589934592\n")
            << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("not a number") << QByteArray("    (abc/100%)\r") << -1;
        QTest::newRow("signed") << QByteArray("    (-5.00/100%)\r") << -1;
        QTest::newRow("too big") << QByteArray("    (150.00/100%)\r") << -1;
        QTest::newRow("garbage after good")
            << QByteArray("    (42.00/100%)\r (x/100%)\r\x01\xff") << 42;
        QTest::newRow("binary") << QByteArray("\x00\x01(\x02/100%)\r", 12) << -1;
    }

    void parseProgress()
    {
        QFETCH(QByteArray, chunk);
        QFETCH(int, percent);
        QCOMPARE(DiskImage::parseProgress(chunk), percent);
    }

    void progressAcrossReadsNeverGoesBack()
    {
        QemuImgProgress p;
        QCOMPARE(p.feed("    (10.55/100%)"), 10);
        QCOMPARE(p.feed("\r    (11.7"), -1); // nothing new yet
        QCOMPARE(p.feed("2/100%)\r"), 11);   // the record split over two reads
        QCOMPARE(p.feed("    (50.00/100%)\r    (40.00/100%)\r"), 40); // the last record counts
        QCOMPARE(p.percent(), 40);
        QCOMPARE(p.feed("    (60.00/100%)\r"), 60);
        QCOMPARE(p.feed("    (30.00/100%)\r"), -1);
        QCOMPARE(p.percent(), 60);
        QCOMPARE(p.feed(QByteArray(10000, 'x')), -1); // junk does not grow the buffer forever
        QCOMPARE(p.feed("    (100.00/100%)\r\n"), 100);
    }

    void parseSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: rejected
        QTest::newRow("bytes") << QStringLiteral("2048") << qint64(2048);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("K") << QStringLiteral("100K") << qint64(102400);
        QTest::newRow("M") << QStringLiteral("512M") << 512 * kMiB;
        QTest::newRow("G") << QStringLiteral("10G") << 10 * kGiB;
        QTest::newRow("fraction") << QStringLiteral("1.5G") << qint64(1610612736);
        QTest::newRow("T") << QStringLiteral("1T") << 1024 * kGiB;
        QTest::newRow("GiB") << QStringLiteral("10GiB") << 10 * kGiB;
        QTest::newRow("MiB space") << QStringLiteral("512 MiB") << 512 * kMiB;
        QTest::newRow("lower") << QStringLiteral("8g") << 8 * kGiB;
        QTest::newRow("GB binary") << QStringLiteral("20GB") << 20 * kGiB;
        QTest::newRow("B") << QStringLiteral("4096B") << qint64(4096);
        QTest::newRow("trimmed") << QStringLiteral(" 64M ") << 64 * kMiB;
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1G") << qint64(-1);
        QTest::newRow("fractional bytes") << QStringLiteral("1.5") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("10X") << qint64(-1);
        QTest::newRow("two units") << QStringLiteral("10GM") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("ten G") << qint64(-1);
        QTest::newRow("overflow") << QStringLiteral("9999999E") << qint64(-1);
        QTest::newRow("overflow bytes") << QStringLiteral("99999999999999999999") << qint64(-1);
        QTest::newRow("comma") << QStringLiteral("1,5G") << qint64(-1);
    }

    void parseSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const std::optional<qint64> parsed = DiskImage::parseSize(text);
        if (bytes < 0) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, bytes);
        }
    }

    void formatSize_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0 bytes");
        QTest::newRow("1") << qint64(1) << QStringLiteral("1 byte");
        QTest::newRow("512") << qint64(512) << QStringLiteral("512 bytes");
        QTest::newRow("1K") << qint64(1024) << QStringLiteral("1.0 KiB");
        QTest::newRow("1.5M") << qint64(1536 * 1024) << QStringLiteral("1.5 MiB");
        QTest::newRow("8G") << 8 * kGiB << QStringLiteral("8.0 GiB");
        QTest::newRow("almost 1G") << kGiB - 1 << QStringLiteral("1.0 GiB");
        QTest::newRow("2T") << 2048 * kGiB << QStringLiteral("2.0 TiB");
    }

    void formatSize()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(DiskImage::formatSize(bytes), text);
    }

    void argumentsAreRefusedBeforeQemuImgRuns()
    {
        const Result<DiskInfo> dash = DiskImage::info(QStringLiteral("-rf"));
        QCOMPARE(dash.error().code, ErrorCode::InvalidArgument);
        QVERIFY(dash.error().message.contains(QStringLiteral("./-rf")));
        QCOMPARE(DiskImage::resize(QStringLiteral("-x.qcow2"), kGiB).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(DiskImage::createNow(QStringLiteral("-x.qcow2"), kGiB).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(DiskImage::createNow(path(QStringLiteral("a.img")), kGiB, QStringLiteral("qcow3"))
                     .error()
                     .code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(DiskImage::createNow(path(QStringLiteral("a.img")), 0).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(DiskImage::createNow(path(QStringLiteral("a.img")), kGiB, QStringLiteral("raw"),
                                      QStringLiteral("base.qcow2"))
                     .error()
                     .code,
                 ErrorCode::Unsupported);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("a.img"))));
    }

    void convertRefusesBadArguments_data()
    {
        QTest::addColumn<QString>("dst");
        QTest::addColumn<QString>("dstFormat");
        QTest::addColumn<QString>("srcFormat");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("code");
        const QString raw = QStringLiteral("raw");
        const QString qcow2 = QStringLiteral("qcow2");
        const QString invalid = errorCodeName(ErrorCode::InvalidArgument);
        QTest::newRow("dash dst") << QStringLiteral("-out.img") << raw << QString() << QStringList()
                                  << invalid;
        QTest::newRow("bad dst format")
            << QString() << QStringLiteral("qcow3") << QString() << QStringList() << invalid;
        QTest::newRow("bad src format")
            << QString() << raw << QStringLiteral("host_device") << QStringList() << invalid;
        QTest::newRow("option smuggling")
            << QString() << qcow2 << QString()
            << QStringList{QStringLiteral("compat=1.1,backing_file=/etc/shadow")} << invalid;
        QTest::newRow("not key=value")
            << QString() << qcow2 << QString() << QStringList{QStringLiteral("compat")} << invalid;
        QTest::newRow("multi-file vmdk")
            << QString() << QStringLiteral("vmdk") << QString()
            << QStringList{QStringLiteral("subformat=twoGbMaxExtentSparse")}
            << errorCodeName(ErrorCode::Unsupported);
    }

    void convertRefusesBadArguments()
    {
        QFETCH(QString, dst);
        QFETCH(QString, dstFormat);
        QFETCH(QString, srcFormat);
        QFETCH(QStringList, options);
        QFETCH(QString, code);
        const QString out = path(QStringLiteral("out.img"));
        if (dst.isEmpty())
            dst = out;
        QVERIFY(DiskImage::createNow(path(QStringLiteral("src.qcow2")), kMiB).ok());
        std::unique_ptr<QemuImgJob> job(DiskImage::convert(path(QStringLiteral("src.qcow2")), dst,
                                                           dstFormat, srcFormat, options));
        JobRecorder rec(job.get());
        job->start();
        // Even an argument error arrives from the event loop, after started() and start().
        QVERIFY(!job->isFinished());
        QVERIFY(job->waitForFinished(5000));
        QCOMPARE(rec.events,
                 (QStringList{QStringLiteral("started"), QStringLiteral("failed:") + code,
                              QStringLiteral("finished")}));
        QVERIFY(!job->error().message.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
    }

    void convertArguments()
    {
        std::unique_ptr<QemuImgJob> job(DiskImage::convert(
            QStringLiteral("/vms/a/disk.qcow2"), QStringLiteral("/out/disk.vmdk"),
            QStringLiteral("vmdk"), QStringLiteral("qcow2"),
            {QStringLiteral("subformat=streamOptimized"),
             QStringLiteral("adapter_type=lsilogic")}));
        // The source is missing, so the job would fail; the argv is built regardless.
        QCOMPARE(job->presetError().code, ErrorCode::NotFound);

        QVERIFY(DiskImage::createNow(path(QStringLiteral("disk.qcow2")), kMiB).ok());
        job.reset(DiskImage::convert(path(QStringLiteral("disk.qcow2")),
                                     path(QStringLiteral("disk.vmdk")), QStringLiteral("vmdk"),
                                     QStringLiteral("qcow2"),
                                     {QStringLiteral("subformat=streamOptimized"),
                                      QStringLiteral("adapter_type=lsilogic")}));
        QCOMPARE(job->presetError().code, ErrorCode::None);
        QCOMPARE(job->arguments(),
                 (QStringList{QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-O"),
                              QStringLiteral("vmdk"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                              QStringLiteral("-o"),
                              QStringLiteral("subformat=streamOptimized,adapter_type=lsilogic"),
                              path(QStringLiteral("disk.qcow2")),
                              path(QStringLiteral("disk.vmdk.part/disk.vmdk"))}));
        QVERIFY(!job->title().isEmpty());
    }

    // ---- create / info -----------------------------------------------------------------

    void createQcow2ThenInfo()
    {
        const QString file = path(QStringLiteral("disk.qcow2"));
        std::unique_ptr<QemuImgJob> job(DiskImage::create(file, 8 * kGiB));
        QCOMPARE(job->title(), QStringLiteral("Creating disk image"));
        JobRecorder rec(job.get());
        QElapsedTimer t;
        t.start();
        job->start();
        QVERIFY(job->waitForFinished(30000));
        qInfo("create 8 GiB qcow2: %lld ms", t.elapsed());
        QCOMPARE(rec.milestones(),
                 (QStringList{QStringLiteral("started"), QStringLiteral("succeeded"),
                              QStringLiteral("finished")}));
        QVERIFY(rec.progressOnlyBetweenStartAndEnd());
        QCOMPARE(rec.percents.last(), 100);

        const Result<DiskInfo> info = DiskImage::info(file);
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->format, QStringLiteral("qcow2"));
        QCOMPARE(info->virtualSizeBytes, 8 * kGiB);
        QVERIFY2(info->actualSizeBytes > 0 && info->actualSizeBytes < kMiB,
                 qPrintable(QString::number(info->actualSizeBytes)));
        QCOMPARE(info->path, QFileInfo(file).absoluteFilePath());
        QVERIFY(info->backingFile.isEmpty());
        QVERIFY(!info->dirty);
        QVERIFY(!info->corrupt);
        QVERIFY(info->snapshots.isEmpty());
        QCOMPARE(info->raw.value(QStringLiteral("cluster-size")).toInteger(), 65536);
    }

    void createOtherFormats_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : DiskImage::writableFormats())
            QTest::newRow(qPrintable(f)) << f;
    }

    void createOtherFormats()
    {
        QFETCH(QString, format);
        const QString file = path(QStringLiteral("disk.") + format);
        const Status s = DiskImage::createNow(file, 64 * kMiB, format);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        const Result<DiskInfo> info = DiskImage::info(file);
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->format, format);
        // vpc rounds to its CHS geometry; everything else is exact.
        QVERIFY2(info->virtualSizeBytes >= 63 * kMiB && info->virtualSizeBytes <= 65 * kMiB,
                 qPrintable(QString::number(info->virtualSizeBytes)));
    }

    void createOverlay()
    {
        const QString base = path(QStringLiteral("base.qcow2"));
        QVERIFY(DiskImage::createNow(base, 2 * kGiB).ok());

        // Relative backing file, format probed, size taken from the base.
        const QString overlay = path(QStringLiteral("clone.qcow2"));
        Status s =
            DiskImage::createNow(overlay, 0, QStringLiteral("qcow2"), QStringLiteral("base.qcow2"));
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        Result<DiskInfo> info = DiskImage::info(overlay);
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->backingFile, QStringLiteral("base.qcow2"));
        QCOMPARE(info->fullBackingFile, QFileInfo(base).absoluteFilePath());
        QCOMPARE(info->backingFormat, QStringLiteral("qcow2"));
        QCOMPARE(info->virtualSizeBytes, 2 * kGiB);

        // Absolute backing file, explicit format, larger size.
        const QString overlay2 = path(QStringLiteral("clone2.qcow2"));
        s = DiskImage::createNow(overlay2, 4 * kGiB, QStringLiteral("qcow2"), base,
                                 QStringLiteral("qcow2"));
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        info = DiskImage::info(overlay2);
        QVERIFY(info.ok());
        QCOMPARE(info->backingFile, QFileInfo(base).absoluteFilePath());
        QCOMPARE(info->virtualSizeBytes, 4 * kGiB);

        // A missing backing file is named before qemu-img runs, and nothing is left behind.
        const QString overlay3 = path(QStringLiteral("clone3.qcow2"));
        s = DiskImage::createNow(overlay3, 0, QStringLiteral("qcow2"),
                                 QStringLiteral("nowhere.qcow2"), QStringLiteral("qcow2"));
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY(s.error().message.contains(QStringLiteral("nowhere.qcow2")));
        QVERIFY(!QFileInfo::exists(overlay3));
    }

    void createRefusesExistingFile()
    {
        const QString file = path(QStringLiteral("precious.qcow2"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious data");
        }
        const Status s = DiskImage::createNow(file, kGiB);
        QCOMPARE(s.error().code, ErrorCode::AlreadyExists);
        QVERIFY(s.error().message.contains(QStringLiteral("precious.qcow2")));
        QCOMPARE(readAll(file), QByteArray("precious data"));
    }

    void createFailureRemovesReservedFile()
    {
        // qemu-img refuses a vpc image this big: the job fails with its stderr and removes the
        // file it reserved.
        const QString file = path(QStringLiteral("huge.vhd"));
        std::unique_ptr<QemuImgJob> job(
            DiskImage::create(file, 4096 * kGiB, QStringLiteral("vpc")));
        JobRecorder rec(job.get());
        job->start();
        QVERIFY(job->waitForFinished(30000));
        QCOMPARE(rec.milestones(),
                 (QStringList{QStringLiteral("started"), QStringLiteral("failed:process-failed"),
                              QStringLiteral("finished")}));
        QCOMPARE(job->error().code, ErrorCode::ProcessFailed);
        QVERIFY(job->error().message.contains(QStringLiteral("huge.vhd")));
        QVERIFY2(job->error().details.contains(QStringLiteral("qemu-img")),
                 qPrintable(job->error().details));
        QVERIFY(!QFileInfo::exists(file));
    }

    void infoListsSnapshots()
    {
        const QString file = path(QStringLiteral("snap.qcow2"));
        QVERIFY(DiskImage::createNow(file, kGiB).ok());
        QVERIFY(runQemuImg({QStringLiteral("snapshot"), QStringLiteral("-c"),
                            QStringLiteral("before-update"), file}));
        const Result<DiskInfo> info = DiskImage::info(file);
        QVERIFY(info.ok());
        QCOMPARE(info->snapshots.size(), 1);
        QCOMPARE(info->snapshots[0].tag, QStringLiteral("before-update"));
        QCOMPARE(info->snapshots[0].id, QStringLiteral("1"));
        QCOMPARE(info->snapshots[0].vmStateSizeBytes, 0);
        QCOMPARE(info->snapshots[0].vmClockNs, 0);
        QVERIFY(qAbs(info->snapshots[0].created.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void infoOnMissingFile()
    {
        const Result<DiskInfo> info = DiskImage::info(path(QStringLiteral("missing.qcow2")));
        QCOMPARE(info.error().code, ErrorCode::NotFound);
        QVERIFY(info.error().message.contains(QStringLiteral("missing.qcow2")));
        QCOMPARE(DiskImage::info(m_dir->path()).error().code, ErrorCode::InvalidArgument);
    }

    void infoOnCorruptQcow2()
    {
        const QString file = path(QStringLiteral("broken.qcow2"));
        QVERIFY(DiskImage::createNow(file, kGiB).ok());
        {
            // Header offset 40: the L1 table offset; an unaligned one makes the image unusable.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(40));
            f.write(QByteArray::fromHex("0000000000000123"));
        }
        const Result<DiskInfo> info = DiskImage::info(file);
        QCOMPARE(info.error().code, ErrorCode::ProcessFailed);
        QVERIFY(info.error().message.contains(QStringLiteral("damaged")));
        QVERIFY(info.error().message.contains(QStringLiteral("broken.qcow2")));
        QVERIFY2(info.error().details.contains(QStringLiteral("L1 table")),
                 qPrintable(info.error().details));

        // A failed convert of it carries qemu-img's stderr and leaves nothing behind.
        const QString dst = path(QStringLiteral("out.raw"));
        std::unique_ptr<QemuImgJob> job(DiskImage::convert(file, dst, QStringLiteral("raw")));
        job->start();
        QVERIFY(job->waitForFinished(30000));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code, ErrorCode::ProcessFailed);
        QVERIFY2(job->error().details.contains(QStringLiteral("L1 table")),
                 qPrintable(job->error().details));
        QVERIFY(!QFileInfo::exists(dst));
        QVERIFY(!QFileInfo::exists(dst + QStringLiteral(".part")));
    }

    void infoOnQcow2MarkedCorrupt()
    {
        const QString file = path(QStringLiteral("marked.qcow2"));
        QVERIFY(DiskImage::createNow(file, kGiB).ok());
        {
            // Header offset 72: incompatible features; bit 1 = "corrupt".
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(72));
            f.write(QByteArray::fromHex("0000000000000002"));
        }
        const Result<DiskInfo> info = DiskImage::info(file);
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QVERIFY(info->corrupt);
    }

    void infoOnImageInUse()
    {
        const QString qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64"));
        if (qemu.isEmpty())
            QSKIP("qemu-system-x86_64 is not installed");
        const QString file = path(QStringLiteral("busy.qcow2"));
        QVERIFY(DiskImage::createNow(file, kGiB).ok());
        // The monitor greets on stdout once the drives are open. Polling with info() instead
        // would race QEMU for the lock and could make QEMU itself fail to start.
        QProcess vm;
        vm.start(qemu,
                 {QStringLiteral("-machine"), QStringLiteral("none"), QStringLiteral("-nodefaults"),
                  QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-S"),
                  QStringLiteral("-monitor"), QStringLiteral("stdio"), QStringLiteral("-drive"),
                  QStringLiteral("file=%1,if=none,format=qcow2").arg(file)});
        QVERIFY(vm.waitForStarted());
        auto stopVm = qScopeGuard([&vm] {
            vm.kill();
            vm.waitForFinished();
        });
        QByteArray greeting;
        QTRY_VERIFY2_WITH_TIMEOUT((greeting += vm.readAllStandardOutput()).contains("(qemu)"),
                                  qPrintable(QString::fromLocal8Bit(vm.readAllStandardError())),
                                  10000);
        Result<DiskInfo> info = DiskImage::info(file);
        QCOMPARE(info.error().code, ErrorCode::Locked);
        QVERIFY(info.error().message.contains(QStringLiteral("in use")));
        QVERIFY(!info.error().details.isEmpty());
        // Read anyway, as a snapshot of a running machine would.
        info = DiskImage::info(file, true);
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->virtualSizeBytes, kGiB);
        QCOMPARE(DiskImage::resize(file, 2 * kGiB).error().code, ErrorCode::Locked);
    }

    // ---- resize ------------------------------------------------------------------------

    void resizeGrowAndShrink()
    {
        const QString file = path(QStringLiteral("grow.qcow2"));
        QVERIFY(DiskImage::createNow(file, kGiB).ok());

        Status s = DiskImage::resize(file, 3 * kGiB);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(DiskImage::info(file)->virtualSizeBytes, 3 * kGiB);

        QVERIFY(DiskImage::resize(file, 3 * kGiB).ok()); // same size: nothing to do

        s = DiskImage::resize(file, 2 * kGiB);
        QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(s.error().message.contains(QStringLiteral("3.0 GiB")),
                 qPrintable(s.error().message));
        QCOMPARE(DiskImage::info(file)->virtualSizeBytes, 3 * kGiB);

        s = DiskImage::resize(file, 2 * kGiB, true);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(DiskImage::info(file)->virtualSizeBytes, 2 * kGiB);

        // Raw too, and sizes round up to a whole sector.
        const QString raw = path(QStringLiteral("grow.raw"));
        QVERIFY(DiskImage::createNow(raw, kMiB, QStringLiteral("raw")).ok());
        QVERIFY(DiskImage::resize(raw, 2 * kMiB + 1).ok());
        QCOMPARE(QFileInfo(raw).size(), 2 * kMiB + 512);

        QCOMPARE(DiskImage::resize(path(QStringLiteral("none.qcow2")), kGiB).error().code,
                 ErrorCode::NotFound);
    }

    // ---- convert -----------------------------------------------------------------------

    void convertRoundTripKeepsData()
    {
        const QString src = path(QStringLiteral("src.raw"));
        QVERIFY(writePatternedRaw(src, 8 * kMiB));
        const QByteArray original = readAll(src);

        struct Step
        {
            QString from, to, format;
            QStringList options;
        };
        const QString qcow2 = path(QStringLiteral("step.qcow2"));
        const QString back = path(QStringLiteral("back.raw"));
        const QString vmdk = path(QStringLiteral("step.vmdk"));
        const QString back2 = path(QStringLiteral("back2.raw"));
        const Step steps[] = {
            {src, qcow2, QStringLiteral("qcow2"), {}},
            {qcow2, back, QStringLiteral("raw"), {}},
            {qcow2, vmdk, QStringLiteral("vmdk"), {QStringLiteral("subformat=streamOptimized")}},
            {vmdk, back2, QStringLiteral("raw"), {}},
        };
        for (const Step &step : steps) {
            std::unique_ptr<QemuImgJob> job(
                DiskImage::convert(step.from, step.to, step.format, {}, step.options));
            JobRecorder rec(job.get());
            QElapsedTimer t;
            t.start();
            job->start();
            QVERIFY(job->waitForFinished(60000));
            qInfo("convert %s -> %s: %lld ms, %lld progress updates",
                  qPrintable(QFileInfo(step.from).fileName()),
                  qPrintable(QFileInfo(step.to).fileName()), t.elapsed(),
                  qint64(rec.percents.size()));
            QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
            QCOMPARE(rec.milestones(),
                     (QStringList{QStringLiteral("started"), QStringLiteral("succeeded"),
                                  QStringLiteral("finished")}));
            QVERIFY2(rec.progressOnlyBetweenStartAndEnd(), qPrintable(rec.events.join(u' ')));
            QVERIFY2(rec.percentsMonotonic(), qPrintable(rec.events.join(u' ')));
            QCOMPARE(rec.percents.last(), 100);
            QCOMPARE(job->percent(), 100);
            QVERIFY(QFileInfo::exists(step.to));
            QVERIFY(!QFileInfo::exists(step.to + QStringLiteral(".part")));
            const Result<DiskInfo> info = DiskImage::info(step.to);
            QVERIFY(info.ok());
            QCOMPARE(info->format, step.format);
            QCOMPARE(info->virtualSizeBytes, 8 * kMiB);
        }
        QCOMPARE(readAll(back), original);
        QCOMPARE(readAll(back2), original);
        // The staged vmdk was renamed: its embedded descriptor names the final file.
        const Result<DiskInfo> vmdkInfo = DiskImage::info(vmdk);
        const QJsonObject data = vmdkInfo->raw.value(QStringLiteral("format-specific"))
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QCOMPARE(data.value(QStringLiteral("create-type")).toString(),
                 QStringLiteral("streamOptimized"));
        QVERIFY(readAll(vmdk).left(64 * qsizetype(1024)).contains("SPARSE \"step.vmdk\""));
    }

    void convertRefusesExistingDestination()
    {
        const QString src = path(QStringLiteral("src.qcow2"));
        QVERIFY(DiskImage::createNow(src, kMiB).ok());
        const QString dst = path(QStringLiteral("taken.raw"));
        {
            QFile f(dst);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        std::unique_ptr<QemuImgJob> job(DiskImage::convert(src, dst, QStringLiteral("raw")));
        job->start();
        QVERIFY(job->waitForFinished(10000));
        QCOMPARE(job->error().code, ErrorCode::AlreadyExists);
        QCOMPARE(readAll(dst), QByteArray("keep me"));
        QVERIFY(!QFileInfo::exists(dst + QStringLiteral(".part")));

        // A leftover .part (someone else's) is neither used nor removed.
        const QString dst2 = path(QStringLiteral("other.raw"));
        QVERIFY(QDir().mkdir(dst2 + QStringLiteral(".part")));
        job.reset(DiskImage::convert(src, dst2, QStringLiteral("raw")));
        job->start();
        QVERIFY(job->waitForFinished(10000));
        QCOMPARE(job->error().code, ErrorCode::AlreadyExists);
        QVERIFY(QFileInfo(dst2 + QStringLiteral(".part")).isDir());
        QVERIFY(!QFileInfo::exists(dst2));
    }

    void cancelConvert()
    {
        const QString src = path(QStringLiteral("big.raw"));
        QVERIFY(writeRandomRaw(src, 128 * kMiB));
        const QByteArray before = sha1Of(src);
        const QString dst = path(QStringLiteral("big.vmdk"));

        std::unique_ptr<QemuImgJob> job(
            DiskImage::convert(src, dst, QStringLiteral("vmdk"), QStringLiteral("raw"),
                               {QStringLiteral("subformat=streamOptimized")}));
        JobRecorder rec(job.get());
        bool sawPart = false;
        connect(job.get(), &Job::progressChanged, job.get(), [&](int percent) {
            if (percent > 0 && !job->isFinished()) {
                sawPart = QFileInfo::exists(dst + QStringLiteral(".part/big.vmdk"));
                job->cancel();
            }
        });
        QElapsedTimer t;
        t.start();
        job->start();
        QVERIFY(job->waitForFinished(60000));
        qInfo("convert canceled after %lld ms", t.elapsed());
        QVERIFY(sawPart);
        QCOMPARE(rec.milestones(),
                 (QStringList{QStringLiteral("started"), QStringLiteral("canceled"),
                              QStringLiteral("finished")}));
        QCOMPARE(job->state(), Job::State::Canceled);
        QCOMPARE(job->error().code, ErrorCode::Canceled);
        QVERIFY(job->percent() < 100);
        QVERIFY(!QFileInfo::exists(dst));
        QVERIFY(!QFileInfo::exists(dst + QStringLiteral(".part")));
        QCOMPARE(sha1Of(src), before);
    }

    void cancelBeforeStartRunsNothing()
    {
        const QString src = path(QStringLiteral("src.qcow2"));
        QVERIFY(DiskImage::createNow(src, kMiB).ok());
        const QString dst = path(QStringLiteral("never.raw"));
        std::unique_ptr<QemuImgJob> job(DiskImage::convert(src, dst, QStringLiteral("raw")));
        JobRecorder rec(job.get());
        job->cancel();
        job->start();
        QVERIFY(job->waitForFinished(5000));
        QCOMPARE(rec.events, (QStringList{QStringLiteral("started"), QStringLiteral("canceled"),
                                          QStringLiteral("finished")}));
        QVERIFY(!QFileInfo::exists(dst));
        QVERIFY(!QFileInfo::exists(dst + QStringLiteral(".part")));
    }

    void deletingARunningJobCleansUp()
    {
        const QString src = path(QStringLiteral("big.raw"));
        QVERIFY(writeRandomRaw(src, 64 * kMiB));
        const QString dst = path(QStringLiteral("gone.vmdk"));
        auto *job = DiskImage::convert(src, dst, QStringLiteral("vmdk"), QStringLiteral("raw"),
                                       {QStringLiteral("subformat=streamOptimized")});
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->percent() > 0, 30000);
        delete job;
        QVERIFY(!QFileInfo::exists(dst));
        QVERIFY(!QFileInfo::exists(dst + QStringLiteral(".part")));
    }

    void cancelKillsQemuImgThatIgnoresSigterm()
    {
        const QString src = path(QStringLiteral("src.qcow2"));
        QVERIFY(DiskImage::createNow(src, kMiB).ok());
        const QString dst = path(QStringLiteral("out.raw"));
        std::unique_ptr<QemuImgJob> job(DiskImage::convert(src, dst, QStringLiteral("raw")));
        // A stand-in that shrugs off SIGTERM while it "converts".
        const QString fake =
            writeScript(path(QStringLiteral("stubborn-qemu-img")), "trap '' TERM\n"
                                                                   "printf '    (5.00/100%%)\\r'\n"
                                                                   "exec sleep 30\n");
        const auto env = scopedEnv("EMANON_QEMU_IMG", fake.toLocal8Bit());
        JobRecorder rec(job.get());
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(job->percent(), 5, 10000);
        QElapsedTimer t;
        t.start();
        job->cancel();
        QVERIFY(job->waitForFinished(10000));
        qInfo("stubborn qemu-img killed after %lld ms", t.elapsed());
        QVERIFY(t.elapsed() >= 1900 && t.elapsed() < 6000);
        QCOMPARE(rec.milestones(),
                 (QStringList{QStringLiteral("started"), QStringLiteral("canceled"),
                              QStringLiteral("finished")}));
        QVERIFY(!QFileInfo::exists(dst));
        QVERIFY(!QFileInfo::exists(dst + QStringLiteral(".part")));
    }

    void progressShownNeverGoesBackwards()
    {
        const QString src = path(QStringLiteral("src.qcow2"));
        QVERIFY(DiskImage::createNow(src, kMiB).ok());
        const QString dst = path(QStringLiteral("out.raw"));
        std::unique_ptr<QemuImgJob> job(DiskImage::convert(src, dst, QStringLiteral("raw")));
        // Records split across writes, a lower one after a higher one, then the output file.
        const QString fake = writeScript(path(QStringLiteral("jumpy-qemu-img")),
                                         "for a; do last=$a; done\n"
                                         "printf '    (0.00/100%%)\\r    (50.0'; sleep 0.2\n"
                                         "printf '0/100%%)\\r'; sleep 0.2\n"
                                         "printf '    (30.00/100%%)\\r'; sleep 0.2\n"
                                         "printf '    (100.00/100%%)\\r\\n'\n"
                                         "echo 'qemu-img: warning: something harmless' >&2\n"
                                         "printf 'data' > \"$last\"\n");
        const auto env = scopedEnv("EMANON_QEMU_IMG", fake.toLocal8Bit());
        JobRecorder rec(job.get());
        job->start();
        QVERIFY(job->waitForFinished(10000));
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        // Usually exactly -1, 0, 50, 100; reads may merge under load, but 30 never shows.
        QVERIFY2(rec.percentsMonotonic(), qPrintable(rec.events.join(u' ')));
        QVERIFY(rec.percents.contains(50));
        QVERIFY(!rec.percents.contains(30));
        QCOMPARE(rec.percents.first(), -1);
        QCOMPARE(rec.percents.last(), 100);
        QCOMPARE(readAll(dst), QByteArray("data"));
        QVERIFY(!QFileInfo::exists(dst + QStringLiteral(".part")));
    }

    // ---- missing or broken qemu-img ----------------------------------------------------

    void missingQemuImg()
    {
        const QString file = path(QStringLiteral("a.qcow2"));
        {
            // Not on PATH: the error says which package to install.
            const auto env = scopedEnv("EMANON_QEMU_IMG", QByteArray());
            const auto pathEnv = scopedEnv("PATH", m_dir->path().toLocal8Bit());
            const QString seed = path(QStringLiteral("seed.raw"));
            QFile f(seed);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            const Result<DiskInfo> info = DiskImage::info(seed);
            QCOMPARE(info.error().code, ErrorCode::ProcessStart);
            QVERIFY2(info.error().message.contains(QStringLiteral("qemu-utils")),
                     qPrintable(info.error().message));
            std::unique_ptr<QemuImgJob> job(DiskImage::create(file, kGiB));
            JobRecorder rec(job.get());
            job->start();
            QVERIFY(job->waitForFinished(5000));
            QCOMPARE(rec.milestones(),
                     (QStringList{QStringLiteral("started"), QStringLiteral("failed:process-start"),
                                  QStringLiteral("finished")}));
            QVERIFY2(job->error().message.contains(QStringLiteral("qemu-utils")),
                     qPrintable(job->error().message));
            QVERIFY(!QFileInfo::exists(file));
        }
        {
            // EMANON_QEMU_IMG pointing at something that is not a program.
            const QString notExec = path(QStringLiteral("qemu-img"));
            QFile f(notExec);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a program");
            f.close();
            const auto env = scopedEnv("EMANON_QEMU_IMG", notExec.toLocal8Bit());
            QCOMPARE(DiskImage::createNow(file, kMiB).error().code, ErrorCode::ProcessStart);
            QVERIFY(!QFileInfo::exists(file));
            const Result<DiskInfo> info = DiskImage::info(path(QStringLiteral("seed.raw")));
            QCOMPARE(info.error().code, ErrorCode::ProcessStart);
            QVERIFY(info.error().message.contains(QStringLiteral("EMANON_QEMU_IMG")));
            QCOMPARE(DiskImage::resize(path(QStringLiteral("seed.raw")), kGiB).error().code,
                     ErrorCode::ProcessStart);
        }
        {
            // Executable, but the kernel cannot start it.
            const QString broken = path(QStringLiteral("broken-qemu-img"));
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/nonexistent/interpreter\n");
            f.close();
            QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
            const auto env = scopedEnv("EMANON_QEMU_IMG", broken.toLocal8Bit());
            std::unique_ptr<QemuImgJob> job(DiskImage::create(file, kGiB));
            job->start();
            QVERIFY(job->waitForFinished(5000));
            QCOMPARE(job->error().code, ErrorCode::ProcessStart);
            QVERIFY(!job->error().details.isEmpty());
            QVERIFY(!QFileInfo::exists(file));
            QCOMPARE(DiskImage::info(path(QStringLiteral("seed.raw"))).error().code,
                     ErrorCode::ProcessStart);
        }
        // The environment is back: qemu-img works again.
        QVERIFY(DiskImage::createNow(file, kGiB).ok());
    }
};

QTEST_GUILESS_MAIN(TstDiskImage)
#include "tst_diskimage.moc"
