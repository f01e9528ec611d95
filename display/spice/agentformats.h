// Agent formats: the pure mapping between what the SPICE agent (spice-vdagent in the guest)
// speaks and what the host side has, kept apart from spice-glib so it can be unit-tested:
// clipboard types <-> MIME types, and the monitor configuration asked for a view size.
#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

namespace DisplayChannel {

/// VDAgent clipboard types (spice/vd_agent.h VD_AGENT_CLIPBOARD_*; same numbers).
enum class ClipboardType { None = 0, Text = 1, Png = 2, Bmp = 3, Tiff = 4, Jpeg = 5 };

/// "text/plain;charset=utf-8", "image/png", ...; empty for None.
QString mimeTypeOf(ClipboardType type);
/// The agent type that carries `mime` ("text/plain" counts as UTF-8 text); None if none does.
ClipboardType clipboardTypeOf(const QString &mime);
/// What to offer the guest for a host clipboard holding `formats` (QMimeData::formats()):
/// text if there is any, PNG if there is an image (Qt converts every image to PNG).
QList<ClipboardType> typesToOffer(const QStringList &formats, bool hasImage);
/// Which of the guest's offered types to fetch: text first, then PNG, BMP, JPEG, TIFF.
ClipboardType preferredType(const QList<ClipboardType> &offered);

/// The single-monitor configuration to ask the guest agent for so that its screen fills a
/// view of `deviceSize` device pixels: width rounded down to a multiple of 8 (what guest
/// drivers accept), at least 640x480, at most 8192x8192. Empty for an empty view.
QRect monitorConfigFor(const QSize &deviceSize);

} // namespace DisplayChannel
