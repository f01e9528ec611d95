// SpiceSession: one SPICE client connection to a VM's display, over spice-client-glib.
//
// Connects to the VM's unix socket (RuntimeFiles::spiceSocket), follows the channels the
// server offers (main, display, inputs, cursor), exposes the primary surface without copying
// it, and forwards input. When the connection ends it says why in a translated Error; with
// auto-reconnect on it connects again as soon as the socket accepts (a VM that restarts).
//
// Threading: spice-glib runs on the default GLib main context, which Qt's GLib event
// dispatcher (Debian's Qt) iterates on the GUI thread. Create and use a SpiceSession only on
// the main thread. Signal order per connection: stateChanged(Connecting) -> connected() ->
// primaryCreated -> (invalidated* frameReady)* -> (primaryDestroyed -> primaryCreated ...)* ->
// primaryDestroyed -> disconnected(Error) -> stateChanged(Disconnected).
//
// Frames: the server sends one guest refresh as a burst of draws (QEMU's VGA: a 32-pixel
// column each, 30 ms apart). The session collects a burst's damage and emits frameReady once
// when the burst has ended (no draw for kFrameQuietMs, or kFrameMaxDelayMs after its first
// draw), so a front end paints and presents each guest frame once, not once per draw.
#pragma once

#include "engine/core/error.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QRect>
#include <QRegion>
#include <QTimer>

struct _SpiceSession;
struct _SpiceChannel;

namespace DisplayChannel {

class SpiceSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected = 1, Connecting, Connected };
    Q_ENUM(State)
    /// Server: relative motion, the client grabs the pointer. Client: absolute positions
    /// (usb-tablet or agent), no grab.
    enum class MouseMode { Server = 1, Client };
    Q_ENUM(MouseMode)

    /// Mouse buttons, as SPICE numbers them.
    enum Button { Left = 1, Middle, Right, WheelUp, WheelDown, Side, Extra };

    explicit SpiceSession(QObject *parent = nullptr);
    ~SpiceSession() override;

    /// Connects to the SPICE server listening on `unixPath`. Asynchronous: connected() or
    /// disconnected(Error) follows. A connection still open is closed first.
    void connectToSocket(const QString &unixPath);
    /// Closes the connection (disconnected() with code None). Cancels auto-reconnect.
    void disconnectFromServer();
    /// When on, a lost connection is retried every `intervalMs` while nobody disconnects.
    void setAutoReconnect(bool on, int intervalMs = 500);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] MouseMode mouseMode() const { return m_mouseMode; }
    [[nodiscard]] QString socketPath() const { return m_path; }
    /// The spice-glib session while connected (for display/usb's SpiceUsbRedirector); null
    /// when disconnected.
    [[nodiscard]] _SpiceSession *glibSession() const { return m_session; }
    /// Why the last connection ended or failed; code None after a requested disconnect.
    [[nodiscard]] const Engine::Error &lastError() const { return m_lastError; }

    /// The guest's primary surface, wrapping SPICE's buffer without a copy. Valid until
    /// primaryDestroyed(); do not keep it past that signal. Null when there is none.
    [[nodiscard]] QImage primaryImage() const;
    [[nodiscard]] QSize primarySize() const { return m_primary.size(); }
    /// Frames completed since connect (one per burst of damage the server sent).
    [[nodiscard]] quint64 frameCount() const { return m_frames; }
    /// A burst of draws has ended when none came for this long...
    static constexpr int kFrameQuietMs = 8;
    /// ...or, while draws keep coming (a backlog, a guest that never stops drawing), at most
    /// kFrameQuietMs after this long since its first draw.
    static constexpr int kFrameMaxDelayMs = 25;
    /// A frame's damage as frameReady passes it on: its bounding box when that is at most a
    /// quarter larger than the damage or the damage has more than kMaxDamageRects pieces.
    static constexpr int kMaxDamageRects = 8;
    [[nodiscard]] static QRegion simplifyDamage(const QRegion &damage);

    /// Keyboard: set-1 scan code, 0xE0-prefixed keys as 0x100 | code.
    void sendKey(unsigned scancode, bool pressed);
    /// Server mode: relative motion. `buttons` is the SPICE button mask held now.
    void sendMotion(int dx, int dy, int buttons);
    /// Client mode: absolute position in guest pixels.
    void sendPosition(int x, int y, int buttons);
    void sendButton(Button button, bool pressed, int buttons);
    [[nodiscard]] bool hasInputs() const { return m_inputs != nullptr; }
    /// The main channel (agent: clipboard, monitor configuration; see SpiceAgent), or null.
    [[nodiscard]] _SpiceChannel *mainChannel() const { return m_main; }
    /// Asks the server for a mouse mode; mouseModeChanged() follows if it agrees (client mode
    /// needs an absolute device in the guest: usb-tablet or the agent).
    void requestMouseMode(MouseMode mode);
    static int buttonMask(Button button) { return 1 << (int(button) - 1); }

Q_SIGNALS:
    void stateChanged(DisplayChannel::SpiceSession::State state);
    /// The display channel is open.
    void connected();
    /// The connection ended; error.code is None when disconnectFromServer() asked for it.
    void disconnected(const Engine::Error &error);
    /// A (new) primary surface exists: after connect and at every guest mode switch.
    void primaryCreated(const QSize &size);
    void primaryDestroyed();
    /// Guest pixels changed in `rect` (surface coordinates), one signal per draw.
    void invalidated(const QRect &rect);
    /// The server finished sending a frame: `damage` covers every guest pixel its draws
    /// changed (surface coordinates, simplifyDamage()). Paint and present here, once per frame.
    void frameReady(const QRegion &damage);
    void mouseModeChanged(DisplayChannel::SpiceSession::MouseMode mode);
    /// mainChannel() changed (a connection opened or is going): users of the old channel
    /// must drop their GLib handlers on it now.
    void mainChannelChanged();

private:
    // spice-glib callbacks (static trampolines live in the .cpp)
    friend struct SpiceCallbacks;
    void onChannelNew(_SpiceChannel *channel);
    void onChannelDestroy(_SpiceChannel *channel);
    void onChannelEvent(_SpiceChannel *channel, int event);
    void onPrimaryCreate(int format, int width, int height, int stride, void *data);
    void onPrimaryDestroy();
    void onInvalidate(int x, int y, int w, int h);
    void onMouseUpdate();
    void finishFrame();

    void teardown();
    void fail(const Engine::Error &error);
    static Engine::Error connectionLost(const QString &details);
    void setState(State state);
    void tryReconnect();

    _SpiceSession *m_session = nullptr;
    _SpiceChannel *m_main = nullptr;
    _SpiceChannel *m_display = nullptr;
    _SpiceChannel *m_inputs = nullptr;
    QString m_path;
    State m_state = State::Disconnected;
    MouseMode m_mouseMode = MouseMode::Server;
    Engine::Error m_lastError;
    struct Primary
    {
        uchar *data = nullptr;
        int width = 0, height = 0, stride = 0, format = 0;
        [[nodiscard]] QSize size() const { return data ? QSize(width, height) : QSize(); }
    } m_primary;
    quint64 m_frames = 0;
    QRegion m_damage;          ///< of the burst in progress
    QTimer m_frameEnd;         ///< kFrameQuietMs after the last draw of a burst
    QElapsedTimer m_burst;     ///< since the burst's first draw
    bool m_autoReconnect = false;
    QTimer m_reconnect;
};

} // namespace DisplayChannel
