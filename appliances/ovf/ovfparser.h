// parseOvf(): reads an OVF descriptor (0.9, 1.x, 2.0) into an OvfEnvelope.
//
// Safe on hostile input: the document must fit in kMaxOvfBytes, nest at most kMaxDepth
// elements deep, and may not carry a DTD (so no external or expanding entities). Elements are
// matched by namespace, never by prefix. Pure: no I/O, callable from any thread.
#pragma once

#include "appliances/ovf/ovfenvelope.h"
#include "engine/core/result.h"

#include <QCoreApplication>

namespace Appliances {

/// The largest OVF descriptor accepted (real ones are a few dozen KiB).
inline constexpr qint64 kMaxOvfBytes = 8 * 1024 * 1024;
/// The deepest element nesting accepted.
inline constexpr int kMaxDepth = 64;

/// Parses the descriptor. Errors (ErrorCode::InvalidArgument) say which file part is wrong
/// and what to do; details carry the XML line and column.
Engine::Result<OvfEnvelope> parseOvf(const QByteArray &xml);

/// A capacity in bytes from a value and OVF allocation units ("byte * 2^30", "MegaBytes",
/// "KB", "" = bytes). nullopt for unknown units, negative or overflowing values.
std::optional<qint64> ovfBytes(const QString &value, const QString &units);

/// The trailing id of an "ovf:/disk/ID", "/disk/ID" or "ovf:/file/ID" reference, else "".
QString ovfReferenceId(const QString &reference, const QString &kind);

} // namespace Appliances
