// FloppyImage: the images we write are real FAT12 floppies - mtools (an independent FAT
// implementation) reads their label, geometry and free space, and can write files to them.
#include "engine/storage/floppyimage.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

namespace {

/// Runs an mtools command on an image; its stdout (stderr on failure).
QString mtools(const QString &tool, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MTOOLS_SKIP_CHECK"), QStringLiteral("0")); // strict: check the BPB
    p.setProcessEnvironment(env);
    p.start(tool, args);
    p.waitForFinished(10000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class TstFloppyImage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("mdir")).isEmpty())
            QFAIL("mtools is not installed (Debian package mtools, in scripts/lib.sh)");
    }

    void mtoolsReadsLabelAndGeometry_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("sectorsPerTrack");
        QTest::addColumn<QString>("label");
        QTest::newRow("1.44") << "1.44" << qint64(1474560) << 18 << "DOS622";
        QTest::newRow("2.88") << "2.88" << qint64(2949120) << 36 << "NT4 BOOT";
    }

    void mtoolsReadsLabelAndGeometry()
    {
        QFETCH(QString, size);
        QFETCH(qint64, bytes);
        QFETCH(int, sectorsPerTrack);
        QFETCH(QString, label);
        const QString path = m_tmp.filePath(size + QStringLiteral(".img"));
        FloppyImage::Options o;
        o.size = *FloppyImage::sizeFromName(size);
        o.label = label.toLower(); // stored upper case, as DOS does
        o.volumeId = 0x1234abcd;
        QVERIFY(FloppyImage::create(path, o).ok());
        QCOMPARE(QFileInfo(path).size(), bytes);

        int rc = -1;
        const QString dir = mtools(QStringLiteral("mdir"), {QStringLiteral("-i"), path, QStringLiteral("::/")}, &rc);
        QVERIFY2(rc == 0, qPrintable(dir));
        QVERIFY2(dir.contains(QStringLiteral("Volume in drive : is %1").arg(label)), qPrintable(dir));
        QVERIFY2(dir.contains(QStringLiteral("Volume Serial Number is 1234-ABCD")), qPrintable(dir));
        QVERIFY2(dir.contains(QStringLiteral("No files")), qPrintable(dir));

        const QString info = mtools(QStringLiteral("minfo"), {QStringLiteral("-i"), path, QStringLiteral("::")}, &rc);
        QVERIFY2(rc == 0, qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("sectors per track: %1").arg(sectorsPerTrack)), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("heads: 2")), qPrintable(info));
        // mtools sees a standard format: its mformat line needs no non-default options.
        QVERIFY2(info.contains(QStringLiteral("mformat -t 80 -h 2 -s %1 -i").arg(sectorsPerTrack)),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("media descriptor byte: 0xf0")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("disk type=\"FAT12   \"")), qPrintable(info));

        // Writable by another FAT implementation, and the file reads back.
        const QString src = m_tmp.filePath(QStringLiteral("hello.txt"));
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
        f.close();
        mtools(QStringLiteral("mcopy"), {QStringLiteral("-i"), path, src, QStringLiteral("::/HELLO.TXT")}, &rc);
        QCOMPARE(rc, 0);
        const QString after = mtools(QStringLiteral("mdir"), {QStringLiteral("-i"), path, QStringLiteral("::/")}, &rc);
        QVERIFY2(after.contains(QStringLiteral("HELLO    TXT    100000")), qPrintable(after));
        // The whole disk minus one 100000-byte file is free: the FAT covers every cluster.
        const int cluster = size == QLatin1String("1.44") ? 512 : 1024;
        const qint64 dataClusters = size == QLatin1String("1.44") ? 2847 : 2863;
        const qint64 used = (100000 + cluster - 1) / cluster * cluster;
        QString compact = after; // mdir groups digits with spaces: "1 357 312 bytes free"
        compact.remove(QLatin1Char(' '));
        QVERIFY2(compact.contains(QStringLiteral("%1bytesfree").arg(dataClusters * cluster - used)),
                 qPrintable(after));
    }

    void boots_signature()
    {
        auto bytes = FloppyImage::build({});
        QVERIFY(bytes.ok());
        QCOMPARE(quint8(bytes->at(510)), quint8(0x55));
        QCOMPARE(quint8(bytes->at(511)), quint8(0xAA));
        // No label: the BPB says NO NAME and the root directory is empty.
        QCOMPARE(bytes->mid(43, 11), QByteArray("NO NAME    "));
        QCOMPARE(bytes->at(19 * 512), '\0');
    }

    void badLabelsAreRefused()
    {
        for (const QString &label : {QStringLiteral("TWELVE CHARS"), QStringLiteral("A*B"),
                                     QStringLiteral("DOT.TED"), QStringLiteral(" LEAD")}) {
            FloppyImage::Options o;
            o.label = label;
            const QString path = m_tmp.filePath(QStringLiteral("bad.img"));
            const Status s = FloppyImage::create(path, o);
            QVERIFY2(!s.ok(), qPrintable(label));
            QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
            QVERIFY(!s.error().message.isEmpty());
            QVERIFY(!QFile::exists(path)); // nothing written
        }
    }

    void existingFileIsKept()
    {
        const QString path = m_tmp.filePath(QStringLiteral("keep.img"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        const Status s = FloppyImage::create(path, {});
        QCOMPARE(s.error().code, ErrorCode::AlreadyExists);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void sizeNames()
    {
        QCOMPARE(FloppyImage::sizeFromName(QStringLiteral("1.44")), FloppyImage::Size::Mb144);
        QCOMPARE(FloppyImage::sizeFromName(QStringLiteral("1440K")), FloppyImage::Size::Mb144);
        QCOMPARE(FloppyImage::sizeFromName(QStringLiteral("2.88M")), FloppyImage::Size::Mb288);
        QVERIFY(!FloppyImage::sizeFromName(QStringLiteral("1.2")));
    }
};

QTEST_GUILESS_MAIN(TstFloppyImage)
#include "tst_floppyimage.moc"
