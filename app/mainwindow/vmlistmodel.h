// VmListModel: the VMs of one library with their live run state, as a table model.
//
// Rows come from VmLibrary::list() (damaged bundles are listed with their error, never
// hidden); the run state of each VM comes from VmBackend::query(). State changes made by any
// process (emanonctl, the supervisor when a guest powers off or QEMU dies) show within a
// second: the runtime dir's per-VM folders (where supervisors replace state.json) and the
// library folder are watched with QFileSystemWatcher, and a 1 s poll catches what a watcher
// misses (a folder created after we looked, a crash that only shows as a freed lock).
// Lives on the GUI thread; rows are stable across refreshes (no reset), so selections stay.
// The name column's icon is the VM's last frame (ThumbnailCache, read only for rows a view
// asks for) with the OS icon as fallback; a VM whose disks back linked clones is shown as a
// template (it must not start, see Engine::templateRefusal).
#pragma once

#include "app/mainwindow/thumbnailcache.h"
#include "engine/backend/vmbackend.h"
#include "engine/library/vmlibrary.h"
#include "engine/library/vmregistry.h"

#include <optional>

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QTimer>

namespace App {

class VmListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn = 0, StateColumn, ProfileColumn, MemoryColumn, CpusColumn, ColumnCount };
    enum Role {
        BundlePathRole = Qt::UserRole + 1, ///< QString: the bundle folder
        StateRole,                         ///< int: Engine::VmRunner::State
        SortRole,                          ///< value the proxy sorts by
        SearchRole,                        ///< text the search box matches
        LinkedClonesRole,                  ///< QStringList: clones using its disks (template)
        ThumbnailRole,                     ///< QImage: the last frame (null when none)
    };

    VmListModel(Engine::VmLibrary library, Engine::VmBackend &backend, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The library entry and run state of a row (index into this model).
    [[nodiscard]] const Engine::VmEntry &entry(int row) const { return m_rows.at(row).entry; }
    [[nodiscard]] const Engine::VmRunInfo &runInfo(int row) const { return m_rows.at(row).run; }
    /// Names of the linked clones whose disks are backed by this row's VM (empty: none).
    [[nodiscard]] QStringList linkedClones(int row) const { return m_rows.at(row).clones; }
    /// The VM's last frame (at most ThumbnailCache::kWidth wide); null when it has none.
    [[nodiscard]] QImage thumbnail(int row) const;
    /// The row of a bundle path, or -1.
    [[nodiscard]] int rowOf(const QString &bundlePath) const;
    [[nodiscard]] const Engine::VmLibrary &library() const { return m_library; }
    /// Lists every VM of `registry` (its default folder and the bundles registered
    /// elsewhere) instead of the one library folder; reloads.
    void setRegistry(const Engine::VmRegistry &registry);
    /// The error of the last library listing (ErrorCode::None when it worked).
    [[nodiscard]] const Engine::Error &listError() const { return m_listError; }

public Q_SLOTS:
    /// Re-reads the library (new, removed, edited VMs) and every VM's state.
    void reload();
    /// Re-queries the run state of every listed VM.
    void refreshStates();
    /// Tells the views that every text changed (the UI language was switched).
    void retranslate();

Q_SIGNALS:
    /// A VM's run state or definition changed (row in this model).
    void vmChanged(int row);
    /// A VM's thumbnail file changed (row in this model).
    void thumbnailChanged(int row);

private:
    struct Row
    {
        Engine::VmEntry entry;
        Engine::VmRunInfo run;
        QStringList clones; ///< linked clones of this VM (it is their template)
    };

    Engine::VmRunInfo queryRun(const Engine::VmEntry &entry) const;
    void updateWatches();
    void checkThumbnails();
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;

    Engine::VmLibrary m_library;
    std::optional<Engine::VmRegistry> m_registry;
    Engine::VmBackend &m_backend;
    QList<Row> m_rows;
    Engine::Error m_listError;
    QFileSystemWatcher m_watcher;
    QTimer m_pollTimer;
    QTimer m_debounce;
    int m_pollsSinceReload = 0;
    mutable ThumbnailCache m_thumbnails;
};

} // namespace App
