#include "app/settings/usbsettingspage.h"

#include "usb/device/libusbdevicesource.h"
#include "usb/filter/usbfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace App {

namespace {
enum RuleColumn { kRuleColumn = 0, kNameColumn, kViaColumn, kAutoColumn };
} // namespace

UsbSettingsPage::UsbSettingsPage(Usb::UsbDeviceSource *source, QWidget *parent)
    : SettingsPage(parent), m_source(source)
{
    setObjectName(QStringLiteral("usbSettings"));
    if (!m_source)
        m_source = new Usb::LibusbDeviceSource(&m_ids, this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_slots = new QSpinBox(this);
    m_slots->setObjectName(QStringLiteral("usbRedirectSlots"));
    m_slots->setAccessibleName(tr("USB redirection slots"));
    m_slots->setRange(0, 8);
    m_slots->setToolTip(tr("How many host devices the screen's USB redirection can give the VM "
                           "at once. Takes effect at the next start."));
    form->addRow(tr("&Redirection slots:"), m_slots);
    layout->addLayout(form);
    layout->addWidget(buildRuleEditor(), 1);
    layout->addWidget(buildDeviceList(), 1);
    connect(m_source, &Usb::UsbDeviceSource::deviceArrived, this, &UsbSettingsPage::refreshDevices);
    connect(m_source, &Usb::UsbDeviceSource::deviceLeft, this, &UsbSettingsPage::refreshDevices);
    refreshDevices();
}

QWidget *UsbSettingsPage::buildRuleEditor()
{
    auto *box = new QGroupBox(tr("Rules: devices this VM gets"), this);
    auto *v = new QVBoxLayout(box);
    m_rules = new QTreeWidget(box);
    m_rules->setObjectName(QStringLiteral("usbRules"));
    m_rules->setAccessibleName(tr("USB rules"));
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("Devices"), tr("Name"), tr("Connect by"), tr("Automatic")});
    m_rules->header()->setSectionResizeMode(kRuleColumn, QHeaderView::Stretch);
    v->addWidget(m_rules);
    auto *row = new QHBoxLayout;
    m_ruleText = new QLineEdit(box);
    m_ruleText->setObjectName(QStringLiteral("usbRuleText"));
    m_ruleText->setAccessibleName(tr("New rule"));
    m_ruleText->setPlaceholderText(tr("046d:c52b, class:08, bus:1-2.3, serial:…"));
    row->addWidget(m_ruleText, 1);
    m_via = valueCombo(box, tr("Connect by"),
                       {{QStringLiteral("redirect"), tr("Redirection (SPICE)")},
                        {QStringLiteral("passthrough"), tr("Passthrough (QEMU)")}});
    row->addWidget(m_via);
    m_auto = new QCheckBox(tr("&Automatically"), box);
    m_auto->setChecked(true);
    m_auto->setToolTip(tr("Connect matching devices when the VM starts and when they are plugged in."));
    row->addWidget(m_auto);
    auto *add = new QPushButton(tr("A&dd Rule"), box);
    add->setObjectName(QStringLiteral("usbAddRule"));
    connect(add, &QPushButton::clicked, this, &UsbSettingsPage::addTypedRule);
    connect(m_ruleText, &QLineEdit::returnPressed, this, &UsbSettingsPage::addTypedRule);
    row->addWidget(add);
    auto *remove = new QPushButton(tr("&Remove Rule"), box);
    remove->setObjectName(QStringLiteral("usbRemoveRule"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int i = m_rules->indexOfTopLevelItem(m_rules->currentItem());
        if (i < 0)
            return;
        delete m_rules->takeTopLevelItem(i);
        m_ruleList.removeAt(i);
    });
    row->addWidget(remove);
    v->addLayout(row);
    m_ruleError = new QLabel(box);
    m_ruleError->setObjectName(QStringLiteral("usbRuleError"));
    m_ruleError->setWordWrap(true);
    m_ruleError->hide();
    v->addWidget(m_ruleError);
    return box;
}

