// SdlViewer: the SDL2 front end of emanon-viewer. Shows one VM's screen in an SDL window and
// sends keyboard and mouse through the same KeyboardInput and SpiceSession as DisplayWidget.
//
// Runs on the main thread of a QCoreApplication (whose GLib dispatcher also runs spice-glib);
// SDL events are polled from a timer. Drawing goes through the window surface: at 1:1 only the
// damaged rectangles are copied from SPICE's buffer and pushed to the screen. Host commands: the release hotkey (Ctrl+Alt) ungrabs,
// hotkey+F toggles full screen. Quits the application when the VM stops.
#pragma once

#include "display/input/keyboardinput.h"
#include "display/spice/spicesession.h"
#include "engine/core/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

#include <QRegion>

struct SDL_Window;
struct SDL_Surface;
union SDL_Event;

namespace DisplayChannel {

class SdlViewer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString title;
        QString spiceSocket;
        std::function<bool()> vmRunning; ///< asked when the connection ends
        bool fullScreen = false;
        bool reportFrames = false;       ///< print "frames N window X Y W H" every second
    };

    explicit SdlViewer(Options options, QObject *parent = nullptr);
    ~SdlViewer() override;

    /// Opens the window and connects. An error means nothing is shown.
    Engine::Status start();
    [[nodiscard]] quint64 presentedFrames() const { return m_presented; }

Q_SIGNALS:
    /// The viewer is done: 0 when the VM stopped or the user closed the window.
    void finished(int exitCode);

private:
    void pollEvents();
    void handleEvent(const SDL_Event &event);
    void handleKey(const SDL_Event &event);
    void handleMouse(const SDL_Event &event);
    void onPrimaryCreated(const QSize &size);
    void onInvalidated(const QRect &rect);
    void present();
    void clearWindow();
    void onDisconnected(const Engine::Error &error);
    void setGrabbed(bool grabbed);
    void updateTitle();
    [[nodiscard]] QPoint toGuest(int x, int y) const;
    [[nodiscard]] QRect imageRect() const;

    Options m_options;
    SpiceSession m_session;
    KeyboardInput m_keyboard;
    SDL_Window *m_window = nullptr;
    SDL_Surface *m_source = nullptr; ///< wraps SPICE's primary buffer (no copy)
    QRegion m_damage;                 ///< guest pixels changed since the last present
    QTimer m_poll;
    QTimer m_stats;
    bool m_grabbed = false;
    int m_buttons = 0;
    quint64 m_presented = 0;
};

} // namespace DisplayChannel
