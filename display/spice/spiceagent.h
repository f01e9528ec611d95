// SpiceAgent: what a SPICE session can do when the guest runs the SPICE agent (spice-vdagent
// on the virtio-serial port com.redhat.spice.0): share the clipboard both ways and fit the
// guest's resolution to the window. Legacy guests never have an agent: then every call here
// does nothing and agentConnected() is false, so front ends may wire it up unconditionally.
//
// Clipboard: when the host clipboard changes, the guest is told which types are on offer
// (grab); it asks for the data only when it pastes (request -> notify). When the guest copies,
// the host clipboard gets the data at once (the guest's grab is answered with a request).
// Resize: requestSize() is debounced (kResizeDelayMs) so a window being dragged sends one
// monitor configuration at the end. GUI thread only; the session must outlive the agent.
#pragma once

#include "display/spice/agentformats.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

class QClipboard;
struct _SpiceChannel;

namespace DisplayChannel {

class SpiceSession;

class SpiceAgent : public QObject
{
    Q_OBJECT
public:
    static constexpr int kResizeDelayMs = 400;

    explicit SpiceAgent(SpiceSession *session, QObject *parent = nullptr);
    ~SpiceAgent() override;

    /// The host clipboard to share (null: no sharing, e.g. without a GUI).
    void setClipboard(QClipboard *clipboard);
    /// Resize-with-window: on by default.
    void setResizeWithWindow(bool on) { m_resize = on; }
    [[nodiscard]] bool resizeWithWindow() const { return m_resize; }

    [[nodiscard]] bool agentConnected() const { return m_agent; }
    /// The agent can change the guest's resolution (monitor configuration capability).
    [[nodiscard]] bool canResize() const;

    /// The view is now `deviceSize` device pixels: after kResizeDelayMs without another
    /// change, and with resize-with-window on, asks the guest for that resolution.
    void requestSize(const QSize &deviceSize);
    /// Asks the guest for exactly this resolution now (a preset). False without an agent.
    bool setResolution(const QSize &size);
    /// The configuration last sent (empty if none).
    [[nodiscard]] QRect lastMonitorConfig() const { return m_sent; }

Q_SIGNALS:
    void agentConnectedChanged(bool connected);
    /// The guest's clipboard arrived on the host clipboard.
    void clipboardFromGuest(DisplayChannel::ClipboardType type);

private:
    friend struct AgentCallbacks;
    void attach();
    void detach();
    void onAgentUpdate();
    void onHostClipboardChanged();
    bool onGuestGrab(const QList<ClipboardType> &types);
    void onGuestData(int type, const QByteArray &data);
    bool onGuestRequest(int type);
    void sendPendingSize();

    SpiceSession *m_session;
    _SpiceChannel *m_main = nullptr;
    QPointer<QClipboard> m_clipboard;
    bool m_agent = false;
    bool m_resize = true;
    bool m_settingClipboard = false; ///< our own change of the host clipboard: not re-offered
    QSize m_pendingSize;
    QRect m_sent;
    QTimer m_resizeTimer;
};

} // namespace DisplayChannel
