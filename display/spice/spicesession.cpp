// spice-client.h must come before any Qt header (its GObject "signals" fields collide with
// Qt's keyword macros otherwise; QT_NO_KEYWORDS is set project-wide as well).
#include <spice-client.h>

#include "display/spice/spicesession.h"

#include <QFileInfo>

#include <utility>

namespace DisplayChannel {

using Engine::Error;
using Engine::ErrorCode;

// Static trampolines from GLib signals into the session (user data = the session).
struct SpiceCallbacks
{
    static void channelNew(::SpiceSession *, SpiceChannel *ch, gpointer self)
    {
        static_cast<DisplayChannel::SpiceSession *>(self)->onChannelNew(ch);
    }
    static void channelDestroy(::SpiceSession *, SpiceChannel *ch, gpointer self)
    {
        static_cast<DisplayChannel::SpiceSession *>(self)->onChannelDestroy(ch);
    }
    static void channelEvent(SpiceChannel *ch, SpiceChannelEvent event, gpointer self)
    {
        static_cast<DisplayChannel::SpiceSession *>(self)->onChannelEvent(ch, int(event));
    }
    static void primaryCreate(SpiceChannel *, gint format, gint w, gint h, gint stride, gint,
                              gpointer data, gpointer self)
    {
        static_cast<DisplayChannel::SpiceSession *>(self)->onPrimaryCreate(format, w, h, stride, data);
    }
    static void primaryDestroy(SpiceChannel *, gpointer self)
    {
        static_cast<DisplayChannel::SpiceSession *>(self)->onPrimaryDestroy();
    }
    static void invalidate(SpiceChannel *, gint x, gint y, gint w, gint h, gpointer self)
    {
        static_cast<DisplayChannel::SpiceSession *>(self)->onInvalidate(x, y, w, h);
    }
    static void mouseUpdate(SpiceChannel *, gpointer self)
    {
        static_cast<DisplayChannel::SpiceSession *>(self)->onMouseUpdate();
    }
};

SpiceSession::SpiceSession(QObject *parent) : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SpiceSession::tryReconnect);
    m_frameEnd.setSingleShot(true);
    m_frameEnd.setTimerType(Qt::PreciseTimer);
    m_frameEnd.setInterval(kFrameQuietMs);
    connect(&m_frameEnd, &QTimer::timeout, this, &SpiceSession::finishFrame);
}

SpiceSession::~SpiceSession()
{
    m_autoReconnect = false;
    teardown();
}

void SpiceSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SpiceSession::connectToSocket(const QString &unixPath)
{
    teardown();
    m_path = unixPath;
    m_lastError = {};
    m_frames = 0;
    if (!QFileInfo::exists(unixPath)) {
        fail(Error(ErrorCode::NotFound,
                   tr("The VM's display is not available: the VM is not running or has no "
                      "SPICE display. Start the VM, then connect again."),
                   tr("No SPICE socket at %1").arg(unixPath)));
        return;
    }
    m_session = spice_session_new();
    const QByteArray path = QFile::encodeName(unixPath);
    g_object_set(m_session, "unix-path", path.constData(), nullptr);
    g_signal_connect(m_session, "channel-new", G_CALLBACK(SpiceCallbacks::channelNew), this);
    g_signal_connect(m_session, "channel-destroy", G_CALLBACK(SpiceCallbacks::channelDestroy),
                     this);
    setState(State::Connecting);
    if (!spice_session_connect(m_session)) {
        fail(Error(ErrorCode::Io,
                   tr("Could not connect to the VM's display. Check that the VM is running."),
                   tr("spice_session_connect failed for %1").arg(unixPath)));
    }
}

void SpiceSession::disconnectFromServer()
{
    m_autoReconnect = false;
    m_reconnect.stop();
    const bool wasOpen = m_session != nullptr;
    teardown();
    m_lastError = {};
    if (wasOpen)
        Q_EMIT disconnected(m_lastError);
    setState(State::Disconnected);
}

void SpiceSession::setAutoReconnect(bool on, int intervalMs)
{
    m_autoReconnect = on;
    m_reconnect.setInterval(intervalMs);
    if (!on)
        m_reconnect.stop();
}

