#include "app/wizard/hardwarepage.h"

#include "engine/profiles/profilecheck.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace App {

HardwarePage::HardwarePage(NewVmChoices &choices, const Engine::HostLimits &host, QWidget *parent)
    : QWizardPage(parent), m_choices(choices), m_host(host)
{
    setObjectName(QStringLiteral("hardwarePage"));
    setTitle(tr("Memory and processors"));
    setSubTitle(tr("How much of this computer the VM may use while it runs."));
    auto *form = new QFormLayout(this);
    m_memory = new QSpinBox(this);
    m_memory->setObjectName(QStringLiteral("memorySpin"));
    m_memory->setAccessibleName(tr("Memory in MiB"));
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSingleStep(64);
    form->addRow(tr("&Memory:"), m_memory);
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("cpuSpin"));
    m_cpus->setAccessibleName(tr("Processors"));
    form->addRow(tr("&Processors:"), m_cpus);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hardwareHint"));
    m_hint->setWordWrap(true);
    form->addRow(m_hint);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("hardwareWarning"));
    m_warning->setAccessibleName(tr("Warnings"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a05a00"));
    form->addRow(m_warning);
    connect(m_memory, &QSpinBox::valueChanged, this, &HardwarePage::update);
    connect(m_cpus, &QSpinBox::valueChanged, this, &HardwarePage::update);
}

void HardwarePage::initializePage()
{
    const Engine::GuestProfile *p = m_choices.profile();
    if (!p || m_initializedFor == m_choices.profileId)
        return; // Back and Next again: keep what the user chose
    m_initializedFor = m_choices.profileId;
    const int hostMemory = int(qMin<qint64>(m_host.memoryMiB > 0 ? m_host.memoryMiB : 65536,
                                            1024 * 1024));
    m_memory->setRange(qMin(p->memoryMinMiB, hostMemory), hostMemory);
    m_memory->setValue(qMin(p->memoryDefaultMiB, hostMemory));
    m_cpus->setRange(1, qMax(1, m_host.cpuCount));
    m_cpus->setValue(1);
    m_hint->setText(tr("%1 needs at least %2 MiB and can use up to %3 MiB and %n processor(s). "
                       "This computer has %4 MiB and %5 processors.",
                       nullptr, p->maxCpus)
                        .arg(p->displayName())
                        .arg(p->memoryMinMiB)
                        .arg(p->memoryMaxMiB)
                        .arg(m_host.memoryMiB)
                        .arg(m_host.cpuCount));
    update();
}

QStringList HardwarePage::warnings() const
{
    QStringList out;
    const Engine::GuestProfile *p = m_choices.profile();
    if (!p)
        return out;
    if (m_memory->value() > p->memoryMaxMiB)
        out << tr("%1 cannot use more than %2 MiB of memory; the rest is wasted, and some "
                  "versions do not boot with more.")
                   .arg(p->displayName())
                   .arg(p->memoryMaxMiB);
    if (m_cpus->value() > p->maxCpus)
        out << tr("%1 uses at most %n processor(s); the others stay idle.", nullptr, p->maxCpus)
                   .arg(p->displayName());
    // What the profile knows about this OS (e.g. Windows 98 misbehaving above 512 MiB).
    Engine::VmConfig config;
    p->applyTo(config);
    config.memoryMiB = m_memory->value();
    config.cpu.count = m_cpus->value();
    for (const Engine::ProfileFinding &f : Engine::checkAgainstProfile(config, *p)) {
        if (f.field == QLatin1String("memoryMiB") || f.field.startsWith(QLatin1String("cpu.count")))
            out << f.message;
    }
    if (m_host.memoryMiB > 0 && m_memory->value() > m_host.memoryMiB * 3 / 4)
        out << tr("That is more than three quarters of this computer's memory; the host may "
                  "become slow.");
    return out;
}

void HardwarePage::update()
{
    m_warning->setText(warnings().join(QLatin1Char('\n')));
}

bool HardwarePage::validatePage()
{
    m_choices.memoryMiB = m_memory->value();
    m_choices.cpus = m_cpus->value();
    return true;
}

} // namespace App
