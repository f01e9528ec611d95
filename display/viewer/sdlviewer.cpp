#include <SDL.h>

#include "display/viewer/sdlviewer.h"

#include "display/input/scancodes.h"

#include <QCoreApplication>

#include <cstdio>

namespace DisplayChannel {

namespace {
constexpr int kFullScreenKey = 33; // evdev F: hotkey+F toggles full screen
constexpr int kPollMs = 4;          // event polling where SDL is not on X11
} // namespace

SdlViewer::SdlViewer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_keyboard.setSink([this](unsigned code, bool pressed) { m_session.sendKey(code, pressed); });
    m_keyboard.setReleaseHotkey(m_options.releaseHotkey);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SdlViewer::pollEvents);
    m_stats.setInterval(1000);
    connect(&m_stats, &QTimer::timeout, this, [this] {
        int x = 0, y = 0, w = 0, h = 0;
        if (m_window) {
            SDL_GetWindowPosition(m_window, &x, &y);
            SDL_GetWindowSize(m_window, &w, &h);
        }
        std::printf("frames %llu window %d %d %d %d\n", static_cast<unsigned long long>(m_presented),
                    x, y, w, h);
        std::fflush(stdout);
    });
    connect(&m_session, &SpiceSession::primaryCreated, this, &SdlViewer::onPrimaryCreated);
    connect(&m_session, &SpiceSession::primaryDestroyed, this, [this] {
        if (m_source)
            SDL_FreeSurface(m_source);
        m_source = nullptr;
        m_damage = {};
    });
    connect(&m_session, &SpiceSession::frameReady, this, &SdlViewer::onFrameReady);
    connect(&m_session, &SpiceSession::disconnected, this, &SdlViewer::onDisconnected);
    connect(&m_session, &SpiceSession::mouseModeChanged, this, [this] {
        if (m_session.mouseMode() == SpiceSession::MouseMode::Client)
            setGrabbed(false);
        updateTitle();
    });
}

SdlViewer::~SdlViewer()
{
    m_keyboard.releaseAll();
    m_session.disconnectFromServer();
    if (m_source)
        SDL_FreeSurface(m_source);
    if (m_window)
        SDL_DestroyWindow(m_window);
    SDL_Quit();
}

Engine::Status SdlViewer::start()
{
    SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");
    // The window surface straight through X (MIT-SHM), not through an OpenGL renderer that
    // falls back to llvmpipe where there is no GPU (Xvfb, remote X) and costs several times more.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        return Engine::Error(Engine::ErrorCode::Unsupported,
                             tr("Could not open a window: no graphical display is available."),
                             QString::fromUtf8(SDL_GetError()));
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (m_options.fullScreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    m_window = SDL_CreateWindow(m_options.title.toUtf8().constData(), SDL_WINDOWPOS_UNDEFINED,
                                SDL_WINDOWPOS_UNDEFINED, 720, 400, flags);
    if (!m_window) {
        return Engine::Error(Engine::ErrorCode::Unsupported,
                             tr("Could not open a window for the VM's screen."),
                             QString::fromUtf8(SDL_GetError()));
    }
    clearWindow();
    updateTitle();
    watchEvents();
    if (m_options.reportFrames)
        m_stats.start();
    m_session.setAutoReconnect(true);
    m_session.connectToSocket(m_options.spiceSocket);
    return {};
}

void SdlViewer::updateTitle()
{
    QString hint;
    if (m_grabbed)
        hint = tr("press %1 to release the pointer").arg(m_keyboard.releaseHotkeyText());
    else if (m_session.mouseMode() == SpiceSession::MouseMode::Server)
        hint = tr("click to capture the pointer, %1 releases it")
                   .arg(m_keyboard.releaseHotkeyText());
    else
        hint = tr("%1+F: full screen").arg(m_keyboard.releaseHotkeyText());
    if (m_window) {
        const QString title = tr("%1 (%2)").arg(m_options.title, hint);
        SDL_SetWindowTitle(m_window, title.toUtf8().constData());
    }
}

