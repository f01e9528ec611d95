// BootSettingsPage: the boot order, the boot menu, and direct kernel boot (kernel, initrd,
// command line).
#pragma once

#include "app/settings/settingspage.h"

class QCheckBox;
class QLineEdit;

namespace App {

class BootSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit BootSettingsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Boot"); }
    void load(const Engine::VmConfig &config) override;
    void store(Engine::VmConfig &config) const override;

private:
    QComboBox *m_order = nullptr;
    QCheckBox *m_menu = nullptr;
    QLineEdit *m_kernel = nullptr;
    QLineEdit *m_initrd = nullptr;
    QLineEdit *m_cmdline = nullptr;
};

} // namespace App
