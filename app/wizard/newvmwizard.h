// NewVmWizard: the "New virtual machine" wizard: profile -> name -> memory and CPUs -> disk
// -> install media -> network -> summary. Each page validates itself and keeps its values
// when the user goes Back; Finish creates the VM through NewVmCreator and closes the wizard
// only when that worked. Keyboard: every control is reachable with Tab and has a mnemonic.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizard>

namespace App {

class NewVmWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProfilePageId = 0, NamePageId, HardwarePageId, DiskPageId, MediaPageId,
                  NetworkPageId, SummaryPageId };

    NewVmWizard(Engine::VmLibrary &library, QWidget *parent = nullptr,
                const Engine::HostLimits &host = Engine::HostLimits::current());

    [[nodiscard]] const NewVmChoices &choices() const { return m_choices; }
    /// The VM that Finish created (valid after exec() returned Accepted).
    [[nodiscard]] const Engine::VmBundle &createdVm() const { return m_created; }
    [[nodiscard]] bool startNow() const { return m_choices.startNow; }

private:
    bool createVm();

    Engine::VmLibrary &m_library;
    NewVmChoices m_choices;
    Engine::VmBundle m_created;
};

} // namespace App
