// VmLibrary and VmLock: bundles on disk with real qemu-img, nothing half-made left behind,
// damaged definitions listed but never rewritten, locks across processes.
//
// The binary doubles as a lock helper for the cross-process tests:
//   tst_vmlibrary --lock-helper try  BUNDLE   exit 0 when it got the lock, 1 when Locked
//   tst_vmlibrary --lock-helper hold BUNDLE   takes the lock, prints "held", waits for EOF
#include "engine/library/clonejob.h"
#include "engine/library/vmlibrary.h"
#include "engine/library/vmlock.h"
#include "engine/profiles/guestprofile.h"
#include "engine/storage/diskimage.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Engine;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

int lockHelper(const char *mode, const char *bundle)
{
    Result<VmLock> lock = VmLock::acquire(QString::fromLocal8Bit(bundle));
    if (!lock) {
        std::printf("%s\n", qPrintable(lock.error().message));
        return lock.error().code == ErrorCode::Locked ? 1 : 2;
    }
    if (qstrcmp(mode, "hold") == 0) {
        std::printf("held\n");
        std::fflush(stdout);
        char buf[64];
        while (::read(STDIN_FILENO, buf, sizeof buf) > 0) {
        }
    } else {
        std::printf("acquired\n");
    }
    return 0;
}

// Sets or clears the immutable attribute (root ignores permission bits, not this flag).
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

// Makes a folder unwritable for this process (permission bits, or the immutable flag when we
// are root) until destroyed.
class ReadOnlyDir
{
public:
    explicit ReadOnlyDir(QString path) : m_path(std::move(path))
    {
        if (::geteuid() != 0) {
            m_ok = QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner);
            m_immutable = false;
        } else {
            m_ok = setImmutable(m_path, true);
            m_immutable = true;
        }
    }
    ~ReadOnlyDir() { restore(); }
    [[nodiscard]] bool ok() const { return m_ok; }
    void restore()
    {
        if (!m_ok)
            return;
        if (m_immutable)
            setImmutable(m_path, false);
        else
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_ok = false;
    }

private:
    QString m_path;
    bool m_ok = false;
    bool m_immutable = false;
};

} // namespace

