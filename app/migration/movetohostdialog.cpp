#include "app/migration/movetohostdialog.h"

#include "app/common/errordialog.h"
#include "app/common/jobdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <memory>

namespace App {

using State = Engine::VmRunner::State;

MoveToHostDialog::MoveToHostDialog(const Engine::VmBundle &vm, State state, QWidget *parent,
                                   const QString &hostsPath)
    : QDialog(parent), m_vm(vm), m_state(state),
      m_hostsPath(hostsPath.isEmpty() ? Engine::HostList::defaultPath() : hostsPath)
{
    setWindowTitle(tr("Move %1 to Another Host").arg(vm.name()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *hostRow = new QHBoxLayout;
    m_hostBox = new QComboBox(this);
    m_hostBox->setObjectName(QStringLiteral("hostBox"));
    m_hostBox->setAccessibleName(tr("Target host"));
    auto *add = new QPushButton(tr("&Add Host…"), this);
    add->setObjectName(QStringLiteral("addHostButton"));
    hostRow->addWidget(m_hostBox, 1);
    hostRow->addWidget(add);
    form->addRow(tr("&Host:"), hostRow);
    layout->addLayout(form);

    const bool runs = state == State::Running || state == State::Paused;
    m_live = new QRadioButton(tr("&Live: the guest keeps running while it moves"), this);
    m_live->setObjectName(QStringLiteral("liveButton"));
    m_quick = new QRadioButton(runs ? tr("&Quick: suspend, copy everything, resume there")
                                    : tr("&Quick: copy the VM with its disks and snapshots"),
                               this);
    m_quick->setObjectName(QStringLiteral("quickButton"));
    m_live->setEnabled(runs);
    if (!runs)
        m_live->setToolTip(tr("Only a running VM can be moved live."));
    (runs ? m_live : m_quick)->setChecked(true);
    layout->addWidget(m_live);
    layout->addWidget(m_quick);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("moveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &MoveToHostDialog::addHost);
    connect(m_hostBox, &QComboBox::currentIndexChanged, this, &MoveToHostDialog::updateOk);
    reload();
}

void MoveToHostDialog::reload(const QString &select)
{
    m_hostBox->clear();
    m_hosts.clear();
    auto list = Engine::HostList::load(m_hostsPath);
    if (!list) {
        m_hint->setText(list.error().message);
    } else {
        m_hosts = list->hosts();
        for (const Engine::HostEntry &h : std::as_const(m_hosts))
            m_hostBox->addItem(QStringLiteral("%1 (%2)").arg(h.name, h.url), h.name);
        const int index = m_hostBox->findData(select);
        if (index >= 0)
            m_hostBox->setCurrentIndex(index);
    }
    updateOk();
}

void MoveToHostDialog::updateOk()
{
    const bool haveHost = m_hostBox->currentIndex() >= 0;
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(haveHost);
    }
    if (!haveHost)
        m_hint->setText(tr("No other Emanon host is known yet. Add one: it is reached over SSH "
                           "with a key that needs no password, and needs Emanon installed."));
    else
        m_hint->setText(tr("%1 leaves this computer once it runs on the other host; until then "
                           "it stays here, and a failed move leaves it running here.")
                            .arg(m_vm.name()));
}

Engine::MigrationMode MoveToHostDialog::mode() const
{
    return m_live->isChecked() ? Engine::MigrationMode::Live : Engine::MigrationMode::Quick;
}

Engine::HostEntry MoveToHostDialog::host() const
{
    const int i = m_hostBox->currentIndex();
    return i >= 0 && i < m_hosts.size() ? m_hosts.at(i) : Engine::HostEntry();
}

void MoveToHostDialog::addHost()
{
    QDialog d(this);
    d.setWindowTitle(tr("Add Host"));
    auto *form = new QFormLayout(&d);
    auto *name = new QLineEdit(&d);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *url = new QLineEdit(&d);
    url->setObjectName(QStringLiteral("urlEdit"));
    url->setPlaceholderText(QStringLiteral("ssh://user@host"));
    auto *key = new QLineEdit(&d);
    key->setObjectName(QStringLiteral("keyEdit"));
    key->setPlaceholderText(tr("ssh's default key"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Address:"), url);
    form->addRow(tr("SSH &key:"), key);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        Engine::HostEntry h;
        h.name = name->text().trimmed();
        h.url = url->text().trimmed();
        h.identity = key->text().trimmed();
        auto list = Engine::HostList::load(m_hostsPath);
        Engine::Status s = list ? list->add(h) : Engine::Status(list.error());
        if (s)
            s = list->save(m_hostsPath);
        if (!s) {
            showError(&d, tr("The host could not be added"), s.error());
            return;
        }
        d.accept();
        reload(h.name);
    });
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    d.exec();
}

QString MoveToHostDialog::reportText(const Engine::MigrationReport &report)
{
    return report.summaryLines().join(QLatin1Char('\n'));
}

bool MoveToHostDialog::moveVm(QWidget *parent, Engine::VmBackend &backend,
                              const Engine::VmBundle &vm, State state)
{
    MoveToHostDialog dialog(vm, state, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto job = backend.migrationJob(vm, dialog.host(), dialog.mode());
    if (!job) {
        showError(parent, tr("Could not move %1").arg(vm.name()), job.error());
        return false;
    }
    std::unique_ptr<Engine::MigrationJob> owned(*job);
    if (JobDialog::run(parent, owned.get()) != JobDialog::Outcome::Succeeded)
        return false;
    QMessageBox::information(parent, tr("%1 Moved").arg(vm.name()),
                             (owned->report().mode == Engine::MigrationMode::Live
                                      || state == State::Running || state == State::Paused
                                      || state == State::Saved
                                  ? tr("%1 now runs on %2.")
                                  : tr("%1 is now on %2."))
                                     .arg(vm.name(), dialog.host().name)
                                 + QStringLiteral("\n\n") + reportText(owned->report()));
    return true;
}

} // namespace App
