// Atomic file writes: a crash at any moment leaves either the old or the new file.
#pragma once

#include "engine/core/result.h"

#include <QByteArray>
#include <QString>

namespace Engine {

/// Writes `data` to `path` through a temporary file + rename (QSaveFile), fsync'd.
/// On failure the old file is untouched and the error says why (disk full, permissions).
Status writeFileAtomic(const QString &path, const QByteArray &data);

/// Reads a whole file; a clear error when it is missing or unreadable.
Result<QByteArray> readFile(const QString &path, qint64 maxBytes = 16 * 1024 * 1024);

} // namespace Engine
