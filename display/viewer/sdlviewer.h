// SdlViewer: the SDL2 front end of emanon-viewer. Shows one VM's screen in an SDL window and
// sends keyboard and mouse through the same KeyboardInput and SpiceSession as DisplayWidget.
//
// Runs on the main thread of a QCoreApplication (whose GLib dispatcher also runs spice-glib);
// SDL events are read when the X connection has data (a socket notifier; a timer only where
// SDL does not run on X11). Drawing goes through the window surface, once per guest frame
// (SpiceSession::frameReady): at 1:1 only the damaged rectangles are copied from SPICE's
// buffer and pushed to the screen. Host commands: the release hotkey (Ctrl+Alt) ungrabs,
// hotkey+F toggles full screen. Quits the application when the VM stops.
#pragma once

#include "display/input/keyboardinput.h"
#include "display/spice/spiceagent.h"
#include "display/spice/spicesession.h"
#include "engine/core/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRegion>
#include <QSocketNotifier>
#include <QTimer>

#include <functional>

struct SDL_Window;
struct SDL_Surface;
union SDL_Event;

namespace DisplayChannel {

/// The X connection's socket under `window` when SDL runs on X11, else -1 (sdlx11.cpp: Xlib's
/// headers do not mix with Qt's).
int sdlX11ConnectionFd(SDL_Window *window);

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
        QList<int> releaseHotkey;        ///< evdev codes; empty: Ctrl+Alt
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
    void onFrameReady(const QRegion &damage);
    void present();
    void watchEvents();
    void clearWindow();
    void onDisconnected(const Engine::Error &error);
    void setGrabbed(bool grabbed);
    void updateTitle();
    [[nodiscard]] QPoint toGuest(int x, int y) const;
    [[nodiscard]] QRect imageRect() const;

    Options m_options;
    SpiceSession m_session;
    SpiceAgent m_agent{&m_session}; ///< resize-with-window when the guest has the agent
    KeyboardInput m_keyboard;
    SDL_Window *m_window = nullptr;
    SDL_Surface *m_source = nullptr; ///< wraps SPICE's primary buffer (no copy)
    QRegion m_damage;                 ///< guest pixels changed since the last present
    QTimer m_poll;                    ///< event polling where SDL is not on X11; VM check
    QSocketNotifier *m_xEvents = nullptr;
    QElapsedTimer m_sinceVmCheck;
    QTimer m_stats;
    bool m_grabbed = false;
    int m_buttons = 0;
    quint64 m_presented = 0;
};

} // namespace DisplayChannel
