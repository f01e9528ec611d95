#include "app/mainwindow/thumbnailcache.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace App {

QString ThumbnailCache::pathFor(const QString &bundlePath)
{
    return bundlePath + QStringLiteral("/thumbnail.png");
}

QImage ThumbnailCache::shrink(const QImage &image)
{
    if (image.isNull() || image.width() <= kWidth)
        return image;
    return image.scaledToWidth(kWidth, Qt::SmoothTransformation);
}

ThumbnailCache::Entry &ThumbnailCache::load(const QString &bundlePath)
{
    auto it = m_entries.find(bundlePath);
    if (it != m_entries.end())
        return *it;
    Entry e;
    const QFileInfo file(pathFor(bundlePath));
    if (file.exists()) {
        e.modified = file.lastModified();
        e.sizeBytes = file.size();
        QImageReader reader(file.filePath());
        // Decode at the stored size only: a full-size frame (e.g. a suspend's screendump) is
        // scaled while reading, not kept.
        const QSize full = reader.size();
        if (full.isValid() && full.width() > kWidth)
            reader.setScaledSize(QSize(kWidth, std::max(1, full.height() * kWidth / full.width())));
        e.preview = reader.read();
    }
    return *m_entries.insert(bundlePath, e);
}

QImage ThumbnailCache::preview(const QString &bundlePath)
{
    return load(bundlePath).preview;
}

QIcon ThumbnailCache::icon(const QString &bundlePath, const QIcon &osIcon)
{
    Entry &e = load(bundlePath);
    if (e.preview.isNull())
        return osIcon;
    if (!e.iconMade) {
        const QSize size = iconSize();
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QImage frame = e.preview.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QPoint at((size.width() - frame.width()) / 2, (size.height() - frame.height()) / 2);
        p.drawImage(at, frame);
        p.setPen(QColor(0, 0, 0, 90));
        p.drawRect(QRect(at, frame.size()).adjusted(0, 0, -1, -1));
        const int badge = size.height() / 2;
        p.drawPixmap(size.width() - badge, size.height() - badge, osIcon.pixmap(badge, badge));
        p.end();
        e.icon = QIcon(pixmap);
        e.iconMade = true;
    }
    return e.icon;
}

QStringList ThumbnailCache::checkForChanges()
{
    QStringList changed;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const QFileInfo file(pathFor(it.key()));
        const bool exists = file.exists();
        const bool same = exists ? (file.lastModified() == it->modified && file.size() == it->sizeBytes)
                                 : !it->modified.isValid();
        if (same) {
            ++it;
            continue;
        }
        changed << it.key();
        it = m_entries.erase(it);
    }
    return changed;
}

void ThumbnailCache::retain(const QStringList &bundlePaths)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (bundlePaths.contains(it.key()))
            ++it;
        else
            it = m_entries.erase(it);
    }
}

} // namespace App
