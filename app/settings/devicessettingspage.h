// DevicesSettingsPage: graphics and the SPICE display server, sound, USB, serial and
// parallel ports.
#pragma once

#include "app/settings/settingspage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace App {

class DevicesSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DevicesSettingsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Devices"); }
    void load(const Engine::VmConfig &config) override;
    void store(Engine::VmConfig &config) const override;

private:
    QComboBox *m_vga = nullptr;
    QCheckBox *m_spice = nullptr;
    QLineEdit *m_spiceListen = nullptr;
    QLineEdit *m_spicePassword = nullptr;
    QCheckBox *m_agent = nullptr;
    QComboBox *m_sound = nullptr;
    QComboBox *m_usb = nullptr;
    QCheckBox *m_tablet = nullptr;
    QSpinBox *m_serial = nullptr;
    QSpinBox *m_parallel = nullptr;
};

} // namespace App
