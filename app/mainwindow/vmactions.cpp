#include "app/mainwindow/vmactions.h"

#include "app/common/errordialog.h"
#include "app/mainwindow/appliancetransfer.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolBar>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace App {

using Op = Engine::VmRunner::Operation;
using State = Engine::VmRunner::State;

VmActions::VmActions(Engine::VmLibrary &library, Engine::VmBackend &backend, QWidget *window)
    : QObject(window), m_library(library), m_backend(backend), m_window(window)
{
    QStyle *style = window->style();
    m_new = makeAction(QStringLiteral("actionNew"), tr("&New…"),
                       style->standardIcon(QStyle::SP_FileDialogNewFolder), QKeySequence::New);
    m_import = makeAction(QStringLiteral("actionImport"), tr("&Import…"),
                          style->standardIcon(QStyle::SP_DialogOpenButton));
    m_start = makeAction(QStringLiteral("actionStart"), tr("&Start"),
                         style->standardIcon(QStyle::SP_MediaPlay), QKeySequence(tr("Ctrl+R")));
    m_pause = makeAction(QStringLiteral("actionPause"), tr("&Pause"),
                         style->standardIcon(QStyle::SP_MediaPause), QKeySequence(tr("Ctrl+P")));
    m_stop = makeAction(QStringLiteral("actionStop"), tr("S&top"),
                        style->standardIcon(QStyle::SP_MediaStop), QKeySequence(tr("Ctrl+T")));
    m_forceStop = makeAction(QStringLiteral("actionForceStop"), tr("&Power Off"),
                             style->standardIcon(QStyle::SP_BrowserStop));
    m_reset = makeAction(QStringLiteral("actionReset"), tr("R&eset"),
                         style->standardIcon(QStyle::SP_BrowserReload));
    m_snapshot = makeAction(QStringLiteral("actionSnapshot"), tr("Snaps&hots"),
                            style->standardIcon(QStyle::SP_DialogSaveButton));
    m_settings = makeAction(QStringLiteral("actionSettings"), tr("Se&ttings…"),
                            style->standardIcon(QStyle::SP_FileDialogDetailedView),
                            QKeySequence(tr("Ctrl+S")));
    m_console = makeAction(QStringLiteral("actionConsole"), tr("&Console"),
                           style->standardIcon(QStyle::SP_ComputerIcon), QKeySequence(tr("Ctrl+O")));
    m_export = makeAction(QStringLiteral("actionExport"), tr("E&xport…"),
                          style->standardIcon(QStyle::SP_DialogSaveButton));
    m_delete = makeAction(QStringLiteral("actionDelete"), tr("&Delete…"),
                          style->standardIcon(QStyle::SP_TrashIcon), QKeySequence::Delete);

    m_new->setToolTip(tr("Create a new virtual machine"));
    m_import->setToolTip(tr("Import an OVA, OVF or zip appliance as a new VM"));

    connect(m_new, &QAction::triggered, this, &VmActions::newRequested);
    connect(m_import, &QAction::triggered, this, [this] {
        if (auto vm = ApplianceTransfer::importAppliance(m_window, m_library))
            Q_EMIT imported(vm->path);
        Q_EMIT operationFinished();
    });
    connect(m_export, &QAction::triggered, this,
            [this] { ApplianceTransfer::exportVm(m_window, m_library, m_entry.name); });
    connect(m_start, &QAction::triggered, this, [this] { startVm(currentBundle()); });
    connect(m_pause, &QAction::triggered, this, [this] {
        const bool paused = m_run.state == State::Paused;
        request(paused ? Op::Resume : Op::Pause, {},
                paused ? tr("Could not resume %1").arg(m_entry.name)
                       : tr("Could not pause %1").arg(m_entry.name));
    });
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
    setCurrent(nullptr, {});
}

QAction *VmActions::makeAction(const QString &objectName, const QString &text, const QIcon &icon,
                               const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void VmActions::fillToolBar(QToolBar *toolBar) const
{
    toolBar->addActions({m_new, m_import});
    toolBar->addSeparator();
    toolBar->addActions({m_start, m_pause, m_stop, m_reset});
    toolBar->addSeparator();
    toolBar->addActions({m_snapshot, m_settings, m_console});
    toolBar->addSeparator();
    toolBar->addActions({m_export, m_delete});
}

void VmActions::fillContextMenu(QMenu *menu) const
{
    menu->addActions({m_start, m_pause, m_stop, m_forceStop, m_reset});
    menu->addSeparator();
    menu->addActions({m_console, m_snapshot, m_settings});
    menu->addSeparator();
    menu->addActions({m_export, m_delete});
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

void VmActions::setCurrent(const Engine::VmEntry *entry, const Engine::VmRunInfo &run)
{
    m_hasCurrent = entry != nullptr;
    m_entry = entry ? *entry : Engine::VmEntry();
    m_run = run;
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
        }
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? tip : reason);
        action->setStatusTip(action->toolTip());
    };
    const bool paused = m_run.state == State::Paused;
    m_pause->setText(paused ? tr("Resu&me") : tr("&Pause"));
    m_pause->setIcon(m_window->style()->standardIcon(paused ? QStyle::SP_MediaPlay
                                                            : QStyle::SP_MediaPause));
    allow(m_start, Op::Start, tr("Start the virtual machine"));
    allow(m_pause, paused ? Op::Resume : Op::Pause,
          paused ? tr("Resume the virtual machine") : tr("Pause the virtual machine"));
    allow(m_stop, Op::Stop, tr("Press the power button; the power is cut if the guest does not "
                               "shut down within a minute"));
    allow(m_forceStop, Op::Kill, tr("Cut the power at once"));
    allow(m_reset, Op::Reset, tr("Reset the virtual machine"));
    const bool live = usable && m_run.state != State::Stopped && m_run.state != State::Crashed;
    allow(m_console, std::nullopt, tr("Open the console of the virtual machine"));
    if (usable && !live) {
        m_console->setEnabled(false);
        m_console->setToolTip(tr("The console is available while the VM runs."));
    }
    allow(m_settings, std::nullopt, tr("Change the virtual machine's settings"));
    allow(m_snapshot, std::nullopt, tr("Take, revert to and browse the VM's snapshots"));
    allow(m_delete, std::nullopt, tr("Move the virtual machine to the library's trash"));
    allow(m_export, std::nullopt, tr("Export the virtual machine as an OVA, OVF or zip appliance"));
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
    if (Engine::Status s = m_library.remove(name); !s)
        showError(m_window, tr("Could not delete %1").arg(name), s.error());
    Q_EMIT operationFinished();
}

} // namespace App
