// SystemSettingsPage: memory, processors, CPU model and flags, machine type, firmware,
// accelerator, ACPI, HPET and the clock base.
#pragma once

#include "app/settings/settingspage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace App {

class SystemSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit SystemSettingsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("System"); }
    void load(const Engine::VmConfig &config) override;
    void store(Engine::VmConfig &config) const override;

private:
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_cpus = nullptr;
    QComboBox *m_cpuModel = nullptr;
    QLineEdit *m_cpuFlags = nullptr;
    QComboBox *m_machine = nullptr;
    QComboBox *m_firmware = nullptr;
    QComboBox *m_accel = nullptr;
    QCheckBox *m_acpi = nullptr;
    QCheckBox *m_hpet = nullptr;
    QComboBox *m_rtc = nullptr;
};

} // namespace App
