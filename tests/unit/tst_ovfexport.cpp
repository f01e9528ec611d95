// Exporting VMs: OVA (ustar, .ovf first, manifest), OVF folder (SHA1, OVF 2.0), zip bundle;
// the descriptor's shape VMware needs; and the round trip back through the importer with the
// same disk contents (qemu-img compare). Uses real qemu-img.
#include "appliances/jobs/exportjob.h"
#include "appliances/jobs/importjob.h"
#include "appliances/ovf/ovfparser.h"

#include "engine/backend/vmbackend.h"
#include "engine/snapshots/snapshotmanager.h"
#include "engine/storage/diskimage.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>
#include <quazip/quazip.h>

using namespace Appliances;
using namespace Engine;

namespace {

/// Members of a tar file in order, with their data, and whether every header was plain ustar.
struct TarContents
{
    QStringList names;
    QList<QByteArray> data;
    bool allUstar = true;
};

TarContents readTar(const QString &path)
{
    TarContents out;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return out;
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        out.names.append(QString::fromUtf8(archive_entry_pathname(e)));
        out.allUstar &= archive_format(a) == ARCHIVE_FORMAT_TAR_USTAR;
        QByteArray d(archive_entry_size(e), Qt::Uninitialized);
        archive_read_data(a, d.data(), size_t(d.size()));
        out.data.append(d);
    }
    archive_read_free(a);
    return out;
}

