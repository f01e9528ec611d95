#include "engine/library/vmlibrary.h"

#include "engine/core/atomicfile.h"
#include "engine/library/clonejob.h"
#include "engine/library/linkedclones.h"
#include "engine/library/savedstate.h"
#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QCollator>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Engine {

namespace {

const QLatin1String kBundleSuffix(".emanon");
const QLatin1String kTempPrefix(".tmp-");

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Removes a folder when it goes out of scope unless told to keep it: every early return of a
// create/clone cleans up without repeating itself.
class TempDirGuard
{
public:
    explicit TempDirGuard(QString path) : m_path(std::move(path)) {}
    ~TempDirGuard()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    TempDirGuard(const TempDirGuard &) = delete;
    TempDirGuard &operator=(const TempDirGuard &) = delete;
    void keep() { m_path.clear(); }

private:
    QString m_path;
};

// rename(2) that never replaces the target: rename() would silently replace an empty folder.
// Returns 0 or an errno.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    // File systems without RENAME_NOREPLACE: check, then rename (a small race remains).
    struct stat st
    {
    };
    if (::lstat(dst.constData(), &st) == 0)
        return EEXIST;
    return ::rename(src.constData(), dst.constData()) == 0 ? 0 : errno;
}

// Makes a rename inside `dir` durable (the entry change itself needs the folder synced).
void syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString extensionFor(const QString &format)
{
    if (format == QLatin1String("raw"))
        return QStringLiteral("img");
    if (format == QLatin1String("vpc"))
        return QStringLiteral("vhd");
    return format; // qcow2, vmdk, vdi, vhdx
}

bool isRelative(const QString &path)
{
    return !path.isEmpty() && QDir::isRelativePath(path);
}

} // namespace

// ---- VmBundle -------------------------------------------------------------------------------

QString VmBundle::name() const
{
    QString n = QFileInfo(path).fileName();
    if (n.endsWith(kBundleSuffix))
        n.chop(kBundleSuffix.size());
    return n;
}

QString VmBundle::vmJsonPath() const
{
    return path + QStringLiteral("/vm.json");
}
QString VmBundle::disksDir() const
{
    return path + QStringLiteral("/disks");
}
QString VmBundle::logDir() const
{
    return path + QStringLiteral("/log");
}
QString VmBundle::screenshotsDir() const
{
    return path + QStringLiteral("/screenshots");
}
QString VmBundle::snapshotsJsonPath() const
{
    return path + QStringLiteral("/snapshots.json");
}

QString VmBundle::diskPath(const DiskConfig &disk) const
{
    return resolve(disk.path);
}

QString VmBundle::resolve(const QString &maybeRelative) const
{
    if (!isRelative(maybeRelative))
        return maybeRelative;
    return QDir::cleanPath(path + QLatin1Char('/') + maybeRelative);
}

// ---- VmLibrary: finding --------------------------------------------------------------------

VmLibrary::VmLibrary(const QString &root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString VmLibrary::defaultRoot()
{
    const QString fromEnv = qEnvironmentVariable("EMANON_LIBRARY");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir::cleanPath(base + QStringLiteral("/emanon/vms"));
}

QString VmLibrary::bundlePathFor(const QString &name) const
{
    return m_root + QLatin1Char('/') + name + kBundleSuffix;
}

QString VmLibrary::trashPath() const
{
    return m_root + QStringLiteral("/.trash");
}

Status VmLibrary::ensureExists() const
{
    const QFileInfo info(m_root);
    if (info.exists() && !info.isDir()) {
        return Error(
            ErrorCode::Io,
            tr("The VM library %1 is not a folder. Choose another library folder.").arg(m_root));
    }
    if (!info.exists() && !QDir().mkpath(m_root)) {
        return Error(ErrorCode::Io,
                     tr("Cannot create the VM library folder %1. Check that its parent folder "
                        "exists and is writable, or choose another library folder.")
                         .arg(m_root));
    }
    if (::access(QFile::encodeName(m_root).constData(), W_OK | X_OK) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io,
                     tr("The VM library %1 is not writable. Fix its permissions or choose "
                        "another library folder.")
                         .arg(m_root),
                     errnoText(err));
    }
    return {};
}

