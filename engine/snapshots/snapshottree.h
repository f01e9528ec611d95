// SnapshotTree: the snapshot metadata of one VM (snapshots.json): which snapshots exist, how
// they descend from each other, where the VM's current state sits in the tree, and what qcow2
// images do not record (names, descriptions, the VM config as it was, screenshots).
//
// A plain value type, no I/O except load()/save(). The qcow2 images are the truth about which
// snapshots exist; reconcile() brings the tree in line with them (missing -> broken with the
// reason, unknown -> adopted) without ever deleting a node. Node ids are stable; tags are the
// names the images know the snapshot by and never change. Not thread-safe: one owner.
#pragma once

#include "engine/core/result.h"
#include "engine/snapshots/snapshotrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Engine {

/// One snapshot in the tree.
struct SnapshotNode
{
    enum class Kind
    {
        Live = 1,
        DiskOnly
    }; ///< live: RAM and device state too

    QString id;                  ///< stable id in snapshots.json (never shown as the name)
    QString tag;                 ///< the qcow2 snapshot tag on every writable disk
    QString name;                ///< what the user calls it
    QString description;         ///< free text, editable
    QString parent;              ///< id of the parent; empty for a root
    QDateTime createdAt;         ///< UTC
    qint64 guestRunTimeMs = 0;   ///< the guest clock when it was taken (0 for disk-only)
    qint64 vmStateSizeBytes = 0; ///< RAM and device state saved (0 for disk-only)
    Kind kind = Kind::DiskOnly;
    QJsonObject config;   ///< vm.json as it was; empty when unknown (adopted snapshots)
    QString screenshot;   ///< bundle-relative PNG path, empty when none
    bool broken = false;  ///< not (or not completely) in the images any more
    QString brokenReason; ///< translated: what is missing where
    bool adopted = false; ///< found in the images, not taken through Emanon

    [[nodiscard]] QJsonObject toJson() const;
    static Result<SnapshotNode> fromJson(const QJsonObject &o);
    static QString kindName(Kind kind);
};

class SnapshotTree
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotTree)
public:
    static constexpr int kSchemaVersion = 1;

    /// Reads snapshots.json. A missing file is an empty tree. Invalid JSON, a newer schema or
    /// malformed nodes give a clear error (ConfigParse / SchemaVersion) naming the file; the
    /// file itself is never touched by loading.
    static Result<SnapshotTree> load(const QString &path);
    /// Writes snapshots.json atomically.
    Status save(const QString &path) const;

    static Result<SnapshotTree> fromJson(const QByteArray &json);
    [[nodiscard]] QByteArray toJson() const;

    [[nodiscard]] const QList<SnapshotNode> &nodes() const { return m_nodes; }
    [[nodiscard]] bool isEmpty() const { return m_nodes.isEmpty(); }
    [[nodiscard]] const SnapshotNode *find(const QString &id) const;
    SnapshotNode *find(const QString &id);
    [[nodiscard]] const SnapshotNode *findByTag(const QString &tag) const;
    /// A node by id, else by exact name, else by tag. Ambiguous names give InvalidArgument,
    /// nothing found NotFound; both name the VM's snapshots command.
    [[nodiscard]] Result<QString> resolve(const QString &idNameOrTag) const;

    /// The id of the snapshot the VM's state descends from; empty before the first one.
    [[nodiscard]] QString current() const { return m_current; }
    void setCurrent(const QString &id) { m_current = id; }

    /// Children of `id` (roots for an empty id), oldest first.
    [[nodiscard]] QStringList children(const QString &id) const;
    /// `id` and everything below it, deepest first (the order a branch is deleted in).
    [[nodiscard]] QStringList branch(const QString &id) const;
    /// Ancestors of `id`, nearest first.
    [[nodiscard]] QStringList ancestors(const QString &id) const;

    /// Adds a node (its parent must exist or be empty). Does not move the current position.
    Status add(const SnapshotNode &node);
    /// Removes one node; its children take its parent. The current position moves to the
    /// parent when it was this node.
    Status remove(const QString &id);

    /// Brings the tree in line with what the disks hold. A node whose tag is missing from any
    /// disk is marked broken (the reason names the disks), one found again is healed; a tag on
    /// the disks that no node has is adopted as a new root named after the tag. Returns true
    /// when the tree changed.
    bool reconcile(const DiskSnapshotMap &disks);

    /// A fresh id / tag, unique in this tree.
    [[nodiscard]] QString newId() const;
    [[nodiscard]] QString newTag() const;

private:
    QList<SnapshotNode> m_nodes;
    QString m_current;
    QJsonObject m_extra; ///< unknown top-level fields, kept
};

} // namespace Engine
