#include "app/mainwindow/vmactions.h"

#include "app/common/errordialog.h"
#include "app/common/jobdialog.h"
#include "app/mainwindow/appliancetransfer.h"
#include "app/migration/movetohostdialog.h"
#include "engine/library/vmregistry.h"

#include <QAction>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolBar>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace App {

using Op = Engine::VmRunner::Operation;
using State = Engine::VmRunner::State;

VmActions::VmActions(Engine::VmLibrary &library, Engine::VmBackend &backend, QWidget *window)
    : QObject(window), m_library(library), m_backend(backend), m_window(window)
{
    QStyle *style = window->style();
    m_new = makeAction(QStringLiteral("actionNew"), QT_TR_NOOP("&New…"),
                       style->standardIcon(QStyle::SP_FileDialogNewFolder), QKeySequence::New);
    m_import = makeAction(QStringLiteral("actionImport"), QT_TR_NOOP("&Import…"),
                          style->standardIcon(QStyle::SP_DialogOpenButton));
    m_start = makeAction(QStringLiteral("actionStart"), QT_TR_NOOP("&Start"),
                         style->standardIcon(QStyle::SP_MediaPlay), QKeySequence(tr("Ctrl+R")));
    m_pause = makeAction(QStringLiteral("actionPause"), QT_TR_NOOP("&Pause"),
                         style->standardIcon(QStyle::SP_MediaPause), QKeySequence(tr("Ctrl+P")));
    m_suspend = makeAction(QStringLiteral("actionSuspend"), QT_TR_NOOP("S&uspend"),
                           style->standardIcon(QStyle::SP_DialogSaveButton));
    m_discard = makeAction(QStringLiteral("actionDiscardSavedState"), QT_TR_NOOP("Discard Saved State…"),
                           style->standardIcon(QStyle::SP_DialogDiscardButton));
    m_stop = makeAction(QStringLiteral("actionStop"), QT_TR_NOOP("S&top"),
                        style->standardIcon(QStyle::SP_MediaStop), QKeySequence(tr("Ctrl+T")));
    m_forceStop = makeAction(QStringLiteral("actionForceStop"), QT_TR_NOOP("&Power Off"),
                             style->standardIcon(QStyle::SP_BrowserStop));
    m_reset = makeAction(QStringLiteral("actionReset"), QT_TR_NOOP("R&eset"),
                         style->standardIcon(QStyle::SP_BrowserReload));
    m_snapshot = makeAction(QStringLiteral("actionSnapshot"), QT_TR_NOOP("Snaps&hots"),
                            style->standardIcon(QStyle::SP_DialogSaveButton));
    m_settings = makeAction(QStringLiteral("actionSettings"), QT_TR_NOOP("Se&ttings…"),
                            style->standardIcon(QStyle::SP_FileDialogDetailedView),
                            QKeySequence(tr("Ctrl+S")));
    m_console = makeAction(QStringLiteral("actionConsole"), QT_TR_NOOP("&Console"),
                           style->standardIcon(QStyle::SP_ComputerIcon), QKeySequence(tr("Ctrl+O")));
    m_export = makeAction(QStringLiteral("actionExport"), QT_TR_NOOP("E&xport…"),
                          style->standardIcon(QStyle::SP_DialogSaveButton));
    m_move = makeAction(QStringLiteral("actionMoveToHost"), QT_TR_NOOP("&Move to Host…"),
                        style->standardIcon(QStyle::SP_ArrowForward));
    m_delete = makeAction(QStringLiteral("actionDelete"), QT_TR_NOOP("&Delete…"),
                          style->standardIcon(QStyle::SP_TrashIcon), QKeySequence::Delete);

    retranslate();

    connect(m_new, &QAction::triggered, this, &VmActions::newRequested);
    connect(m_import, &QAction::triggered, this, [this] { importAppliance(); });
    connect(m_export, &QAction::triggered, this,
            [this] {
                // From the VM's own folder: it may be registered outside the default library.
                ApplianceTransfer::exportVm(
                    m_window, Engine::VmLibrary(QFileInfo(m_entry.path).absolutePath()), m_entry.name);
            });
    connect(m_start, &QAction::triggered, this, [this] { startVm(currentBundle()); });
    connect(m_pause, &QAction::triggered, this, [this] {
        const bool paused = m_run.state == State::Paused;
        request(paused ? Op::Resume : Op::Pause, {},
                paused ? tr("Could not resume %1").arg(m_entry.name)
                       : tr("Could not pause %1").arg(m_entry.name));
    });
    connect(m_suspend, &QAction::triggered, this, &VmActions::suspendVm);
    connect(m_discard, &QAction::triggered, this, &VmActions::discardSavedState);
    connect(m_stop, &QAction::triggered, this, [this] {
        request(Op::Stop, {{QStringLiteral("force"), false}, {QStringLiteral("timeoutMs"), 60000}},
                tr("Could not stop %1").arg(m_entry.name));
    });
    connect(m_forceStop, &QAction::triggered, this, [this] {
        request(Op::Stop, {{QStringLiteral("force"), true}},
                tr("Could not power off %1").arg(m_entry.name));
    });
    connect(m_reset, &QAction::triggered, this,
            [this] { request(Op::Reset, {}, tr("Could not reset %1").arg(m_entry.name)); });
    connect(m_settings, &QAction::triggered, this,
            [this] { Q_EMIT settingsRequested(currentBundle()); });
    connect(m_console, &QAction::triggered, this,
            [this] { Q_EMIT consoleRequested(currentBundle()); });
    connect(m_snapshot, &QAction::triggered, this,
            [this] { Q_EMIT snapshotsRequested(currentBundle()); });
    connect(m_delete, &QAction::triggered, this, &VmActions::deleteVm);
    connect(m_move, &QAction::triggered, this, [this] {
        const QString path = m_entry.path;
        if (MoveToHostDialog::moveVm(m_window, m_backend, currentBundle(), m_run.state))
            Q_EMIT deleted(path); // it lives on the other host now
        Q_EMIT operationFinished();
    });
    setCurrent(nullptr, {});
}

