// ConsoleWindow: one running VM's window. The screen (DisplayChannel::DisplayWidget over a SPICE
// session on the VM's unix socket) with a toolbar (send key, scaling, full screen,
// screenshot), the first serial port as a second tab, and a status bar with the run state
// and the accelerator, refreshed every second through the VmBackend. A VM without a SPICE
// display (or whose SPICE listens on TCP) has the serial console only.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTabWidget;

namespace DisplayChannel {
class DisplayWidget;
class SpiceSession;
} // namespace DisplayChannel

namespace App {

class SerialConsoleView;

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

public Q_SLOTS:
    /// Connects the SPICE display and shows it as the first tab (done on opening when the VM
    /// has a SPICE display on a unix socket).
    void showScreen();

private:
    void buildToolBar();
    void refreshState();
    void saveScreenshot();

    Engine::VmBackend &m_backend;
    Engine::VmBundle m_bundle;
    Engine::VmRunInfo m_run;
    QTabWidget *m_tabs = nullptr;
    DisplayChannel::SpiceSession *m_session = nullptr;
    DisplayChannel::DisplayWidget *m_display = nullptr;
    SerialConsoleView *m_serial = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_accel = nullptr;
    QTimer m_poll;
    bool m_hasScreen = false;
    QList<QWidget *> m_screenControls; ///< enabled once the screen is shown
};

} // namespace App
