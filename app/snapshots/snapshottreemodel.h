// SnapshotTreeModel: a Qt item model over one VM's snapshot tree (SnapshotManager), for the
// snapshot browser. Each snapshot is a row under its parent; one extra row, "You are here",
// sits under the current snapshot (at the top level before the first snapshot), so the user
// sees where the VM's present state hangs in the tree.
//
// Columns: name (with the screenshot as thumbnail), date taken, kind/state. The model resets
// whenever the manager says the tree changed; it never changes the tree itself. GUI thread only.
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QPixmap>
#include <QPointer>

namespace Engine {
class SnapshotManager;
}

namespace App {

class SnapshotTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn = 0,
        DateColumn,
        KindColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the snapshot id (QString); empty for "You are here"
        IsHereRole,                ///< true on the "You are here" row
        IsCurrentRole,             ///< true on the current snapshot
        IsBrokenRole,
    };

    explicit SnapshotTreeModel(Engine::SnapshotManager *manager, QObject *parent = nullptr);

    /// Thumbnail size of the name column's decoration.
    static QSize thumbnailSize() { return {64, 40}; }

    [[nodiscard]] QModelIndex indexOfId(const QString &id) const;
    [[nodiscard]] QModelIndex hereIndex() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Item
    {
        QString id;      ///< empty: the "You are here" row (or the invisible root, item 0)
        int parent = -1; ///< item index; -1 for the root
        int row = 0;     ///< row under its parent
        QList<int> children;
    };

    void rebuild();
    void addChildren(int item, const QString &id);
    [[nodiscard]] int itemOf(const QModelIndex &index) const;
    [[nodiscard]] QVariant nodeData(const Item &item, int column, int role) const;
    [[nodiscard]] QPixmap thumbnail(const QString &id, const QString &path) const;

    QPointer<Engine::SnapshotManager> m_manager;
    QList<Item> m_items; ///< item 0 is the invisible root
    mutable QHash<QString, QPixmap> m_thumbnails;
};

} // namespace App
