// HardwarePage: memory and processors. Defaults and the minimum come from the profile; the
// ceiling is the host's. Values the guest cannot use (more memory or CPUs than the profile's
// system supports) are allowed but warned about; values the host cannot give are refused.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

class QLabel;
class QSpinBox;

namespace App {

class HardwarePage : public QWizardPage
{
    Q_OBJECT
public:
    HardwarePage(NewVmChoices &choices, const Engine::HostLimits &host, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    /// The warnings shown for the current values (empty when none).
    [[nodiscard]] QStringList warnings() const;

private:
    void update();

    NewVmChoices &m_choices;
    Engine::HostLimits m_host;
    QString m_initializedFor;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_cpus = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace App