QWidget *UsbSettingsPage::buildDeviceList()
{
    auto *box = new QGroupBox(tr("This computer's USB devices"), this);
    auto *v = new QVBoxLayout(box);
    m_hostStatus = new QLabel(box);
    m_hostStatus->setObjectName(QStringLiteral("usbHostStatus"));
    m_hostStatus->setWordWrap(true);
    v->addWidget(m_hostStatus);
    m_devices = new QTreeWidget(box);
    m_devices->setObjectName(QStringLiteral("usbHostDevices"));
    m_devices->setAccessibleName(tr("This computer's USB devices"));
    m_devices->setRootIsDecorated(false);
    m_devices->setHeaderLabels({tr("Device"), tr("Port"), tr("Speed"), tr("Class")});
    m_devices->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    v->addWidget(m_devices);
    auto *forDevice = new QPushButton(tr("Add Rule for This &Device"), box);
    forDevice->setObjectName(QStringLiteral("usbRuleForDevice"));
    connect(forDevice, &QPushButton::clicked, this, &UsbSettingsPage::addRuleForDevice);
    v->addWidget(forDevice, 0, Qt::AlignRight);
    return box;
}

void UsbSettingsPage::refreshDevices()
{
    m_devices->clear();
    const Engine::Status available = m_source->availability();
    m_hostStatus->setVisible(!available);
    if (!available) {
        m_hostStatus->setText(available.error().message);
        return;
    }
    for (const Usb::UsbDevice &d : m_source->devices()) {
        if (d.isHub())
            continue;
        auto *item = new QTreeWidgetItem(m_devices, {d.displayName(), d.portPath, Usb::UsbDevice::speedName(d.speed),
                                                     d.className});
        item->setData(0, Qt::UserRole, d.key());
        if (!d.accessible)
            item->setToolTip(0, tr("You may not use this device yet: see docs/usb.md for the udev rule."));
    }
}

void UsbSettingsPage::addRule(const Engine::UsbRule &rule)
{
    m_ruleList.append(rule);
    auto *item = new QTreeWidgetItem(m_rules, {Usb::UsbFilter::ruleText(rule), rule.name,
                                               rule.via == QLatin1String("passthrough") ? tr("Passthrough (QEMU)")
                                                                                        : tr("Redirection (SPICE)"),
                                               rule.autoConnect ? tr("Yes") : tr("No")});
    m_rules->setCurrentItem(item);
}

void UsbSettingsPage::addTypedRule()
{
    auto rule = Usb::UsbFilter::parseRule(m_ruleText->text());
    m_ruleError->setVisible(!rule);
    if (!rule) {
        m_ruleError->setText(rule.error().message);
        return;
    }
    rule->via = comboValue(m_via);
    rule->autoConnect = m_auto->isChecked();
    addRule(*rule);
    m_ruleText->clear();
}

void UsbSettingsPage::addRuleForDevice()
{
    const QTreeWidgetItem *item = m_devices->currentItem();
    if (!item)
        return;
    for (const Usb::UsbDevice &d : m_source->devices()) {
        if (d.key() != item->data(0, Qt::UserRole).toString())
            continue;
        Engine::UsbRule rule = Usb::UsbFilter::ruleFor(d);
        rule.via = comboValue(m_via);
        rule.autoConnect = m_auto->isChecked();
        addRule(rule);
        return;
    }
}

void UsbSettingsPage::load(const Engine::VmConfig &config)
{
    m_slots->setValue(config.usb.redirectSlots);
    m_rules->clear();
    m_ruleList.clear();
    for (const Engine::UsbRule &r : config.usb.rules)
        addRule(r);
}

void UsbSettingsPage::store(Engine::VmConfig &config) const
{
    config.usb.redirectSlots = m_slots->value();
    config.usb.rules = m_ruleList;
}

} // namespace App
