// ThumbnailCache: the last frame of each VM (`<bundle>/thumbnail.png`, written when a VM is
// suspended and, while it runs, by ThumbnailRefresher), scaled down and kept in memory for
// the VM list and the details pane.
//
// Lazy: a thumbnail is read the first time a view asks for it (only visible rows are asked),
// never while painting again; checkForChanges() (called by the list's 1 s poll) compares the
// files' modification times of what was asked for and drops what changed, so a new frame
// shows within a second without a read per paint. A VM without the file gets no image (the
// caller falls back to the OS icon). GUI thread only.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QSize>
#include <QStringList>

namespace App {

class ThumbnailCache
{
public:
    /// Width of the stored thumbnails and of the details pane's preview.
    static constexpr int kWidth = 320;
    /// Size of the icon in the VM list (4:3, like most guest screens).
    static QSize iconSize() { return {48, 36}; }

    /// `<bundle>/thumbnail.png`.
    static QString pathFor(const QString &bundlePath);
    /// `image` scaled to kWidth wide (never up), for writing as a thumbnail.
    static QImage shrink(const QImage &image);

    /// The VM's last frame, at most kWidth wide; null when it has none.
    QImage preview(const QString &bundlePath);
    /// The list icon: the last frame with `osIcon` in its corner, or `osIcon` alone when the
    /// VM has no frame.
    QIcon icon(const QString &bundlePath, const QIcon &osIcon);
    /// Bundles whose thumbnail file changed (appeared, was replaced or removed) since it was
    /// last read; their cached images are dropped.
    QStringList checkForChanges();
    /// Forgets bundles that are no longer listed.
    void retain(const QStringList &bundlePaths);
    [[nodiscard]] int cachedCount() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QDateTime modified; ///< invalid when the file did not exist
        qint64 sizeBytes = -1;
        QImage preview;
        QIcon icon;
        bool iconMade = false;
    };
    Entry &load(const QString &bundlePath);

    QHash<QString, Entry> m_entries;
};

} // namespace App
