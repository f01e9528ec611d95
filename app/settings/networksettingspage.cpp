#include "app/settings/networksettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace App {

namespace {
enum Column { ProtocolColumn = 0, HostAddressColumn, HostPortColumn, GuestPortColumn };
}

NetworkSettingsPage::NetworkSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("networkSettings"));
    auto *form = new QFormLayout(this);
    m_enabled = new QCheckBox(tr("&Connect a network card (NAT)"), this);
    m_enabled->setObjectName(QStringLiteral("settingsNat"));
    m_enabled->setAccessibleName(tr("NAT network"));
    form->addRow(m_enabled);
    m_model = valueCombo(this, tr("Network card"),
                         {{QStringLiteral("e1000"), tr("Intel PRO/1000 (e1000)")},
                          {QStringLiteral("rtl8139"), tr("Realtek RTL8139")},
                          {QStringLiteral("pcnet"), tr("AMD PCnet")},
                          {QStringLiteral("ne2k_pci"), tr("NE2000 PCI")},
                          {QStringLiteral("ne2k_isa"), tr("NE2000 ISA")},
                          {QStringLiteral("virtio-net-pci"), tr("virtio (paravirtual)")}});
    form->addRow(tr("Network &card:"), m_model);
    m_mac = new QLineEdit(this);
    m_mac->setAccessibleName(tr("MAC address"));
    m_mac->setInputMask(QStringLiteral("HH:HH:HH:HH:HH:HH;_"));
    form->addRow(tr("&MAC address:"), m_mac);
    m_forwards = new QTableWidget(0, 4, this);
    m_forwards->setObjectName(QStringLiteral("settingsForwards"));
    m_forwards->setAccessibleName(tr("Port forwards"));
    m_forwards->setHorizontalHeaderLabels({tr("Protocol"), tr("Host address"), tr("Host port"), tr("Guest port")});
    m_forwards->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_forwards->verticalHeader()->hide();
    form->addRow(tr("&Port forwards:"), m_forwards);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Forward"), this);
    auto *remove = new QPushButton(tr("&Remove Forward"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        Engine::PortForward f;
        f.hostPort = 2222;
        f.guestPort = 22;
        addForward(f);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_forwards->currentRow() >= 0)
            m_forwards->removeRow(m_forwards->currentRow());
    });
}

void NetworkSettingsPage::addForward(const Engine::PortForward &f)
{
    const int row = m_forwards->rowCount();
    m_forwards->insertRow(row);
    m_forwards->setItem(row, ProtocolColumn, new QTableWidgetItem(f.protocol));
    m_forwards->setItem(row, HostAddressColumn, new QTableWidgetItem(f.hostAddress));
    m_forwards->setItem(row, HostPortColumn, new QTableWidgetItem(QString::number(f.hostPort)));
    m_forwards->setItem(row, GuestPortColumn, new QTableWidgetItem(QString::number(f.guestPort)));
}

void NetworkSettingsPage::load(const Engine::VmConfig &c)
{
    m_forwards->setRowCount(0);
    const Engine::NicConfig nic = c.nics.isEmpty() ? Engine::NicConfig() : c.nics.first();
    m_enabled->setChecked(!c.nics.isEmpty() && nic.mode == Engine::NicConfig::Mode::Nat);
    setComboValue(m_model, nic.model);
    m_mac->setText(nic.mac);
    for (const Engine::PortForward &f : nic.forwards)
        addForward(f);
}

void NetworkSettingsPage::store(Engine::VmConfig &c) const
{
    if (c.nics.isEmpty())
        c.nics.append(Engine::NicConfig());
    Engine::NicConfig &nic = c.nics.first();
    nic.mode = m_enabled->isChecked() ? Engine::NicConfig::Mode::Nat : Engine::NicConfig::Mode::None;
    nic.model = comboValue(m_model);
    nic.mac = m_mac->text() == QLatin1String(":::::") ? QString() : m_mac->text().toLower();
    nic.forwards.clear();
    for (int row = 0; row < m_forwards->rowCount(); ++row) {
        Engine::PortForward f;
        f.protocol = m_forwards->item(row, ProtocolColumn)->text().trimmed().toLower();
        f.hostAddress = m_forwards->item(row, HostAddressColumn)->text().trimmed();
        // Out-of-range text becomes 0, which validation reports with the field's name.
        f.hostPort = quint16(qBound(0, m_forwards->item(row, HostPortColumn)->text().toInt(), 65535));
        f.guestPort = quint16(qBound(0, m_forwards->item(row, GuestPortColumn)->text().toInt(), 65535));
        nic.forwards.append(f);
    }
}

} // namespace App
