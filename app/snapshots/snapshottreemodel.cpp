#include "app/snapshots/snapshottreemodel.h"

#include "engine/snapshots/snapshotmanager.h"

#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QLocale>

using namespace Engine;

namespace App {

SnapshotTreeModel::SnapshotTreeModel(SnapshotManager *manager, QObject *parent)
    : QAbstractItemModel(parent), m_manager(manager)
{
    rebuild();
    connect(manager, &SnapshotManager::treeChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void SnapshotTreeModel::rebuild()
{
    m_items.clear();
    m_thumbnails.clear();
    m_items.append(Item{});
    if (m_manager)
        addChildren(0, {});
}

void SnapshotTreeModel::addChildren(int item, const QString &id)
{
    const SnapshotTree &tree = m_manager->tree();
    for (const QString &child : tree.children(id)) {
        const int index = int(m_items.size());
        m_items.append(Item{child, item, int(m_items[item].children.size()), {}});
        m_items[item].children.append(index);
        addChildren(index, child);
    }
    if (tree.current() == id) {
        const int index = int(m_items.size());
        m_items.append(Item{QString(), item, int(m_items[item].children.size()), {}});
        m_items[item].children.append(index);
    }
}

int SnapshotTreeModel::itemOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    return int(index.internalId());
}

QModelIndex SnapshotTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int p = itemOf(parent);
    if (p >= m_items.size() || row >= m_items[p].children.size())
        return {};
    return createIndex(row, column, quintptr(m_items[p].children.at(row)));
}

QModelIndex SnapshotTreeModel::parent(const QModelIndex &child) const
{
    const int c = itemOf(child);
    if (c <= 0 || c >= m_items.size())
        return {};
    const int p = m_items[c].parent;
    if (p <= 0)
        return {};
    return createIndex(m_items[p].row, 0, quintptr(p));
}

int SnapshotTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = itemOf(parent);
    return p < m_items.size() ? int(m_items[p].children.size()) : 0;
}

int SnapshotTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex SnapshotTreeModel::indexOfId(const QString &id) const
{
    for (int i = 1; i < m_items.size(); ++i) {
        if (m_items[i].id == id && !id.isEmpty())
            return createIndex(m_items[i].row, 0, quintptr(i));
    }
    return {};
}

QModelIndex SnapshotTreeModel::hereIndex() const
{
    for (int i = 1; i < m_items.size(); ++i) {
        if (m_items[i].id.isEmpty())
            return createIndex(m_items[i].row, 0, quintptr(i));
    }
    return {};
}

QPixmap SnapshotTreeModel::thumbnail(const QString &id, const QString &path) const
{
    auto it = m_thumbnails.constFind(id);
    if (it != m_thumbnails.cend())
        return *it;
    QPixmap pixmap;
    const QImage image(path);
    if (!image.isNull())
        pixmap = QPixmap::fromImage(
            image.scaled(thumbnailSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_thumbnails.insert(id, pixmap);
    return pixmap;
}

QVariant SnapshotTreeModel::nodeData(const Item &item, int column, int role) const
{
    const SnapshotNode *n = m_manager->tree().find(item.id);
    if (!n)
        return {};
    const bool current = m_manager->tree().current() == n->id;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == NameColumn)
            return n->name;
        if (column == DateColumn)
            return QLocale().toString(n->createdAt.toLocalTime(), QLocale::ShortFormat);
        if (n->broken)
            return tr("Broken");
        return n->kind == SnapshotNode::Kind::Live ? tr("Running machine") : tr("Disks only");
    case Qt::DecorationRole:
        if (column == NameColumn && !n->screenshot.isEmpty()) {
            const QPixmap p = thumbnail(n->id, m_manager->vm().resolve(n->screenshot));
            if (!p.isNull())
                return p;
        }
        return {};
    case Qt::ToolTipRole:
        if (n->broken)
            return n->brokenReason;
        return n->description.isEmpty() ? QVariant() : QVariant(n->description);
    case Qt::FontRole:
        if (current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return n->id;
    case IsHereRole:
        return false;
    case IsCurrentRole:
        return current;
    case IsBrokenRole:
        return n->broken;
    default:
        return {};
    }
}

QVariant SnapshotTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_manager)
        return {};
    const int i = itemOf(index);
    if (i <= 0 || i >= m_items.size())
        return {};
    const Item &item = m_items[i];
    if (!item.id.isEmpty())
        return nodeData(item, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? tr("You are here") : QVariant();
    case Qt::ToolTipRole:
        return tr("The VM's present state. Taking a snapshot adds it here.");
    case Qt::FontRole: {
        QFont f;
        f.setItalic(true);
        return f;
    }
    case IdRole:
        return QString();
    case IsHereRole:
        return true;
    case IsCurrentRole:
    case IsBrokenRole:
        return false;
    default:
        return {};
    }
}

QVariant SnapshotTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Snapshot");
    case DateColumn:
        return tr("Taken");
    case KindColumn:
        return tr("Contents");
    default:
        return {};
    }
}

Qt::ItemFlags SnapshotTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace App
