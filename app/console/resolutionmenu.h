// ResolutionMenu: the console's "Resolution" menu. Fixed sizes (640x480 ... 1920x1080) mean
// what the VM can do with them, and the menu says which:
// - with the SPICE agent in the guest: the guest switches to the size now (a monitor
//   configuration), and "Resize with window" keeps it at the window's size;
// - without one (legacy guests): the size becomes the graphics card's preferred mode (VGA
//   EDID) from the next start, for cards that have one (std, virtio, qxl); the guest still
//   picks its mode itself. Both: the window is sized to show the guest 1:1.
#pragma once

#include <QMenu>

#include <functional>

namespace DisplayChannel {
class DisplayWidget;
class SpiceAgent;
} // namespace DisplayChannel

namespace App {

class ResolutionMenu : public QMenu
{
    Q_OBJECT
public:
    /// Saves the preferred resolution ("1024x768", empty: the card's default) in the VM's
    /// settings; returns an error message or an empty string.
    using Saver = std::function<QString(const QString &resolution)>;

    ResolutionMenu(DisplayChannel::SpiceAgent *agent, DisplayChannel::DisplayWidget *display,
                   QString vga, QString saved, QWidget *parent = nullptr);
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    static QList<QSize> presets();
    /// Cards whose preferred mode Emanon can set (std, virtio, qxl).
    static bool cardHasEdid(const QString &vga);

Q_SIGNALS:
    /// A message for the status bar ("The guest switches to 800x600").
    void message(const QString &text);
    /// The window should grow or shrink so that the guest shows 1:1 at `size`.
    void fitWindowTo(const QSize &size);

private:
    void rebuild();
    void choose(const QSize &size);

    DisplayChannel::SpiceAgent *m_agent;
    DisplayChannel::DisplayWidget *m_display;
    QString m_vga;
    QString m_saved;
    Saver m_saver;
};

} // namespace App
