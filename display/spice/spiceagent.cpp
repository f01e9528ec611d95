// spice-client.h before any Qt header (GObject "signals" fields; see spicesession.cpp).
#include <spice-client.h>
#include <spice/vd_agent.h>

#include "display/spice/spiceagent.h"

#include "display/spice/spicesession.h"

#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QMimeData>

namespace DisplayChannel {

namespace {
constexpr guint kClipboard = VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD;
} // namespace

// Static trampolines from the main channel's GLib signals (user data = the agent).
struct AgentCallbacks
{
    static void agentUpdate(SpiceChannel *, gpointer self)
    {
        static_cast<SpiceAgent *>(self)->onAgentUpdate();
    }
    static gboolean grab(SpiceMainChannel *, guint selection, gpointer types, guint ntypes,
                         gpointer self)
    {
        if (selection != kClipboard)
            return FALSE;
        QList<ClipboardType> offered;
        const auto *t = static_cast<const guint32 *>(types);
        for (guint i = 0; i < ntypes; ++i)
            offered << ClipboardType(t[i]);
        return static_cast<SpiceAgent *>(self)->onGuestGrab(offered);
    }
    static void data(SpiceMainChannel *, guint selection, guint type, gpointer bytes, guint size,
                     gpointer self)
    {
        if (selection == kClipboard) {
            static_cast<SpiceAgent *>(self)->onGuestData(
                int(type), QByteArray(static_cast<const char *>(bytes), qsizetype(size)));
        }
    }
    static gboolean request(SpiceMainChannel *, guint selection, guint type, gpointer self)
    {
        return selection == kClipboard && static_cast<SpiceAgent *>(self)->onGuestRequest(int(type));
    }
};

SpiceAgent::SpiceAgent(SpiceSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(kResizeDelayMs);
    connect(&m_resizeTimer, &QTimer::timeout, this, &SpiceAgent::sendPendingSize);
    connect(m_session, &SpiceSession::mainChannelChanged, this, &SpiceAgent::attach);
    attach();
}

SpiceAgent::~SpiceAgent()
{
    detach();
}

void SpiceAgent::setClipboard(QClipboard *clipboard)
{
    if (m_clipboard)
        disconnect(m_clipboard, nullptr, this, nullptr);
    m_clipboard = clipboard;
    if (m_clipboard) {
        connect(m_clipboard, &QClipboard::dataChanged, this,
                &SpiceAgent::onHostClipboardChanged);
    }
}

void SpiceAgent::attach()
{
    _SpiceChannel *main = m_session->mainChannel();
    if (main == m_main)
        return;
    detach();
    m_main = main;
    if (!m_main)
        return;
    g_signal_connect(m_main, "main-agent-update", G_CALLBACK(AgentCallbacks::agentUpdate), this);
    g_signal_connect(m_main, "main-clipboard-selection-grab", G_CALLBACK(AgentCallbacks::grab),
                     this);
    g_signal_connect(m_main, "main-clipboard-selection", G_CALLBACK(AgentCallbacks::data), this);
    g_signal_connect(m_main, "main-clipboard-selection-request",
                     G_CALLBACK(AgentCallbacks::request), this);
    onAgentUpdate();
}

void SpiceAgent::detach()
{
    if (m_main)
        g_signal_handlers_disconnect_by_data(m_main, this);
    m_main = nullptr;
    m_sent = {};
    if (m_agent) {
        m_agent = false;
        Q_EMIT agentConnectedChanged(false);
    }
}

void SpiceAgent::onAgentUpdate()
{
    gboolean connected = FALSE;
    if (m_main)
        g_object_get(m_main, "agent-connected", &connected, nullptr);
    if (bool(connected) == m_agent)
        return;
    m_agent = connected;
    m_sent = {};
    Q_EMIT agentConnectedChanged(m_agent);
    if (m_agent) {
        if (m_pendingSize.isValid())
            m_resizeTimer.start(); // fit the window the user already has
        onHostClipboardChanged();  // offer what the host has now
    }
}

bool SpiceAgent::canResize() const
{
    return m_agent && m_main
        && spice_main_channel_agent_test_capability(SPICE_MAIN_CHANNEL(m_main),
                                                    VD_AGENT_CAP_MONITORS_CONFIG);
}

void SpiceAgent::requestSize(const QSize &deviceSize)
{
    m_pendingSize = deviceSize;
    if (m_resize && m_agent)
        m_resizeTimer.start();
}

void SpiceAgent::sendPendingSize()
{
    if (m_resize)
        setResolution(monitorConfigFor(m_pendingSize).size());
}

bool SpiceAgent::setResolution(const QSize &size)
{
    const QRect config(QPoint(0, 0), size);
    if (!canResize() || size.isEmpty())
        return false;
    if (config == m_sent)
        return true;
    auto *main = SPICE_MAIN_CHANNEL(m_main);
    spice_main_channel_update_display_enabled(main, 0, TRUE, FALSE);
    spice_main_channel_update_display(main, 0, config.x(), config.y(), config.width(),
                                      config.height(), FALSE);
    spice_main_channel_send_monitor_config(main);
    m_sent = config;
    return true;
}

void SpiceAgent::onHostClipboardChanged()
{
    if (!m_clipboard || !m_agent || !m_main || m_settingClipboard)
        return;
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    const QList<ClipboardType> types =
        mime ? typesToOffer(mime->formats(), mime->hasImage()) : QList<ClipboardType>();
    auto *main = SPICE_MAIN_CHANNEL(m_main);
    if (types.isEmpty()) {
        spice_main_channel_clipboard_selection_release(main, kClipboard);
        return;
    }
    QList<guint32> raw;
    for (ClipboardType t : types)
        raw << guint32(t);
    spice_main_channel_clipboard_selection_grab(main, kClipboard, raw.data(), int(raw.size()));
}

bool SpiceAgent::onGuestGrab(const QList<ClipboardType> &types)
{
    const ClipboardType wanted = preferredType(types);
    if (!m_clipboard || !m_main || wanted == ClipboardType::None)
        return FALSE;
    // Fetch at once: the host clipboard cannot ask lazily across the event loop.
    spice_main_channel_clipboard_selection_request(SPICE_MAIN_CHANNEL(m_main), kClipboard,
                                                   guint32(wanted));
    return TRUE;
}

void SpiceAgent::onGuestData(int type, const QByteArray &data)
{
    if (!m_clipboard)
        return;
    const auto t = ClipboardType(type);
    m_settingClipboard = true;
    if (t == ClipboardType::Text) {
        QByteArray text = data;
        if (text.endsWith('\0'))
            text.chop(1);
        m_clipboard->setText(QString::fromUtf8(text), QClipboard::Clipboard);
    } else {
        const QImage image = QImage::fromData(data);
        if (!image.isNull())
            m_clipboard->setImage(image, QClipboard::Clipboard);
    }
    m_settingClipboard = false;
    Q_EMIT clipboardFromGuest(t);
}

bool SpiceAgent::onGuestRequest(int type)
{
    if (!m_clipboard || !m_main)
        return FALSE;
    QByteArray data;
    const auto t = ClipboardType(type);
    if (t == ClipboardType::Text) {
        data = m_clipboard->text(QClipboard::Clipboard).toUtf8();
    } else if (t == ClipboardType::Png) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        m_clipboard->image(QClipboard::Clipboard).save(&buffer, "PNG");
    } else {
        return FALSE; // only what we offered
    }
    spice_main_channel_clipboard_selection_notify(SPICE_MAIN_CHANNEL(m_main), kClipboard,
                                                  guint32(type),
                                                  reinterpret_cast<const guchar *>(data.constData()),
                                                  size_t(data.size()));
    return TRUE;
}

} // namespace DisplayChannel
