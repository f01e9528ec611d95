// emanonctl snapshot list|take|revert|delete|rename|show VM ...
#include "app/ctl/invocation.h"
#include "engine/snapshots/snapshotmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Engine;

namespace Ctl {

int cmdSnapshot(const Invocation &inv);

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : Tr::tr("unknown time");
}

QString runTime(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString summary(const SnapshotNode &n)
{
    QStringList parts{when(n.createdAt),
                      n.kind == SnapshotNode::Kind::Live ? Tr::tr("live") : Tr::tr("disk only")};
    if (n.kind == SnapshotNode::Kind::Live)
        parts << Tr::tr("guest ran %1").arg(runTime(n.guestRunTimeMs));
    parts << Tr::tr("id %1").arg(n.id);
    QString line = QStringLiteral("%1  (%2)").arg(n.name, parts.join(QStringLiteral(", ")));
    if (n.broken)
        line += QStringLiteral("  ") + Tr::tr("[broken: %1]").arg(n.brokenReason);
    else if (n.adopted)
        line += QStringLiteral("  ") + Tr::tr("[found in the disks]");
    return line;
}

void printBranch(const SnapshotTree &tree, const QString &id, int depth, QStringList &lines)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    if (!id.isEmpty())
        lines << indent + summary(*tree.find(id));
    const int childDepth = id.isEmpty() ? depth : depth + 1;
    if (tree.current() == id)
        lines << QString(childDepth * 2, QLatin1Char(' ')) + Tr::tr("-> You are here");
    for (const QString &child : tree.children(id))
        printBranch(tree, child, childDepth, lines);
}

int list(const Invocation &inv, SnapshotManager &m)
{
    const SnapshotTree &tree = m.tree();
    if (inv.json) {
        QJsonObject o = QJsonDocument::fromJson(tree.toJson()).object();
        o.insert(QStringLiteral("vm"), m.vm().config.name);
        outJson(o);
        return kOk;
    }
    if (tree.isEmpty()) {
        out(Tr::tr("%1 has no snapshots.").arg(m.vm().config.name));
        return kOk;
    }
    QStringList lines;
    printBranch(tree, {}, 0, lines);
    out(lines.join(QLatin1Char('\n')));
    return kOk;
}

int show(const Invocation &inv, SnapshotManager &m, const QString &id)
{
    const SnapshotNode &n = *m.tree().find(id);
    if (inv.json) {
        QJsonObject o = n.toJson();
        o.insert(QStringLiteral("current"), m.tree().current() == id);
        o.insert(QStringLiteral("configDifferences"),
                 QJsonArray::fromStringList(
                     SnapshotManager::configDifferences(n.config, m.vm().config.toJsonObject())));
        outJson(o);
        return kOk;
    }
    QStringList lines;
    lines << Tr::tr("Name:        %1").arg(n.name) << Tr::tr("Id, tag:     %1, %2").arg(n.id, n.tag)
          << Tr::tr("Taken:       %1").arg(when(n.createdAt))
          << Tr::tr("Kind:        %1")
                 .arg(n.kind == SnapshotNode::Kind::Live ? Tr::tr("live (memory and devices too)")
                                                         : Tr::tr("disks only"));
    if (n.kind == SnapshotNode::Kind::Live)
        lines << Tr::tr("Guest time:  %1").arg(runTime(n.guestRunTimeMs))
              << Tr::tr("State size:  %1").arg(DiskImage::formatSize(n.vmStateSizeBytes));
    const SnapshotNode *parent = m.tree().find(n.parent);
    lines << Tr::tr("Parent:      %1").arg(parent ? parent->name : Tr::tr("(none)"));
    if (m.tree().current() == id)
        lines << Tr::tr("Current:     yes (the VM's state descends from it)");
    if (!n.screenshot.isEmpty())
        lines << Tr::tr("Screenshot:  %1").arg(m.vm().resolve(n.screenshot));
    if (n.broken)
        lines << Tr::tr("Broken:      %1").arg(n.brokenReason);
    if (!n.description.isEmpty())
        lines << Tr::tr("Description: %1").arg(n.description);
    const QStringList diff =
        SnapshotManager::configDifferences(n.config, m.vm().config.toJsonObject());
    if (n.config.isEmpty())
        lines << Tr::tr("Settings:    not recorded (the snapshot was made outside Emanon)");
    else if (diff.isEmpty())
        lines << Tr::tr("Settings:    as now");
    else
        lines << Tr::tr("Settings changed since (then -> now):")
              << QStringLiteral("  ") + diff.join(QStringLiteral("\n  "));
    out(lines.join(QLatin1Char('\n')));
    return kOk;
}

