#include "app/settings/systemsettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace App {

SystemSettingsPage::SystemSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("systemSettings"));
    auto *form = new QFormLayout(this);
    m_memory = new QSpinBox(this);
    m_memory->setObjectName(QStringLiteral("settingsMemory"));
    m_memory->setAccessibleName(tr("Memory in MiB"));
    m_memory->setRange(1, 1024 * 1024);
    m_memory->setSingleStep(64);
    m_memory->setSuffix(tr(" MiB"));
    form->addRow(tr("&Memory:"), m_memory);
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("settingsCpus"));
    m_cpus->setAccessibleName(tr("Processors"));
    m_cpus->setRange(1, 256);
    form->addRow(tr("&Processors:"), m_cpus);
    m_cpuModel = valueCombo(this, tr("CPU model"),
                            {{QStringLiteral("qemu64"), tr("QEMU 64-bit (qemu64)")},
                             {QStringLiteral("qemu32"), tr("QEMU 32-bit (qemu32)")},
                             {QStringLiteral("host"), tr("Same as this computer (host, KVM only)")},
                             {QStringLiteral("486"), QStringLiteral("Intel 486")},
                             {QStringLiteral("pentium"), QStringLiteral("Intel Pentium")},
                             {QStringLiteral("pentium2"), QStringLiteral("Intel Pentium II")},
                             {QStringLiteral("pentium3"), QStringLiteral("Intel Pentium III")},
                             {QStringLiteral("coreduo"), QStringLiteral("Intel Core Duo")},
                             {QStringLiteral("core2duo"), QStringLiteral("Intel Core 2 Duo")}});
    m_cpuModel->setEditable(true);
    form->addRow(tr("CPU &model:"), m_cpuModel);
    m_cpuFlags = new QLineEdit(this);
    m_cpuFlags->setAccessibleName(tr("CPU flags"));
    m_cpuFlags->setPlaceholderText(tr("e.g. level=3,-hypervisor"));
    form->addRow(tr("CPU &flags:"), m_cpuFlags);
    m_machine = valueCombo(this, tr("Machine type"),
                           {{QStringLiteral("pc-i440fx-7.2"), tr("PC with i440FX chipset (1996)")},
                            {QStringLiteral("pc-q35-7.2"), tr("PC with Q35 chipset (2009)")},
                            {QStringLiteral("isapc"), tr("ISA-only PC (no PCI)")}});
    form->addRow(tr("Mac&hine:"), m_machine);
    m_firmware = valueCombo(this, tr("Firmware"),
                            {{QStringLiteral("bios"), tr("BIOS")}, {QStringLiteral("uefi"), tr("UEFI")}});
    form->addRow(tr("&Firmware:"), m_firmware);
    m_accel = valueCombo(this, tr("Accelerator"),
                         {{QStringLiteral("auto"), tr("Automatic (measured on this computer)")},
                          {QStringLiteral("kvm"), tr("KVM")},
                          {QStringLiteral("tcg"), tr("TCG (software emulation)")}});
    form->addRow(tr("&Accelerator:"), m_accel);
    m_acpi = new QCheckBox(tr("A&CPI (power button, shutdown)"), this);
    m_acpi->setAccessibleName(tr("ACPI"));
    form->addRow(m_acpi);
    m_hpet = new QCheckBox(tr("&HPET timer"), this);
    m_hpet->setAccessibleName(tr("HPET timer"));
    form->addRow(m_hpet);
    m_rtc = valueCombo(this, tr("Hardware clock"),
                       {{QStringLiteral("utc"), tr("UTC (Linux, BSD)")},
                        {QStringLiteral("localtime"), tr("Local time (DOS, Windows)")}});
    form->addRow(tr("Hardware &clock:"), m_rtc);
}

void SystemSettingsPage::load(const Engine::VmConfig &c)
{
    m_memory->setValue(c.memoryMiB);
    m_cpus->setValue(c.cpu.count);
    setComboValue(m_cpuModel, c.cpu.model);
    m_cpuFlags->setText(c.cpu.flags);
    setComboValue(m_machine, c.machine);
    setComboValue(m_firmware, c.firmware);
    setComboValue(m_accel, c.accel);
    m_acpi->setChecked(c.acpi);
    m_hpet->setChecked(c.hpet);
    setComboValue(m_rtc, c.rtcBase);
}

void SystemSettingsPage::store(Engine::VmConfig &c) const
{
    c.memoryMiB = m_memory->value();
    c.cpu.count = m_cpus->value();
    const int index = m_cpuModel->findText(m_cpuModel->currentText());
    c.cpu.model = index >= 0 ? m_cpuModel->itemData(index).toString() : m_cpuModel->currentText();
    c.cpu.flags = m_cpuFlags->text();
    c.machine = comboValue(m_machine);
    c.firmware = comboValue(m_firmware);
    c.accel = comboValue(m_accel);
    c.acpi = m_acpi->isChecked();
    c.hpet = m_hpet->isChecked();
    c.rtcBase = comboValue(m_rtc);
}

} // namespace App
