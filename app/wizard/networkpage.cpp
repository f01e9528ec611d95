#include "app/wizard/networkpage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace App {

namespace {
enum ForwardColumn { ProtocolColumn = 0, HostPortColumn, GuestPortColumn };
}

NetworkPage::NetworkPage(NewVmChoices &choices, QWidget *parent)
    : QWizardPage(parent), m_choices(choices)
{
    setObjectName(QStringLiteral("networkPage"));
    setTitle(tr("Network"));
    setSubTitle(tr("With NAT the guest reaches the network through this computer; other "
                   "computers reach the guest only through the ports you forward."));
    auto *layout = new QVBoxLayout(this);
    m_nat = new QRadioButton(tr("&NAT (shared with this computer)"), this);
    m_nat->setObjectName(QStringLiteral("networkNat"));
    m_nat->setAccessibleName(tr("NAT network"));
    m_nat->setChecked(true);
    m_none = new QRadioButton(tr("No net&work"), this);
    m_none->setObjectName(QStringLiteral("networkNone"));
    m_none->setAccessibleName(tr("No network"));
    layout->addWidget(m_nat);

    m_natDetails = new QWidget(this);
    m_natDetails->setContentsMargins(24, 0, 0, 0);
    auto *details = new QVBoxLayout(m_natDetails);
    auto *form = new QFormLayout;
    m_model = new QComboBox(m_natDetails);
    m_model->setObjectName(QStringLiteral("nicModel"));
    m_model->setAccessibleName(tr("Network card"));
    const QList<QPair<QString, QString>> models{
        {QStringLiteral("e1000"), tr("Intel PRO/1000 (e1000)")},
        {QStringLiteral("rtl8139"), tr("Realtek RTL8139")},
        {QStringLiteral("pcnet"), tr("AMD PCnet")},
        {QStringLiteral("ne2k_pci"), tr("NE2000 PCI")},
        {QStringLiteral("ne2k_isa"), tr("NE2000 ISA")},
        {QStringLiteral("virtio-net-pci"), tr("virtio (paravirtual)")}};
    for (const auto &m : models)
        m_model->addItem(m.second, m.first);
    form->addRow(tr("Network &card:"), m_model);
    details->addLayout(form);
    auto *forwardsLabel = new QLabel(tr("&Port forwards (host → guest):"), m_natDetails);
    details->addWidget(forwardsLabel);
    m_forwards = new QTableWidget(0, 3, m_natDetails);
    m_forwards->setObjectName(QStringLiteral("portForwards"));
    m_forwards->setAccessibleName(tr("Port forwards"));
    m_forwards->setHorizontalHeaderLabels({tr("Protocol"), tr("Host port"), tr("Guest port")});
    m_forwards->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_forwards->verticalHeader()->hide();
    m_forwards->setMaximumHeight(140);
    forwardsLabel->setBuddy(m_forwards);
    details->addWidget(m_forwards);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Forward"), m_natDetails);
    add->setObjectName(QStringLiteral("addForward"));
    auto *remove = new QPushButton(tr("&Remove Forward"), m_natDetails);
    remove->setObjectName(QStringLiteral("removeForward"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    details->addLayout(buttons);
    layout->addWidget(m_natDetails);
    layout->addWidget(m_none);
    layout->addStretch(1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("networkProblem"));
    m_problem->setAccessibleName(tr("Problem with the network"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);

    connect(add, &QPushButton::clicked, this, [this] { addForward(QStringLiteral("tcp"), 2222, 22); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_forwards->currentRow() >= 0)
            m_forwards->removeRow(m_forwards->currentRow());
        update();
    });
    connect(m_nat, &QRadioButton::toggled, this, &NetworkPage::update);
}

void NetworkPage::addForward(const QString &protocol, int hostPort, int guestPort)
{
    const int row = m_forwards->rowCount();
    m_forwards->insertRow(row);
    auto *proto = new QComboBox(m_forwards);
    proto->addItem(tr("TCP"), QStringLiteral("tcp"));
    proto->addItem(tr("UDP"), QStringLiteral("udp"));
    proto->setCurrentIndex(qMax(0, proto->findData(protocol)));
    proto->setAccessibleName(tr("Protocol"));
    m_forwards->setCellWidget(row, ProtocolColumn, proto);
    auto makePort = [this](int value, const QString &name) {
        auto *spin = new QSpinBox(m_forwards);
        spin->setRange(1, 65535);
        spin->setValue(value);
        spin->setAccessibleName(name);
        connect(spin, &QSpinBox::valueChanged, this, &NetworkPage::update);
        return spin;
    };
    m_forwards->setCellWidget(row, HostPortColumn, makePort(hostPort, tr("Host port")));
    m_forwards->setCellWidget(row, GuestPortColumn, makePort(guestPort, tr("Guest port")));
    connect(proto, &QComboBox::currentIndexChanged, this, &NetworkPage::update);
    update();
}

void NetworkPage::initializePage()
{
    const Engine::GuestProfile *p = m_choices.profile();
    if (!p || m_initializedFor == m_choices.profileId)
        return;
    m_initializedFor = m_choices.profileId;
    const int index = m_model->findData(QString::fromLatin1(p->nicModel));
    if (index >= 0)
        m_model->setCurrentIndex(index);
}

QString NetworkPage::problem() const
{
    if (!m_nat->isChecked())
        return {};
    QSet<QString> used;
    for (int row = 0; row < m_forwards->rowCount(); ++row) {
        const auto *proto = qobject_cast<QComboBox *>(m_forwards->cellWidget(row, ProtocolColumn));
        const auto *host = qobject_cast<QSpinBox *>(m_forwards->cellWidget(row, HostPortColumn));
        const QString key = proto->currentData().toString() + QString::number(host->value());
        if (used.contains(key))
            return tr("Host port %1 (%2) is forwarded twice.")
                .arg(host->value())
                .arg(proto->currentText());
        used.insert(key);
        if (host->value() < 1024)
            return tr("Host port %1 is below 1024; only the administrator may open it. Use a "
                      "port from 1024 up.")
                .arg(host->value());
    }
    return {};
}

void NetworkPage::update()
{
    m_natDetails->setEnabled(m_nat->isChecked());
    m_problem->setText(problem());
    Q_EMIT completeChanged();
}

bool NetworkPage::isComplete() const
{
    return problem().isEmpty();
}

bool NetworkPage::validatePage()
{
    if (!isComplete())
        return false;
    m_choices.nat = m_nat->isChecked();
    m_choices.nicModel = m_model->currentData().toString();
    m_choices.forwards.clear();
    for (int row = 0; row < m_forwards->rowCount(); ++row) {
        Engine::PortForward f;
        f.protocol = qobject_cast<QComboBox *>(m_forwards->cellWidget(row, ProtocolColumn))
                         ->currentData()
                         .toString();
        f.hostPort = quint16(qobject_cast<QSpinBox *>(m_forwards->cellWidget(row, HostPortColumn))->value());
        f.guestPort = quint16(qobject_cast<QSpinBox *>(m_forwards->cellWidget(row, GuestPortColumn))->value());
        m_choices.forwards.append(f);
    }
    return true;
}

} // namespace App
