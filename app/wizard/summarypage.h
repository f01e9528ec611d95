// SummaryPage: every choice of the wizard in one list, what the guest OS will not like about
// them (the profile checks: warnings and errors with what to do), and "start the VM now".
// Finishing
// here creates the VM; a failure is shown on this page and the user can go back and change
// what was wrong.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace App {

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(NewVmChoices &choices, const Engine::VmLibrary &library, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    /// What Finish does: creates the VM and says whether it worked.
    void setCreator(std::function<bool()> creator) { m_creator = std::move(creator); }

private:
    std::function<bool()> m_creator;
    NewVmChoices &m_choices;
    const Engine::VmLibrary &m_library;
    QTreeWidget *m_list = nullptr;
    QCheckBox *m_startNow = nullptr;
    QLabel *m_findings = nullptr;
};

} // namespace App
