#include "display/input/texttyper.h"

#include "display/input/keyboardinput.h"

namespace DisplayChannel {

TextTyper::TextTyper(KeyboardInput *keyboard, QObject *parent)
    : QObject(parent), m_keyboard(keyboard)
{
    m_timer.setInterval(15);
    connect(&m_timer, &QTimer::timeout, this, &TextTyper::step);
}

QString TextTyper::typeText(const QString &text, KeyboardLayout layout)
{
    const TypedText typed = DisplayChannel::typeText(text, layout);
    m_pending = typed.strokes;
    if (m_pending.isEmpty()) {
        m_timer.stop();
        Q_EMIT finished();
    } else {
        m_timer.start();
    }
    return typed.unmapped;
}

void TextTyper::cancel()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_pending.clear();
    Q_EMIT finished();
}

void TextTyper::step()
{
    if (m_pending.isEmpty()) {
        m_timer.stop();
        Q_EMIT finished();
        return;
    }
    const KeyStroke s = m_pending.takeFirst();
    m_keyboard->sendStroke(s.evdev, s.shift);
}

} // namespace DisplayChannel