void SpiceSession::teardown()
{
    if (m_primary.data)
        onPrimaryDestroy();
    if (!m_session)
        return;
    // Detach first so no callback reaches us while spice-glib closes the channels.
    for (SpiceChannel *ch : {m_main, m_display, m_inputs}) {
        if (ch)
            g_signal_handlers_disconnect_by_data(ch, this);
    }
    g_signal_handlers_disconnect_by_data(m_session, this);
    ::SpiceSession *session = m_session;
    m_session = nullptr;
    const bool hadMain = m_main != nullptr;
    m_main = m_display = m_inputs = nullptr;
    if (hadMain)
        Q_EMIT mainChannelChanged();
    // We may be inside one of the session's own signal emissions: close it from the main
    // loop. Nothing calls back into us any more (handlers are gone).
    g_idle_add(
        [](gpointer s) -> gboolean {
            spice_session_disconnect(static_cast<::SpiceSession *>(s));
            g_object_unref(s);
            return G_SOURCE_REMOVE;
        },
        session);
}

void SpiceSession::fail(const Error &error)
{
    teardown();
    m_lastError = error;
    Q_EMIT disconnected(error);
    setState(State::Disconnected);
    if (m_autoReconnect)
        m_reconnect.start();
}

Error SpiceSession::connectionLost(const QString &details)
{
    return Error(ErrorCode::Crashed,
                 tr("The connection to the VM's display was lost: the VM has stopped or crashed. "
                    "Start it again to reconnect."),
                 details);
}

void SpiceSession::tryReconnect()
{
    if (!m_autoReconnect || m_state != State::Disconnected)
        return;
    if (!QFileInfo::exists(m_path)) {
        m_reconnect.start(); // the VM is not back yet
        return;
    }
    connectToSocket(m_path);
}

void SpiceSession::onChannelNew(SpiceChannel *channel)
{
    g_signal_connect(channel, "channel-event", G_CALLBACK(SpiceCallbacks::channelEvent), this);
    if (SPICE_IS_MAIN_CHANNEL(channel)) {
        m_main = channel;
        g_signal_connect(channel, "main-mouse-update", G_CALLBACK(SpiceCallbacks::mouseUpdate),
                         this);
        Q_EMIT mainChannelChanged();
        return; // spice_session_connect already connects the main channel
    }
    if (SPICE_IS_DISPLAY_CHANNEL(channel)) {
        int id = 0;
        g_object_get(channel, "channel-id", &id, nullptr);
        if (id != 0)
            return; // secondary monitors: not shown
        m_display = channel;
        g_signal_connect(channel, "display-primary-create",
                         G_CALLBACK(SpiceCallbacks::primaryCreate), this);
        g_signal_connect(channel, "display-primary-destroy",
                         G_CALLBACK(SpiceCallbacks::primaryDestroy), this);
        g_signal_connect(channel, "display-invalidate", G_CALLBACK(SpiceCallbacks::invalidate),
                         this);
    } else if (SPICE_IS_INPUTS_CHANNEL(channel)) {
        m_inputs = channel;
    } else if (!SPICE_IS_CURSOR_CHANNEL(channel)) {
        return; // playback, record, usbredir, webdav: not ours
    }
    spice_channel_connect(channel);
}

void SpiceSession::onChannelDestroy(SpiceChannel *channel)
{
    g_signal_handlers_disconnect_by_data(channel, this);
    if (channel == m_display) {
        if (m_primary.data)
            onPrimaryDestroy();
        m_display = nullptr;
    } else if (channel == m_inputs) {
        m_inputs = nullptr;
    } else if (channel == m_main) {
        m_main = nullptr;
        Q_EMIT mainChannelChanged();
    }
}

void SpiceSession::onChannelEvent(SpiceChannel *channel, int event)
{
    switch (SpiceChannelEvent(event)) {
    case SPICE_CHANNEL_OPENED:
        if (channel == m_display) {
            setState(State::Connected);
            Q_EMIT connected();
        }
        return;
    case SPICE_CHANNEL_CLOSED:
        if (channel == m_main || channel == m_display)
            fail(connectionLost(QStringLiteral("SPICE channel closed")));
        return;
    case SPICE_CHANNEL_ERROR_CONNECT:
    case SPICE_CHANNEL_ERROR_LINK:
    case SPICE_CHANNEL_ERROR_TLS:
    case SPICE_CHANNEL_ERROR_AUTH:
    case SPICE_CHANNEL_ERROR_IO: {
        if (channel != m_main && channel != m_display)
            return; // a cursor or inputs channel alone failing is not fatal
        const GError *err = spice_channel_get_error(channel);
        const QString details = err ? QString::fromUtf8(err->message)
                                    : QStringLiteral("SPICE channel event %1").arg(event);
        const bool wasConnected = m_state == State::Connected;
        if (event == SPICE_CHANNEL_ERROR_AUTH) {
            fail(Error(ErrorCode::InvalidArgument,
                       tr("The VM's display refused the connection. Check the SPICE password "
                          "in the VM's display settings."),
                       details));
        } else if (wasConnected) {
            fail(connectionLost(details));
        } else {
            fail(Error(ErrorCode::Io,
                       tr("Could not connect to the VM's display. Check that the VM is running "
                          "and has a SPICE display."),
                       details));
        }
        return;
    }
    default:
        return;
    }
}

