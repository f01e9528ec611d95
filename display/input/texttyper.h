// TextTyper: types text into a guest as paced key strokes ("Type clipboard text").
//
// A PS/2 keyboard controller holds only a small queue: strokes are sent one per interval so
// a slow (TCG, legacy) guest keeps up. Lives on the GUI thread; finished() once per typeText
// (also after cancel()).
#pragma once

#include "display/input/typetext.h"

#include <QObject>
#include <QTimer>

namespace DisplayChannel {

class KeyboardInput;

class TextTyper : public QObject
{
    Q_OBJECT
public:
    explicit TextTyper(KeyboardInput *keyboard, QObject *parent = nullptr);

    /// Starts typing `text` with `layout`; returns the characters the layout cannot type
    /// (they are skipped). A typing still in progress is replaced.
    QString typeText(const QString &text, KeyboardLayout layout);
    void cancel();
    [[nodiscard]] bool isTyping() const { return m_timer.isActive(); }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void finished();

private:
    void step();

    KeyboardInput *m_keyboard;
    QList<KeyStroke> m_pending;
    QTimer m_timer;
};

} // namespace DisplayChannel
