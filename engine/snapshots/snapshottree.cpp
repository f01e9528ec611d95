#include "engine/snapshots/snapshottree.h"

#include "engine/core/atomicfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace Engine {

namespace {
const QString kSnapshots = QStringLiteral("snapshots");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString SnapshotNode::kindName(Kind kind)
{
    return kind == Kind::Live ? QStringLiteral("live") : QStringLiteral("disk-only");
}

QJsonObject SnapshotNode::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("tag"), tag},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("parent"), parent},
                  {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("guestRunTimeMs"), guestRunTimeMs},
                  {QStringLiteral("vmStateSizeBytes"), vmStateSizeBytes},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("screenshot"), screenshot},
                  {QStringLiteral("broken"), broken},
                  {QStringLiteral("adopted"), adopted}};
    if (broken)
        o.insert(QStringLiteral("brokenReason"), brokenReason);
    if (!config.isEmpty())
        o.insert(QStringLiteral("config"), config);
    return o;
}

Result<SnapshotNode> SnapshotNode::fromJson(const QJsonObject &o)
{
    SnapshotNode n;
    n.id = str(o, "id");
    n.tag = str(o, "tag");
    if (n.id.isEmpty() || n.tag.isEmpty())
        return Error(ErrorCode::ConfigParse, SnapshotTree::tr("A snapshot has no id or tag."));
    n.name = str(o, "name");
    n.description = str(o, "description");
    n.parent = str(o, "parent");
    n.createdAt = QDateTime::fromString(str(o, "createdAt"), Qt::ISODate).toUTC();
    n.guestRunTimeMs = o.value(QLatin1String("guestRunTimeMs")).toInteger();
    n.vmStateSizeBytes = o.value(QLatin1String("vmStateSizeBytes")).toInteger();
    const QString kind = str(o, "kind");
    if (kind == QLatin1String("live"))
        n.kind = Kind::Live;
    else if (kind == QLatin1String("disk-only"))
        n.kind = Kind::DiskOnly;
    else
        return Error(ErrorCode::ConfigParse,
                     SnapshotTree::tr("Snapshot %1 has an unknown kind \"%2\".").arg(n.id, kind));
    n.config = o.value(QLatin1String("config")).toObject();
    n.screenshot = str(o, "screenshot");
    n.broken = o.value(QLatin1String("broken")).toBool();
    n.brokenReason = str(o, "brokenReason");
    n.adopted = o.value(QLatin1String("adopted")).toBool();
    if (n.name.isEmpty())
        n.name = n.tag;
    return n;
}

Result<SnapshotTree> SnapshotTree::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return SnapshotTree();
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto tree = fromJson(*bytes);
    if (!tree) {
        Error e = tree.error();
        e.message = tr("The snapshot list %1 is damaged; Emanon has not changed it. Repair it, or "
                       "move it away and Emanon rebuilds the list from the disks (without names "
                       "and descriptions).")
                        .arg(path);
        if (tree.error().code == ErrorCode::SchemaVersion)
            e.message = tree.error().message + QLatin1Char(' ') + path;
        e.details =
            tree.error().message +
            (tree.error().details.isEmpty() ? QString() : QLatin1Char('\n') + tree.error().details);
        return e;
    }
    return tree;
}

Status SnapshotTree::save(const QString &path) const
{
    return writeFileAtomic(path, toJson());
}