void VmActions::importAppliance(const QString &sourcePath)
{
    if (auto vm = ApplianceTransfer::importAppliance(m_window, m_library, sourcePath))
        Q_EMIT imported(vm->path);
    Q_EMIT operationFinished();
}

void VmActions::retranslate()
{
    // The actions keep their untranslated text (makeAction) to be translated again here.
    for (QAction *action : findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        const QByteArray source = action->property(kSourceTextProperty).toByteArray();
        if (!source.isEmpty())
            action->setText(tr(source.constData()));
    }
    m_new->setToolTip(tr("Create a new virtual machine"));
    m_import->setToolTip(tr("Import an OVA, OVF or zip appliance as a new VM"));
    updateLifecycle(); // state-dependent texts and tooltips
}

QAction *VmActions::makeAction(const QString &objectName, const char *sourceText,
                               const QIcon &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, tr(sourceText), this);
    action->setProperty(kSourceTextProperty, QByteArray(sourceText));
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void VmActions::fillToolBar(QToolBar *toolBar) const
{
    toolBar->addActions({m_new, m_import});
    toolBar->addSeparator();
    toolBar->addActions({m_start, m_pause, m_suspend, m_stop, m_reset});
    toolBar->addSeparator();
    toolBar->addActions({m_snapshot, m_settings, m_console});
    toolBar->addSeparator();
    toolBar->addActions({m_export, m_delete});
}

void VmActions::fillContextMenu(QMenu *menu) const
{
    menu->addActions({m_start, m_pause, m_suspend, m_stop, m_forceStop, m_reset, m_discard});
    menu->addSeparator();
    menu->addActions({m_console, m_snapshot, m_settings});
    menu->addSeparator();
    menu->addActions({m_export, m_move, m_delete});
}

void VmActions::fillMachineMenu(QMenu *menu) const
{
    menu->addActions({m_new, m_import});
    menu->addSeparator();
    fillContextMenu(menu);
}

