#include <spice/vd_agent.h>

#include "display/spice/agentformats.h"

#include <algorithm>

namespace DisplayChannel {

static_assert(int(ClipboardType::Text) == VD_AGENT_CLIPBOARD_UTF8_TEXT);
static_assert(int(ClipboardType::Png) == VD_AGENT_CLIPBOARD_IMAGE_PNG);
static_assert(int(ClipboardType::Bmp) == VD_AGENT_CLIPBOARD_IMAGE_BMP);
static_assert(int(ClipboardType::Tiff) == VD_AGENT_CLIPBOARD_IMAGE_TIFF);
static_assert(int(ClipboardType::Jpeg) == VD_AGENT_CLIPBOARD_IMAGE_JPG);

QString mimeTypeOf(ClipboardType type)
{
    switch (type) {
    case ClipboardType::Text: return QStringLiteral("text/plain;charset=utf-8");
    case ClipboardType::Png: return QStringLiteral("image/png");
    case ClipboardType::Bmp: return QStringLiteral("image/bmp");
    case ClipboardType::Tiff: return QStringLiteral("image/tiff");
    case ClipboardType::Jpeg: return QStringLiteral("image/jpeg");
    case ClipboardType::None: break;
    }
    return {};
}

ClipboardType clipboardTypeOf(const QString &mime)
{
    const QString m = mime.trimmed().toLower();
    if (m == QLatin1String("text/plain") || m.startsWith(QLatin1String("text/plain;charset=utf-8"))
        || m == QLatin1String("utf8_string") || m == QLatin1String("text/plain;charset=utf8"))
        return ClipboardType::Text;
    for (ClipboardType t : {ClipboardType::Png, ClipboardType::Bmp, ClipboardType::Tiff,
                            ClipboardType::Jpeg}) {
        if (m == mimeTypeOf(t))
            return t;
    }
    if (m == QLatin1String("image/jpg"))
        return ClipboardType::Jpeg;
    return ClipboardType::None;
}

QList<ClipboardType> typesToOffer(const QStringList &formats, bool hasImage)
{
    QList<ClipboardType> types;
    for (const QString &f : formats) {
        if (clipboardTypeOf(f) == ClipboardType::Text) {
            types << ClipboardType::Text;
            break;
        }
    }
    if (hasImage)
        types << ClipboardType::Png;
    return types;
}

ClipboardType preferredType(const QList<ClipboardType> &offered)
{
    for (ClipboardType t : {ClipboardType::Text, ClipboardType::Png, ClipboardType::Bmp,
                            ClipboardType::Jpeg, ClipboardType::Tiff}) {
        if (offered.contains(t))
            return t;
    }
    return ClipboardType::None;
}

QRect monitorConfigFor(const QSize &deviceSize)
{
    if (deviceSize.isEmpty())
        return {};
    const int w = std::clamp(deviceSize.width(), 640, 8192) & ~7;
    const int h = std::clamp(deviceSize.height(), 480, 8192);
    return {0, 0, w, h};
}

} // namespace DisplayChannel
