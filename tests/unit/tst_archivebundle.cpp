// Emanon zip bundles (export --format zip) imported back: the same settings, the snapshots
// listed and in the disk, the disk identical; a taken name or uuid gets a new one; hostile
// bundles (paths out of the folder, links, a zip bomb, a disk backed by a host file, a damaged
// vm.json) are refused with a clear message and nothing is left in the library. Real qemu-img.
#include "appliances/jobs/exportjob.h"
#include "appliances/jobs/importjob.h"

#include "engine/backend/vmbackend.h"
#include "engine/snapshots/snapshotmanager.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <sys/stat.h>
#include <zlib.h>

using namespace Appliances;
using namespace Engine;

namespace {

struct ZipMember
{
    QString name;
    QByteArray data;
    quint32 mode = S_IFREG | 0644;
    qint64 declaredSize = -1; ///< >= 0: lie about the unpacked size (a zip bomb)
};

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(int(z.total_out));
    deflateEnd(&z);
    return out;
}

void writeZip(const QString &path, const QList<ZipMember> &members)
{
    QuaZip zip(path);
    zip.setZip64Enabled(true);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const ZipMember &m : members) {
        QuaZipFile f(&zip);
        QuaZipNewInfo info(m.name);
        info.externalAttr = m.mode << 16;
        if (m.declaredSize >= 0) {
            const QByteArray packed = rawDeflate(m.data);
            const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(m.data.constData()), uInt(m.data.size()));
            info.uncompressedSize = ulong(m.declaredSize);
            QVERIFY(f.open(QIODevice::WriteOnly, info, nullptr, quint32(crc), Z_DEFLATED, Z_BEST_COMPRESSION, true));
            f.write(packed);
            f.close();
        } else {
            QVERIFY(f.open(QIODevice::WriteOnly, info));
            f.write(m.data);
            f.close();
        }
    }
    zip.close();
    QCOMPARE(zip.getZipError(), 0);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

bool reportHas(const ImportPlan &plan, ReportLine::Kind kind, const QString &text)
{
    for (const ReportLine &l : plan.report)
        if (l.kind == kind && l.text.contains(text))
            return true;
    return false;
}

} // namespace

