#include "display/widget/displaywidget.h"

#include "display/input/scancodes.h"
#include "display/input/texttyper.h"
#include "display/widget/opaquecopy.h"

#include <QCursor>
#include <QKeyEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QWindow>

#include <cmath>

namespace DisplayChannel {

namespace {
constexpr int kFullScreenKey = 33; // evdev F, as in the SDL viewer
} // namespace

DisplayWidget::DisplayWidget(SpiceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);   // every pixel is painted: no background fill
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setMinimumSize(160, 100);
    m_keyboard.setSink([this](unsigned code, bool pressed) { m_session->sendKey(code, pressed); });
    m_typer = new TextTyper(&m_keyboard, this);
    connect(m_session, &SpiceSession::primaryCreated, this, &DisplayWidget::onPrimaryCreated);
    connect(m_session, &SpiceSession::primaryDestroyed, this, [this] { update(); });
    connect(m_session, &SpiceSession::frameReady, this, &DisplayWidget::onFrameReady);
    connect(m_session, &SpiceSession::disconnected, this, &DisplayWidget::onDisconnected);
    connect(m_session, &SpiceSession::mouseModeChanged, this, &DisplayWidget::onMouseModeChanged);
    connect(m_session, &SpiceSession::connected, this, [this] {
        m_error.clear();
        m_paintedFrames = 0;
        updateIdleStatus();
        update();
    });
    updateIdleStatus();
}

DisplayWidget::~DisplayWidget()
{
    setGrabbed(false);
    m_keyboard.releaseAll();
}

QSize DisplayWidget::sizeHint() const
{
    const QSize guest = m_session->primarySize();
    if (guest.isEmpty())
        return {640, 480};
    return (QSizeF(guest) / devicePixelRatioF()).toSize();
}

void DisplayWidget::setScaleMode(ScaleMode mode)
{
    m_scaleMode = mode;
    update();
}

void DisplayWidget::setSmoothScaling(bool smooth)
{
    m_smooth = smooth;
    update();
}

void DisplayWidget::setFullScreen(bool on)
{
    QWidget *w = window();
    if (on)
        w->showFullScreen();
    else
        w->showNormal();
}

bool DisplayWidget::isFullScreen() const
{
    return window()->isFullScreen();
}

QRectF DisplayWidget::imageRect() const
{
    const QSize guest = m_session->primarySize();
    if (guest.isEmpty())
        return {};
    const qreal dpr = devicePixelRatioF();
    QSizeF shown;
    switch (m_scaleMode) {
    case ScaleMode::OneToOne:
        shown = QSizeF(guest) / dpr;
        break;
    case ScaleMode::Fit:
        shown = QSizeF(guest).scaled(QSizeF(size()), Qt::KeepAspectRatio);
        break;
    case ScaleMode::Integer: {
        const qreal fit = std::min(width() * dpr / guest.width(), height() * dpr / guest.height());
        const int n = std::max(1, int(std::floor(fit)));
        shown = QSizeF(guest) * n / dpr;
        break;
    }
    }
    return {QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown};
}

QImage DisplayWidget::currentFrame() const
{
    return m_session->primaryImage().copy();
}

void DisplayWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QImage image = m_session->primaryImage();
    const QRectF target = imageRect();
    if (image.isNull() || target.isEmpty()) {
        p.fillRect(rect(), Qt::black);
        p.setPen(Qt::lightGray);
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                   m_error.isEmpty() ? tr("Waiting for the VM's screen…") : m_error);
        return;
    }
    QRegion outside = event->region() - target.toAlignedRect();
    for (const QRect &r : outside)
        p.fillRect(r, Qt::black);
    if (isUnscaled(target, image.size())) {
        // 1:1 on whole pixels: a straight copy of the damaged guest pixels, no transform.
        const QPoint offset = target.topLeft().toPoint();
        for (const QRect &dirty : event->region()) {
            const QRect src = dirty.translated(-offset).intersected(image.rect());
            if (!src.isEmpty() && !copyToDevice(p, image, src, src.topLeft() + offset))
                p.drawImage(src.topLeft() + offset, image, src);
        }
    } else {
        paintScaled(p, event->region(), image, target);
    }
    if (m_frameDirty) {
        m_frameDirty = false;
        ++m_paintedFrames;
    }
}

void DisplayWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT viewSizeChanged((QSizeF(size()) * devicePixelRatioF()).toSize());
}

bool DisplayWidget::copyToDevice(QPainter &p, const QImage &image, const QRect &src,
                                 const QPoint &to)
{
    // The raster backing store is a QImage (on xcb ARGB32_Premultiplied over an opaque 24-bit
    // visual): copy the rows into it ourselves, opaque. QPainter's blit would hand areas this
    // big to a thread pool whose wake-ups cost more than the copy on a busy machine, and it
    // would copy SPICE's undefined x byte as alpha (0: transparent where alpha counts).
    QPaintDevice *device = p.paintEngine() ? p.paintEngine()->paintDevice() : nullptr;
    if (!device || device->devType() != QInternal::Image || image.format() != QImage::Format_RGB32)
        return false;
    auto *store = static_cast<QImage *>(device);
    if ((store->format() != QImage::Format_RGB32
         && store->format() != QImage::Format_ARGB32_Premultiplied)
        || store->devicePixelRatio() != 1.0)
        return false;
    // The painter maps widget to backing-store pixels by the widget's place in its window;
    // anything else (a transform, an unexpected offset) is left to QPainter.
    const QTransform &t = p.deviceTransform();
    const QPoint shift = mapTo(window(), QPoint(0, 0));
    if (t.type() > QTransform::TxTranslate || QPointF(shift) != QPointF(t.dx(), t.dy()))
        return false;
    const QRect dst(to + shift, src.size());
    if (!store->rect().contains(dst))
        return false;
    uchar *into = store->bits() + qsizetype(dst.y()) * store->bytesPerLine() + dst.x() * 4;
    const uchar *from = image.constScanLine(src.y()) + src.x() * 4;
    copyOpaqueRows(from, image.bytesPerLine(), into, store->bytesPerLine(), src.width(),
                   src.height());
    return true;
}

bool DisplayWidget::isUnscaled(const QRectF &target, const QSize &image) const
{
    return target.size() == QSizeF(image) && devicePixelRatioF() == 1.0
        && target.topLeft() == QPointF(target.topLeft().toPoint());
}

void DisplayWidget::paintScaled(QPainter &p, const QRegion &region, const QImage &image,
                                const QRectF &target) const
{
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_smooth);
    const qreal sx = image.width() / target.width();
    const qreal sy = image.height() / target.height();
    for (const QRect &dirty : region) {
        const QRectF part = QRectF(dirty).intersected(target);
        if (part.isEmpty())
            continue;
        // Guest pixels under this part, widened by one for the smooth filter's neighbours.
        QRectF src((part.x() - target.x()) * sx, (part.y() - target.y()) * sy,
                   part.width() * sx, part.height() * sy);
        QRect srcPx = src.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(image.rect());
        const QRectF dst(target.x() + srcPx.x() / sx, target.y() + srcPx.y() / sy,
                         srcPx.width() / sx, srcPx.height() / sy);
        p.save();
        p.setClipRect(part);
        p.drawImage(dst, image, srcPx);
        p.restore();
    }
}

void DisplayWidget::onPrimaryCreated(const QSize &)
{
    m_error.clear();
    updateGeometry();
    update();
}

void DisplayWidget::onFrameReady(const QRegion &damage)
{
    const QRectF target = imageRect();
    const QSize guest = m_session->primarySize();
    if (target.isEmpty() || guest.isEmpty())
        return;
    m_frameDirty = true;
    QRegion shown;
    if (isUnscaled(target, guest)) {
        shown = damage.translated(target.topLeft().toPoint());
    } else {
        const qreal sx = target.width() / guest.width();
        const qreal sy = target.height() / guest.height();
        for (const QRect &r : damage) {
            const QRectF mapped(target.x() + r.x() * sx, target.y() + r.y() * sy,
                                r.width() * sx, r.height() * sy);
            shown += mapped.toAlignedRect().adjusted(-1, -1, 1, 1);
        }
    }
    update(shown); // one repaint and one flush to the window system per frame
}

