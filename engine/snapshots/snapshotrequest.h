// SnapshotRequest: one operation on the internal snapshots of a VM's disks, as a backend
// carries it out (VmBackend::snapshotJob). The tree bookkeeping is SnapshotManager's.
#pragma once

#include "engine/storage/diskimage.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Engine {

/// What the writable disks hold: disk node -> its internal snapshots (qemu-img info).
using DiskSnapshotMap = QMap<QString, QList<DiskSnapshotInfo>>;

struct SnapshotRequest
{
    enum class Action
    {
        Take = 1,
        Revert,
        Delete
    };

    Action action = Action::Take;
    QString tag;            ///< the qcow2 snapshot tag
    bool live = false;      ///< through the running QEMU (RAM and device state) or qemu-img
    QStringList nodes;      ///< writable disk nodes that take part (Delete: those that hold it)
    QString vmStateNode;    ///< live Take/Revert: the disk that holds the RAM state
    QString screenshotPath; ///< live Take: absolute PNG path for a screendump; empty = none
};

} // namespace Engine
