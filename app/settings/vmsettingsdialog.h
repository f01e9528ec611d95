// VmSettingsDialog: every field of a VM's definition, in tabs (General, System, Storage,
// Network, Devices, Boot). While the VM runs only the CD and floppy can be changed (live,
// through VmBackend::changeMedium / ejectMedium); everything else is grayed out and a banner
// says why (QEMU holds the definition it started with). Save validates the
// whole definition and writes vm.json atomically through VmLibrary::save (a new name goes
// through VmLibrary::rename); problems are shown with their details and nothing is written.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace App {

class SettingsPage;
class StorageSettingsPage;

class VmSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    VmSettingsDialog(Engine::VmLibrary &library, Engine::VmBackend &backend,
                     const Engine::VmBundle &bundle, QWidget *parent = nullptr);

    /// Why the settings cannot be edited now (the VM runs), or an empty string.
    [[nodiscard]] QString lockReason() const { return m_lockReason; }
    /// The definition as the dialog's fields say (for tests and the save).
    [[nodiscard]] Engine::VmConfig editedConfig() const;
    /// Validates and writes; returns whether it worked (errors are shown).
    bool save();
    [[nodiscard]] const Engine::VmBundle &bundle() const { return m_bundle; }

    void accept() override;

private:
    void applyLock();
    bool applyMediaLive();

    Engine::VmLibrary &m_library;
    Engine::VmBackend &m_backend;
    Engine::VmBundle m_bundle;
    QString m_lockReason;
    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_pages;
    StorageSettingsPage *m_storage = nullptr;
};

} // namespace App