void DisplayWidget::onDisconnected(const Engine::Error &error)
{
    setGrabbed(false);
    m_keyboard.releaseAll();
    m_typer->cancel();
    if (error.code != Engine::ErrorCode::None) {
        m_error = error.message;
        setStatus(error.message);
        Q_EMIT errorOccurred(error);
    } else {
        m_error = tr("Disconnected from the VM's display.");
        setStatus(m_error);
    }
    update();
}

void DisplayWidget::onMouseModeChanged(SpiceSession::MouseMode mode)
{
    if (mode == SpiceSession::MouseMode::Client)
        setGrabbed(false);
    updateIdleStatus();
}

void DisplayWidget::setStatus(const QString &text)
{
    if (m_status == text)
        return;
    m_status = text;
    Q_EMIT statusTextChanged(text);
}

void DisplayWidget::updateIdleStatus()
{
    if (!m_error.isEmpty())
        return;
    if (m_grabbed)
        setStatus(tr("Press %1 to release the pointer and keyboard.")
                      .arg(m_keyboard.releaseHotkeyText()));
    else if (m_session->mouseMode() == SpiceSession::MouseMode::Server)
        setStatus(tr("Click into the screen to capture the pointer; %1 releases it.")
                      .arg(m_keyboard.releaseHotkeyText()));
    else
        setStatus(tr("The pointer moves freely in and out of the VM."));
}

void DisplayWidget::setGrabbed(bool grabbed)
{
    if (m_grabbed == grabbed)
        return;
    m_grabbed = grabbed;
    if (grabbed) {
        grabMouse();
        grabKeyboard();
        setCursor(Qt::BlankCursor);
        m_grabCenter = mapToGlobal(rect().center());
        QCursor::setPos(screen(), m_grabCenter);
    } else {
        releaseMouse();
        releaseKeyboard();
        unsetCursor();
    }
    updateIdleStatus();
    Q_EMIT grabChanged(grabbed);
}

int DisplayWidget::evdevOf(const QKeyEvent *event)
{
    // xcb and Wayland: the X keycode, which is evdev + 8.
    const quint32 native = event->nativeScanCode();
    return native > 8 ? int(native - 8) : 0;
}

bool DisplayWidget::event(QEvent *event)
{
    // Tab and Backtab must reach the guest, not move the focus.
    if (event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the guest gets every key while it has the focus
        return true;
    }
    return QWidget::event(event);
}

bool DisplayWidget::focusNextPrevChild(bool)
{
    return false;
}

void DisplayWidget::keyPressEvent(QKeyEvent *event)
{
    const int evdev = evdevOf(event);
    if (evdev == 0)
        return;
    if (!m_keyboard.press(evdev))
        return;
    // The release hotkey is held: a host command, never the guest's. Hotkey+F: full screen.
    if (evdev == kFullScreenKey && !event->isAutoRepeat())
        setFullScreen(!isFullScreen());
    else
        setGrabbed(false);
}

void DisplayWidget::keyReleaseEvent(QKeyEvent *event)
{
    if (event->isAutoRepeat())
        return; // the guest repeats a held key itself from repeated make codes
    const int evdev = evdevOf(event);
    if (evdev != 0)
        m_keyboard.release(evdev);
}

void DisplayWidget::focusOutEvent(QFocusEvent *event)
{
    m_keyboard.releaseAll();
    QWidget::focusOutEvent(event);
}

