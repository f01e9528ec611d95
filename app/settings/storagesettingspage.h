// StorageSettingsPage: the disks (file, format, bus, read-only) and the removable media
// (CD/DVD and floppy images). Disks are created and removed with the disk tools; here they
// are attached differently.
#pragma once

#include "app/settings/settingspage.h"

class QLineEdit;
class QTableWidget;

namespace App {

class StorageSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit StorageSettingsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Storage"); }
    void load(const Engine::VmConfig &config) override;
    void store(Engine::VmConfig &config) const override;

    /// While the VM runs only the removable media may change: disables everything else.
    void setMediaOnly(bool mediaOnly);

private:
    QWidget *m_disksBox = nullptr;
    QTableWidget *m_disks = nullptr;
    QLineEdit *m_cd = nullptr;
    QLineEdit *m_floppy = nullptr;
};

} // namespace App
