// Importing appliances: the real VirtualBox export (OVF folder, tar/gzip/xz/zip OVAs built
// from it), manifest checks, and hostile packages, each refused with a clear message and
// nothing left behind or written outside the library. Uses real qemu-img.
#include "appliances/jobs/importjob.h"

#include "engine/storage/diskimage.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Appliances;
using namespace Engine;

namespace {

struct Member
{
    Member() = default;
    Member(QByteArray n, QByteArray d, int t = AE_IFREG, QByteArray l = {})
        : name(std::move(n)), data(std::move(d)), type(t), link(std::move(l))
    {
    }
    QByteArray name;
    QByteArray data;
    int type = AE_IFREG;
    QByteArray link; ///< symlink target or hardlink source
};

QByteArray fixture(const QString &name)
{
    QFile f(TestUtil::dataPath(QStringLiteral("ovf/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

/// Writes a tar (pax, optionally compressed) or zip archive with libarchive.
void writeArchive(const QString &path, const QList<Member> &members, const QByteArray &kind = "tar")
{
    archive *a = archive_write_new();
    if (kind == "zip")
        archive_write_set_format_zip(a);
    else
        archive_write_set_format_pax_restricted(a);
    if (kind == "gzip")
        archive_write_add_filter_gzip(a);
    if (kind == "xz")
        archive_write_add_filter_xz(a);
    QVERIFY(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const Member &m : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.constData());
        archive_entry_set_filetype(e, m.type);
        archive_entry_set_perm(e, 0644);
        if (m.type == AE_IFLNK)
            archive_entry_set_symlink(e, m.link.constData());
        if (m.type == AE_IFREG && !m.link.isEmpty())
            archive_entry_set_hardlink(e, m.link.constData());
        archive_entry_set_size(e, m.type == AE_IFREG && m.link.isEmpty() ? m.data.size() : 0);
        QVERIFY(archive_write_header(a, e) == ARCHIVE_OK);
        if (m.type == AE_IFREG && m.link.isEmpty())
            archive_write_data(a, m.data.constData(), size_t(m.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

QList<Member> ubuntuMembers()
{
    return {{"ubuntu.2.0.ovf", fixture(QStringLiteral("ubuntu.2.0.ovf"))},
            {"ubuntu.2.0.mf", fixture(QStringLiteral("ubuntu.2.0.mf"))},
            {"ubuntu.2.0-disk1.vmdk", fixture(QStringLiteral("ubuntu.2.0-disk1.vmdk"))}};
}

/// Everything below `dir`, hidden entries included (what a failed import may have left).
QStringList entriesOf(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QFileInfo &fi : d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        out.append(fi.fileName());
    return out;
}

} // namespace

// Declared before any use, so QList<Member> is a metatype wherever the test data needs it.
Q_DECLARE_METATYPE(Member)

class TstArchiveImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;

    /// A fresh library and a folder for packages, side by side in the temp dir.
    QString newCase()
    {
        const QString dir = m_tmp.filePath(QString::number(++m_n));
        QDir().mkpath(dir + QStringLiteral("/pkg"));
        return dir;
    }

    static ImportJob *runImport(const QString &source, const QString &library, bool verify = true)
    {
        ImportOptions o;
        o.sourcePath = source;
        o.libraryRoot = library;
        o.verify = verify;
        auto *job = new ImportJob(o);
        job->start();
        if (!job->waitForFinished(60000))
            qFatal("import did not finish");
        return job;
    }

    static void checkImported(ImportJob *job, const QString &library)
    {
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        QCOMPARE(entriesOf(library), QStringList{QStringLiteral("ubuntu.emanon")});
        const VmBundle &b = job->bundle();
        QCOMPARE(b.config.name, QStringLiteral("ubuntu"));
        QCOMPARE(b.config.disks.size(), 1);
        const auto info = DiskImage::info(b.diskPath(b.config.disks[0]));
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->format, QStringLiteral("qcow2"));
        QCOMPARE(info->virtualSizeBytes, Q_INT64_C(8589934592));
        QVERIFY(VmLibrary(library).open(QStringLiteral("ubuntu")).ok());
    }

private Q_SLOTS:
    void importsOvfFolderWithManifest()
    {
        const QString dir = newCase();
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *job = runImport(TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf")), lib);
        checkImported(job, lib);
        bool verified = false;
        for (const ReportLine &l : job->plan().report)
            verified |= l.text.contains(QStringLiteral("Every file matches"));
        QVERIFY(verified);
        delete job;
    }

    void importsOvaKinds_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("tar") << QByteArray("tar");
        QTest::newRow("tar.gz") << QByteArray("gzip");
        QTest::newRow("tar.xz") << QByteArray("xz");
        QTest::newRow("zip") << QByteArray("zip");
    }
    void importsOvaKinds()
    {
        QFETCH(QByteArray, kind);
        const QString dir = newCase();
        const QString ova = dir + QStringLiteral("/pkg/ubuntu.ova");
        writeArchive(ova, ubuntuMembers(), kind);
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *job = runImport(ova, lib);
        checkImported(job, lib);
        delete job;
    }

    void gzipCompressedDiskIsInflated()
    {
        const QString dir = newCase();
        QProcess gz;
        gz.start(QStringLiteral("gzip"), {QStringLiteral("-c"), TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0-disk1.vmdk"))});
        QVERIFY(gz.waitForFinished(30000) && gz.exitCode() == 0);
        const QByteArray packed = gz.readAllStandardOutput();
        QByteArray ovf = fixture(QStringLiteral("ubuntu.2.0.ovf"));
        ovf.replace("ovf:id=\"file1\"", "ovf:id=\"file1\" ovf:compression=\"gzip\"");
        const QByteArray mf = "SHA256(ubuntu.2.0.ovf)= " + QCryptographicHash::hash(ovf, QCryptographicHash::Sha256).toHex()
                              + "\nSHA256(ubuntu.2.0-disk1.vmdk)= "
                              + QCryptographicHash::hash(packed, QCryptographicHash::Sha256).toHex() + "\n";
        const QString ova = dir + QStringLiteral("/pkg/gz.ova");
        writeArchive(ova, {{"ubuntu.2.0.ovf", ovf}, {"ubuntu.2.0.mf", mf}, {"ubuntu.2.0-disk1.vmdk", packed}});
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *job = runImport(ova, lib);
        checkImported(job, lib);
        delete job;
    }

    void longMemberNamesWithPaxHeaders()
    {
        // A name over 100 characters needs a pax header before the member: the disk's bytes
        // then start further into the OVA, and the in-place conversion must find them.
        const QByteArray longName = QByteArray(110, 'l') + ".vmdk";
        QByteArray ovf = fixture(QStringLiteral("ubuntu.2.0.ovf"));
        ovf.replace("ubuntu.2.0-disk1.vmdk", longName);
        const QString dir = newCase();
        const QString ova = dir + QStringLiteral("/pkg/long.ova");
        writeArchive(ova, {{"a-rather-long-descriptor-name-" + QByteArray(80, 'x') + ".ovf", ovf},
                           {longName, fixture(QStringLiteral("ubuntu.2.0-disk1.vmdk"))}});
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *job = runImport(ova, lib);
        checkImported(job, lib);
        delete job;
    }

    void dryRunWritesNothing()
    {
        const QString dir = newCase();
        const QString ova = dir + QStringLiteral("/pkg/ubuntu.ova");
        writeArchive(ova, ubuntuMembers());
        ImportOptions o;
        o.sourcePath = ova;
        o.libraryRoot = dir + QStringLiteral("/lib");
        o.name = QStringLiteral("Renamed");
        const auto plan = ImportJob::inspect(o);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan->config.name, QStringLiteral("Renamed"));
        QCOMPARE(plan->disks.size(), 1);
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/lib")));
    }

    void manifestMismatchStopsUnlessNotVerifying()
    {
        const QString dir = newCase();
        QList<Member> members = ubuntuMembers();
        members[2].data[members[2].data.size() - 600] ^= 0x01; // one bit in the disk file
        const QString ova = dir + QStringLiteral("/pkg/changed.ova");
        writeArchive(ova, members);
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *job = runImport(ova, lib);
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY2(job->error().message.contains(QStringLiteral("ubuntu.2.0-disk1.vmdk does not match")),
                 qPrintable(job->error().message));
        QVERIFY(entriesOf(lib).isEmpty());
        delete job;

        job = runImport(ova, lib, false);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        bool loud = false;
        for (const ReportLine &l : job->plan().report)
            loud |= l.kind == ReportLine::Kind::Warning && l.text.contains(QStringLiteral("NOT VERIFIED"));
        QVERIFY(loud);
        delete job;
    }

    void hostilePackagesAreRefused_data()
    {
        QTest::addColumn<QList<Member>>("members");
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expect");
        const QList<Member> good = ubuntuMembers();
        const Member ovf = good[0];
        const Member disk = good[2];
        QTest::newRow("dot-dot") << QList<Member>{ovf, {"../evil.vmdk", "x"}, disk} << QByteArray("tar") << "climbs out";
        QTest::newRow("zip dot-dot") << QList<Member>{ovf, {"../evil.vmdk", "x"}, disk} << QByteArray("zip") << "climbs out";
        QTest::newRow("absolute") << QList<Member>{ovf, {"/tmp/evil.vmdk", "x"}, disk} << QByteArray("tar") << "absolute path";
        QTest::newRow("in folder") << QList<Member>{ovf, {"sub/evil.vmdk", "x"}, disk} << QByteArray("tar") << "inside a folder";
        QTest::newRow("symlink") << QList<Member>{ovf, {"ubuntu.2.0-disk1.vmdk", {}, AE_IFLNK, "/etc/passwd"}}
                                 << QByteArray("tar") << "symbolic link";
        QTest::newRow("hardlink") << QList<Member>{ovf, disk, {"ubuntu.2.0.mf", {}, AE_IFREG, "ubuntu.2.0-disk1.vmdk"}}
                                  << QByteArray("tar") << "hard link";
        QTest::newRow("device") << QList<Member>{ovf, {"ubuntu.2.0-disk1.vmdk", {}, AE_IFCHR}} << QByteArray("tar") << "device";
        QTest::newRow("duplicate") << QList<Member>{ovf, disk, disk} << QByteArray("tar") << "twice";
        QByteArray sized = ovf.data;
        sized.replace("ovf:id=\"file1\"", "ovf:id=\"file1\" ovf:size=\"1000\"");
        QTest::newRow("larger than declared") << QList<Member>{{ovf.name, sized}, disk} << QByteArray("tar")
                                              << "larger than the descriptor declares";
        QTest::newRow("zip bomb") << QList<Member>{{ovf.name, sized}, {disk.name, QByteArray(64 << 20, '\0')}}
                                  << QByteArray("zip") << "larger than the descriptor declares";
        QByteArray mf = good[1].data + "SHA256(../../etc/passwd)= " + QByteArray(64, 'a') + "\n";
        QTest::newRow("manifest outside") << QList<Member>{ovf, {"ubuntu.2.0.mf", mf}, disk} << QByteArray("tar")
                                          << "lists ../../etc/passwd, which is not in the appliance";
        QTest::newRow("missing from manifest")
            << QList<Member>{ovf, good[1], disk, {"extra.txt", "hello"}} << QByteArray("tar") << "extra.txt is not listed";
        QTest::newRow("disk missing") << QList<Member>{ovf} << QByteArray("tar") << "missing from the package";
        QByteArray bomb = "<?xml version='1.0'?><!DOCTYPE l [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>"
                          "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'>&b;</Envelope>";
        QTest::newRow("entity bomb") << QList<Member>{{"bomb.ovf", bomb}} << QByteArray("tar") << "document type declaration";
        QTest::newRow("huge ovf") << QList<Member>{{"huge.ovf", QByteArray(9 << 20, ' ')}} << QByteArray("tar")
                                  << "refused for safety";
        QTest::newRow("ovf not first") << QList<Member>{disk, ovf} << QByteArray("tar") << "does not start with its .ovf";
        QByteArray descriptorDisk = "# Disk DescriptorFile\nversion=1\ncreateType=\"monolithicFlat\"\n"
                                    "RW 2048 FLAT \"/etc/passwd\" 0\n";
        QTest::newRow("vmdk descriptor") << QList<Member>{ovf, {disk.name, descriptorDisk}} << QByteArray("tar")
                                         << "descriptors that point to other files are refused";
    }
    void hostilePackagesAreRefused()
    {
        QFETCH(QList<Member>, members);
        QFETCH(QByteArray, kind);
        QFETCH(QString, expect);
        const QString dir = newCase();
        const QString ova = dir + QStringLiteral("/pkg/hostile.ova");
        writeArchive(ova, members, kind);
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *job = runImport(ova, lib);
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY2(job->error().message.contains(expect), qPrintable(job->error().message));
        QVERIFY2(entriesOf(lib).isEmpty(), qPrintable(entriesOf(lib).join(QLatin1Char(' '))));
        // Nothing outside the library either: the case folder holds only what the test made.
        QCOMPARE(entriesOf(dir), (QStringList{QStringLiteral("lib"), QStringLiteral("pkg")}));
        QCOMPARE(entriesOf(dir + QStringLiteral("/pkg")), QStringList{QStringLiteral("hostile.ova")});
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/evil.vmdk")));
        delete job;
    }

    void truncatedArchiveIsRefused()
    {
        const QString dir = newCase();
        const QString ova = dir + QStringLiteral("/pkg/cut.ova");
        writeArchive(ova, ubuntuMembers());
        QVERIFY(QFile::resize(ova, QFileInfo(ova).size() - 40000));
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *job = runImport(ova, lib);
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY2(job->error().message.contains(QStringLiteral("truncated")), qPrintable(job->error().message));
        QVERIFY(entriesOf(lib).isEmpty());
        delete job;
    }

    void cancelRemovesEverything()
    {
        const QString dir = newCase();
        const QString ova = dir + QStringLiteral("/pkg/ubuntu.ova");
        writeArchive(ova, ubuntuMembers());
        const QString lib = dir + QStringLiteral("/lib");
        ImportOptions o;
        o.sourcePath = ova;
        o.libraryRoot = lib;
        ImportJob job(o);
        bool converting = false;
        connect(&job, &Job::progressChanged, &job, [&job, &converting](int, const QString &stage) {
            if (stage.startsWith(QLatin1String("Converting")) && !converting) {
                converting = true;
                job.cancel(); // while the disk converts
            }
        });
        job.start();
        QVERIFY(job.waitForFinished(60000));
        QVERIFY(converting);
        QCOMPARE(job.state(), Job::State::Canceled);
        QVERIFY(entriesOf(lib).isEmpty());
    }

    void nameTakenIsRefusedBeforeReading()
    {
        const QString dir = newCase();
        const QString lib = dir + QStringLiteral("/lib");
        ImportJob *first = runImport(TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf")), lib);
        QCOMPARE(first->state(), Job::State::Succeeded);
        delete first;
        ImportJob *second = runImport(TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf")), lib);
        QCOMPARE(second->state(), Job::State::Failed);
        QCOMPARE(second->error().code, ErrorCode::AlreadyExists);
        QCOMPARE(entriesOf(lib), QStringList{QStringLiteral("ubuntu.emanon")});
        delete second;
    }
};


QTEST_GUILESS_MAIN(TstArchiveImport)
#include "tst_archiveimport.moc"
