// VmActions: the toolbar and context-menu actions of the main window, their enabled state and
// tooltips for the selected VM, and the lifecycle operations (start, pause/resume, suspend,
// stop, reset, discard a saved state, delete) they run. Start of a Saved VM resumes it.
// Suspend runs as a Job in a JobDialog (progress, cancel).
//
// An action the VM's state refuses is disabled with the engine's reason as tooltip
// (VmRunner::refusal). Import and Export run the appliance jobs (ApplianceTransfer).
// Backend calls can block (a start waits for QEMU to run), so they run on a worker thread;
// the LocalQemuBackend keeps no state and may be called from any thread. Results come back
// on the GUI thread: failures are shown with their details, and operationFinished() asks
// the list to refresh.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace App {

class VmActions : public QObject
{
    Q_OBJECT
public:
    VmActions(Engine::VmLibrary &library, Engine::VmBackend &backend, QWidget *window);

    /// The selected VM; `entry` null when nothing is selected. `linkedClones`: the clones
    /// whose disks it backs (a template must not start; the engine refuses it too).
    void setCurrent(const Engine::VmEntry *entry, const Engine::VmRunInfo &run,
                    const QStringList &linkedClones = {});

    void fillToolBar(QToolBar *toolBar) const;
    void fillContextMenu(QMenu *menu) const;
    void fillMachineMenu(QMenu *menu) const;

    QAction *newAction() const { return m_new; }
    QAction *startAction() const { return m_start; }
    QAction *pauseAction() const { return m_pause; }
    QAction *suspendAction() const { return m_suspend; }
    QAction *discardAction() const { return m_discard; }
    QAction *stopAction() const { return m_stop; }
    QAction *settingsAction() const { return m_settings; }
    QAction *consoleAction() const { return m_console; }
    QAction *deleteAction() const { return m_delete; }

    /// Sets every text again in the current language (after a QEvent::LanguageChange).
    void retranslate();

    /// Starts a VM (worker thread); errors are shown.
    void startVm(const Engine::VmBundle &bundle);
    /// Suspends every running or paused VM of the library, one after the other, each with a
    /// progress dialog (failures are shown; that VM keeps running). False when the user
    /// canceled one: the caller (quitting) should then stop.
    bool suspendAllRunning();
    /// Opens the import wizard, on `sourcePath` when given (a file dropped on the window).
    void importAppliance(const QString &sourcePath = {});

Q_SIGNALS:
    void newRequested();
    void settingsRequested(const Engine::VmBundle &bundle);
    void consoleRequested(const Engine::VmBundle &bundle);
    void snapshotsRequested(const Engine::VmBundle &bundle);
    /// An appliance was imported as the VM in `bundlePath`.
    void imported(const QString &bundlePath);
    /// The VM in `bundlePath` was moved to the trash.
    void deleted(const QString &bundlePath);
    /// A lifecycle operation ended (either way); the list should look again.
    void operationFinished();

private:
    /// An action whose text is tr(sourceText) (mark it with QT_TR_NOOP), kept for retranslate().
    QAction *makeAction(const QString &objectName, const char *sourceText, const QIcon &icon,
                        const QKeySequence &shortcut = {});
    static constexpr const char *kSourceTextProperty = "emanonSourceText";
    void updateLifecycle();
    void request(Engine::VmRunner::Operation op, const QJsonObject &args,
                 const QString &failureTitle);
    void deleteVm();
    void suspendVm();
    void discardSavedState();
    [[nodiscard]] Engine::VmBundle currentBundle() const;

    Engine::VmLibrary &m_library;
    Engine::VmBackend &m_backend;
    QWidget *m_window;
    bool m_hasCurrent = false;
    Engine::VmEntry m_entry;
    Engine::VmRunInfo m_run;
    QStringList m_linkedClones;

    QAction *m_new, *m_import, *m_start, *m_pause, *m_suspend, *m_stop, *m_forceStop, *m_reset,
        *m_discard,
        *m_snapshot, *m_settings, *m_console, *m_export, *m_move, *m_delete;
};

} // namespace App