bool qemuImgSame(const QString &a, const QString &b, QString *why)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), {QStringLiteral("compare"), a, b});
    p.waitForFinished(60000);
    *why = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TstOvfExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_lib;
    QString m_out;

    template<typename J>
    static void run(J &job)
    {
        job.start();
        QVERIFY(job.waitForFinished(120000));
    }

    QStringList leftovers(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lib = m_tmp.filePath(QStringLiteral("lib"));
        m_out = m_tmp.filePath(QStringLiteral("out"));
        QDir().mkpath(m_out);
        VmLibrary library(m_lib);
        VmConfig c;
        c.name = QStringLiteral("Old Box");
        c.profile = QStringLiteral("linux-legacy");
        c.memoryMiB = 96;
        c.sound = QStringLiteral("sb16");
        c.nics.append(NicConfig());
        c.nics[0].model = QStringLiteral("pcnet");
        c.notes = QStringLiteral("kept through the round trip");
        MediaConfig cd;
        cd.node = QStringLiteral("cd0");
        c.media.append(cd);
        const auto b = library.create(c, {{QStringLiteral("disk0"), 32 << 20, QStringLiteral("qcow2"), DiskBus::Ide}});
        QVERIFY2(b.ok(), qPrintable(b.error().toString()));
        // Some data on the disk, so the comparison means something.
        QProcess io;
        io.start(QStringLiteral("qemu-io"), {QStringLiteral("-c"), QStringLiteral("write -P 0xab 1M 3M"),
                                             QStringLiteral("-c"), QStringLiteral("write -P 0x5a 20M 64k"),
                                             b->diskPath(b->config.disks[0])});
        QVERIFY(io.waitForFinished(30000) && io.exitCode() == 0);
    }

    void ovaIsUstarWithOvfFirstAndImportsBack()
    {
        ExportOptions o;
        o.libraryRoot = m_lib;
        o.vm = QStringLiteral("Old Box");
        o.targetPath = m_out + QStringLiteral("/old.ova");
        ExportJob job(o);
        QList<int> progress;
        connect(&job, &Job::progressChanged, this, [&progress](int p) { progress.append(p); });
        run(job);
        QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().toString()));
        QCOMPARE(leftovers(m_out), QStringList{QStringLiteral("old.ova")});
        QCOMPARE(progress.last(), 100);

        const TarContents tar = readTar(o.targetPath);
        QCOMPARE(tar.names, (QStringList{QStringLiteral("old.ovf"), QStringLiteral("old-disk0.vmdk"),
                                         QStringLiteral("old.mf")}));
        QVERIFY(tar.allUstar);
        // The manifest holds the SHA256 of each member, in the standard spelling.
        const QByteArray mf = tar.data[2];
        QCOMPARE(mf, "SHA256(old.ovf)= " + QCryptographicHash::hash(tar.data[0], QCryptographicHash::Sha256).toHex()
                         + "\nSHA256(old-disk0.vmdk)= "
                         + QCryptographicHash::hash(tar.data[1], QCryptographicHash::Sha256).toHex() + "\n");
        QVERIFY(tar.data[1].startsWith("KDMV")); // a stream VMDK

        const QByteArray ovf = tar.data[0];
        QVERIFY(!ovf.contains("virtualbox"));
        QVERIFY(!ovf.contains("vbox:"));
        QVERIFY(ovf.contains("<vssd:VirtualSystemType>vmx-07</vssd:VirtualSystemType>"));
        QVERIFY(ovf.contains("xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\""));
        // rasd children of every Item in alphabetical order.
        QXmlStreamReader x(ovf);
        QString previous;
        bool inItem = false;
        int items = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Item")) {
                inItem = true;
                previous.clear();
                ++items;
            } else if (x.isEndElement() && x.name() == QLatin1String("Item")) {
                inItem = false;
            } else if (inItem && x.isStartElement()) {
                QVERIFY2(previous < x.name().toString(), qPrintable(previous + QLatin1Char(' ') + x.name().toString()));
                previous = x.name().toString();
            }
        }
        QVERIFY(items >= 6); // cpu, memory, IDE, disk, CD, NIC, sound
        // The Emanon extension is optional for other readers and says what it is.
        QVERIFY(ovf.contains("<emanon:VmConfig ovf:required=\"false\">"));

        const auto env = parseOvf(ovf);
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        QCOMPARE(env->version, OvfVersion::V1);
        QCOMPARE(env->disks[0].capacityBytes, Q_INT64_C(32) << 20);

        // Back in: every setting survives, and the disk holds the same data.
        ImportOptions io;
        io.sourcePath = o.targetPath;
        io.libraryRoot = m_tmp.filePath(QStringLiteral("lib2"));
        ImportJob imp(io);
        run(imp);
        QVERIFY2(imp.state() == Job::State::Succeeded, qPrintable(imp.error().toString()));
        const VmConfig &c = imp.bundle().config;
        QCOMPARE(c.name, QStringLiteral("Old Box"));
        QCOMPARE(c.profile, QStringLiteral("linux-legacy"));
        QCOMPARE(c.memoryMiB, 96);
        QCOMPARE(c.sound, QStringLiteral("sb16"));
        QCOMPARE(c.nics[0].model, QStringLiteral("pcnet"));
        QCOMPARE(c.notes, QStringLiteral("kept through the round trip"));
        QCOMPARE(c.media.size(), 1);
        const VmBundle src = *VmLibrary(m_lib).open(QStringLiteral("Old Box"));
        QVERIFY(c.uuid != src.config.uuid);
        QString why;
        QVERIFY2(qemuImgSame(src.diskPath(src.config.disks[0]), imp.bundle().diskPath(c.disks[0]), &why), qPrintable(why));
    }

    void ovfFolderSha1AndOvf20()
    {
        const QString dir = m_out + QStringLiteral("/folder");
        QDir().mkpath(dir);
        ExportOptions o;
        o.libraryRoot = m_lib;
        o.vm = QStringLiteral("Old Box");
        o.targetPath = dir + QStringLiteral("/box.ovf");
        o.format = ExportOptions::Format::Ovf;
        o.ovfVersion = OvfVersion::V2;
        o.digest = DigestAlgorithm::Sha1;
        ExportJob job(o);
        run(job);
        QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().toString()));
        QCOMPARE(leftovers(dir), (QStringList{QStringLiteral("box-disk0.vmdk"), QStringLiteral("box.mf"),
                                              QStringLiteral("box.ovf")}));
        QFile mf(dir + QStringLiteral("/box.mf"));
        QVERIFY(mf.open(QIODevice::ReadOnly));
        QVERIFY(mf.readAll().startsWith("SHA1(box.ovf)= "));
        QFile ovf(dir + QStringLiteral("/box.ovf"));
        QVERIFY(ovf.open(QIODevice::ReadOnly));
        const QByteArray xml = ovf.readAll();
        QVERIFY(xml.contains("StorageItem"));
        QVERIFY(xml.contains("EthernetPortItem"));
        const auto env = parseOvf(xml);
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        QCOMPARE(env->version, OvfVersion::V2);

        // The folder imports too, verified against its SHA1 manifest.
        ImportOptions io;
        io.sourcePath = o.targetPath;
        io.libraryRoot = m_tmp.filePath(QStringLiteral("lib3"));
        io.name = QStringLiteral("From Folder");
        ImportJob imp(io);
        run(imp);
        QVERIFY2(imp.state() == Job::State::Succeeded, qPrintable(imp.error().toString()));
        QCOMPARE(imp.bundle().name(), QStringLiteral("From Folder"));
    }

    void zipBundleLeavesOutTheLock()
    {
        ExportOptions o;
        o.libraryRoot = m_lib;
        o.vm = QStringLiteral("Old Box");
        o.targetPath = m_out + QStringLiteral("/box.zip");
        o.format = ExportOptions::Format::Zip;
        ExportJob job(o);
        run(job);
        QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().toString()));
        QuaZip zip(o.targetPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QStringList names = zip.getFileNameList();
        QVERIFY2(names.contains(QStringLiteral("Old Box.emanon/vm.json")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("Old Box.emanon/disks/disk0.qcow2")));
        for (const QString &n : names)
            QVERIFY2(!n.endsWith(QLatin1String(".lock")), qPrintable(n));
    }

    void refusesExistingTargetAndRunningVm()
    {
        const QString target = m_out + QStringLiteral("/exists.ova");
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        ExportOptions o;
        o.libraryRoot = m_lib;
        o.vm = QStringLiteral("Old Box");
        o.targetPath = target;
        ExportJob job(o);
        run(job);
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.error().code, ErrorCode::AlreadyExists);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));

        auto lock = VmLock::acquire(VmLibrary(m_lib).bundlePathFor(QStringLiteral("Old Box")));
        QVERIFY(lock.ok());
        o.targetPath = m_out + QStringLiteral("/locked.ova");
        ExportJob locked(o);
        run(locked);
        QCOMPARE(locked.state(), Job::State::Failed);
        QCOMPARE(locked.error().code, ErrorCode::Locked);
        QVERIFY(!QFileInfo::exists(o.targetPath));
    }

    void cancelLeavesNothing()
    {
        const QString dir = m_out + QStringLiteral("/cancel");
        QDir().mkpath(dir);
        ExportOptions o;
        o.libraryRoot = m_lib;
        o.vm = QStringLiteral("Old Box");
        o.targetPath = dir + QStringLiteral("/c.ova");
        ExportJob job(o);
        job.start();
        job.cancel();
        QVERIFY(job.waitForFinished(60000));
        QCOMPARE(job.state(), Job::State::Canceled);
        QCOMPARE(leftovers(dir), QStringList());
    }

    void exportsAChosenSnapshot()
    {
        const VmBundle vm = *VmLibrary(m_lib).open(QStringLiteral("Old Box"));
        const QString disk = vm.diskPath(vm.config.disks[0]);
        LocalQemuBackend backend;
        SnapshotManager manager(vm, backend);
        QVERIFY(manager.reload().ok());
        SnapshotJob *take = manager.take(QStringLiteral("Before"), {}, this);
        take->start();
        QVERIFY(take->waitForFinished(60000));
        QVERIFY2(take->state() == Job::State::Succeeded, qPrintable(take->error().toString()));
        const QString before = m_tmp.filePath(QStringLiteral("before.qcow2"));
        QVERIFY(QProcess::execute(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"),
                                                               QStringLiteral("qcow2"), disk, before}) == 0);
        // The disk changes after the snapshot; the export must not see that.
        QVERIFY(QProcess::execute(QStringLiteral("qemu-io"), {QStringLiteral("-c"), QStringLiteral("write -P 0x77 2M 1M"),
                                                              disk}) == 0);

        ExportOptions o;
        o.libraryRoot = m_lib;
        o.vm = QStringLiteral("Old Box");
        o.targetPath = m_out + QStringLiteral("/snap.ova");
        o.snapshot = QStringLiteral("Before");
        ExportJob job(o);
        run(job);
        QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().toString()));
        ImportOptions io;
        io.sourcePath = o.targetPath;
        io.libraryRoot = m_tmp.filePath(QStringLiteral("lib4"));
        ImportJob imp(io);
        run(imp);
        QVERIFY2(imp.state() == Job::State::Succeeded, qPrintable(imp.error().toString()));
        const QString imported = imp.bundle().diskPath(imp.bundle().config.disks[0]);
        QString why;
        QVERIFY2(qemuImgSame(before, imported, &why), qPrintable(why));
        QVERIFY(!qemuImgSame(disk, imported, &why));

        o.snapshot = QStringLiteral("No Such Snapshot");
        o.targetPath = m_out + QStringLiteral("/nosnap.ova");
        ExportJob missing(o);
        run(missing);
        QCOMPARE(missing.state(), Job::State::Failed);
        QVERIFY(!QFileInfo::exists(o.targetPath));
    }
};

QTEST_GUILESS_MAIN(TstOvfExport)
#include "tst_ovfexport.moc"