Result<VmEntry> VmLibrary::loadEntry(const QString &bundlePath) const
{
    VmEntry entry;
    entry.path = bundlePath;
    entry.name = VmBundle{bundlePath, {}}.name();
    const QString jsonPath = bundlePath + QStringLiteral("/vm.json");
    Result<QByteArray> bytes = readFile(jsonPath);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound) {
            entry.error = Error(ErrorCode::ConfigParse,
                                tr("The VM \"%1\" has no definition (vm.json). Restore it from a "
                                   "backup or delete the VM.")
                                    .arg(entry.name),
                                jsonPath);
        } else {
            entry.error = bytes.error();
            entry.error.details = jsonPath + QStringLiteral(": ") + entry.error.details;
        }
        return entry;
    }
    Result<VmConfig> config = VmConfig::fromJson(*bytes);
    if (!config) {
        entry.error = config.error();
        entry.error.details = entry.error.details.isEmpty()
                                  ? jsonPath
                                  : jsonPath + QStringLiteral(": ") + entry.error.details;
        return entry;
    }
    entry.config = std::move(config).value();
    entry.config.name = entry.name; // the folder is the identity
    return entry;
}

VmEntry VmLibrary::entryAt(const QString &bundlePath)
{
    const VmLibrary folder(QFileInfo(bundlePath).absolutePath());
    return *folder.loadEntry(QDir::cleanPath(QFileInfo(bundlePath).absoluteFilePath()));
}

