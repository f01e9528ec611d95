#include "app/common/guestfamily.h"

#include "engine/profiles/guestprofile.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace App {

namespace {

struct FamilyLook
{
    const char *id;
    QColor color;
    const char *badge;
};

FamilyLook lookOf(const QString &family)
{
    static const FamilyLook kLooks[] = {
        {"windows-legacy", QColor(0x00, 0x80, 0x80), "Win"},
        {"windows-modern", QColor(0x1e, 0x6f, 0xd9), "NT"},
        {"windows", QColor(0x1e, 0x6f, 0xd9), "NT"},
        {"linux", QColor(0xe0, 0x8a, 0x00), "Lx"},
        {"dos", QColor(0x44, 0x44, 0x44), "C:\\"},
        {"bsd", QColor(0xb0, 0x22, 0x22), "BSD"},
        {"other", QColor(0x6a, 0x5a, 0xcd), "?"},
    };
    for (const FamilyLook &look : kLooks) {
        if (family == QLatin1String(look.id))
            return look;
    }
    return kLooks[std::size(kLooks) - 1];
}

QPixmap paintIcon(const QString &family, int size)
{
    const FamilyLook look = lookOf(family);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(size * 0.06, size * 0.06, size * 0.88, size * 0.88);
    QLinearGradient gradient(r.topLeft(), r.bottomLeft());
    gradient.setColorAt(0, look.color.lighter(125));
    gradient.setColorAt(1, look.color.darker(115));
    QPainterPath path;
    path.addRoundedRect(r, size * 0.18, size * 0.18);
    p.fillPath(path, gradient);
    p.setPen(QPen(look.color.darker(150), qMax(1.0, size / 32.0)));
    p.drawPath(path);
    QFont font = p.font();
    font.setBold(true);
    const QString badge = QString::fromLatin1(look.badge);
    font.setPixelSize(int(size * (badge.size() > 2 ? 0.32 : 0.42)));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, badge);
    return pixmap;
}

} // namespace

QStringList GuestFamily::order()
{
    return {QStringLiteral("windows-legacy"), QStringLiteral("windows-modern"),
            QStringLiteral("windows"), QStringLiteral("linux"), QStringLiteral("dos"),
            QStringLiteral("bsd"), QStringLiteral("other")};
}

QString GuestFamily::displayName(const QString &family)
{
    if (family == QLatin1String("windows-legacy"))
        return tr("Windows (legacy)");
    if (family == QLatin1String("windows-modern") || family == QLatin1String("windows"))
        return tr("Windows (modern)");
    if (family == QLatin1String("linux"))
        return tr("Linux");
    if (family == QLatin1String("dos"))
        return tr("DOS");
    if (family == QLatin1String("bsd"))
        return tr("BSD");
    if (family == QLatin1String("other"))
        return tr("Other");
    return family;
}

QIcon GuestFamily::icon(const QString &family)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(family);
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(paintIcon(family, size));
    cache.insert(family, icon);
    return icon;
}

QString GuestFamily::ofProfile(const QString &profileId)
{
    const Engine::GuestProfile *profile = Engine::findProfile(profileId);
    return profile ? QString::fromLatin1(profile->family) : QStringLiteral("other");
}

} // namespace App
