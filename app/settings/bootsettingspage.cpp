#include "app/settings/bootsettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace App {

BootSettingsPage::BootSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("bootSettings"));
    auto *form = new QFormLayout(this);
    m_order = valueCombo(this, tr("Boot order"),
                         {{QStringLiteral("cd"), tr("Hard disk, then CD")},
                          {QStringLiteral("dc"), tr("CD, then hard disk")},
                          {QStringLiteral("acd"), tr("Floppy, hard disk, CD")},
                          {QStringLiteral("adc"), tr("Floppy, CD, hard disk")},
                          {QStringLiteral("c"), tr("Hard disk only")},
                          {QStringLiteral("n"), tr("Network")}});
    m_order->setEditable(true);
    form->addRow(tr("Boot &order:"), m_order);
    m_menu = new QCheckBox(tr("Show the &boot menu (F12)"), this);
    m_menu->setAccessibleName(tr("Boot menu"));
    form->addRow(m_menu);
    m_kernel = new QLineEdit(this);
    m_kernel->setAccessibleName(tr("Kernel"));
    m_kernel->setPlaceholderText(tr("Boot from the disks (no kernel file)"));
    form->addRow(tr("&Kernel:"), m_kernel);
    m_initrd = new QLineEdit(this);
    m_initrd->setAccessibleName(tr("Initial RAM disk"));
    form->addRow(tr("&Initial RAM disk:"), m_initrd);
    m_cmdline = new QLineEdit(this);
    m_cmdline->setAccessibleName(tr("Kernel command line"));
    form->addRow(tr("Kernel &command line:"), m_cmdline);
}

void BootSettingsPage::load(const Engine::VmConfig &c)
{
    setComboValue(m_order, c.boot.order);
    m_menu->setChecked(c.boot.menu);
    m_kernel->setText(c.boot.kernel);
    m_initrd->setText(c.boot.initrd);
    m_cmdline->setText(c.boot.cmdline);
}

void BootSettingsPage::store(Engine::VmConfig &c) const
{
    const int index = m_order->findText(m_order->currentText());
    c.boot.order = index >= 0 ? m_order->itemData(index).toString() : m_order->currentText().trimmed();
    c.boot.menu = m_menu->isChecked();
    c.boot.kernel = m_kernel->text().trimmed();
    c.boot.initrd = m_initrd->text().trimmed();
    c.boot.cmdline = m_cmdline->text();
}

} // namespace App
