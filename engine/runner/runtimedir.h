// RuntimeDir: the private folder for a running VM's sockets and pid file.
//
// Base: $EMANON_RUNTIME_DIR, else $XDG_RUNTIME_DIR/emanon, else /tmp/emanon-<uid>. Every level
// Emanon creates is mode 0700 and must be owned by us and not be a symlink; anything else is
// refused (another user could otherwise hijack the QMP socket). Socket paths must fit in
// sun_path (108 bytes) or QEMU cannot create them: checked here with a clear error.
#pragma once

#include "engine/core/result.h"

#include <QString>
#include <QUuid>

namespace Engine::RuntimeDir {

/// The base folder, created if needed and checked.
Result<QString> base();

/// The folder for one VM (base/<uuid>), created if needed and checked.
Result<QString> forVm(const QUuid &uuid);

/// The longest socket path used in a VM's runtime dir fits in sun_path.
Status checkSocketPaths(const QString &vmRuntimeDir);

/// Creates `path` with mode 0700 if missing; verifies owner == us, not a symlink, and mode
/// 0700 (tightening it if it is ours and looser).
Status ensurePrivateDir(const QString &path);

} // namespace Engine::RuntimeDir