Engine::VmBundle VmActions::currentBundle() const
{
    return Engine::VmBundle{m_entry.path, m_entry.config};
}

void VmActions::setCurrent(const Engine::VmEntry *entry, const Engine::VmRunInfo &run,
                           const QStringList &linkedClones)
{
    m_hasCurrent = entry != nullptr;
    m_entry = entry ? *entry : Engine::VmEntry();
    m_run = run;
    m_linkedClones = entry ? linkedClones : QStringList();
    updateLifecycle();
}

void VmActions::updateLifecycle()
{
    const QString noVm = tr("Select a virtual machine first.");
    const bool usable = m_hasCurrent && m_entry.ok();
    auto allow = [&](QAction *action, std::optional<Op> op, const QString &tip) {
        QString reason;
        if (!m_hasCurrent)
            reason = noVm;
        else if (!m_entry.ok())
            reason = tr("This VM's definition cannot be read: %1").arg(m_entry.error.message);
        else if (op) {
            if (auto refusal = Engine::VmRunner::refusal(m_run.state, *op))
                reason = refusal->message;
            else if (*op == Op::Start && !m_linkedClones.isEmpty())
                reason = tr("This VM is the template of the linked clones %1: starting it would "
                            "change the disks they read. Start a clone instead.")
                             .arg(m_linkedClones.join(QStringLiteral(", ")));
        }
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? tip : reason);
        action->setStatusTip(action->toolTip());
    };
    const bool paused = m_run.state == State::Paused;
    m_pause->setText(paused ? tr("Resu&me") : tr("&Pause"));
    m_pause->setIcon(m_window->style()->standardIcon(paused ? QStyle::SP_MediaPlay
                                                            : QStyle::SP_MediaPause));
    allow(m_start, Op::Start,
          m_run.state == State::Saved ? tr("Resume the virtual machine where it was suspended")
                                      : tr("Start the virtual machine"));
    allow(m_suspend, Op::Save, tr("Save the virtual machine's state to its folder and close it; "
                                  "Start resumes it where it was"));
    allow(m_discard, Op::Discard, tr("Drop the saved state; the next start boots the virtual "
                                     "machine from scratch"));
    allow(m_pause, paused ? Op::Resume : Op::Pause,
          paused ? tr("Resume the virtual machine") : tr("Pause the virtual machine"));
    allow(m_stop, Op::Stop, tr("Press the power button; the power is cut if the guest does not "
                               "shut down within a minute"));
    allow(m_forceStop, Op::Kill, tr("Cut the power at once"));
    allow(m_reset, Op::Reset, tr("Reset the virtual machine"));
    const bool live = usable && Engine::VmRunner::hasProcess(m_run.state);
    allow(m_console, std::nullopt, tr("Open the console of the virtual machine"));
    if (usable && !live) {
        m_console->setEnabled(false);
        m_console->setToolTip(tr("The console is available while the VM runs."));
    }
    allow(m_settings, std::nullopt, tr("Change the virtual machine's settings"));
    allow(m_snapshot, std::nullopt, tr("Take, revert to and browse the VM's snapshots"));
    allow(m_delete, std::nullopt, tr("Move the virtual machine to the library's trash"));
    allow(m_export, std::nullopt, tr("Export the virtual machine as an OVA, OVF or zip appliance"));
    allow(m_move, std::nullopt, tr("Move the virtual machine to another Emanon host, live or by "
                                   "suspending it"));
    if (m_hasCurrent && live && m_run.state != State::Running && m_run.state != State::Paused) {
        m_move->setEnabled(false);
        m_move->setToolTip(tr("Wait until the VM has started or stopped."));
    }
    if (m_hasCurrent && live) {
        m_export->setEnabled(false);
        m_export->setToolTip(tr("A running VM cannot be exported. Stop it first."));
    }
    if (m_hasCurrent && live) {
        m_delete->setEnabled(false);
        m_delete->setToolTip(tr("A running VM cannot be deleted. Stop it first."));
    }
}

