// Atomic file writes: a crash at any moment leaves either the old or the new file.
#pragma once

#include "engine/core/result.h"

#include <QByteArray>
#include <QString>

namespace Engine {

/// Writes `data` to `path` through a temporary file + rename (QSaveFile), fsync'd.
/// On failure the old file is untouched and the error says why (disk full, permissions).
Status writeFileAtomic(const QString &path, const QByteArray &data);

/// The same for run-time files (state.json in the runtime dir): readers still see the old or
/// the new file, never a partial one, but nothing is fsync'd. What only lives as long as the
/// processes that write it needs no disk flush, and an fsync can wait tens of ms behind the
/// disk images' writeback, on the path of every VM start and migration.
Status writeRuntimeFileAtomic(const QString &path, const QByteArray &data);

/// Reads a whole file; a clear error when it is missing or unreadable.
Result<QByteArray> readFile(const QString &path, qint64 maxBytes = 16 * 1024 * 1024);

} // namespace Engine
