// IncomingBundle: the target side of a quick migration, run by the hidden `emanonctl
// migrate-target receive|adopt|drop` commands the source starts over SSH.
//
// A bundle arrives in <library>/.incoming-<uuid> (hidden from the VM list; an interrupted copy
// stays there and the next attempt resumes it), is checked file by file against the source's
// SHA-256 manifest, and only then renamed into the library as <name>.emanon.
#pragma once

#include "engine/core/result.h"
#include "engine/library/vmlibrary.h"

#include <QMap>

namespace Engine::IncomingBundle {

/// The staging folder for VM `uuid`, created; refused when the library already has a VM with
/// this id or name.
Result<QString> prepare(const VmLibrary &library, const QUuid &uuid, const QString &name);
/// Checks the staged copy against `manifest` (relative path -> SHA-256) and moves it into the
/// library. Returns the bundle's path. A mismatch names the files and adopts nothing.
Result<QString> adopt(const VmLibrary &library, const QUuid &uuid,
                      const QMap<QString, QString> &manifest);
/// Removes what a failed move left here: the staging folder, and the adopted bundle unless its
/// VM runs.
Status drop(const VmLibrary &library, const QUuid &uuid);

} // namespace Engine::IncomingBundle
