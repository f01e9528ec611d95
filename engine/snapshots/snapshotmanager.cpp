#include "engine/snapshots/snapshotmanager.h"

#include "engine/backend/vmbackend.h"
#include "engine/library/linkedclones.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Engine {

namespace {

/// The per-VM snapshot lock: an flock on <bundle>/.snapshots.lock, released on close.
class SnapshotLock
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotManager)
public:
    ~SnapshotLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Status acquire(const QString &bundlePath, const QString &vmName)
    {
        const QByteArray path = QFile::encodeName(bundlePath + QStringLiteral("/.snapshots.lock"));
        m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return Error(ErrorCode::Io, tr("The snapshot lock of %1 cannot be opened.").arg(vmName),
                         QString::fromLocal8Bit(strerror(errno)));
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(m_fd);
            m_fd = -1;
            return Error(ErrorCode::Locked,
                         tr("Another snapshot operation on %1 is running. Wait until it has "
                            "ended and try again.")
                             .arg(vmName));
        }
        return {};
    }

private:
    int m_fd = -1;
};

bool isLiveState(VmRunner::State s)
{
    return s == VmRunner::State::Running || s == VmRunner::State::Paused;
}

/// Why a snapshot cannot be taken of, or reverted to on, a suspended VM: its saved memory
/// belongs to its disks exactly as they are (a revert would make the resume corrupt the guest),
/// and a snapshot now would hold the disks in the middle of a run without that memory.
/// Deleting a snapshot leaves what the guest sees alone and stays allowed.
Error savedRefusal(const QString &vmName, bool take)
{
    return Error(ErrorCode::StateRefused,
                 take ? QCoreApplication::translate(
                            "SnapshotManager",
                            "%1 is suspended; a snapshot now would hold its disks without its "
                            "saved memory. Start the VM (it resumes) and take the snapshot while "
                            "it runs, or discard the saved state first.")
                            .arg(vmName)
                      : QCoreApplication::translate(
                            "SnapshotManager",
                            "%1 is suspended, and its saved memory needs its disks as they are. "
                            "Discard the saved state or start the VM first, then revert.")
                            .arg(vmName),
                 VmRunner::stateName(VmRunner::State::Saved));
}

void flatten(const QJsonValue &v, const QString &path, QMap<QString, QString> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            flatten(a.at(i), path + QStringLiteral("[%1]").arg(i), out);
    } else {
        out.insert(path, v.toVariant().toString());
    }
}

} // namespace

struct SnapshotJob::Locks
{
    SnapshotLock snapshots;
    VmLock vm;
};

// ---- SnapshotManager ----------------------------------------------------------------------------

SnapshotManager::SnapshotManager(const VmBundle &vm, VmBackend &backend, QObject *parent)
    : QObject(parent), m_vm(vm), m_backend(backend)
{}

SnapshotManager::~SnapshotManager() = default;

Status SnapshotManager::refresh()
{
    auto tree = SnapshotTree::load(m_vm.snapshotsJsonPath());
    if (!tree) {
        m_tree = SnapshotTree();
        m_loadError = tree.error();
        return tree.error();
    }
    m_tree = *tree;
    m_loadError = Error();
    auto disks = m_backend.diskSnapshots(m_vm);
    if (!disks) {
        m_loadError = disks.error();
        return disks.error();
    }
    m_disks = *disks;
    if (m_tree.reconcile(m_disks))
        return store();
    return {};
}

Status SnapshotManager::store()
{
    Status s = m_tree.save(m_vm.snapshotsJsonPath());
    if (s)
        Q_EMIT treeChanged();
    return s;
}

Status SnapshotManager::reload()
{
    // Reconciling writes the result: only under the lock. While another operation holds it,
    // show the reconciled tree without saving; that operation saves its own.
    SnapshotLock lock;
    const bool locked = lock.acquire(m_vm.path, m_vm.config.name).ok();
    Status s;
    if (locked) {
        s = refresh();
    } else {
        auto tree = SnapshotTree::load(m_vm.snapshotsJsonPath());
        s = tree ? Status() : Status(tree.error());
        m_tree = tree ? *tree : SnapshotTree();
        m_loadError = s.error();
        if (auto disks = m_backend.diskSnapshots(m_vm); tree && disks) {
            m_disks = *disks;
            m_tree.reconcile(m_disks);
        }
    }
    Q_EMIT treeChanged();
    return s;
}

QStringList SnapshotManager::snapshotDisks() const
{
    QStringList out;
    for (const DiskConfig &d : m_vm.config.disks) {
        if (!d.readOnly && !d.passthrough && d.format == QLatin1String("qcow2"))
            out << d.node;
    }
    return out;
}

