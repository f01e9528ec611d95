// DisplayWidget: shows a VM's screen from a SpiceSession and sends it keyboard and mouse.
//
// Paints the SPICE primary surface directly (a QImage over SPICE's buffer, no frame copy),
// repaints only damaged regions, follows surface re-creation on guest mode switches, scales
// 1:1, to fit (keeping the aspect ratio) or by whole multiples, smooth or nearest, and honours
// the device pixel ratio (1:1 means one guest pixel per device pixel). Keyboard input goes
// through KeyboardInput (evdev codes from QKeyEvent::nativeScanCode, so the host layout does
// not matter). Mouse: in server mode a click grabs the pointer and motion is sent relative;
// the release hotkey (default Ctrl+Alt) ungrabs, hotkey+F toggles full screen. In client mode positions are absolute and
// nothing is grabbed. A lost connection shows its message in the widget.
// GUI thread only. The session must outlive the widget or be destroyed with it.
#pragma once

#include "display/input/keyboardinput.h"
#include "display/input/typetext.h"
#include "display/spice/spicesession.h"

#include <QWidget>

class QPainter;

namespace DisplayChannel {

class TextTyper;

class DisplayWidget : public QWidget
{
    Q_OBJECT
public:
    enum class ScaleMode { OneToOne = 1, Fit, Integer };
    Q_ENUM(ScaleMode)

    explicit DisplayWidget(SpiceSession *session, QWidget *parent = nullptr);
    ~DisplayWidget() override;

    [[nodiscard]] SpiceSession *session() const { return m_session; }
    [[nodiscard]] KeyboardInput &keyboard() { return m_keyboard; }
    [[nodiscard]] TextTyper *typer() const { return m_typer; }

    void setScaleMode(ScaleMode mode);
    [[nodiscard]] ScaleMode scaleMode() const { return m_scaleMode; }
    /// Smooth (bilinear) or nearest-neighbour scaling.
    void setSmoothScaling(bool smooth);
    [[nodiscard]] bool smoothScaling() const { return m_smooth; }
    /// Shows the widget's window full screen, or back to normal.
    void setFullScreen(bool on);
    [[nodiscard]] bool isFullScreen() const;

    /// Where the guest picture lies in widget coordinates (empty without a picture).
    [[nodiscard]] QRectF imageRect() const;
    /// A copy of the frame shown now (null without a picture).
    [[nodiscard]] QImage currentFrame() const;
    /// Frames painted since the session connected.
    [[nodiscard]] quint64 paintedFrames() const { return m_paintedFrames; }
    [[nodiscard]] bool isGrabbed() const { return m_grabbed; }
    /// What the widget tells the user now ("Press Ctrl+Alt to release the pointer", errors).
    [[nodiscard]] QString statusText() const { return m_status; }

    /// The key chord that hands the pointer and keyboard back to the host (default Ctrl+Alt;
    /// KeyboardInput::hotkeyFromString). The status text names it.
    void setReleaseHotkey(const QList<int> &evdevKeys);

    /// Sends a key combination the host would swallow.
    void sendKey(SendKey key);
    /// Types `text` as key strokes with `layout`; returns the characters it had to skip.
    QString typeText(const QString &text, KeyboardLayout layout);

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void statusTextChanged(const QString &text);
    void grabChanged(bool grabbed);
    /// The connection ended with an error (already shown in the widget).
    void errorOccurred(const Engine::Error &error);
    /// The widget's size changed, in device pixels (for SpiceAgent::requestSize).
    void viewSizeChanged(const QSize &devicePixels);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    void onPrimaryCreated(const QSize &size);
    void onFrameReady(const QRegion &damage);
    bool copyToDevice(QPainter &p, const QImage &image, const QRect &src,
                             const QPoint &to);
    [[nodiscard]] bool isUnscaled(const QRectF &target, const QSize &image) const;
    void paintScaled(QPainter &p, const QRegion &region, const QImage &image,
                     const QRectF &target) const;
    void onDisconnected(const Engine::Error &error);
    void onMouseModeChanged(SpiceSession::MouseMode mode);
    void setGrabbed(bool grabbed);
    void setStatus(const QString &text);
    void updateIdleStatus();
    [[nodiscard]] QPoint toGuest(const QPointF &widgetPos) const;
    [[nodiscard]] int buttonState(Qt::MouseButtons buttons) const;
    [[nodiscard]] static int evdevOf(const QKeyEvent *event);

    SpiceSession *m_session;
    KeyboardInput m_keyboard;
    TextTyper *m_typer = nullptr;
    ScaleMode m_scaleMode = ScaleMode::Fit;
    bool m_smooth = true;
    bool m_grabbed = false;
    bool m_frameDirty = false;
    QPoint m_grabCenter;     ///< global position the pointer is held at while grabbed
    quint64 m_paintedFrames = 0;
    QString m_status;
    QString m_error;         ///< shown instead of the picture after a failure
};

} // namespace DisplayChannel