QPoint DisplayWidget::toGuest(const QPointF &pos) const
{
    const QRectF target = imageRect();
    const QSize guest = m_session->primarySize();
    if (target.isEmpty())
        return {};
    const int x = int((pos.x() - target.x()) * guest.width() / target.width());
    const int y = int((pos.y() - target.y()) * guest.height() / target.height());
    return {std::clamp(x, 0, guest.width() - 1), std::clamp(y, 0, guest.height() - 1)};
}

int DisplayWidget::buttonState(Qt::MouseButtons buttons) const
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= SpiceSession::buttonMask(SpiceSession::Left);
    if (buttons & Qt::MiddleButton)
        mask |= SpiceSession::buttonMask(SpiceSession::Middle);
    if (buttons & Qt::RightButton)
        mask |= SpiceSession::buttonMask(SpiceSession::Right);
    if (buttons & Qt::BackButton)
        mask |= SpiceSession::buttonMask(SpiceSession::Side);
    if (buttons & Qt::ForwardButton)
        mask |= SpiceSession::buttonMask(SpiceSession::Extra);
    return mask;
}

namespace {
bool spiceButton(Qt::MouseButton b, SpiceSession::Button *out)
{
    switch (b) {
    case Qt::LeftButton: *out = SpiceSession::Left; return true;
    case Qt::MiddleButton: *out = SpiceSession::Middle; return true;
    case Qt::RightButton: *out = SpiceSession::Right; return true;
    case Qt::BackButton: *out = SpiceSession::Side; return true;
    case Qt::ForwardButton: *out = SpiceSession::Extra; return true;
    default: return false;
    }
}
} // namespace

void DisplayWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const bool client = m_session->mouseMode() == SpiceSession::MouseMode::Client;
    if (!client && !m_grabbed) {
        setGrabbed(true); // this click only captures the pointer
        return;
    }
    SpiceSession::Button b;
    if (!spiceButton(event->button(), &b))
        return;
    if (client) {
        const QPoint g = toGuest(event->position());
        m_session->sendPosition(g.x(), g.y(), buttonState(event->buttons() & ~event->button()));
    }
    m_session->sendButton(b, true, buttonState(event->buttons()));
}

void DisplayWidget::mouseReleaseEvent(QMouseEvent *event)
{
    SpiceSession::Button b;
    if (!spiceButton(event->button(), &b))
        return;
    if (m_session->mouseMode() == SpiceSession::MouseMode::Server && !m_grabbed)
        return;
    m_session->sendButton(b, false, buttonState(event->buttons()));
}

void DisplayWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_session->mouseMode() == SpiceSession::MouseMode::Client) {
        const QPoint g = toGuest(event->position());
        m_session->sendPosition(g.x(), g.y(), buttonState(event->buttons()));
        return;
    }
    if (!m_grabbed)
        return;
    const QPoint global = event->globalPosition().toPoint();
    const QPoint delta = global - m_grabCenter;
    if (delta.isNull())
        return; // our own warp back to the centre
    const qreal dpr = devicePixelRatioF();
    m_session->sendMotion(int(delta.x() * dpr), int(delta.y() * dpr), buttonState(event->buttons()));
    QCursor::setPos(screen(), m_grabCenter);
}

void DisplayWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (m_session->mouseMode() == SpiceSession::MouseMode::Server && !m_grabbed)
        return;
    const SpiceSession::Button b = steps > 0 ? SpiceSession::WheelUp : SpiceSession::WheelDown;
    const int held = buttonState(event->buttons());
    for (int i = 0; i < std::abs(steps); ++i) {
        m_session->sendButton(b, true, held | SpiceSession::buttonMask(b));
        m_session->sendButton(b, false, held);
    }
}

void DisplayWidget::setReleaseHotkey(const QList<int> &evdevKeys)
{
    m_keyboard.setReleaseHotkey(evdevKeys);
    updateIdleStatus();
}

void DisplayWidget::sendKey(SendKey key)
{
    m_keyboard.sendKey(key);
}

QString DisplayWidget::typeText(const QString &text, KeyboardLayout layout)
{
    return m_typer->typeText(text, layout);
}

} // namespace DisplayChannel