Result<QList<VmEntry>> VmLibrary::list() const
{
    QList<VmEntry> entries;
    const QFileInfo rootInfo(m_root);
    if (!rootInfo.exists())
        return entries;
    if (!rootInfo.isDir() || !rootInfo.isReadable()) {
        return Error(ErrorCode::Io,
                     tr("Cannot read the VM library %1. Check that it is a folder you can "
                        "read.")
                         .arg(m_root));
    }
    // Hidden entries (.trash, .tmp-*) are skipped: QDir::Hidden is not asked for.
    const QFileInfoList dirs = QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &dir : dirs) {
        const QString fileName = dir.fileName();
        if (!fileName.endsWith(kBundleSuffix) || fileName.size() == kBundleSuffix.size())
            continue;
        Result<VmEntry> entry = loadEntry(m_root + QLatin1Char('/') + fileName);
        if (entry)
            entries.append(std::move(entry).value());
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(entries.begin(), entries.end(), [&](const VmEntry &a, const VmEntry &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return entries;
}

Result<VmEntry> VmLibrary::findEntry(const QString &nameOrUuid) const
{
    Result<QList<VmEntry>> entries = list();
    if (!entries)
        return entries.error();
    for (const VmEntry &e : *entries) {
        if (e.name == nameOrUuid)
            return e;
    }
    for (const VmEntry &e : *entries) {
        if (e.name.compare(nameOrUuid, Qt::CaseInsensitive) == 0)
            return e;
    }
    const QUuid uuid = QUuid::fromString(nameOrUuid);
    if (!uuid.isNull()) {
        QList<VmEntry> hits;
        for (const VmEntry &e : *entries) {
            if (e.ok() && e.config.uuid == uuid)
                hits.append(e);
        }
        if (hits.size() == 1)
            return hits.first();
        if (hits.size() > 1) {
            QStringList names;
            for (const VmEntry &e : hits)
                names.append(e.name);
            return Error(
                ErrorCode::AlreadyExists,
                tr("Several VMs have the UUID %1 (%2): they are copies of one VM. Open "
                   "one of them by name.")
                    .arg(uuid.toString(QUuid::WithoutBraces), names.join(QStringLiteral(", "))));
        }
    }
    return Error(ErrorCode::NotFound,
                 tr("There is no VM \"%1\" in the library %2. Run \"emanonctl list\" to see "
                    "the VMs there.")
                     .arg(nameOrUuid, m_root));
}

Result<VmBundle> VmLibrary::open(const QString &nameOrUuid) const
{
    Result<VmEntry> entry = findEntry(nameOrUuid);
    if (!entry)
        return entry.error();
    if (!entry->ok()) {
        return Error(
            entry->error.code,
            tr("The VM \"%1\" cannot be opened. %2").arg(entry->name, entry->error.message),
            entry->error.details);
    }
    return VmBundle{entry->path, entry->config};
}

Status VmLibrary::checkNameFree(const QString &name, const QString &exceptPath) const
{
    const QStringList dirs =
        QDir(m_root).entryList(QDir::Dirs | QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    const QString wanted = name + kBundleSuffix;
    const QString except = QFileInfo(exceptPath).fileName();
    for (const QString &d : dirs) {
        if (d.compare(wanted, Qt::CaseInsensitive) == 0 && d != except) {
            QString existing = d;
            existing.chop(kBundleSuffix.size());
            return Error(ErrorCode::AlreadyExists,
                         tr("A VM named \"%1\" already exists. Choose another name.").arg(existing),
                         m_root + QLatin1Char('/') + d);
        }
    }
    return {};
}

QString VmLibrary::randomMac()
{
    QRandomGenerator *rng = QRandomGenerator::global();
    return QStringLiteral("52:54:00:%1:%2:%3")
        .arg(rng->bounded(256), 2, 16, QLatin1Char('0'))
        .arg(rng->bounded(256), 2, 16, QLatin1Char('0'))
        .arg(rng->bounded(256), 2, 16, QLatin1Char('0'));
}

namespace {

// Every NIC without a MAC (or, with `all`, every NIC) gets a fresh one, unique in the VM.
void assignMacs(VmConfig &config, bool all)
{
    QStringList used;
    for (const NicConfig &n : config.nics) {
        if (!all && !n.mac.isEmpty())
            used.append(n.mac.toLower());
    }
    for (NicConfig &n : config.nics) {
        if (!all && !n.mac.isEmpty())
            continue;
        QString mac;
        do {
            mac = VmLibrary::randomMac();
        } while (used.contains(mac));
        used.append(mac);
        n.mac = mac;
    }
}

struct LibraryTr
{
    Q_DECLARE_TR_FUNCTIONS(VmLibrary)
};

Error invalidConfig(const QString &name, const QList<Error> &problems)
{
    QStringList messages;
    QStringList details;
    for (const Error &e : problems) {
        messages.append(e.message);
        details.append(e.details + QStringLiteral(": ") + e.message);
    }
    return Error(ErrorCode::ConfigInvalid,
                 LibraryTr::tr("The settings of \"%1\" are not valid: %2")
                     .arg(name, messages.join(QLatin1Char(' '))),
                 details.join(QLatin1Char('\n')));
}

// Appends the new disks to the config as disks/<node>.<ext>. Relative paths already in the
// config would point into a folder that has nothing yet: only absolute ones may be given.
Status addNewDisks(VmConfig &config, const QList<NewDisk> &newDisks)
{
    for (const DiskConfig &d : std::as_const(config.disks)) {
        if (isRelative(d.path)) {
            return Error(
                ErrorCode::InvalidArgument,
                LibraryTr::tr("The disk %1 refers to %2 inside the new VM's folder, where there is "
                              "nothing yet. Give an absolute path to use an existing image.")
                    .arg(d.node, d.path));
        }
    }
    for (const NewDisk &nd : newDisks) {
        if (nd.sizeBytes <= 0) {
            return Error(ErrorCode::InvalidArgument,
                         LibraryTr::tr("The new disk %1 needs a size above zero.").arg(nd.node));
        }
        DiskConfig d;
        d.node = nd.node;
        d.path = QStringLiteral("disks/") + nd.node + QLatin1Char('.') + extensionFor(nd.format);
        d.format = nd.format;
        d.bus = nd.bus;
        config.disks.append(d);
    }
    return {};
}

Error lockRefusal(const Error &lockError, const QString &sentence)
{
    if (lockError.code != ErrorCode::Locked)
        return lockError;
    return Error(ErrorCode::Locked, sentence + QLatin1Char(' ') + lockError.message,
                 lockError.details);
}

} // namespace

// ---- VmLibrary: creating -------------------------------------------------------------------

Result<QString> VmLibrary::makeTempBundle(const QUuid &uuid) const
{
    const QString temp =
        m_root + QLatin1Char('/') + kTempPrefix + uuid.toString(QUuid::WithoutBraces);
    // 0700: a bundle holds the guest's disks and possibly a SPICE password; the folder's mode
    // guards everything inside whatever the umask gives the files.
    if (::mkdir(QFile::encodeName(temp).constData(), 0700) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io,
                     tr("Cannot create a folder in the VM library %1. Check that it is writable "
                        "and that the disk is not full.")
                         .arg(m_root),
                     temp + QStringLiteral(": ") + errnoText(err));
    }
    TempDirGuard guard(temp);
    for (const char *sub : {"disks", "screenshots", "log"}) {
        const QString dir = temp + QLatin1Char('/') + QLatin1String(sub);
        if (::mkdir(QFile::encodeName(dir).constData(), 0755) != 0) {
            const int err = errno;
            return Error(ErrorCode::Io,
                         tr("Cannot create a folder in the VM library %1. Check that the disk "
                            "is not full.")
                             .arg(m_root),
                         dir + QStringLiteral(": ") + errnoText(err));
        }
    }
    guard.keep();
    return temp;
}

Result<VmBundle> VmLibrary::commitBundle(const QString &tempPath, VmConfig config) const
{
    if (Status st = writeFileAtomic(tempPath + QStringLiteral("/vm.json"), config.toJson()); !st)
        return st.error();
    const QString finalPath = bundlePathFor(config.name);
    if (const int err = renameNoReplace(tempPath, finalPath); err != 0) {
        if (err == EEXIST || err == ENOTEMPTY) {
            return Error(
                ErrorCode::AlreadyExists,
                tr("A VM named \"%1\" already exists. Choose another name.").arg(config.name),
                finalPath);
        }
        return Error(
            ErrorCode::Io,
            tr("Cannot move the new VM \"%1\" into the library %2.").arg(config.name, m_root),
            finalPath + QStringLiteral(": ") + errnoText(err));
    }
    syncDir(m_root);
    return VmBundle{finalPath, std::move(config)};
}

Result<VmBundle> VmLibrary::create(VmConfig config, const QList<NewDisk> &newDisks)
{
    if (const QString problem = VmConfig::nameProblem(config.name); !problem.isEmpty())
        return Error(ErrorCode::InvalidArgument, problem, QStringLiteral("name"));
    if (Status st = ensureExists(); !st)
        return st.error();
    if (Status st = checkNameFree(config.name); !st)
        return st.error();

    if (config.uuid.isNull()) {
        config.uuid = QUuid::createUuid();
    } else {
        Result<QList<VmEntry>> entries = list();
        if (!entries)
            return entries.error();
        for (const VmEntry &e : *entries) {
            if (e.ok() && e.config.uuid == config.uuid) {
                return Error(ErrorCode::AlreadyExists,
                             tr("The VM \"%1\" already has the UUID %2. Leave the UUID empty to "
                                "get a new one.")
                                 .arg(e.name, config.uuid.toString(QUuid::WithoutBraces)));
            }
        }
    }
    assignMacs(config, false);

    if (Status st = addNewDisks(config, newDisks); !st)
        return st.error();
    // Validated with the new disks in: a bad or duplicate node name never reaches a path.
    if (const QList<Error> problems = config.validate(HostLimits::current()); !problems.isEmpty())
        return invalidConfig(config.name, problems);

    Result<QString> temp = makeTempBundle(config.uuid);
    if (!temp)
        return temp.error();
    TempDirGuard guard(*temp);
    VmBundle staged{*temp, config};
    for (const NewDisk &nd : newDisks) {
        const DiskConfig *d = config.findDisk(nd.node);
        if (Status st = DiskImage::createNow(staged.diskPath(*d), nd.sizeBytes, nd.format); !st) {
            return Error(st.error().code,
                         tr("Creating the disk %1 of \"%2\" failed. %3")
                             .arg(nd.node, config.name, st.error().message),
                         st.error().details);
        }
    }
    Result<VmBundle> bundle = commitBundle(*temp, std::move(config));
    if (bundle)
        guard.keep();
    return bundle;
}

// ---- VmLibrary: changing -------------------------------------------------------------------

Status VmLibrary::save(const VmBundle &bundle) const
{
    if (!QFileInfo(bundle.path).isDir()) {
        return Error(ErrorCode::NotFound,
                     tr("The VM \"%1\" does not exist any more. Run \"emanonctl list\" to see "
                        "the VMs.")
                         .arg(bundle.name()),
                     bundle.path);
    }
    if (bundle.config.name != bundle.name()) {
        return Error(ErrorCode::InvalidArgument,
                     tr("The VM \"%1\" cannot be saved under the name \"%2\". Rename the VM "
                        "instead.")
                         .arg(bundle.name(), bundle.config.name));
    }
    if (const QList<Error> problems = bundle.config.validate(HostLimits::current());
        !problems.isEmpty()) {
        return invalidConfig(bundle.name(), problems);
    }
    if (auto locked = SavedState::configLockRefusal(bundle.path, bundle.config))
        return *locked;
    return writeFileAtomic(bundle.vmJsonPath(), bundle.config.toJson());
}

Status VmLibrary::refuseIfBacking(const VmBundle &bundle, const QString &sentence) const
{
    Result<QStringList> clones = linkedClonesOf(bundle.name());
    if (!clones)
        return clones.error();
    if (clones->isEmpty())
        return {};
    return Error(ErrorCode::StateRefused,
                 sentence + QLatin1Char(' ') +
                     tr("The linked clones %1 use its disks. Delete them first.")
                         .arg(clones->join(QStringLiteral(", "))));
}

Result<VmBundle> VmLibrary::rename(const QString &nameOrUuid, const QString &newName)
{
    if (const QString problem = VmConfig::nameProblem(newName); !problem.isEmpty())
        return Error(ErrorCode::InvalidArgument, problem, QStringLiteral("name"));
    Result<VmBundle> opened = open(nameOrUuid);
    if (!opened)
        return opened.error();
    VmBundle bundle = std::move(opened).value();
    if (bundle.name() == newName)
        return bundle;
    if (Status st = checkNameFree(newName, bundle.path); !st)
        return st.error();
    const QString oldName = bundle.name();
    Result<VmLock> lock = VmLock::acquire(bundle.path);
    if (!lock) {
        return lockRefusal(lock.error(),
                           tr("\"%1\" cannot be renamed while it is in use.").arg(oldName));
    }
    if (Status st = refuseIfBacking(bundle, tr("\"%1\" cannot be renamed.").arg(oldName)); !st)
        return st.error();

    const QString newPath = bundlePathFor(newName);
    if (const int err = renameNoReplace(bundle.path, newPath); err != 0) {
        if (err == EEXIST || err == ENOTEMPTY) {
            return Error(ErrorCode::AlreadyExists,
                         tr("A VM named \"%1\" already exists. Choose another name.").arg(newName),
                         newPath);
        }
        return Error(ErrorCode::Io, tr("Cannot rename the folder of \"%1\".").arg(oldName),
                     newPath + QStringLiteral(": ") + errnoText(err));
    }
    VmBundle renamed{newPath, bundle.config};
    renamed.config.name = newName;
    if (Status st = writeFileAtomic(renamed.vmJsonPath(), renamed.config.toJson()); !st) {
        Error error = st.error();
        if (const int err = renameNoReplace(newPath, bundle.path); err != 0) {
            error.details += QStringLiteral("\nRenaming %1 back to %2 failed too: %3")
                                 .arg(newPath, bundle.path, errnoText(err));
        }
        syncDir(m_root);
        return error;
    }
    syncDir(m_root);
    return renamed;
}

Status VmLibrary::remove(const QString &nameOrUuid)
{
    Result<VmEntry> found = findEntry(nameOrUuid);
    if (!found)
        return found.error();
    const VmEntry &entry = *found;
    Result<VmLock> lock = VmLock::acquire(entry.path);
    if (!lock) {
        return lockRefusal(lock.error(),
                           tr("\"%1\" cannot be deleted while it is in use.").arg(entry.name));
    }
    if (Status st = refuseIfBacking(VmBundle{entry.path, entry.config},
                                    tr("\"%1\" cannot be deleted.").arg(entry.name));
        !st) {
        return st;
    }
    const QString trash = trashPath();
    if (!QDir().mkpath(trash)) {
        return Error(ErrorCode::Io,
                     tr("Cannot create the trash folder %1. Check that the library is "
                        "writable.")
                         .arg(trash));
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = trash + QLatin1Char('/') + entry.name + QLatin1Char('-') + stamp;
    for (int n = 1; n < 1000; ++n) {
        const QString target = n == 1
                                   ? base + kBundleSuffix
                                   : base + QLatin1Char('-') + QString::number(n) + kBundleSuffix;
        const int err = renameNoReplace(entry.path, target);
        if (err == 0) {
            syncDir(m_root);
            syncDir(trash);
            return {};
        }
        if (err != EEXIST && err != ENOTEMPTY) {
            return Error(ErrorCode::Io, tr("Cannot move \"%1\" to the trash.").arg(entry.name),
                         target + QStringLiteral(": ") + errnoText(err));
        }
    }
    return Error(ErrorCode::Io, tr("Cannot move \"%1\" to the trash.").arg(entry.name), base);
}

QStringList VmLibrary::trashed() const
{
    QStringList paths;
    const QStringList names =
        QDir(trashPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &n : names)
        paths.append(trashPath() + QLatin1Char('/') + n);
    return paths;
}

Status VmLibrary::emptyTrash()
{
    QStringList kept;
    QStringList failed;
    const QStringList paths = trashed();
    for (const QString &p : paths) {
        if (VmLock::isLocked(p))
            kept.append(p);
        else if (!QDir(p).removeRecursively())
            failed.append(p);
    }
    if (!kept.isEmpty()) {
        return Error(
            ErrorCode::Locked,
            tr("%n VM(s) in the trash are in use and were kept.", nullptr, int(kept.size())),
            kept.join(QLatin1Char('\n')));
    }
    if (!failed.isEmpty()) {
        return Error(ErrorCode::Io,
                     tr("Some files in the trash could not be deleted. Check their "
                        "permissions."),
                     failed.join(QLatin1Char('\n')));
    }
    return {};
}

Result<QStringList> VmLibrary::linkedClonesOf(const QString &nameOrUuid) const
{
    Result<VmEntry> target = findEntry(nameOrUuid);
    if (!target)
        return target.error();
    Result<QList<VmEntry>> entries = list();
    if (!entries)
        return entries.error();
    return linkedClonesAmong(*entries).value(target->path);
}

// ---- Cloning -------------------------------------------------------------------------------

Result<VmLibrary::ClonePlan> VmLibrary::prepareClone(const QString &source, const QString &newName,
                                                     bool linked) const
{
    if (const QString problem = VmConfig::nameProblem(newName); !problem.isEmpty())
        return Error(ErrorCode::InvalidArgument, problem, QStringLiteral("name"));
    if (Status st = ensureExists(); !st)
        return st.error();
    Result<VmBundle> src = open(source);
    if (!src)
        return src.error();
    Result<VmLock> lock = VmLock::acquire(src->path);
    if (!lock) {
        const QString why =
            linked ? tr("A linked clone of \"%1\" cannot be made while it is in use: the clone "
                        "would see its disks change underneath.")
                         .arg(src->name())
                   : tr("\"%1\" cannot be cloned while it is in use.").arg(src->name());
        return lockRefusal(lock.error(), why);
    }
    // A suspended VM's disks belong to its saved memory, which a clone would not get.
    if (SavedState::exists(src->path)) {
        return Error(ErrorCode::StateRefused,
                     tr("\"%1\" is suspended; a clone would get its disks without its saved "
                        "memory. Start it and shut it down, or discard its saved state, then "
                        "clone it.")
                         .arg(src->name()),
                     SavedState::metaPath(src->path));
    }
    if (Status st = checkNameFree(newName); !st)
        return st.error();

    ClonePlan plan;
    plan.source = std::move(src).value();
    plan.lock = std::move(lock).value();
    plan.config = plan.source.config;
    plan.config.name = newName;
    plan.config.uuid = QUuid::createUuid();
    assignMacs(plan.config, true);
    // Files the source refers to relative to its own folder are shared by absolute path.
    for (MediaConfig &m : plan.config.media)
        m.path = plan.source.resolve(m.path);
    plan.config.boot.kernel = plan.source.resolve(plan.config.boot.kernel);
    plan.config.boot.initrd = plan.source.resolve(plan.config.boot.initrd);
    for (DiskConfig &d : plan.config.disks) {
        if (d.passthrough)
            d.path = plan.source.resolve(d.path);
    }
    Result<QString> temp = makeTempBundle(plan.config.uuid);
    if (!temp)
        return temp.error();
    plan.tempPath = *temp;
    return plan;
}

Result<VmBundle> VmLibrary::cloneLinked(const QString &sourceNameOrUuid, const QString &newName)
{
    Result<ClonePlan> prepared = prepareClone(sourceNameOrUuid, newName, true);
    if (!prepared)
        return prepared.error();
    ClonePlan plan = std::move(prepared).value();
    TempDirGuard guard(plan.tempPath);
    const VmBundle staged{plan.tempPath, {}};
    for (DiskConfig &d : plan.config.disks) {
        if (d.passthrough)
            continue;
        const QString base = plan.source.diskPath(d);
        const Result<DiskInfo> info = DiskImage::info(base);
        if (!info) {
            return Error(info.error().code,
                         tr("The disk %1 of \"%2\" cannot be read. %3")
                             .arg(d.node, plan.source.name(), info.error().message),
                         info.error().details);
        }
        const QString overlay = QStringLiteral("disks/") + d.node + QStringLiteral(".qcow2");
        if (Status st = DiskImage::createNow(staged.resolve(overlay), info->virtualSizeBytes,
                                             QStringLiteral("qcow2"), base, info->format);
            !st) {
            return Error(
                st.error().code,
                tr("Creating the linked disk %1 failed. %2").arg(d.node, st.error().message),
                st.error().details);
        }
        d.path = overlay;
        d.format = QStringLiteral("qcow2");
    }
    Result<VmBundle> bundle = commitBundle(plan.tempPath, std::move(plan.config));
    if (bundle)
        guard.keep();
    return bundle;
}

CloneJob *VmLibrary::cloneFull(const QString &sourceNameOrUuid, const QString &newName,
                               QObject *parent) const
{
    return new CloneJob(*this, sourceNameOrUuid, newName, parent);
}

} // namespace Engine
