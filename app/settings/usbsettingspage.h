// UsbSettingsPage: the VM's USB rules (which host devices are connected, how, and whether
// automatically; stored in vm.json), the number of SPICE redirection slots, and this
// computer's USB devices, from which a rule for one device is made with one click. The USB
// controller and the tablet stay on the Devices page.
#pragma once

#include "app/settings/settingspage.h"
#include "usb/device/usbdevicesource.h"
#include "usb/device/usbids.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace App {

class UsbSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    /// `source`: the host's devices (null: libusb, owned by the page).
    explicit UsbSettingsPage(Usb::UsbDeviceSource *source = nullptr, QWidget *parent = nullptr);
    QString title() const override { return tr("USB"); }
    void load(const Engine::VmConfig &config) override;
    void store(Engine::VmConfig &config) const override;

private:
    QWidget *buildRuleEditor();
    QWidget *buildDeviceList();
    void addRule(const Engine::UsbRule &rule);
    void addTypedRule();
    void addRuleForDevice();
    void refreshDevices();

    Usb::UsbIds m_ids;
    Usb::UsbDeviceSource *m_source = nullptr;
    QSpinBox *m_slots = nullptr;
    QTreeWidget *m_rules = nullptr;
    QLineEdit *m_ruleText = nullptr;
    QComboBox *m_via = nullptr;
    QCheckBox *m_auto = nullptr;
    QLabel *m_ruleError = nullptr;
    QTreeWidget *m_devices = nullptr;
    QLabel *m_hostStatus = nullptr;
    QList<Engine::UsbRule> m_ruleList; ///< in the table's order
};

} // namespace App