void SdlViewer::onPrimaryCreated(const QSize &size)
{
    if (m_source)
        SDL_FreeSurface(m_source);
    // SPICE's xRGB surface is SDL's XRGB8888 (BGRX in memory on little-endian).
    const QImage image = m_session.primaryImage();
    m_source = SDL_CreateRGBSurfaceWithFormatFrom(const_cast<uchar *>(image.constBits()),
                                                  size.width(), size.height(), 32,
                                                  int(image.bytesPerLine()),
                                                  SDL_PIXELFORMAT_XRGB8888);
    if (!(SDL_GetWindowFlags(m_window) & SDL_WINDOW_FULLSCREEN_DESKTOP))
        SDL_SetWindowSize(m_window, size.width(), size.height());
    m_damage = QRect(QPoint(0, 0), size);
    present();
}

void SdlViewer::watchEvents()
{
    // On X11, read events when the connection has data instead of waking up every few ms.
    const int fd = sdlX11ConnectionFd(m_window);
    if (fd >= 0) {
        m_xEvents = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
        connect(m_xEvents, &QSocketNotifier::activated, this, &SdlViewer::pollEvents);
        m_poll.setInterval(250); // only the VM check, and events Xlib queued without a read
    }
    m_sinceVmCheck.start();
    m_poll.start();
}

void SdlViewer::onFrameReady(const QRegion &damage)
{
    m_damage += damage;
    present();
    // Xlib may have queued events while presenting (it reads the connection for XSync),
    // which the socket notifier would not report.
    if (m_xEvents)
        pollEvents();
}

void SdlViewer::clearWindow()
{
    SDL_Surface *screen = SDL_GetWindowSurface(m_window);
    if (!screen)
        return;
    SDL_FillRect(screen, nullptr, SDL_MapRGB(screen->format, 0, 0, 0));
    SDL_UpdateWindowSurface(m_window);
}

QRect SdlViewer::imageRect() const
{
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window, &w, &h);
    const QSize guest = m_session.primarySize();
    if (guest.isEmpty())
        return {};
    const QSize shown = guest.scaled(QSize(w, h), Qt::KeepAspectRatio);
    return {QPoint((w - shown.width()) / 2, (h - shown.height()) / 2), shown};
}

void SdlViewer::present()
{
    if (!m_source || m_damage.isEmpty())
        return;
    SDL_Surface *screen = SDL_GetWindowSurface(m_window);
    if (!screen)
        return;
    const QRect target = imageRect();
    const QRect guest(QPoint(0, 0), m_session.primarySize());
    if (target.size() == guest.size()) {
        // 1:1: copy and push only what changed.
        if (m_damage.rectCount() > SpiceSession::kMaxDamageRects)
            m_damage = m_damage.boundingRect();
        QList<SDL_Rect> rects;
        for (const QRect &r : std::as_const(m_damage)) {
            const QRect c = r.intersected(guest);
            SDL_Rect src{c.x(), c.y(), c.width(), c.height()};
            SDL_Rect dst{c.x() + target.x(), c.y() + target.y(), c.width(), c.height()};
            SDL_BlitSurface(m_source, &src, screen, &dst);
            rects.append(dst);
        }
        SDL_UpdateWindowSurfaceRects(m_window, rects.constData(), int(rects.size()));
    } else {
        SDL_FillRect(screen, nullptr, SDL_MapRGB(screen->format, 0, 0, 0));
        SDL_Rect dst{target.x(), target.y(), target.width(), target.height()};
        SDL_BlitScaled(m_source, nullptr, screen, &dst);
        SDL_UpdateWindowSurface(m_window);
    }
    m_damage = {};
    ++m_presented;
}

void SdlViewer::onDisconnected(const Engine::Error &error)
{
    setGrabbed(false);
    if (!m_options.vmRunning || !m_options.vmRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("The VM has stopped.")));
        Q_EMIT finished(0);
        return;
    }
    if (error.code != Engine::ErrorCode::None)
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    // auto-reconnect is on: the VM is still there, so its display comes back
}

void SdlViewer::setGrabbed(bool grabbed)
{
    if (m_grabbed == grabbed || !m_window)
        return;
    m_grabbed = grabbed;
    SDL_SetRelativeMouseMode(grabbed ? SDL_TRUE : SDL_FALSE);
    SDL_SetWindowGrab(m_window, grabbed ? SDL_TRUE : SDL_FALSE);
    updateTitle();
}

