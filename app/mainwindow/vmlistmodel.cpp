#include "app/mainwindow/vmlistmodel.h"

#include "app/common/guestfamily.h"
#include "app/common/statetext.h"
#include "engine/library/linkedclones.h"
#include "engine/profiles/guestprofile.h"
#include "engine/runner/runtimedir.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace App {

namespace {
constexpr int kPollMs = 1000;
constexpr int kPollsPerReload = 5; // the library itself is re-read every 5 s at the latest
constexpr int kDebounceMs = 50;

bool sameRun(const Engine::VmRunInfo &a, const Engine::VmRunInfo &b)
{
    return a.state == b.state && a.qemuPid == b.qemuPid && a.accel == b.accel
           && a.error.message == b.error.message && a.consoleSocket == b.consoleSocket;
}
} // namespace

VmListModel::VmListModel(Engine::VmLibrary library, Engine::VmBackend &backend, QObject *parent)
    : QAbstractTableModel(parent), m_library(std::move(library)), m_backend(backend)
{
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (++m_pollsSinceReload >= kPollsPerReload)
            reload();
        else
            refreshStates();
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &VmListModel::reload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    reload();
    m_pollTimer.start();
}

int VmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int VmListModel::rowOf(const QString &bundlePath) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.path == bundlePath)
            return i;
    }
    return -1;
}

Engine::VmRunInfo VmListModel::queryRun(const Engine::VmEntry &entry) const
{
    if (!entry.ok())
        return {};
    return m_backend.query(Engine::VmBundle{entry.path, entry.config});
}

void VmListModel::reload()
{
    m_pollsSinceReload = 0;
    auto listed = m_registry ? m_registry->list() : m_library.list();
    m_listError = listed ? Engine::Error() : listed.error();
    const QList<Engine::VmEntry> entries = listed ? *listed : QList<Engine::VmEntry>();
    const QHash<QString, QStringList> clones = Engine::linkedClonesAmong(entries);

    // Remove rows whose bundle is gone (from the end, so indexes stay valid).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString path = m_rows.at(i).entry.path;
        const bool kept = std::any_of(entries.begin(), entries.end(),
                                      [&](const Engine::VmEntry &e) { return e.path == path; });
        if (!kept) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const Engine::VmEntry &e : entries) {
        const int row = rowOf(e.path);
        Row fresh{e, queryRun(e), clones.value(e.path)};
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(fresh);
            endInsertRows();
            continue;
        }
        Row &old = m_rows[row];
        const bool changed = old.entry.config.toJson() != e.config.toJson()
                             || old.entry.error.message != e.error.message
                             || old.clones != fresh.clones
                             || !sameRun(old.run, fresh.run);
        if (changed) {
            old = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            Q_EMIT vmChanged(row);
        }
    }
    QStringList paths;
    for (const Row &row : std::as_const(m_rows))
        paths << row.entry.path;
    m_thumbnails.retain(paths);
    updateWatches();
    checkThumbnails();
}

void VmListModel::setRegistry(const Engine::VmRegistry &registry)
{
    // At start-up the registry usually lists just the folder shown already: no second read.
    const bool same = m_registry ? m_registry->bundles() == registry.bundles()
                                 : registry.bundles().isEmpty();
    const bool sameRoot = m_library.root() == registry.defaultLibrary().root();
    m_registry = registry;
    m_library = registry.defaultLibrary();
    if (!same || !sameRoot)
        reload();
}

void VmListModel::refreshStates()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Engine::VmRunInfo run = queryRun(m_rows.at(row).entry);
        if (sameRun(run, m_rows.at(row).run))
            continue;
        m_rows[row].run = run;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT vmChanged(row);
    }
    updateWatches();
    checkThumbnails();
}

void VmListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void VmListModel::checkThumbnails()
{
    for (const QString &path : m_thumbnails.checkForChanges()) {
        const int row = rowOf(path);
        if (row < 0)
            continue;
        Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::DecorationRole});
        Q_EMIT thumbnailChanged(row);
    }
}