class TstVmLibrary : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path() + QStringLiteral("/library"); }
    VmLibrary library() const { return VmLibrary(root()); }

    static VmConfig sample(const QString &name)
    {
        VmConfig c;
        c.name = name;
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        c.nics.append(NicConfig{});
        return c;
    }

    static QList<NewDisk> oneDisk(qint64 size = 16 * kMiB)
    {
        return {NewDisk{QStringLiteral("disk0"), size, QStringLiteral("qcow2"), DiskBus::Ide}};
    }

    // Every path under `dir` (hidden ones too) with a hash of each file: compares "nothing
    // changed" exactly. Lock files are left out: taking a VM's lock creates one on purpose.
    static QStringList snapshot(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileName() == QLatin1String(".lock"))
                continue;
            QString line = path.mid(dir.size());
            QFile f(path);
            if (it.fileInfo().isFile() && f.open(QIODevice::ReadOnly)) {
                line +=
                    QLatin1Char(' ') +
                    QString::fromLatin1(
                        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex());
            }
            out.append(line);
        }
        out.sort();
        return out;
    }

    static QStringList hiddenLeftovers(const QString &dir)
    {
        return QDir(dir).entryList(QStringList{QStringLiteral(".tmp-*")},
                                   QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    // vm.json must parse back into the config the call returned.
    static void verifyVmJson(const VmBundle &bundle)
    {
        QFile f(bundle.vmJsonPath());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(bundle.vmJsonPath()));
        auto parsed = VmConfig::fromJson(f.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->toJsonObject(), bundle.config.toJsonObject());
        QCOMPARE(parsed->name, bundle.name());
    }

    VmBundle mustCreate(const QString &name, const QList<NewDisk> &disks = oneDisk())
    {
        VmLibrary lib = library();
        auto r = lib.create(sample(name), disks);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().toString()));
        return r.ok() ? r.value() : VmBundle{};
    }

    static QString runHelper(const QString &mode, const QString &bundle, int *exitCode)
    {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--lock-helper"), mode, bundle});
        p.closeWriteChannel();
        if (!p.waitForFinished(10000))
            return QStringLiteral("helper timed out");
        *exitCode = p.exitCode();
        return QString::fromLocal8Bit(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // ---- create / list / open --------------------------------------------------------------

    void createMakesBundleAndListShowsIt()
    {
        VmLibrary lib = library();
        auto r = lib.create(sample(QStringLiteral("Test VM")), oneDisk());
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const VmBundle &b = *r;
        QCOMPARE(b.path, root() + QStringLiteral("/Test VM.emanon"));
        QVERIFY(QFileInfo(b.vmJsonPath()).isFile());
        QVERIFY(QFileInfo(b.logDir()).isDir());
        QVERIFY(QFileInfo(b.screenshotsDir()).isDir());
        QCOMPARE(b.config.disks.size(), 1);
        QCOMPARE(b.config.disks[0].path, QStringLiteral("disks/disk0.qcow2"));
        QCOMPARE(b.diskPath(b.config.disks[0]), b.path + QStringLiteral("/disks/disk0.qcow2"));
        QVERIFY(!b.config.uuid.isNull());
        QVERIFY(QRegularExpression(QStringLiteral("^52:54:00(:[0-9a-f]{2}){3}$"))
                    .match(b.config.nics[0].mac)
                    .hasMatch());

        auto info = DiskImage::info(b.diskPath(b.config.disks[0]));
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->format, QStringLiteral("qcow2"));
        QCOMPARE(info->virtualSizeBytes, 16 * kMiB);
        verifyVmJson(b);

        auto list = lib.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).name, QStringLiteral("Test VM"));
        QVERIFY(list->at(0).ok());
        QCOMPARE(list->at(0).config.uuid, b.config.uuid);
        QVERIFY(hiddenLeftovers(root()).isEmpty());
    }

    void rawDiskGetsImgExtension()
    {
        VmLibrary lib = library();
        auto r = lib.create(
            sample(QStringLiteral("Raw")),
            {NewDisk{QStringLiteral("hd"), 1 * kMiB, QStringLiteral("raw"), DiskBus::Ide}});
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->config.disks[0].path, QStringLiteral("disks/hd.img"));
        QCOMPARE(QFileInfo(r->diskPath(r->config.disks[0])).size(), 1 * kMiB);
    }

    void absoluteDiskIsReferenced()
    {
        const QString image = m_dir->path() + QStringLiteral("/outside.qcow2");
        QVERIFY(DiskImage::createNow(image, kMiB).ok());
        VmConfig c = sample(QStringLiteral("Ref"));
        c.disks.append({QStringLiteral("disk0"),
                        image,
                        QStringLiteral("qcow2"),
                        DiskBus::Ide,
                        false,
                        false,
                        {}});
        auto r = library().create(c, {});
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->diskPath(r->config.disks[0]), image);
        QVERIFY(QDir(r->disksDir()).isEmpty());

        VmConfig bad = sample(QStringLiteral("Bad"));
        bad.disks.append({QStringLiteral("disk0"),
                          QStringLiteral("disks/missing.qcow2"),
                          QStringLiteral("qcow2"),
                          DiskBus::Ide,
                          false,
                          false,
                          {}});
        auto refused = library().create(bad, {});
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFileInfo::exists(library().bundlePathFor(QStringLiteral("Bad"))));
    }

    void duplicateNameRefusedInAnyCase()
    {
        const VmBundle first = mustCreate(QStringLiteral("Alpha"));
        QVERIFY(!first.path.isEmpty());
        const QStringList before = snapshot(root());
        VmLibrary lib = library();
        for (const QString &name :
             {QStringLiteral("Alpha"), QStringLiteral("alpha"), QStringLiteral("ALPHA")}) {
            auto r = lib.create(sample(name), oneDisk());
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
            QVERIFY2(r.error().message.contains(QStringLiteral("Alpha")),
                     qPrintable(r.error().message));
        }
        VmConfig sameUuid = sample(QStringLiteral("Other"));
        sameUuid.uuid = first.config.uuid;
        auto r = lib.create(sameUuid, oneDisk());
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(snapshot(root()), before);
    }

    void badNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dotdot") << QStringLiteral("..");
        QTest::newRow("traversal") << QStringLiteral("../evil");
        QTest::newRow("hidden") << QStringLiteral(".hidden");
        QTest::newRow("dash") << QStringLiteral("-rf");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("control") << QStringLiteral("a\nb");
        QTest::newRow("space") << QStringLiteral(" padded");
        QTest::newRow("long") << QString(65, QLatin1Char('x'));
    }

    void badNamesRefused()
    {
        QFETCH(QString, name);
        VmLibrary lib = library();
        QVERIFY(lib.ensureExists().ok());
        const QStringList before = snapshot(m_dir->path());
        auto r = lib.create(sample(name), oneDisk());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(snapshot(m_dir->path()), before);

        const VmBundle ok = mustCreate(QStringLiteral("Fine"));
        QVERIFY(!ok.path.isEmpty());
        QCOMPARE(lib.rename(QStringLiteral("Fine"), name).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(lib.cloneLinked(QStringLiteral("Fine"), name).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(QFileInfo(ok.vmJsonPath()).isFile());
    }

    void invalidConfigListsEveryProblem()
    {
        VmConfig c = sample(QStringLiteral("Broken"));
        c.memoryMiB = 0;
        c.cpu.count = 0;
        QVERIFY(library().ensureExists().ok());
        const QStringList before = snapshot(root());
        auto r = library().create(c, oneDisk());
        QCOMPARE(r.error().code, ErrorCode::ConfigInvalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("memory")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("CPU")));
        QVERIFY(r.error().details.contains(QStringLiteral("memoryMiB")));
        QVERIFY(r.error().details.contains(QStringLiteral("cpu.count")));
        QCOMPARE(snapshot(root()), before);
    }

    void listSortedCaseInsensitively()
    {
        for (const QString &n :
             {QStringLiteral("charlie"), QStringLiteral("Bravo"), QStringLiteral("alpha")}) {
            QVERIFY(!mustCreate(n, {}).path.isEmpty());
        }
        // Hidden folders (temp bundles, trash) are never VMs.
        QVERIFY(QDir(root()).mkpath(QStringLiteral(".tmp-leftover.emanon")));
        QVERIFY(QDir(root()).mkpath(QStringLiteral("not-a-bundle")));
        auto list = library().list();
        QVERIFY(list.ok());
        QStringList names;
        for (const VmEntry &e : *list)
            names << e.name;
        QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("Bravo"),
                                     QStringLiteral("charlie")}));
    }

    void listOfMissingLibraryIsEmpty()
    {
        auto list = library().list();
        QVERIFY(list.ok());
        QVERIFY(list->isEmpty());
        QVERIFY(!QFileInfo::exists(root())); // listing never creates anything
    }

    void openByNameCaseAndUuid()
    {
        const VmBundle b = mustCreate(QStringLiteral("Win98"), {});
        VmLibrary lib = library();
        QCOMPARE(lib.open(QStringLiteral("Win98"))->path, b.path);
        QCOMPARE(lib.open(QStringLiteral("win98"))->path, b.path);
        QCOMPARE(lib.open(b.config.uuid.toString())->path, b.path);
        QCOMPARE(lib.open(b.config.uuid.toString(QUuid::WithoutBraces))->path, b.path);
        auto missing = lib.open(QStringLiteral("Nope"));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("\"Nope\"")));
        QVERIFY(missing.error().message.contains(QStringLiteral("emanonctl list")));
    }

    void truncatedVmJsonIsListedNotRewritten()
    {
        const VmBundle b = mustCreate(QStringLiteral("Damaged"), {});
        QVERIFY(!b.path.isEmpty());
        QFile f(b.vmJsonPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray full = f.readAll();
        QVERIFY(f.resize(full.size() / 2));
        f.close();
        const QStringList before = snapshot(root());

        VmLibrary lib = library();
        auto list = lib.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).name, QStringLiteral("Damaged"));
        QCOMPARE(list->at(0).error.code, ErrorCode::ConfigParse);
        QVERIFY(list->at(0).error.details.contains(b.vmJsonPath()));

        auto opened = lib.open(QStringLiteral("Damaged"));
        QCOMPARE(opened.error().code, ErrorCode::ConfigParse);
        QVERIFY(opened.error().message.contains(QStringLiteral("\"Damaged\"")));
        QVERIFY(opened.error().message.contains(QStringLiteral("damaged")));
        QVERIFY(opened.error().details.contains(b.vmJsonPath()));
        QCOMPARE(lib.rename(QStringLiteral("Damaged"), QStringLiteral("X")).error().code,
                 ErrorCode::ConfigParse);
        QCOMPARE(snapshot(root()), before);

        // A damaged VM can still be deleted.
        QVERIFY(lib.remove(QStringLiteral("Damaged")).ok());
        QVERIFY(lib.list()->isEmpty());
    }

    void futureSchemaVersionIsReported()
    {
        const VmBundle b = mustCreate(QStringLiteral("Future"), {});
        QJsonObject o = b.config.toJsonObject();
        o.insert(QStringLiteral("schemaVersion"), 99);
        QFile f(b.vmJsonPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        const QStringList before = snapshot(root());
        auto list = library().list();
        QCOMPARE(list->at(0).error.code, ErrorCode::SchemaVersion);
        auto opened = library().open(QStringLiteral("Future"));
        QCOMPARE(opened.error().code, ErrorCode::SchemaVersion);
        QVERIFY(opened.error().message.contains(QStringLiteral("99")));
        QVERIFY(opened.error().details.contains(b.vmJsonPath()));
        QCOMPARE(snapshot(root()), before);
    }

    // ---- failures leave no trace -----------------------------------------------------------

    void diskFailureMidwayLeavesNoTrace()
    {
        VmLibrary lib = library();
        QVERIFY(lib.ensureExists().ok());
        const QStringList before = snapshot(m_dir->path());
        // The first disk is created, the second is refused by qemu-img (size too large).
        auto r = lib.create(
            sample(QStringLiteral("Midway")),
            {NewDisk{QStringLiteral("disk0"), kMiB, QStringLiteral("qcow2"), DiskBus::Ide},
             NewDisk{QStringLiteral("disk1"), std::numeric_limits<qint64>::max(),
                     QStringLiteral("qcow2"), DiskBus::Ide}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("disk1")),
                 qPrintable(r.error().message));
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    void tempFolderFailureLeavesNoTrace()
    {
        VmLibrary lib = library();
        QVERIFY(lib.ensureExists().ok());
        VmConfig c = sample(QStringLiteral("Blocked"));
        c.uuid = QUuid::createUuid();
        // Something already sits where the temp bundle would go.
        QFile blocker(root() + QStringLiteral("/.tmp-") + c.uuid.toString(QUuid::WithoutBraces));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QStringList before = snapshot(m_dir->path());
        auto r = lib.create(c, oneDisk());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.contains(root()));
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    void badDiskArgumentsLeaveNoTrace_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("code");
        QTest::newRow("format") << QStringLiteral("disk0") << kMiB << QStringLiteral("qcow3")
                                << int(ErrorCode::ConfigInvalid);
        QTest::newRow("node") << QStringLiteral("../../x") << kMiB << QStringLiteral("qcow2")
                              << int(ErrorCode::ConfigInvalid);
        QTest::newRow("size") << QStringLiteral("disk0") << qint64(0) << QStringLiteral("qcow2")
                              << int(ErrorCode::InvalidArgument);
    }

    void badDiskArgumentsLeaveNoTrace()
    {
        QFETCH(QString, node);
        QFETCH(qint64, size);
        QFETCH(QString, format);
        QFETCH(int, code);
        QVERIFY(library().ensureExists().ok());
        const QStringList before = snapshot(m_dir->path());
        auto r = library().create(sample(QStringLiteral("Disky")),
                                  {NewDisk{node, size, format, DiskBus::Ide}});
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    void unwritableLibraryIsAClearIoError()
    {
        QFile file(m_dir->path() + QStringLiteral("/plainfile"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        VmLibrary underFile(file.fileName() + QStringLiteral("/vms"));
        QCOMPARE(underFile.ensureExists().error().code, ErrorCode::Io);
        auto r = underFile.create(sample(QStringLiteral("X")), oneDisk());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.contains(underFile.root()));

        VmLibrary isFile(file.fileName());
        QCOMPARE(isFile.ensureExists().error().code, ErrorCode::Io);

        QVERIFY(library().ensureExists().ok());
        ReadOnlyDir ro(root());
        if (!ro.ok())
            QSKIP("cannot make a folder read-only here");
        const Status st = library().ensureExists();
        QCOMPARE(st.error().code, ErrorCode::Io);
        QVERIFY(st.error().message.contains(QStringLiteral("not writable")));
        QCOMPARE(library().create(sample(QStringLiteral("Y")), oneDisk()).error().code,
                 ErrorCode::Io);
    }

    // ---- save ------------------------------------------------------------------------------

    void saveWritesAndValidates()
    {
        VmBundle b = mustCreate(QStringLiteral("Saver"), {});
        b.config.notes = QStringLiteral("installed drivers");
        QVERIFY(library().save(b).ok());
        verifyVmJson(b);
        QCOMPARE(library().open(QStringLiteral("Saver"))->config.notes, b.config.notes);

        const QStringList before = snapshot(root());
        VmBundle invalid = b;
        invalid.config.memoryMiB = 0;
        QCOMPARE(library().save(invalid).error().code, ErrorCode::ConfigInvalid);
        VmBundle renamed = b;
        renamed.config.name = QStringLiteral("Other");
        QCOMPARE(library().save(renamed).error().code, ErrorCode::InvalidArgument);
        VmBundle gone = b;
        gone.path = root() + QStringLiteral("/Gone.emanon");
        gone.config.name = QStringLiteral("Gone");
        QCOMPARE(library().save(gone).error().code, ErrorCode::NotFound);
        QCOMPARE(snapshot(root()), before);
    }

    void saveIntoReadOnlyBundleKeepsOldFile()
    {
        VmBundle b = mustCreate(QStringLiteral("ReadOnly"), {});
        const QStringList before = snapshot(root());
        b.config.notes = QStringLiteral("changed");
        {
            ReadOnlyDir ro(b.path);
            if (!ro.ok())
                QSKIP("cannot make a folder read-only here");
            const Status st = library().save(b);
            QCOMPARE(st.error().code, ErrorCode::Io);
            QVERIFY(st.error().message.contains(b.vmJsonPath()));
        }
        QCOMPARE(snapshot(root()), before);
        QVERIFY(library().open(QStringLiteral("ReadOnly"))->config.notes.isEmpty());
    }

    void failedWriteKeepsOldFile()
    {
        // A file size limit makes the write itself fail (also for root): the old file stays.
        VmBundle b = mustCreate(QStringLiteral("Full"), {});
        const QStringList before = snapshot(root());
        b.config.notes = QString(4096, QLatin1Char('n'));
        struct rlimit old
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = old;
        tiny.rlim_cur = 64;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const Status st = library().save(b);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QCOMPARE(st.error().code, ErrorCode::Io);
        QCOMPARE(snapshot(root()), before);
    }

    // ---- rename ----------------------------------------------------------------------------

    void renameMovesFolderAndName()
    {
        const VmBundle b = mustCreate(QStringLiteral("Old"));
        QVERIFY(!mustCreate(QStringLiteral("Taken"), {}).path.isEmpty());
        VmLibrary lib = library();
        auto r = lib.rename(QStringLiteral("Old"), QStringLiteral("New Name"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->name(), QStringLiteral("New Name"));
        QCOMPARE(r->config.uuid, b.config.uuid);
        QVERIFY(!QFileInfo::exists(b.path));
        QVERIFY(QFileInfo(r->diskPath(r->config.disks[0])).isFile());
        verifyVmJson(*r);
        QCOMPARE(lib.open(QStringLiteral("New Name"))->config.name, QStringLiteral("New Name"));
        QCOMPARE(lib.open(QStringLiteral("Old")).error().code, ErrorCode::NotFound);

        auto caseOnly = lib.rename(QStringLiteral("New Name"), QStringLiteral("new name"));
        QVERIFY2(caseOnly.ok(), qPrintable(caseOnly.error().toString()));
        verifyVmJson(*caseOnly);

        const QStringList before = snapshot(root());
        QCOMPARE(lib.rename(QStringLiteral("new name"), QStringLiteral("TAKEN")).error().code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(lib.rename(QStringLiteral("missing"), QStringLiteral("x")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(snapshot(root()), before);
    }

    void renameRefusedWhileLocked()
    {
        const VmBundle b = mustCreate(QStringLiteral("Busy"), {});
        auto lock = VmLock::acquire(b.path);
        QVERIFY(lock.ok());
        const QStringList before = snapshot(root());
        auto r = library().rename(QStringLiteral("Busy"), QStringLiteral("Idle"));
        QCOMPARE(r.error().code, ErrorCode::Locked);
        QVERIFY2(r.error().message.contains(QStringLiteral("\"Busy\"")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QString::number(::getpid())));
        QCOMPARE(snapshot(root()), before);
        lock->release();
        QVERIFY(library().rename(QStringLiteral("Busy"), QStringLiteral("Idle")).ok());
    }

    // ---- clones ----------------------------------------------------------------------------

    void linkedCloneUsesOverlays()
    {
        const VmBundle base = mustCreate(QStringLiteral("Base"));
        VmLibrary lib = library();
        auto r = lib.cloneLinked(QStringLiteral("Base"), QStringLiteral("Linked"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r->config.uuid != base.config.uuid);
        QVERIFY(!r->config.uuid.isNull());
        QVERIFY(r->config.nics[0].mac != base.config.nics[0].mac);
        QVERIFY(r->config.nics[0].mac.startsWith(QStringLiteral("52:54:00:")));
        QCOMPARE(r->config.disks[0].path, QStringLiteral("disks/disk0.qcow2"));
        verifyVmJson(*r);

        auto info = DiskImage::info(r->diskPath(r->config.disks[0]));
        QVERIFY2(info.ok(), qPrintable(info.error().toString()));
        QCOMPARE(info->backingFile, base.diskPath(base.config.disks[0]));
        QCOMPARE(info->backingFormat, QStringLiteral("qcow2"));
        QCOMPARE(info->virtualSizeBytes, 16 * kMiB);
        QVERIFY(hiddenLeftovers(root()).isEmpty());

        // The base now backs a clone: renaming or deleting it would break the clone.
        auto clones = lib.linkedClonesOf(QStringLiteral("Base"));
        QVERIFY(clones.ok());
        QCOMPARE(*clones, QStringList{QStringLiteral("Linked")});
        const QStringList before = snapshot(root());
        QCOMPARE(lib.remove(QStringLiteral("Base")).error().code, ErrorCode::StateRefused);
        QCOMPARE(lib.rename(QStringLiteral("Base"), QStringLiteral("B2")).error().code,
                 ErrorCode::StateRefused);
        QCOMPARE(snapshot(root()), before);
        QVERIFY(lib.linkedClonesOf(QStringLiteral("Linked"))->isEmpty());
    }

    void linkedCloneRefusedWhileSourceInUse()
    {
        const VmBundle base = mustCreate(QStringLiteral("Running"));
        auto lock = VmLock::acquire(base.path);
        QVERIFY(lock.ok());
        const QStringList before = snapshot(root());
        auto r = library().cloneLinked(QStringLiteral("Running"), QStringLiteral("Copy"));
        QCOMPARE(r.error().code, ErrorCode::Locked);
        QVERIFY2(r.error().message.contains(QStringLiteral("linked clone")),
                 qPrintable(r.error().message));
        QCOMPARE(snapshot(root()), before);
    }

    void fullCloneCopiesEveryDisk()
    {
        VmLibrary lib = library();
        QVERIFY(!mustCreate(QStringLiteral("Src"), {NewDisk{QStringLiteral("disk0"), 8 * kMiB,
                                                            QStringLiteral("qcow2"), DiskBus::Ide},
                                                    NewDisk{QStringLiteral("disk1"), 4 * kMiB,
                                                            QStringLiteral("raw"), DiskBus::Ide}})
                     .path.isEmpty());
        // Cloning a linked clone flattens it: the full clone has no backing file.
        QVERIFY(lib.cloneLinked(QStringLiteral("Src"), QStringLiteral("Mid")).ok());

        std::unique_ptr<CloneJob> job(lib.cloneFull(QStringLiteral("Mid"), QStringLiteral("Full")));
        QSignalSpy progress(job.get(), &Job::progressChanged);
        QSignalSpy succeeded(job.get(), &Job::succeeded);
        QSignalSpy failed(job.get(), &Job::failed);
        job->start();
        QVERIFY(job->waitForFinished(60000));
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(failed.size(), 0);

        QStringList stages;
        int last = -1;
        for (const QList<QVariant> &args : progress) {
            const int p = args.at(0).toInt();
            QVERIFY2(p >= last, "progress went backwards");
            last = p;
            stages << args.at(1).toString();
        }
        QCOMPARE(last, 100);
        QVERIFY2(stages.join(u'|').contains(QStringLiteral("disk0 (1 of 2)")),
                 qPrintable(stages.join(u'|')));
        QVERIFY(stages.join(u'|').contains(QStringLiteral("disk1 (2 of 2)")));

        const VmBundle &full = job->bundle();
        QCOMPARE(full.name(), QStringLiteral("Full"));
        verifyVmJson(full);
        const VmBundle mid = *lib.open(QStringLiteral("Mid"));
        QVERIFY(full.config.uuid != mid.config.uuid);
        QVERIFY(full.config.nics[0].mac != mid.config.nics[0].mac);
        for (const DiskConfig &d : full.config.disks) {
            QCOMPARE(d.path, QStringLiteral("disks/%1.qcow2").arg(d.node));
            auto info = DiskImage::info(full.diskPath(d));
            QVERIFY2(info.ok(), qPrintable(info.error().toString()));
            QCOMPARE(info->format, QStringLiteral("qcow2"));
            QVERIFY2(info->backingFile.isEmpty(), qPrintable(info->backingFile));
        }
        QCOMPARE(DiskImage::info(full.diskPath(full.config.disks[1]))->virtualSizeBytes, 4 * kMiB);
        QCOMPARE(lib.list()->size(), 3);
        QVERIFY(hiddenLeftovers(root()).isEmpty());
        QVERIFY(!VmLock::isLocked(mid.path)); // the source lock is given back
    }

    void fullCloneCancelLeavesNothing()
    {
        VmLibrary lib = library();
        QVERIFY(!mustCreate(QStringLiteral("Src"), {NewDisk{QStringLiteral("disk0"), 8 * kMiB,
                                                            QStringLiteral("qcow2"), DiskBus::Ide},
                                                    NewDisk{QStringLiteral("disk1"), 8 * kMiB,
                                                            QStringLiteral("qcow2"), DiskBus::Ide}})
                     .path.isEmpty());
        const QStringList before = snapshot(root());

        // Canceled while the second disk is being copied: the first copy must go too.
        std::unique_ptr<CloneJob> job(lib.cloneFull(QStringLiteral("Src"), QStringLiteral("Copy")));
        bool sawSecond = false;
        connect(job.get(), &Job::progressChanged, this, [&](int, const QString &stage) {
            if (stage.contains(QStringLiteral("2 of 2")) && !sawSecond) {
                sawSecond = true;
                job->cancel();
            }
        });
        QSignalSpy canceled(job.get(), &Job::canceled);
        job->start();
        QVERIFY(job->waitForFinished(60000));
        QVERIFY(sawSecond);
        QCOMPARE(job->state(), Job::State::Canceled);
        QCOMPARE(canceled.size(), 1);
        QCOMPARE(snapshot(root()), before);

        // Canceled before it started.
        std::unique_ptr<CloneJob> early(
            lib.cloneFull(QStringLiteral("Src"), QStringLiteral("Copy")));
        early->cancel();
        early->start();
        QVERIFY(early->waitForFinished(10000));
        QCOMPARE(early->state(), Job::State::Canceled);

        // Canceled right after start (qemu-img not yet running or just started).
        std::unique_ptr<CloneJob> quick(
            lib.cloneFull(QStringLiteral("Src"), QStringLiteral("Copy")));
        quick->start();
        quick->cancel();
        QVERIFY(quick->waitForFinished(10000));
        QCOMPARE(quick->state(), Job::State::Canceled);

        // Destroyed while running.
        std::unique_ptr<CloneJob> dropped(
            lib.cloneFull(QStringLiteral("Src"), QStringLiteral("Copy")));
        dropped->start();
        dropped.reset();

        QCOMPARE(snapshot(root()), before);
        QVERIFY(!VmLock::isLocked(lib.bundlePathFor(QStringLiteral("Src"))));
    }

    void fullCloneErrorsComeThroughTheJob()
    {
        VmLibrary lib = library();
        const VmBundle src = mustCreate(QStringLiteral("Src"));
        QVERIFY(!mustCreate(QStringLiteral("Taken"), {}).path.isEmpty());
        const QStringList before = snapshot(root());
        const QList<QPair<QString, ErrorCode>> cases = {
            {QStringLiteral("Taken"), ErrorCode::AlreadyExists},
            {QStringLiteral("../x"), ErrorCode::InvalidArgument},
        };
        for (const auto &[name, code] : cases) {
            std::unique_ptr<CloneJob> job(lib.cloneFull(QStringLiteral("Src"), name));
            QSignalSpy failed(job.get(), &Job::failed);
            job->start();
            QVERIFY(job->waitForFinished(10000));
            QCOMPARE(failed.size(), 1);
            QCOMPARE(job->error().code, code);
        }
        auto lock = VmLock::acquire(src.path);
        std::unique_ptr<CloneJob> job(lib.cloneFull(QStringLiteral("Src"), QStringLiteral("C")));
        job->start();
        QVERIFY(job->waitForFinished(10000));
        QCOMPARE(job->error().code, ErrorCode::Locked);
        QCOMPARE(snapshot(root()), before);
    }

    void passthroughDisksAreReferenced()
    {
        const QString hostDisk = m_dir->path() + QStringLiteral("/host.raw");
        QVERIFY(DiskImage::createNow(hostDisk, kMiB, QStringLiteral("raw")).ok());
        VmConfig c = sample(QStringLiteral("Pass"));
        c.disks.append(
            {QStringLiteral("hd"), hostDisk, QStringLiteral("raw"), DiskBus::Ide, false, true, {}});
        QVERIFY(library().create(c, oneDisk()).ok());
        VmLibrary lib = library();
        auto linked = lib.cloneLinked(QStringLiteral("Pass"), QStringLiteral("PassLinked"));
        QVERIFY2(linked.ok(), qPrintable(linked.error().toString()));
        std::unique_ptr<CloneJob> job(
            lib.cloneFull(QStringLiteral("Pass"), QStringLiteral("PassFull")));
        job->start();
        QVERIFY(job->waitForFinished(60000));
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        for (const VmBundle &b : {*linked, job->bundle()}) {
            const DiskConfig *hd = b.config.findDisk(QStringLiteral("hd"));
            QVERIFY(hd);
            QCOMPARE(hd->path, hostDisk);
            QVERIFY(hd->passthrough);
            QVERIFY(!QFileInfo::exists(b.disksDir() + QStringLiteral("/hd.qcow2")));
            QVERIFY(QFileInfo::exists(b.disksDir() + QStringLiteral("/disk0.qcow2")));
        }
    }

    // ---- remove / trash --------------------------------------------------------------------

    void removeMovesToTrash()
    {
        const VmBundle b = mustCreate(QStringLiteral("Gone"));
        VmLibrary lib = library();
        QVERIFY(lib.remove(QStringLiteral("Gone")).ok());
        QVERIFY(!QFileInfo::exists(b.path));
        QVERIFY(lib.list()->isEmpty());
        QCOMPARE(lib.open(QStringLiteral("Gone")).error().code, ErrorCode::NotFound);
        QStringList trash = lib.trashed();
        QCOMPARE(trash.size(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("/\\.trash/Gone-\\d{8}-\\d{6}\\.emanon$"))
                    .match(trash[0])
                    .hasMatch());
        QVERIFY(QFileInfo(trash[0] + QStringLiteral("/disks/disk0.qcow2")).isFile());

        // The name is free again, and a second delete in the same second does not collide.
        QVERIFY(!mustCreate(QStringLiteral("Gone")).path.isEmpty());
        QVERIFY(lib.remove(QStringLiteral("gone")).ok());
        QCOMPARE(lib.trashed().size(), 2);
        QVERIFY(lib.emptyTrash().ok());
        QVERIFY(lib.trashed().isEmpty());
        QCOMPARE(
            QDir(lib.trashPath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList());
    }

    void removeRefusedWhileLocked()
    {
        const VmBundle b = mustCreate(QStringLiteral("InUse"), {});
        auto lock = VmLock::acquire(b.path);
        QVERIFY(lock.ok());
        const QStringList before = snapshot(root());
        const Status st = library().remove(QStringLiteral("InUse"));
        QCOMPARE(st.error().code, ErrorCode::Locked);
        QVERIFY(st.error().message.contains(QStringLiteral("\"InUse\"")));
        QCOMPARE(snapshot(root()), before);
        lock->release();
        QVERIFY(library().remove(QStringLiteral("InUse")).ok());
    }

    // ---- VmLock ----------------------------------------------------------------------------

    void lockExcludesAnotherProcess()
    {
        const VmBundle b = mustCreate(QStringLiteral("Locked"), {});
        auto lock = VmLock::acquire(b.path);
        QVERIFY2(lock.ok(), qPrintable(lock.error().toString()));
        QVERIFY(lock->isHeld());
        QVERIFY(lock->fd() >= 0);
        QVERIFY(VmLock::isLocked(b.path));
        QCOMPARE(VmLock::holderPid(b.path), std::optional<qint64>(::getpid()));

        int code = -1;
        QString out = runHelper(QStringLiteral("try"), b.path, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QString::number(::getpid())), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("\"Locked\"")));

        // A second lock in the same process conflicts too.
        QCOMPARE(VmLock::acquire(b.path).error().code, ErrorCode::Locked);

        VmLock moved = std::move(*lock);
        QVERIFY(!lock->isHeld());
        QVERIFY(VmLock::isLocked(b.path));
        moved.release();
        QVERIFY(!VmLock::isLocked(b.path));
        out = runHelper(QStringLiteral("try"), b.path, &code);
        QCOMPARE(code, 0);
        QVERIFY(out.contains(QStringLiteral("acquired")));
        QVERIFY(!VmLock::isLocked(b.path)); // the helper exited, and with it its lock
    }

    void lockHeldByAnotherProcess()
    {
        const VmBundle b = mustCreate(QStringLiteral("Held"), {});
        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--lock-helper"), QStringLiteral("hold"), b.path});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));
        QVERIFY(VmLock::isLocked(b.path));
        auto refused = VmLock::acquire(b.path);
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QVERIFY2(refused.error().message.contains(QString::number(holder.processId())),
                 qPrintable(refused.error().message));
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(!VmLock::isLocked(b.path));
        QVERIFY(VmLock::acquire(b.path).ok());
    }

    void lockLivesInChildThatInheritedIt()
    {
        const VmBundle b = mustCreate(QStringLiteral("Inherit"), {});
        auto lock = VmLock::acquire(b.path);
        QVERIFY(lock.ok());
        const int fd = lock->fd();
        QProcess child; // stands in for QEMU
        child.setChildProcessModifier([fd] { ::fcntl(fd, F_SETFD, 0); });
        child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(lock->releaseToChild(child.processId()).ok());
        QVERIFY(!lock->isHeld());

        QVERIFY(VmLock::isLocked(b.path));
        auto refused = VmLock::acquire(b.path);
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QVERIFY2(refused.error().message.contains(QString::number(child.processId())),
                 qPrintable(refused.error().message));
        int code = -1;
        runHelper(QStringLiteral("try"), b.path, &code);
        QCOMPARE(code, 1);

        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(!VmLock::isLocked(b.path));
        QVERIFY(VmLock::acquire(b.path).ok());
    }

    void lockIsNotInheritedByAccident()
    {
        const VmBundle b = mustCreate(QStringLiteral("Cloexec"), {});
        auto lock = VmLock::acquire(b.path);
        QVERIFY(lock.ok());
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(child.waitForStarted(10000));
        lock->release();
        const bool lockedAfter = VmLock::isLocked(b.path);
        child.kill();
        child.waitForFinished(10000);
        QVERIFY(!lockedAfter);
    }

    void lockOnMissingBundle()
    {
        const QString missing = m_dir->path() + QStringLiteral("/nothing.emanon");
        QCOMPARE(VmLock::acquire(missing).error().code, ErrorCode::NotFound);
        QVERIFY(!VmLock::isLocked(missing));
        QVERIFY(!QFileInfo::exists(missing));
        const VmBundle b = mustCreate(QStringLiteral("Fresh"), {});
        QVERIFY(!VmLock::isLocked(b.path)); // no lock file yet
        QVERIFY(!VmLock::holderPid(b.path));
    }

    // ---- defaults --------------------------------------------------------------------------

    void defaultRootFollowsEnvironment()
    {
        const QByteArray old = qgetenv("EMANON_LIBRARY");
        qputenv("EMANON_LIBRARY", "/srv/vms/");
        QCOMPARE(VmLibrary::defaultRoot(), QStringLiteral("/srv/vms"));
        qunsetenv("EMANON_LIBRARY");
        QVERIFY2(VmLibrary::defaultRoot().endsWith(QStringLiteral("/emanon/vms")),
                 qPrintable(VmLibrary::defaultRoot()));
        if (!old.isNull())
            qputenv("EMANON_LIBRARY", old);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--lock-helper") == 0)
        return lockHelper(argv[2], argv[3]);
    // What QTEST_GUILESS_MAIN expands to, after the helper mode above.
    QCoreApplication app(argc, argv);
    TstVmLibrary tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_vmlibrary.moc"