QStringList SnapshotManager::skippedDisks() const
{
    QStringList out;
    for (const DiskConfig &d : m_vm.config.disks) {
        if (d.readOnly)
            out << d.node;
    }
    return out;
}

std::optional<Error> SnapshotManager::diskRefusal() const
{
    for (const DiskConfig &d : m_vm.config.disks) {
        if (d.readOnly)
            continue;
        if (d.passthrough)
            return Error(ErrorCode::Unsupported,
                         tr("Disk %1 is a host disk passed through to the VM; it cannot hold "
                            "snapshots, so reverting would not bring it back. Make it read-only "
                            "or remove it to use snapshots.")
                             .arg(d.node));
        if (d.format != QLatin1String("qcow2"))
            return Error(ErrorCode::Unsupported,
                         tr("Disk %1 is a %2 image; only qcow2 images hold snapshots. Convert it "
                            "(emanonctl disk convert) to use snapshots.")
                             .arg(d.node, d.format));
    }
    if (snapshotDisks().isEmpty())
        return Error(ErrorCode::Unsupported,
                     tr("%1 has no writable qcow2 disk to hold snapshots (read-only disks cannot "
                        "hold them).")
                         .arg(m_vm.config.name));
    // Taking, reverting or deleting a snapshot writes the disks that linked clones read.
    return templateRefusal(m_vm, tr("Its snapshots cannot be changed."));
}

std::optional<Error> SnapshotManager::takeRefusal() const
{
    if (auto why = diskRefusal())
        return why;
    if (m_backend.query(m_vm).state == VmRunner::State::Saved)
        return savedRefusal(m_vm.config.name, true);
    return std::nullopt;
}

std::optional<Error> SnapshotManager::revertRefusal(const QString &id) const
{
    const VmRunner::State state = m_backend.query(m_vm).state;
    if (state == VmRunner::State::Saved)
        return savedRefusal(m_vm.config.name, false);
    return revertRefusal(id, isLiveState(state));
}

std::optional<Error> SnapshotManager::revertRefusal(const QString &id, bool live) const
{
    const SnapshotNode *n = m_tree.find(id);
    if (!n)
        return Error(ErrorCode::NotFound, tr("That snapshot does not exist any more."));
    if (n->broken)
        return Error(ErrorCode::StateRefused,
                     tr("Snapshot \"%1\" is broken: %2").arg(n->name, n->brokenReason));
    if (!live)
        return std::nullopt;
    if (n->kind == SnapshotNode::Kind::DiskOnly)
        return Error(ErrorCode::StateRefused,
                     tr("Snapshot \"%1\" holds only the disks, not the running machine. Stop "
                        "the VM first, then revert to it.")
                         .arg(n->name));
    if (!n->config.isEmpty() && !configDifferences(n->config, m_vm.config.toJsonObject()).isEmpty())
        return Error(ErrorCode::StateRefused,
                     tr("The VM's hardware has changed since snapshot \"%1\". Stop the VM first, "
                        "then revert to it (its settings are restored too).")
                         .arg(n->name));
    return std::nullopt;
}

QStringList SnapshotManager::configDifferences(const QJsonObject &from, const QJsonObject &to)
{
    QMap<QString, QString> a;
    QMap<QString, QString> b;
    flatten(from, {}, a);
    flatten(to, {}, b);
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList out;
    for (const QString &k : std::as_const(keys)) {
        if (k == QLatin1String("name") || k == QLatin1String("uuid") || k == QLatin1String("notes"))
            continue;
        if (a.value(k) != b.value(k) || a.contains(k) != b.contains(k)) {
            const QString none = tr("(none)");
            out << QStringLiteral("%1: %2 -> %3")
                       .arg(k, a.contains(k) ? a.value(k) : none,
                            b.contains(k) ? b.value(k) : none);
        }
    }
    return out;
}

QString SnapshotManager::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A snapshot needs a name.");
    if (name.size() > 100)
        return tr("A snapshot name has at most 100 characters.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("A snapshot name cannot contain control characters.");
    }
    return {};
}

Status SnapshotManager::editNode(const QString &id,
                                 const std::function<Status(SnapshotNode &)> &edit)
{
    SnapshotLock lock;
    if (Status s = lock.acquire(m_vm.path, m_vm.config.name); !s)
        return s;
    if (Status s = refresh(); !s)
        return s;
    SnapshotNode *n = m_tree.find(id);
    if (!n)
        return Error(ErrorCode::NotFound, tr("That snapshot does not exist any more."));
    if (Status s = edit(*n); !s)
        return s;
    return store();
}

