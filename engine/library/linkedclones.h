// Linked clones: which VMs' disks are the base images of other VMs' disks.
//
// A linked clone's qcow2 overlays name the base VM's images as backing files (absolute paths,
// see VmLibrary::cloneLinked). The base must then stay as it is: starting it or changing its
// disks (snapshots included) would change what every clone reads. These helpers find the
// bases by reading the qcow2 headers directly (no qemu-img process), so a library of hundreds
// of VMs is checked in milliseconds; the VM list does it on every reload and a start does it
// for the VM's own library.
//
// Threads: plain functions over values; they read files and may run on any thread.
#pragma once

#include "engine/core/result.h"
#include "engine/library/vmlibrary.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Engine {

/// The backing file named in the header of the qcow2 image at `imagePath`, made absolute
/// against the image's folder; empty when the image has none, is not qcow2 or cannot be read.
/// Reads at most a few KiB.
QString qcow2BackingFile(const QString &imagePath);

/// For every entry whose disks back disks of other entries, the names of those linked clones
/// (sorted), keyed by the base's bundle path. Damaged entries and pass-through disks are
/// skipped.
QHash<QString, QStringList> linkedClonesAmong(const QList<VmEntry> &entries);

/// Why `bundle` must not `action` now because it is the base of linked clones in its own
/// library folder (ErrorCode::StateRefused naming the clones and what to do), or nothing.
/// `action` is a sentence such as "It cannot be started." shown after the reason.
std::optional<Error> templateRefusal(const VmBundle &bundle, const QString &action);

} // namespace Engine