void SpiceSession::onPrimaryCreate(int format, int width, int height, int stride, void *data)
{
    if (m_primary.data)
        onPrimaryDestroy();
    if (format != SPICE_SURFACE_FMT_32_xRGB && format != SPICE_SURFACE_FMT_32_ARGB)
        qWarning("SPICE primary surface format %d is not 32-bit; shown as xRGB", format);
    m_primary = {static_cast<uchar *>(data), width, height, stride, format};
    Q_EMIT primaryCreated(QSize(width, height));
}

void SpiceSession::onPrimaryDestroy()
{
    m_frameEnd.stop();
    m_damage = {};
    m_primary = {};
    Q_EMIT primaryDestroyed();
}

void SpiceSession::onInvalidate(int x, int y, int w, int h)
{
    const QRect rect(x, y, w, h);
    Q_EMIT invalidated(rect);
    m_damage += rect;
    if (!m_frameEnd.isActive())
        m_burst.start();
    else if (m_burst.elapsed() >= kFrameMaxDelayMs)
        return; // draws keep coming: the running timer ends this frame
    m_frameEnd.start();
}

QRegion SpiceSession::simplifyDamage(const QRegion &damage)
{
    // Every piece costs the front end a transfer to the window system: few pieces, or one box
    // when it is not much larger than what changed.
    const QRect box = damage.boundingRect();
    qint64 area = 0;
    for (const QRect &r : damage)
        area += qint64(r.width()) * r.height();
    const qint64 boxArea = qint64(box.width()) * box.height();
    if (damage.rectCount() > kMaxDamageRects || boxArea * 4 <= area * 5)
        return box;
    return damage;
}

void SpiceSession::finishFrame()
{
    if (m_damage.isEmpty() || !m_primary.data)
        return;
    const QRegion damage = simplifyDamage(std::exchange(m_damage, QRegion()));
    ++m_frames;
    Q_EMIT frameReady(damage);
}

void SpiceSession::onMouseUpdate()
{
    int mode = SPICE_MOUSE_MODE_SERVER;
    if (m_main)
        g_object_get(m_main, "mouse-mode", &mode, nullptr);
    const MouseMode m = mode == SPICE_MOUSE_MODE_CLIENT ? MouseMode::Client : MouseMode::Server;
    if (m == m_mouseMode)
        return;
    m_mouseMode = m;
    Q_EMIT mouseModeChanged(m);
}

void SpiceSession::requestMouseMode(MouseMode mode)
{
    if (m_main) {
        spice_main_channel_request_mouse_mode(SPICE_MAIN_CHANNEL(m_main),
                                              mode == MouseMode::Client ? SPICE_MOUSE_MODE_CLIENT
                                                                        : SPICE_MOUSE_MODE_SERVER);
    }
}

QImage SpiceSession::primaryImage() const
{
    if (!m_primary.data)
        return {};
    return QImage(m_primary.data, m_primary.width, m_primary.height, m_primary.stride,
                  QImage::Format_RGB32);
}

void SpiceSession::sendKey(unsigned scancode, bool pressed)
{
    if (!m_inputs || scancode == 0)
        return;
    if (pressed)
        spice_inputs_channel_key_press(SPICE_INPUTS_CHANNEL(m_inputs), scancode);
    else
        spice_inputs_channel_key_release(SPICE_INPUTS_CHANNEL(m_inputs), scancode);
}

void SpiceSession::sendMotion(int dx, int dy, int buttons)
{
    if (m_inputs && (dx || dy))
        spice_inputs_channel_motion(SPICE_INPUTS_CHANNEL(m_inputs), dx, dy, buttons);
}

void SpiceSession::sendPosition(int x, int y, int buttons)
{
    if (m_inputs)
        spice_inputs_channel_position(SPICE_INPUTS_CHANNEL(m_inputs), x, y, 0, buttons);
}

void SpiceSession::sendButton(Button button, bool pressed, int buttons)
{
    if (!m_inputs)
        return;
    if (pressed)
        spice_inputs_channel_button_press(SPICE_INPUTS_CHANNEL(m_inputs), int(button), buttons);
    else
        spice_inputs_channel_button_release(SPICE_INPUTS_CHANNEL(m_inputs), int(button), buttons);
}

} // namespace DisplayChannel
