// ConsoleWindow: one running VM's window. The screen (DisplayChannel::DisplayWidget over a SPICE
// session on the VM's unix socket) with a toolbar (send key, scaling, full screen,
// screenshot), the first serial port as a second tab, and a status bar with the run state
// and the accelerator, refreshed every second through the VmBackend. A VM without a SPICE
// display (or whose SPICE listens on TCP) has the serial console only.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class QLabel;
class QTabWidget;
class QToolButton;

namespace DisplayChannel {
class DisplayWidget;
class SpiceAgent;
class SpiceSession;
} // namespace DisplayChannel

namespace App {

class SerialConsoleView;
class UsbMenu;

class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    ConsoleWindow(Engine::VmBackend &backend, const Engine::VmBundle &bundle,
                  QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    [[nodiscard]] SerialConsoleView *serialConsole() const { return m_serial; }
    [[nodiscard]] DisplayChannel::DisplayWidget *display() const { return m_display; }
    [[nodiscard]] QString stateText() const;
    /// The release hotkey (evdev codes; empty = default Ctrl+Alt), shown in the status bar and,
    /// while the pointer is captured, in the title.
    void setReleaseHotkey(const QList<int> &evdevKeys);
    [[nodiscard]] QString releaseHotkeyText() const;
    /// Stores a preferred resolution ("800x600", empty: default) in the VM's settings for its
    /// next start (agentless guests); returns an error message or an empty string.
    void setResolutionSaver(std::function<QString(const QString &)> saver);
    [[nodiscard]] DisplayChannel::SpiceAgent *agent() const { return m_agent; }

public Q_SLOTS:
    /// Connects the SPICE display and shows it as the first tab (done on opening when the VM
    /// has a SPICE display on a unix socket).
    void showScreen();

protected:
    /// QEvent::LanguageChange (Preferences switched the language): the texts again.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildToolBar();
    void refreshState();
    void saveScreenshot();
    void updateTitle();

    Engine::VmBackend &m_backend;
    Engine::VmBundle m_bundle;
    Engine::VmRunInfo m_run;
    QTabWidget *m_tabs = nullptr;
    DisplayChannel::SpiceSession *m_session = nullptr;
    DisplayChannel::DisplayWidget *m_display = nullptr;
    SerialConsoleView *m_serial = nullptr;
    UsbMenu *m_usb = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_accel = nullptr;
    QLabel *m_hotkeyLabel = nullptr;
    QList<int> m_releaseHotkey;
    DisplayChannel::SpiceAgent *m_agent = nullptr;
    QToolButton *m_resolutionButton = nullptr;
    std::function<QString(const QString &)> m_resolutionSaver;
    QTimer m_poll;
    bool m_hasScreen = false;
    QList<QWidget *> m_screenControls; ///< enabled once the screen is shown
    /// Menu items whose text comes from tr(): set again on a language change.
    QList<std::pair<QAction *, std::function<QString()>>> m_itemTexts;
};

} // namespace App
