// MoveToHostDialog: "Move to Host…" for one VM: pick an Emanon host from the host list (or add
// one), choose live (the guest keeps running) or quick (suspend, copy, resume there), then the
// move runs as a job with progress and cancel (JobDialog) and the figures are shown at the end
// (total time, downtime, bytes, passes). Modal, on the GUI thread.
#pragma once

#include "engine/backend/vmbackend.h"
#include "engine/migration/hostlist.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;
class QDialogButtonBox;

namespace App {

class MoveToHostDialog : public QDialog
{
    Q_OBJECT
public:
    /// `hostsPath`: the host list file (tests); empty = HostList::defaultPath().
    MoveToHostDialog(const Engine::VmBundle &vm, Engine::VmRunner::State state,
                     QWidget *parent = nullptr, const QString &hostsPath = {});

    /// The whole flow: the dialog, the job, the figures. Returns true when the VM moved (it is
    /// then gone from this library).
    static bool moveVm(QWidget *parent, Engine::VmBackend &backend, const Engine::VmBundle &vm,
                       Engine::VmRunner::State state);

    [[nodiscard]] Engine::MigrationMode mode() const;
    /// The chosen host; valid once the dialog was accepted.
    [[nodiscard]] Engine::HostEntry host() const;
    /// Asks for a new host (name, ssh:// address, key) and adds it to the list.
    void addHost();
    /// The figures of a finished move, as shown at the end.
    static QString reportText(const Engine::MigrationReport &report);

private:
    void reload(const QString &select = {});
    void updateOk();

    Engine::VmBundle m_vm;
    Engine::VmRunner::State m_state;
    QString m_hostsPath;
    QList<Engine::HostEntry> m_hosts;
    QComboBox *m_hostBox = nullptr;
    QRadioButton *m_live = nullptr;
    QRadioButton *m_quick = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace App
