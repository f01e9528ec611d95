#include "app/settings/devicessettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace App {

DevicesSettingsPage::DevicesSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("devicesSettings"));
    auto *form = new QFormLayout(this);
    m_vga = valueCombo(this, tr("Graphics card"),
                       {{QStringLiteral("std"), tr("Standard VGA (Bochs)")},
                        {QStringLiteral("cirrus"), tr("Cirrus Logic GD5446")},
                        {QStringLiteral("vmware"), tr("VMware SVGA II")},
                        {QStringLiteral("qxl"), tr("QXL (SPICE)")},
                        {QStringLiteral("virtio"), tr("virtio GPU")},
                        {QStringLiteral("none"), tr("None")}});
    form->addRow(tr("&Graphics:"), m_vga);
    m_spice = new QCheckBox(tr("&Display server (SPICE)"), this);
    m_spice->setAccessibleName(tr("SPICE display server"));
    form->addRow(m_spice);
    m_spiceListen = new QLineEdit(this);
    m_spiceListen->setAccessibleName(tr("SPICE listens on"));
    m_spiceListen->setPlaceholderText(tr("unix, or tcp:ADDRESS:PORT"));
    form->addRow(tr("&Listen on:"), m_spiceListen);
    m_spicePassword = new QLineEdit(this);
    m_spicePassword->setAccessibleName(tr("SPICE password"));
    m_spicePassword->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    form->addRow(tr("Pass&word:"), m_spicePassword);
    m_agent = new QCheckBox(tr("SPICE &agent channel (shared clipboard, resize with the window)"), this);
    m_agent->setAccessibleName(tr("SPICE agent channel"));
    m_agent->setToolTip(tr("Needs spice-vdagent in the guest (spice-guest-tools on Windows). "
                           "Legacy guests have no driver for it and show an unknown device."));
    form->addRow(m_agent);
    m_sound = valueCombo(this, tr("Sound card"),
                         {{QStringLiteral("none"), tr("None")},
                          {QStringLiteral("sb16"), tr("Sound Blaster 16")},
                          {QStringLiteral("adlib+sb16"), tr("Sound Blaster 16 with AdLib")},
                          {QStringLiteral("es1370"), tr("Ensoniq AudioPCI (ES1370)")},
                          {QStringLiteral("ac97"), tr("AC'97")},
                          {QStringLiteral("hda"), tr("Intel HD Audio")}});
    form->addRow(tr("&Sound:"), m_sound);
    m_usb = valueCombo(this, tr("USB controller"),
                       {{QStringLiteral("none"), tr("None")},
                        {QStringLiteral("uhci"), tr("USB 1.1 (UHCI)")},
                        {QStringLiteral("ehci"), tr("USB 2.0 (EHCI)")},
                        {QStringLiteral("xhci"), tr("USB 3.0 (xHCI)")}});
    form->addRow(tr("&USB:"), m_usb);
    m_tablet = new QCheckBox(tr("USB &tablet (the pointer follows the mouse exactly)"), this);
    m_tablet->setAccessibleName(tr("USB tablet"));
    form->addRow(m_tablet);
    m_serial = new QSpinBox(this);
    m_serial->setAccessibleName(tr("Serial ports"));
    m_serial->setRange(0, 4);
    form->addRow(tr("Se&rial ports:"), m_serial);
    m_parallel = new QSpinBox(this);
    m_parallel->setAccessibleName(tr("Parallel ports"));
    m_parallel->setRange(0, 3);
    form->addRow(tr("&Parallel ports:"), m_parallel);
}

void DevicesSettingsPage::load(const Engine::VmConfig &c)
{
    setComboValue(m_vga, c.display.vga);
    m_spice->setChecked(c.display.spice);
    m_spiceListen->setText(c.display.spiceListen);
    m_spicePassword->setText(c.display.spicePassword);
    m_agent->setChecked(c.display.agent);
    setComboValue(m_sound, c.sound);
    setComboValue(m_usb, c.usb.controller);
    m_tablet->setChecked(c.usb.tablet);
    m_serial->setValue(c.serialPorts);
    m_parallel->setValue(c.parallelPorts);
}

void DevicesSettingsPage::store(Engine::VmConfig &c) const
{
    c.display.vga = comboValue(m_vga);
    c.display.spice = m_spice->isChecked();
    c.display.spiceListen = m_spiceListen->text().trimmed();
    c.display.spicePassword = m_spicePassword->text();
    c.display.agent = m_agent->isChecked();
    c.sound = comboValue(m_sound);
    c.usb.controller = comboValue(m_usb);
    c.usb.tablet = m_tablet->isChecked();
    c.serialPorts = m_serial->value();
    c.parallelPorts = m_parallel->value();
}

} // namespace App