QImage VmListModel::thumbnail(int row) const
{
    return m_thumbnails.preview(m_rows.at(row).entry.path);
}

void VmListModel::updateWatches()
{
    QStringList wanted;
    if (QFileInfo(m_library.root()).isDir())
        wanted << m_library.root();
    auto base = Engine::RuntimeDir::base();
    if (base) {
        wanted << *base;
        for (const Row &row : std::as_const(m_rows)) {
            if (!row.entry.ok())
                continue;
            const QString dir =
                *base + QLatin1Char('/') + row.entry.config.uuid.toString(QUuid::WithoutBraces);
            if (QFileInfo(dir).isDir())
                wanted << dir;
        }
    }
    const QStringList watched = m_watcher.directories();
    QStringList toAdd;
    for (const QString &dir : std::as_const(wanted)) {
        if (!watched.contains(dir))
            toAdd << dir;
    }
    QStringList toRemove;
    for (const QString &dir : watched) {
        if (!wanted.contains(dir))
            toRemove << dir;
    }
    if (!toRemove.isEmpty())
        m_watcher.removePaths(toRemove);
    if (!toAdd.isEmpty())
        m_watcher.addPaths(toAdd);
}

QVariant VmListModel::displayData(const Row &row, int column) const
{
    const Engine::VmEntry &e = row.entry;
    switch (column) {
    case NameColumn:
        return e.name;
    case StateColumn:
        if (!e.ok())
            return tr("Damaged");
        if (!row.clones.isEmpty() && row.run.state == Engine::VmRunner::State::Stopped)
            return tr("Template");
        return stateLabel(row.run.state);
    case ProfileColumn: {
        if (!e.ok())
            return QString();
        const Engine::GuestProfile *p = Engine::findProfile(e.config.profile);
        return p ? p->displayName() : e.config.profile;
    }
    case MemoryColumn:
        return e.ok() ? tr("%1 MiB").arg(QLocale().toString(e.config.memoryMiB)) : QString();
    case CpusColumn:
        return e.ok() ? QLocale().toString(e.config.cpu.count) : QString();
    default:
        return {};
    }
}

QVariant VmListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            const QIcon os = GuestFamily::icon(
                row.entry.ok() ? GuestFamily::ofProfile(row.entry.config.profile)
                               : QStringLiteral("other"));
            return row.entry.ok() ? m_thumbnails.icon(row.entry.path, os) : os;
        }
        return {};
    case Qt::ToolTipRole:
        if (!row.entry.ok())
            return row.entry.error.message;
        if (row.run.error.code != Engine::ErrorCode::None)
            return row.run.error.message;
        if (!row.clones.isEmpty())
            return tr("Template of the linked clones %1: it cannot be started and its snapshots "
                      "cannot be changed, because the clones read its disks.")
                .arg(row.clones.join(QStringLiteral(", ")));
        return {};
    case BundlePathRole:
        return row.entry.path;
    case StateRole:
        return int(row.run.state);
    case LinkedClonesRole:
        return row.clones;
    case ThumbnailRole:
        return row.entry.ok() ? m_thumbnails.preview(row.entry.path) : QImage();
    case SortRole:
        if (index.column() == MemoryColumn)
            return row.entry.config.memoryMiB;
        if (index.column() == CpusColumn)
            return row.entry.config.cpu.count;
        if (index.column() == StateColumn)
            return int(row.run.state);
        return displayData(row, index.column());
    case SearchRole:
        return QStringList{row.entry.name, displayData(row, StateColumn).toString(),
                           displayData(row, ProfileColumn).toString(), row.entry.config.notes}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant VmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ProfileColumn:
        return tr("Operating system");
    case MemoryColumn:
        return tr("Memory");
    case CpusColumn:
        return tr("CPUs");
    default:
        return {};
    }
}

} // namespace App
