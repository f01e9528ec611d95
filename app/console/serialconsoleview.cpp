#include "app/console/serialconsoleview.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>

namespace App {

namespace {

/// Removes ANSI/VT100 escape sequences and carriage returns; keeps an unfinished sequence at
/// the end in `pending` for the next read.
QString cleanTerminalText(QByteArray data, QByteArray &pending)
{
    data.prepend(pending);
    pending.clear();
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\x1b') {
            qsizetype j = i + 1;
            if (j >= data.size()) {
                pending = data.mid(i);
                break;
            }
            if (data.at(j) == '[') {
                ++j;
                while (j < data.size() && !(data.at(j) >= '@' && data.at(j) <= '~'))
                    ++j;
                if (j >= data.size()) {
                    pending = data.mid(i);
                    break;
                }
            }
            i = j;
            continue;
        }
        if (c == '\r' || c == '\a' || c == '\0')
            continue;
        if (c == '\b') {
            if (!out.isEmpty() && out.back() != '\n')
                out.chop(1);
            continue;
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

} // namespace

SerialConsoleView::SerialConsoleView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("serialConsole"));
    setAccessibleName(tr("Serial console"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setReadOnly(true); // typed keys go to the guest, not into the text
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    setMaximumBlockCount(kMaxLines);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setStyleSheet(QStringLiteral("QPlainTextEdit { background: #1e1e1e; color: #d8d8d8; }"));
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &SerialConsoleView::tryConnect);
    connect(&m_socket, &QLocalSocket::readyRead, this, &SerialConsoleView::onReadyRead);
    connect(&m_socket, &QLocalSocket::connected, this, [this] { Q_EMIT attachedChanged(true); });
    connect(&m_socket, &QLocalSocket::disconnected, this, [this] {
        Q_EMIT attachedChanged(false);
        if (!m_path.isEmpty())
            m_retry.start();
    });
}

SerialConsoleView::~SerialConsoleView()
{
    // The socket is destroyed after the other members and says "disconnected" as it goes:
    // nothing may react to that any more (the retry timer is already gone).
    m_socket.disconnect(this);
    m_path.clear();
}

void SerialConsoleView::attach(const QString &socketPath)
{
    if (socketPath == m_path && isAttached())
        return;
    m_path = socketPath;
    m_socket.abort();
    m_retry.stop();
    if (!m_path.isEmpty())
        tryConnect();
}

bool SerialConsoleView::isAttached() const
{
    return m_socket.state() == QLocalSocket::ConnectedState;
}

void SerialConsoleView::tryConnect()
{
    if (m_path.isEmpty() || m_socket.state() != QLocalSocket::UnconnectedState)
        return;
    m_socket.connectToServer(m_path);
    if (!m_socket.waitForConnected(500))
        m_retry.start();
    else
        m_retry.stop();
}

void SerialConsoleView::onReadyRead()
{
    const QString text = cleanTerminalText(m_socket.readAll(), m_pending);
    if (text.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void SerialConsoleView::sendToGuest(const QByteArray &bytes)
{
    if (isAttached())
        m_socket.write(bytes);
}

void SerialConsoleView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab && (event->modifiers() & Qt::ControlModifier)) {
        QWidget::focusNextPrevChild(true); // keyboard users leave the console with Ctrl+Tab
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    QByteArray bytes;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: bytes = "\r"; break;
    case Qt::Key_Backspace: bytes = "\x7f"; break;
    case Qt::Key_Tab: bytes = "\t"; break;
    case Qt::Key_Escape: bytes = "\x1b"; break;
    case Qt::Key_Up: bytes = "\x1b[A"; break;
    case Qt::Key_Down: bytes = "\x1b[B"; break;
    case Qt::Key_Right: bytes = "\x1b[C"; break;
    case Qt::Key_Left: bytes = "\x1b[D"; break;
    default: bytes = event->text().toUtf8(); break;
    }
    if (bytes.isEmpty()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    sendToGuest(bytes);
    event->accept();
}

bool SerialConsoleView::focusNextPrevChild(bool next)
{
    Q_UNUSED(next);
    return false; // Tab goes to the guest
}

} // namespace App