void SdlViewer::pollEvents()
{
    SDL_Event event;
    while (SDL_PollEvent(&event))
        handleEvent(event);
    if (!m_options.vmRunning || m_session.state() == SpiceSession::State::Connected)
        return;
    // Not connected (e.g. the socket never came back): stop waiting once the VM is gone.
    if (m_sinceVmCheck.elapsed() < 1000)
        return;
    m_sinceVmCheck.restart();
    if (!m_options.vmRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("The VM has stopped.")));
        Q_EMIT finished(0);
    }
}

void SdlViewer::handleEvent(const SDL_Event &event)
{
    switch (event.type) {
    case SDL_QUIT:
        Q_EMIT finished(0);
        return;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
        handleKey(event);
        return;
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
        handleMouse(event);
        return;
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_FOCUS_LOST) {
            m_keyboard.releaseAll();
            setGrabbed(false);
        } else if (event.window.event == SDL_WINDOWEVENT_EXPOSED
                   || event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED)
                m_agent.requestSize(QSize(event.window.data1, event.window.data2));
            clearWindow();
            m_damage = QRect(QPoint(0, 0), m_session.primarySize());
            present();
        }
        return;
    default:
        return;
    }
}

void SdlViewer::handleKey(const SDL_Event &event)
{
    const int evdev = usbHidToEvdev(int(event.key.keysym.scancode));
    if (evdev == 0)
        return;
    if (event.type == SDL_KEYUP) {
        m_keyboard.release(evdev);
        return;
    }
    if (!m_keyboard.press(evdev))
        return;
    // The release hotkey is held: a host command, never the guest's.
    if (evdev == kFullScreenKey && !event.key.repeat) {
        const bool full = SDL_GetWindowFlags(m_window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
        SDL_SetWindowFullscreen(m_window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
    } else {
        setGrabbed(false);
    }
}

QPoint SdlViewer::toGuest(int x, int y) const
{
    // Window coordinates -> guest pixels.
    const QRect r = imageRect();
    const QSize guest = m_session.primarySize();
    if (r.isEmpty())
        return {};
    const int gx = int(double(x - r.x()) * guest.width() / r.width());
    const int gy = int(double(y - r.y()) * guest.height() / r.height());
    return {std::clamp(gx, 0, guest.width() - 1), std::clamp(gy, 0, guest.height() - 1)};
}

void SdlViewer::handleMouse(const SDL_Event &event)
{
    const bool client = m_session.mouseMode() == SpiceSession::MouseMode::Client;
    if (event.type == SDL_MOUSEMOTION) {
        if (client) {
            const QPoint g = toGuest(event.motion.x, event.motion.y);
            m_session.sendPosition(g.x(), g.y(), m_buttons);
        } else if (m_grabbed) {
            m_session.sendMotion(event.motion.xrel, event.motion.yrel, m_buttons);
        }
        return;
    }
    if (event.type == SDL_MOUSEWHEEL) {
        if (!client && !m_grabbed)
            return;
        const auto b = event.wheel.y > 0 ? SpiceSession::WheelUp : SpiceSession::WheelDown;
        for (int i = 0; i < std::abs(event.wheel.y); ++i) {
            m_session.sendButton(b, true, m_buttons | SpiceSession::buttonMask(b));
            m_session.sendButton(b, false, m_buttons);
        }
        return;
    }
    const bool down = event.type == SDL_MOUSEBUTTONDOWN;
    if (down && !client && !m_grabbed) {
        setGrabbed(true); // this click only captures the pointer
        return;
    }
    SpiceSession::Button b;
    switch (event.button.button) {
    case SDL_BUTTON_LEFT: b = SpiceSession::Left; break;
    case SDL_BUTTON_MIDDLE: b = SpiceSession::Middle; break;
    case SDL_BUTTON_RIGHT: b = SpiceSession::Right; break;
    case SDL_BUTTON_X1: b = SpiceSession::Side; break;
    case SDL_BUTTON_X2: b = SpiceSession::Extra; break;
    default: return;
    }
    if (!client && !m_grabbed)
        return;
    if (down)
        m_buttons |= SpiceSession::buttonMask(b);
    else
        m_buttons &= ~SpiceSession::buttonMask(b);
    if (client) {
        const QPoint g = toGuest(event.button.x, event.button.y);
        m_session.sendPosition(g.x(), g.y(), m_buttons & ~SpiceSession::buttonMask(b));
    }
    m_session.sendButton(b, down, m_buttons);
}

} // namespace DisplayChannel