Status SnapshotManager::rename(const QString &id, const QString &name)
{
    if (const QString p = nameProblem(name); !p.isEmpty())
        return Error(ErrorCode::InvalidArgument, p);
    return editNode(id, [&](SnapshotNode &n) -> Status {
        for (const SnapshotNode &o : m_tree.nodes()) {
            if (o.id != id && o.name == name.trimmed())
                return Error(
                    ErrorCode::AlreadyExists,
                    tr("A snapshot called \"%1\" exists already; choose another name.").arg(name));
        }
        n.name = name.trimmed();
        return {};
    });
}

Status SnapshotManager::describe(const QString &id, const QString &description)
{
    return editNode(id, [&](SnapshotNode &n) -> Status {
        n.description = description;
        return {};
    });
}

SnapshotJob *SnapshotManager::take(const QString &name, const QString &description, QObject *parent)
{
    auto *job = new SnapshotJob(this, SnapshotJob::Kind::Take, parent);
    job->m_name = name;
    job->m_description = description;
    return job;
}

SnapshotJob *SnapshotManager::revert(const QString &id, QObject *parent)
{
    auto *job = new SnapshotJob(this, SnapshotJob::Kind::Revert, parent);
    job->m_id = id;
    return job;
}

SnapshotJob *SnapshotManager::remove(const QString &id, bool branch, QObject *parent)
{
    auto *job = new SnapshotJob(
        this, branch ? SnapshotJob::Kind::DeleteBranch : SnapshotJob::Kind::Delete, parent);
    job->m_id = id;
    return job;
}

// ---- SnapshotJob --------------------------------------------------------------------------------

SnapshotJob::SnapshotJob(SnapshotManager *manager, Kind kind, QObject *parent)
    : Job(parent), m_manager(manager), m_kind(kind)
{}

SnapshotJob::~SnapshotJob() = default;

QString SnapshotJob::title() const
{
    switch (m_kind) {
    case Kind::Take:
        return tr("Taking a snapshot");
    case Kind::Revert:
        return tr("Reverting to a snapshot");
    case Kind::Delete:
        return tr("Deleting a snapshot");
    case Kind::DeleteBranch:
        return tr("Deleting a snapshot branch");
    }
    return {};
}

void SnapshotJob::doStart()
{
    QTimer::singleShot(0, this, [this] {
        if (isFinished())
            return;
        if (Status s = prepare(); !s)
            fail(s.error());
    });
}

void SnapshotJob::doCancel()
{
    if (m_image)
        m_image->cancel(); // a Take is undone; the others end when they can
    else if (!m_locks)
        QTimer::singleShot(0, this, [this] { finishCanceled(); });
}

void SnapshotJob::release()
{
    m_locks.reset();
}

void SnapshotJob::fail(const Error &error)
{
    release();
    finishFailure(error);
}

Status SnapshotJob::prepare()
{
    SnapshotManager *m = m_manager;
    if (!m)
        return Error(ErrorCode::InvalidArgument, tr("The VM's snapshot list is gone."));
    if (auto why = m->diskRefusal())
        return *why;
    m_locks = std::make_unique<Locks>();
    if (Status s = m_locks->snapshots.acquire(m->m_vm.path, m->m_vm.config.name); !s)
        return s;
    const VmRunner::State state = m->m_backend.query(m->m_vm).state;
    m_live = isLiveState(state);
    if (state == VmRunner::State::Saved && (m_kind == Kind::Take || m_kind == Kind::Revert))
        return savedRefusal(m->m_vm.config.name, m_kind == Kind::Take);
    if (!m_live && VmRunner::hasProcess(state)) // starting, stopping, saving, restoring
        return Error(ErrorCode::StateRefused,
                     tr("%1 is %2; wait until it runs or has stopped.")
                         .arg(m->m_vm.config.name, VmRunner::stateDisplayName(state)));
    if (!m_live) {
        // Nothing may start the VM while qemu-img changes its disks.
        auto lock = VmLock::acquire(m->m_vm.path);
        if (!lock)
            return lock.error();
        m_locks->vm = std::move(*lock);
    }
    if (Status s = m->refresh(); !s)
        return s;

    if (m_kind == Kind::Take)
        return prepareTake();
    const SnapshotNode *n = m->m_tree.find(m_id);
    if (!n)
        return Error(ErrorCode::NotFound, tr("That snapshot does not exist any more."));
    if (m_kind == Kind::Revert) {
        if (auto why = m->revertRefusal(m_id, m_live))
            return *why;
        if (!m_live && !n->config.isEmpty()) {
            // Refuse now what could not be restored after the disks were reverted.
            auto config = VmConfig::fromJsonObject(n->config);
            if (!config)
                return config.error();
            if (const auto problems = config->validate(HostLimits::current()); !problems.isEmpty())
                return Error(ErrorCode::ConfigInvalid,
                             tr("The settings saved with snapshot \"%1\" do not fit this host: %2")
                                 .arg(n->name, problems.first().message));
        }
        SnapshotRequest r;
        r.action = SnapshotRequest::Action::Revert;
        r.tag = n->tag;
        r.live = m_live;
        r.nodes = m->snapshotDisks();
        r.vmStateNode = r.nodes.first();
        for (auto it = m->m_disks.cbegin(); it != m->m_disks.cend(); ++it) {
            for (const DiskSnapshotInfo &s : it.value()) {
                if (s.tag == n->tag && s.vmStateSizeBytes > 0)
                    r.vmStateNode = it.key();
            }
        }
        runImageJob(r);
        return {};
    }
    m_toDelete = m_kind == Kind::DeleteBranch ? m->m_tree.branch(m_id) : QStringList{m_id};
    QTimer::singleShot(0, this, &SnapshotJob::nextDelete);
    return {};
}