class TstArchiveBundle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_lib;
    QString m_zip;
    VmBundle m_source;
    int m_n = 0;

    ImportJob *importInto(const QString &source, const QString &library, const QString &name = {})
    {
        ImportOptions o;
        o.sourcePath = source;
        o.libraryRoot = library;
        o.name = name;
        auto *job = new ImportJob(o);
        job->start();
        if (!job->waitForFinished(120000))
            qFatal("import did not finish");
        return job;
    }

    QString newLibrary() { return m_tmp.filePath(QStringLiteral("lib-%1").arg(++m_n)); }

    /// A bundle zip built by hand from the source VM's files, changed by `edit`.
    QString handMade(const QString &file, QList<ZipMember> extra, bool withDisk = true,
                     const QByteArray &vmJson = {})
    {
        QList<ZipMember> members{{QStringLiteral("Hand.emanon/"), {}, S_IFDIR | 0755},
                                 {QStringLiteral("Hand.emanon/vm.json"), vmJson.isEmpty() ? readAll(m_source.vmJsonPath()) : vmJson}};
        if (withDisk)
            members.append({QStringLiteral("Hand.emanon/disks/disk0.qcow2"), readAll(m_source.diskPath(m_source.config.disks[0]))});
        members.append(extra);
        const QString path = m_tmp.filePath(file);
        writeZip(path, members);
        return path;
    }

    void refused(const QString &zip, const QString &message)
    {
        const QString lib = newLibrary();
        ImportJob *job = importInto(zip, lib);
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY2(job->error().message.contains(message), qPrintable(job->error().toString()));
        QVERIFY2(entriesOf(lib).isEmpty(), qPrintable(entriesOf(lib).join(QLatin1Char(' '))));
        delete job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_lib = m_tmp.filePath(QStringLiteral("lib"));
        VmConfig c;
        c.name = QStringLiteral("Bundle Box");
        c.memoryMiB = 384;
        c.notes = QStringLiteral("kept through the round trip");
        c.nics.append(NicConfig());
        auto created = VmLibrary(m_lib).create(c, {{QStringLiteral("disk0"), 64 << 20}});
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        m_source = *created;
        const QString disk = m_source.diskPath(m_source.config.disks[0]);
        QVERIFY(run(QStringLiteral("qemu-io"), {QStringLiteral("-c"), QStringLiteral("write -P 0x41 1M 2M"), disk}));
        LocalQemuBackend backend;
        SnapshotManager manager(m_source, backend);
        QVERIFY(manager.reload().ok());
        SnapshotJob *take = manager.take(QStringLiteral("First"), {}, this);
        take->start();
        QVERIFY(take->waitForFinished(60000));
        QVERIFY2(take->state() == Job::State::Succeeded, qPrintable(take->error().toString()));
        QVERIFY(run(QStringLiteral("qemu-io"), {QStringLiteral("-c"), QStringLiteral("write -P 0x42 8M 1M"), disk}));

        ExportOptions o;
        o.libraryRoot = m_lib;
        o.vm = c.name;
        o.targetPath = m_tmp.filePath(QStringLiteral("box.zip"));
        o.format = ExportOptions::Format::Zip;
        ExportJob exp(o);
        exp.start();
        QVERIFY(exp.waitForFinished(120000));
        QVERIFY2(exp.state() == Job::State::Succeeded, qPrintable(exp.error().toString()));
        m_zip = o.targetPath;
        m_source = *VmLibrary(m_lib).open(c.name);
    }

    void roundTripKeepsConfigSnapshotsAndDisk()
    {
        const QString lib = newLibrary();
        ImportJob *job = importInto(m_zip, lib);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        const VmBundle b = *VmLibrary(lib).open(QStringLiteral("Bundle Box"));
        QCOMPARE(b.config.toJson(), m_source.config.toJson()); // same name, uuid, MACs, everything
        const auto tree = SnapshotTree::load(b.snapshotsJsonPath());
        QVERIFY2(tree.ok(), qPrintable(tree.error().toString()));
        QCOMPARE(tree->nodes().size(), 1);
        QCOMPARE(tree->nodes().first().name, QStringLiteral("First"));
        QString out;
        QVERIFY(run(QStringLiteral("qemu-img"), {QStringLiteral("snapshot"), QStringLiteral("-l"), b.diskPath(b.config.disks[0])}, &out));
        QVERIFY2(out.contains(tree->nodes().first().tag), qPrintable(out));
        QVERIFY2(run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), m_source.diskPath(m_source.config.disks[0]),
                                                  b.diskPath(b.config.disks[0])}, &out), qPrintable(out));
        QVERIFY(reportHas(job->plan(), ReportLine::Kind::Info, QStringLiteral("1 snapshot(s) are kept")));
        QCOMPARE(entriesOf(lib), QStringList{QStringLiteral("Bundle Box.emanon")}); // no staging left
        delete job;
    }

    void takenNameAndUuidGetNewOnes()
    {
        ImportJob *job = importInto(m_zip, m_lib); // the source's own library
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        const VmBundle b = job->bundle();
        QCOMPARE(b.name(), QStringLiteral("Bundle Box (2)"));
        QVERIFY(b.config.uuid != m_source.config.uuid);
        QVERIFY(b.config.nics.first().mac != m_source.config.nics.first().mac);
        QVERIFY(reportHas(job->plan(), ReportLine::Kind::Changed, QStringLiteral("is called \"Bundle Box (2)\"")));
        QVERIFY(reportHas(job->plan(), ReportLine::Kind::Changed, QStringLiteral("new UUID")));
        QVERIFY(VmLibrary(m_lib).open(QStringLiteral("Bundle Box (2)")).ok());
        delete job;

        job = importInto(m_zip, m_lib, QStringLiteral("Bundle Box")); // a name the user chose: no silent rename
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error().code, ErrorCode::AlreadyExists);
        delete job;
        job = importInto(m_zip, m_lib, QStringLiteral("Chosen"));
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        QCOMPARE(job->bundle().name(), QStringLiteral("Chosen"));
        delete job;
    }

    void dryRunReadsOnlyVmJson()
    {
        ImportOptions o;
        o.sourcePath = m_zip;
        o.libraryRoot = newLibrary();
        const auto plan = ImportJob::inspect(o);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan->config.name, QStringLiteral("Bundle Box"));
        QCOMPARE(plan->config.memoryMiB, 384);
        QVERIFY(reportHas(*plan, ReportLine::Kind::Info, QStringLiteral("An Emanon bundle")));
        QVERIFY(!QFileInfo::exists(o.libraryRoot));
    }

    void hostileBundlesAreRefused()
    {
        refused(handMade(QStringLiteral("dotdot.zip"), {{QStringLiteral("Hand.emanon/../evil"), "x"}}), QStringLiteral("climbs out"));
        refused(handMade(QStringLiteral("outside.zip"), {{QStringLiteral("Other/evil"), "x"}}),
                QStringLiteral("one \"<name>.emanon\" folder"));
        refused(handMade(QStringLiteral("link.zip"), {{QStringLiteral("Hand.emanon/disks/link"), "/etc/passwd", S_IFLNK | 0777}}),
                QStringLiteral("symbolic link"));
        refused(handMade(QStringLiteral("dup.zip"), {{QStringLiteral("Hand.emanon/vm.json"), "{}"}}), QStringLiteral("appears twice"));
        refused(handMade(QStringLiteral("bomb.zip"), {{QStringLiteral("Hand.emanon/big"), QByteArray(8 << 20, '\0'), S_IFREG | 0644, 1000}}),
                QStringLiteral("is damaged"));
        refused(handMade(QStringLiteral("json.zip"), {}, true, "{ not json"), QStringLiteral("not a valid VM definition"));
    }

    void diskBackedByAHostFileIsRefused()
    {
        const QString evil = m_tmp.filePath(QStringLiteral("evil.qcow2"));
        QVERIFY(run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                                 QStringLiteral("-u"), QStringLiteral("-b"), QStringLiteral("/etc/hostname"),
                                                 QStringLiteral("-F"), QStringLiteral("raw"), evil, QStringLiteral("64M")}));
        QList<ZipMember> members{{QStringLiteral("Hand.emanon/disks/disk0.qcow2"), readAll(evil)}};
        refused(handMade(QStringLiteral("backing.zip"), members, false), QStringLiteral("outside the bundle (/etc/hostname)"));
    }

    void hostPathsInVmJsonAreLeftOut()
    {
        QJsonObject json = QJsonDocument::fromJson(readAll(m_source.vmJsonPath())).object();
        QJsonObject boot = json.value(QStringLiteral("boot")).toObject();
        boot.insert(QStringLiteral("kernel"), QStringLiteral("/boot/vmlinuz"));
        json.insert(QStringLiteral("boot"), boot);
        const QString zip = handMade(QStringLiteral("kernel.zip"), {}, true, QJsonDocument(json).toJson());
        const QString lib = newLibrary();
        ImportJob *job = importInto(zip, lib);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        QVERIFY(job->bundle().config.boot.kernel.isEmpty());
        QVERIFY(reportHas(job->plan(), ReportLine::Kind::Dropped, QStringLiteral("/boot/vmlinuz")));
        QCOMPARE(job->bundle().name(), QStringLiteral("Hand"));
        delete job;
    }
};

QTEST_GUILESS_MAIN(TstArchiveBundle)
#include "tst_archivebundle.moc"