Result<SnapshotTree> SnapshotTree::fromJson(const QByteArray &json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return Error(ErrorCode::ConfigParse, tr("Not valid JSON."),
                     tr("%1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    }
    if (!doc.isObject())
        return Error(ErrorCode::ConfigParse, tr("The snapshot list is not a JSON object."));
    QJsonObject o = doc.object();
    const int schema = o.value(QLatin1String("schemaVersion")).toInt(0);
    if (schema > kSchemaVersion) {
        return Error(ErrorCode::SchemaVersion,
                     tr("The snapshot list was written by a newer Emanon (schema %1). Update "
                        "Emanon to use it.")
                         .arg(schema));
    }
    if (schema < 1)
        return Error(ErrorCode::ConfigParse, tr("The snapshot list has no schema version."));
    SnapshotTree t;
    QSet<QString> ids;
    for (const QJsonValue &v : o.value(kSnapshots).toArray()) {
        auto n = SnapshotNode::fromJson(v.toObject());
        if (!n)
            return n.error();
        if (ids.contains(n->id))
            return Error(ErrorCode::ConfigParse, tr("Snapshot id %1 appears twice.").arg(n->id));
        ids.insert(n->id);
        t.m_nodes.append(*n);
    }
    for (SnapshotNode &n : t.m_nodes) {
        if (!n.parent.isEmpty() && !ids.contains(n.parent))
            n.parent.clear(); // its parent is gone: it becomes a root rather than vanish
    }
    // A parent cycle would hide nodes from every view: refuse it.
    for (const SnapshotNode &n : std::as_const(t.m_nodes)) {
        if (t.ancestors(n.id).contains(n.id))
            return Error(ErrorCode::ConfigParse, tr("The snapshot parents form a loop."));
    }
    t.m_current = str(o, "current");
    if (!t.m_current.isEmpty() && !ids.contains(t.m_current))
        t.m_current.clear();
    for (const QString &k :
         {QStringLiteral("schemaVersion"), kSnapshots, QStringLiteral("current")})
        o.remove(k);
    t.m_extra = o;
    return t;
}

QByteArray SnapshotTree::toJson() const
{
    QJsonObject o = m_extra;
    o.insert(QStringLiteral("schemaVersion"), kSchemaVersion);
    o.insert(QStringLiteral("current"), m_current);
    QJsonArray a;
    for (const SnapshotNode &n : m_nodes)
        a.append(n.toJson());
    o.insert(kSnapshots, a);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

const SnapshotNode *SnapshotTree::find(const QString &id) const
{
    for (const SnapshotNode &n : m_nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

SnapshotNode *SnapshotTree::find(const QString &id)
{
    for (SnapshotNode &n : m_nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const SnapshotNode *SnapshotTree::findByTag(const QString &tag) const
{
    for (const SnapshotNode &n : m_nodes) {
        if (n.tag == tag)
            return &n;
    }
    return nullptr;
}

Result<QString> SnapshotTree::resolve(const QString &key) const
{
    if (const SnapshotNode *n = find(key))
        return n->id;
    QStringList byName;
    for (const SnapshotNode &n : m_nodes) {
        if (n.name == key)
            byName << n.id;
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1) {
        return Error(ErrorCode::InvalidArgument,
                     tr("Several snapshots are called \"%1\"; name one by its id (see "
                        "\"emanonctl snapshot list\").")
                         .arg(key));
    }
    if (const SnapshotNode *n = findByTag(key))
        return n->id;
    return Error(
        ErrorCode::NotFound,
        tr("There is no snapshot \"%1\". \"emanonctl snapshot list\" shows them.").arg(key));
}

QStringList SnapshotTree::children(const QString &id) const
{
    QList<const SnapshotNode *> found;
    for (const SnapshotNode &n : m_nodes) {
        if (n.parent == id)
            found << &n;
    }
    std::stable_sort(found.begin(), found.end(), [](const SnapshotNode *a, const SnapshotNode *b) {
        return a->createdAt < b->createdAt;
    });
    QStringList ids;
    for (const SnapshotNode *n : found)
        ids << n->id;
    return ids;
}

QStringList SnapshotTree::branch(const QString &id) const
{
    QStringList out;
    for (const QString &child : children(id))
        out << branch(child);
    if (find(id))
        out << id;
    return out;
}

QStringList SnapshotTree::ancestors(const QString &id) const
{
    QStringList out;
    const SnapshotNode *n = find(id);
    while (n && !n->parent.isEmpty() && out.size() <= m_nodes.size()) {
        out << n->parent;
        n = find(n->parent);
    }
    return out;
}

Status SnapshotTree::add(const SnapshotNode &node)
{
    if (node.id.isEmpty() || find(node.id))
        return Error(ErrorCode::AlreadyExists,
                     tr("A snapshot with id %1 exists already.").arg(node.id));
    if (!node.parent.isEmpty() && !find(node.parent))
        return Error(ErrorCode::NotFound,
                     tr("The parent snapshot %1 does not exist.").arg(node.parent));
    m_nodes.append(node);
    return {};
}

Status SnapshotTree::remove(const QString &id)
{
    const SnapshotNode *n = find(id);
    if (!n)
        return Error(ErrorCode::NotFound, tr("There is no snapshot with id %1.").arg(id));
    const QString parent = n->parent;
    for (SnapshotNode &c : m_nodes) {
        if (c.parent == id)
            c.parent = parent;
    }
    if (m_current == id)
        m_current = parent;
    m_nodes.removeIf([&](const SnapshotNode &x) { return x.id == id; });
    return {};
}

bool SnapshotTree::reconcile(const DiskSnapshotMap &disks)
{
    bool changed = false;
    QSet<QString> known;
    for (SnapshotNode &n : m_nodes) {
        known.insert(n.tag);
        QStringList missing;
        for (auto it = disks.cbegin(); it != disks.cend(); ++it) {
            const bool has = std::any_of(it.value().cbegin(), it.value().cend(),
                                         [&](const DiskSnapshotInfo &s) { return s.tag == n.tag; });
            if (!has)
                missing << it.key();
        }
        const bool broken = !missing.isEmpty();
        const QString reason = broken ? tr("Missing from the disk image of %1 (deleted or replaced "
                                           "outside Emanon); it cannot be reverted to.")
                                            .arg(missing.join(QStringLiteral(", ")))
                                      : QString();
        if (broken != n.broken || reason != n.brokenReason) {
            n.broken = broken;
            n.brokenReason = reason;
            changed = true;
        }
    }
    // Adopt what the disks have and we do not, in the order of the first disk that has it.
    for (auto it = disks.cbegin(); it != disks.cend(); ++it) {
        for (const DiskSnapshotInfo &s : it.value()) {
            if (known.contains(s.tag))
                continue;
            known.insert(s.tag);
            SnapshotNode n;
            n.id = newId();
            n.tag = s.tag;
            n.name = s.tag;
            n.createdAt = s.created;
            n.guestRunTimeMs = s.vmClockNs / 1000000;
            n.vmStateSizeBytes = s.vmStateSizeBytes;
            n.kind =
                s.vmStateSizeBytes > 0 ? SnapshotNode::Kind::Live : SnapshotNode::Kind::DiskOnly;
            n.adopted = true;
            m_nodes.append(n);
            changed = true;
        }
    }
    if (changed)
        reconcile(disks); // adopted nodes missing from other disks are broken too
    return changed;
}

QString SnapshotTree::newId() const
{
    for (;;) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        if (!find(id))
            return id;
    }
}

QString SnapshotTree::newTag() const
{
    for (;;) {
        const QString tag =
            QStringLiteral("emanon-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!findByTag(tag))
            return tag;
    }
}

} // namespace Engine