Status SnapshotJob::prepareTake()
{
    SnapshotManager *m = m_manager;
    SnapshotTree &tree = m->m_tree;
    QString name = m_name.trimmed();
    if (name.isEmpty()) {
        for (int i = int(tree.nodes().size()) + 1;; ++i) {
            name = tr("Snapshot %1").arg(i);
            if (!tree.resolve(name).ok())
                break;
        }
    }
    if (const QString p = SnapshotManager::nameProblem(name); !p.isEmpty())
        return Error(ErrorCode::InvalidArgument, p);
    for (const SnapshotNode &o : tree.nodes()) {
        if (o.name == name)
            return Error(
                ErrorCode::AlreadyExists,
                tr("A snapshot called \"%1\" exists already; choose another name.").arg(name));
    }
    m_newNode = SnapshotNode();
    m_newNode.id = tree.newId();
    m_newNode.tag = tree.newTag();
    m_newNode.name = name;
    m_newNode.description = m_description;
    m_newNode.parent = tree.current();
    m_newNode.createdAt = QDateTime::currentDateTimeUtc();
    m_newNode.kind = m_live ? SnapshotNode::Kind::Live : SnapshotNode::Kind::DiskOnly;
    m_newNode.config = m->m_vm.config.toJsonObject();
    SnapshotRequest r;
    r.action = SnapshotRequest::Action::Take;
    r.tag = m_newNode.tag;
    r.live = m_live;
    r.nodes = m->snapshotDisks();
    r.vmStateNode = r.nodes.first();
    if (m_live && m->m_vm.config.display.vga != QLatin1String("none")) {
        QDir().mkpath(m->m_vm.screenshotsDir());
        m_newNode.screenshot = QStringLiteral("screenshots/%1.png").arg(m_newNode.id);
        r.screenshotPath = m->m_vm.resolve(m_newNode.screenshot);
    }
    runImageJob(r);
    return {};
}

void SnapshotJob::runImageJob(const SnapshotRequest &request)
{
    SnapshotManager *m = m_manager;
    m_image = m->m_backend.snapshotJob(m->m_vm, request, this);
    connect(m_image, &Job::progressChanged, this, [this](int percent, const QString &stage) {
        reportProgress(m_kind == Kind::DeleteBranch ? -1 : percent, stage);
    });
    connect(m_image, &Job::finished, this, &SnapshotJob::onImageDone);
    if (cancelRequested())
        m_image->cancel();
    m_image->start();
}