void VmActions::startVm(const Engine::VmBundle &bundle)
{
    m_start->setEnabled(false);
    Engine::VmBackend *backend = &m_backend;
    auto *watcher = new QFutureWatcher<Engine::Result<Engine::VmRunInfo>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, bundle] {
        const auto result = watcher->result();
        watcher->deleteLater();
        Q_EMIT operationFinished();
        if (!result)
            showError(m_window, tr("Could not start %1").arg(bundle.name()), result.error());
    });
    watcher->setFuture(QtConcurrent::run([backend, bundle] { return backend->start(bundle); }));
}

void VmActions::request(Op op, const QJsonObject &args, const QString &failureTitle)
{
    const Engine::VmBundle bundle = currentBundle();
    Engine::VmBackend *backend = &m_backend;
    auto *watcher = new QFutureWatcher<Engine::Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, failureTitle] {
        const Engine::Status status = watcher->result();
        watcher->deleteLater();
        Q_EMIT operationFinished();
        if (!status)
            showError(m_window, failureTitle, status.error());
    });
    watcher->setFuture(
        QtConcurrent::run([backend, bundle, op, args] { return backend->request(bundle, op, args); }));
}

void VmActions::suspendVm()
{
    std::unique_ptr<Engine::Job> job(m_backend.suspendJob(currentBundle()));
    JobDialog::run(m_window, job.get());
    Q_EMIT operationFinished();
}

bool VmActions::suspendAllRunning()
{
    // Every listed VM, the ones registered from other folders too, when the registry belongs
    // to this library.
    const auto registry = Engine::VmRegistry::load(Engine::VmRegistry::defaultFilePath());
    const bool useRegistry = registry && registry->defaultLibrary().root() == m_library.root();
    auto entries = useRegistry ? registry->list() : m_library.list();
    if (!entries)
        return true;
    bool completed = true;
    for (const Engine::VmEntry &e : std::as_const(*entries)) {
        if (!e.ok())
            continue;
        const Engine::VmBundle vm{e.path, e.config};
        const State state = m_backend.query(vm).state;
        if (state != State::Running && state != State::Paused)
            continue;
        std::unique_ptr<Engine::Job> job(m_backend.suspendJob(vm));
        if (JobDialog::run(m_window, job.get()) == JobDialog::Outcome::Canceled) {
            completed = false;
            break;
        }
    }
    Q_EMIT operationFinished();
    return completed;
}

void VmActions::discardSavedState()
{
    const Engine::VmBundle bundle = currentBundle();
    QMessageBox box(QMessageBox::Warning, tr("Discard the saved state of %1?").arg(bundle.name()),
                    tr("What was in the memory of “%1” when it was suspended is lost, as after a "
                       "power cut. Its next start boots it from scratch.")
                        .arg(bundle.name()),
                    QMessageBox::Cancel, m_window);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setAccessibleName(box.windowTitle());
    box.exec();
    if (box.clickedButton() != discard)
        return;
    if (Engine::Status s = m_backend.discardSavedState(bundle); !s)
        showError(m_window, tr("Could not discard the saved state of %1").arg(bundle.name()),
                  s.error());
    Q_EMIT operationFinished();
}

void VmActions::deleteVm()
{
    const QString name = m_entry.name;
    QMessageBox box(QMessageBox::Question, tr("Delete %1?").arg(name),
                    tr("Move the virtual machine “%1” and its disks to the library's trash?")
                        .arg(name),
                    QMessageBox::Cancel, m_window);
    QPushButton *remove = box.addButton(tr("Move to Trash"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setAccessibleName(box.windowTitle());
    box.exec();
    if (box.clickedButton() != remove)
        return;
    // The VM may live outside the default library folder (VmRegistry): use its own folder.
    const QString path = m_entry.path;
    Engine::VmLibrary folder(QFileInfo(path).absolutePath());
    if (Engine::Status s = folder.remove(name); !s)
        showError(m_window, tr("Could not delete %1").arg(name), s.error());
    else
        Q_EMIT deleted(path);
    Q_EMIT operationFinished();
}

} // namespace App
