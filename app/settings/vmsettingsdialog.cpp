#include "app/settings/vmsettingsdialog.h"

#include "app/common/errordialog.h"
#include "app/settings/bootsettingspage.h"
#include "app/settings/devicessettingspage.h"
#include "app/settings/generalsettingspage.h"
#include "app/settings/networksettingspage.h"
#include "app/settings/storagesettingspage.h"
#include "app/settings/systemsettingspage.h"
#include "app/settings/usbsettingspage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace App {

VmSettingsDialog::VmSettingsDialog(Engine::VmLibrary &library, Engine::VmBackend &backend,
                                   const Engine::VmBundle &bundle, QWidget *parent)
    : QDialog(parent), m_library(library), m_backend(backend), m_bundle(bundle)
{
    setObjectName(QStringLiteral("vmSettingsDialog"));
    setWindowTitle(tr("%1 — Settings").arg(bundle.name()));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("settingsLockBanner"));
    m_banner->setAccessibleName(tr("Why the settings cannot be changed"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; color: #5a4000; border: 1px solid #e0c060; "
        "border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings"));
    m_storage = new StorageSettingsPage(m_tabs);
    m_pages = {new GeneralSettingsPage(m_tabs), new SystemSettingsPage(m_tabs),
               m_storage, new NetworkSettingsPage(m_tabs),
               new DevicesSettingsPage(m_tabs), new UsbSettingsPage(nullptr, m_tabs),
               new BootSettingsPage(m_tabs)};
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(bundle.config);
        m_tabs->addTab(page, page->title());
    }
    layout->addWidget(m_tabs, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 560);
    applyLock();
}

void VmSettingsDialog::applyLock()
{
    const Engine::VmRunInfo run = m_backend.query(m_bundle);
    m_lockReason.clear();
    if (Engine::VmRunner::hasProcess(run.state))
        m_lockReason = tr("%1 is %2. Only the CD and floppy can be changed now; the other "
                          "settings can be changed when it is stopped.")
                           .arg(m_bundle.name(), Engine::VmRunner::stateDisplayName(run.state));
    const bool locked = !m_lockReason.isEmpty();
    m_banner->setText(m_lockReason);
    m_banner->setVisible(locked);
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->setEnabled(!locked || page == m_storage);
        page->setToolTip(page == m_storage ? QString() : m_lockReason);
    }
    m_storage->setMediaOnly(locked);
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setText(locked ? tr("Change Media") : tr("Save"));
    saveButton->setToolTip(locked ? tr("Insert or eject the CD and floppy in the running VM") : QString());
}

Engine::VmConfig VmSettingsDialog::editedConfig() const
{
    Engine::VmConfig config = m_bundle.config;
    for (const SettingsPage *page : m_pages)
        page->store(config);
    return config;
}

bool VmSettingsDialog::applyMediaLive()
{
    Engine::VmConfig wanted = m_bundle.config;
    m_storage->store(wanted);
    for (const Engine::MediaConfig &medium : std::as_const(wanted.media)) {
        const Engine::MediaConfig *now = nullptr;
        for (const Engine::MediaConfig &m : std::as_const(m_bundle.config.media)) {
            if (m.node == medium.node)
                now = &m;
        }
        if (!now || now->path == medium.path)
            continue; // a drive added while running waits for the next start
        Engine::Status s = medium.path.isEmpty()
                               ? m_backend.ejectMedium(m_bundle, medium.node)
                               : m_backend.changeMedium(m_bundle, medium.node, medium.path);
        if (!s) {
            showError(this, tr("Could not change the medium of %1").arg(m_bundle.name()), s.error());
            return false;
        }
    }
    return true;
}

bool VmSettingsDialog::save()
{
    const bool wasLocked = !m_lockReason.isEmpty();
    applyLock(); // the VM may have started or stopped since the dialog opened
    if (wasLocked) // only the media could be edited (whatever the state is now)
        return applyMediaLive();
    if (!m_lockReason.isEmpty()) { // started meanwhile: the edits cannot be applied
        showError(this, tr("Could not save the settings of %1").arg(m_bundle.name()),
                  Engine::Error(Engine::ErrorCode::StateRefused, m_lockReason));
        return false;
    }
    Engine::VmConfig config = editedConfig();
    const QString newName = config.name;
    const QList<Engine::Error> problems = config.validate(Engine::HostLimits::current());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Engine::Error &e : problems)
            lines << e.message;
        showError(this, tr("Could not save the settings of %1").arg(m_bundle.name()),
                  Engine::Error(Engine::ErrorCode::ConfigInvalid,
                                tr("%n setting(s) must be corrected first:", nullptr,
                                   int(problems.size()))
                                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (newName != m_bundle.name()) {
        auto renamed = m_library.rename(m_bundle.name(), newName);
        if (!renamed) {
            showError(this, tr("Could not rename %1").arg(m_bundle.name()), renamed.error());
            return false;
        }
        m_bundle = *renamed;
    }
    config.name = m_bundle.name();
    Engine::VmBundle updated{m_bundle.path, config};
    if (Engine::Status s = m_library.save(updated); !s) {
        showError(this, tr("Could not save the settings of %1").arg(m_bundle.name()), s.error());
        return false;
    }
    m_bundle = updated;
    return true;
}

void VmSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace App
