// NetworkSettingsPage: the first network card: NAT or none, the card model, its MAC address
// and the port forwards.
#pragma once

#include "app/settings/settingspage.h"

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace App {

class NetworkSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit NetworkSettingsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Network"); }
    void load(const Engine::VmConfig &config) override;
    void store(Engine::VmConfig &config) const override;

private:
    void addForward(const Engine::PortForward &forward);

    QCheckBox *m_enabled = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_mac = nullptr;
    QTableWidget *m_forwards = nullptr;
};

} // namespace App
