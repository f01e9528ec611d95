// SerialConsoleView: the VM's first serial port as a terminal-like text view. Connects to the
// supervisor's console socket (VmRunInfo::consoleSocket: a fan-out, so several viewers and
// `emanonctl console` may be attached at once), shows what the guest writes (ANSI escape
// sequences removed) and sends typed keys to the guest. Reconnects when the VM restarts.
#pragma once

#include <QLocalSocket>
#include <QPlainTextEdit>
#include <QTimer>

namespace App {

class SerialConsoleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SerialConsoleView(QWidget *parent = nullptr);
    ~SerialConsoleView() override;

    /// Connects to `socketPath` (reconnecting after a loss); empty disconnects.
    void attach(const QString &socketPath);
    [[nodiscard]] bool isAttached() const;
    /// Sends bytes to the guest as if typed.
    void sendToGuest(const QByteArray &bytes);
    /// Lines kept at most.
    static constexpr int kMaxLines = 5000;

Q_SIGNALS:
    void attachedChanged(bool attached);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onReadyRead();
    void tryConnect();

    QLocalSocket m_socket;
    QString m_path;
    QTimer m_retry;
    QByteArray m_pending; ///< an escape sequence split across reads
};

} // namespace App