void SnapshotJob::onImageDone()
{
    Job *image = m_image;
    m_image = nullptr;
    image->deleteLater();
    if (image->state() != State::Succeeded && m_kind == Kind::Take && m_manager
        && !m_newNode.screenshot.isEmpty())
        QFile::remove(m_manager->m_vm.resolve(m_newNode.screenshot)); // no snapshot, no picture
    if (image->state() == State::Canceled) {
        release();
        finishCanceled();
        return;
    }
    if (image->state() != State::Succeeded) {
        // The images are as the backend left them; say so in the tree on the next refresh.
        if (m_manager)
            (void)m_manager->refresh();
        fail(image->error());
        return;
    }
    if (!m_manager) {
        fail(Error(ErrorCode::InvalidArgument, tr("The VM's snapshot list is gone.")));
        return;
    }
    switch (m_kind) {
    case Kind::Take:
        finishTake();
        break;
    case Kind::Revert:
        finishRevert();
        break;
    case Kind::Delete:
    case Kind::DeleteBranch: {
        SnapshotManager *m = m_manager;
        const QString id = m_toDelete.takeFirst();
        if (const SnapshotNode *n = m->m_tree.find(id); n && !n->screenshot.isEmpty())
            QFile::remove(m->m_vm.resolve(n->screenshot));
        (void)m->m_tree.remove(id);
        if (Status s = m->store(); !s) {
            fail(s.error());
            return;
        }
        nextDelete();
        break;
    }
    }
}

void SnapshotJob::nextDelete()
{
    SnapshotManager *m = m_manager;
    if (isFinished() || !m)
        return;
    if (m_toDelete.isEmpty()) {
        release();
        reportProgress(100);
        finishSuccess();
        return;
    }
    if (cancelRequested()) { // between two snapshots of a branch: what is done stays done
        release();
        finishCanceled();
        return;
    }
    const SnapshotNode *n = m->m_tree.find(m_toDelete.first());
    if (!n) {
        m_toDelete.removeFirst();
        nextDelete();
        return;
    }
    SnapshotRequest r;
    r.action = SnapshotRequest::Action::Delete;
    r.tag = n->tag;
    r.live = m_live;
    for (auto it = m->m_disks.cbegin(); it != m->m_disks.cend(); ++it) {
        if (std::any_of(it.value().cbegin(), it.value().cend(),
                        [&](const DiskSnapshotInfo &s) { return s.tag == n->tag; }))
            r.nodes << it.key();
    }
    if (r.nodes.isEmpty()) { // broken everywhere: only the tree still knows it
        const QString id = m_toDelete.takeFirst();
        (void)m->m_tree.remove(id);
        if (Status s = m->store(); !s) {
            fail(s.error());
            return;
        }
        QTimer::singleShot(0, this, &SnapshotJob::nextDelete);
        return;
    }
    reportProgress(-1, tr("Deleting \"%1\"").arg(n->name));
    runImageJob(r);
}

void SnapshotJob::finishTake()
{
    SnapshotManager *m = m_manager;
    if (auto disks = m->m_backend.diskSnapshots(m->m_vm)) {
        m->m_disks = *disks;
        for (const DiskSnapshotInfo &s : disks->value(m->snapshotDisks().first())) {
            if (s.tag == m_newNode.tag) {
                m_newNode.guestRunTimeMs = s.vmClockNs / 1000000;
                m_newNode.vmStateSizeBytes = s.vmStateSizeBytes;
            }
        }
    }
    if (!m_newNode.screenshot.isEmpty() &&
        !QFileInfo::exists(m->m_vm.resolve(m_newNode.screenshot)))
        m_newNode.screenshot.clear();
    Status s = m->m_tree.add(m_newNode);
    if (s) {
        m->m_tree.setCurrent(m_newNode.id);
        s = m->store();
    }
    if (!s) {
        fail(Error(s.error().code,
                   tr("The snapshot was taken, but the snapshot list could not be saved; it is "
                      "listed under its tag \"%1\" next time.")
                       .arg(m_newNode.tag),
                   s.error().toString()));
        return;
    }
    m_id = m_newNode.id;
    release();
    finishSuccess();
}

void SnapshotJob::finishRevert()
{
    SnapshotManager *m = m_manager;
    const SnapshotNode *n = m->m_tree.find(m_id);
    if (n && !m_live && !n->config.isEmpty()) {
        auto config = VmConfig::fromJsonObject(n->config);
        if (config) {
            config->name = m->m_vm.config.name;
            config->uuid = m->m_vm.config.uuid;
            if (config->toJsonObject() != m->m_vm.config.toJsonObject()) {
                VmBundle restored{m->m_vm.path, *config};
                VmLibrary library(QFileInfo(m->m_vm.path).absolutePath());
                if (Status s = library.save(restored); !s) {
                    fail(Error(s.error().code,
                               tr("The disks were reverted, but the VM's settings could not be "
                                  "restored: %1")
                                   .arg(s.error().message),
                               s.error().details));
                    return;
                }
                m->m_vm.config = *config;
            }
        }
    }
    m->m_tree.setCurrent(m_id);
    if (Status s = m->store(); !s) {
        fail(s.error());
        return;
    }
    release();
    finishSuccess();
}

} // namespace Engine
