// NamePage: the VM's name and where its bundle will live (the default library folder, or any
// folder the user picks: the VM is then registered in the list, see Engine::VmRegistry). Says
// at once what is wrong with a name (invalid characters, already taken in any letter case in
// that folder) or with the folder.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace App {

class NamePage : public QWizardPage
{
    Q_OBJECT
public:
    NamePage(NewVmChoices &choices, const Engine::VmLibrary &library, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// Why the name cannot be used, or an empty string.
    [[nodiscard]] QString problem() const;

private:
    void update();
    void browse();
    /// The library folder the bundle goes into (the field, else the default library).
    [[nodiscard]] Engine::VmLibrary target() const;

    NewVmChoices &m_choices;
    const Engine::VmLibrary &m_library;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_problem = nullptr;
    QString m_suggestedFor;
};

} // namespace App