int runSnapshotJob(const Invocation &inv, SnapshotJob *job)
{
    const int code = runJob(job, inv.verbose);
    if (code != kOk)
        return code;
    const SnapshotManager *m = qobject_cast<SnapshotManager *>(job->parent());
    const SnapshotNode *n = m ? m->tree().find(job->snapshotId()) : nullptr;
    const QString name = n ? n->name : job->snapshotId();
    const QString how = job->live() ? Tr::tr("live") : Tr::tr("offline");
    switch (job->kind()) {
    case SnapshotJob::Kind::Take:
        out(Tr::tr("Took snapshot \"%1\" (%2, id %3).").arg(name, how, job->snapshotId()));
        break;
    case SnapshotJob::Kind::Revert:
        out(Tr::tr("Reverted to \"%1\" (%2).").arg(name, how));
        break;
    default:
        out(Tr::tr("Deleted."));
        break;
    }
    return kOk;
}

} // namespace

int cmdSnapshot(const Invocation &inv)
{
    const QString sub = inv.args.value(0);
    static const QStringList subs{QStringLiteral("list"),   QStringLiteral("take"),
                                  QStringLiteral("revert"), QStringLiteral("delete"),
                                  QStringLiteral("rename"), QStringLiteral("show")};
    if (!subs.contains(sub))
        return inv.usage(Tr::tr("snapshot takes one of: %1.").arg(subs.join(QStringLiteral(", "))));
    if (inv.args.size() < 2)
        return inv.usage(Tr::tr("Name the VM: emanonctl snapshot %1 VM").arg(sub));
    auto vm = inv.open(inv.args.at(1));
    if (!vm)
        return inv.error(vm.error());
    SnapshotManager m(*vm, inv.backend);
    // A take needs no tree beforehand: its job reads and reconciles it under the lock.
    if (sub == QLatin1String("take"))
        return runSnapshotJob(inv, m.take(inv.opt(QStringLiteral("name")),
                                          inv.opt(QStringLiteral("description")), &m));
    const Status loaded = m.reload();
    if (!loaded)
        return inv.error(loaded.error());
    if (sub == QLatin1String("list"))
        return list(inv, m);

    if (inv.args.size() < 3)
        return inv.usage(Tr::tr("Name the snapshot: emanonctl snapshot %1 VM SNAPSHOT").arg(sub));
    auto id = m.tree().resolve(inv.args.at(2));
    if (!id)
        return inv.error(id.error());
    if (sub == QLatin1String("show"))
        return show(inv, m, *id);
    if (sub == QLatin1String("revert"))
        return runSnapshotJob(inv, m.revert(*id, &m));
    if (sub == QLatin1String("delete"))
        return runSnapshotJob(inv, m.remove(*id, inv.has(QStringLiteral("branch")), &m));
    // rename
    const QString newName = inv.args.value(3, inv.opt(QStringLiteral("name")));
    if (newName.isEmpty() && inv.has(QStringLiteral("description"))) {
        if (Status d = m.describe(*id, inv.opt(QStringLiteral("description"))); !d)
            return inv.error(d.error());
        out(Tr::tr("Description changed."));
        return kOk;
    }
    if (newName.isEmpty())
        return inv.usage(
            Tr::tr("Give the new name: emanonctl snapshot rename VM SNAPSHOT NEW-NAME"));
    Status s = m.rename(*id, newName);
    if (s && inv.has(QStringLiteral("description")))
        s = m.describe(*id, inv.opt(QStringLiteral("description")));
    if (!s)
        return inv.error(s.error());
    out(Tr::tr("Renamed to \"%1\".").arg(newName.trimmed()));
    return kOk;
}

} // namespace Ctl
