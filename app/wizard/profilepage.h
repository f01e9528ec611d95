// ProfilePage: the first wizard page. Lists the guest profiles grouped by family (Windows
// legacy, Windows modern, Linux, DOS, Other) and shows what the chosen one sets up.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace App {

class ProfilePage : public QWizardPage
{
    Q_OBJECT
public:
    ProfilePage(NewVmChoices &choices, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    /// Selects a profile by id (keyboard users, tests).
    bool selectProfile(const QString &id);

private:
    void onSelectionChanged();
    /// Shows docs/legacy-guests.md (embedded): what each profile sets, how to install.
    void showGuide();
    [[nodiscard]] QString selectedId() const;

    NewVmChoices &m_choices;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_guide = nullptr;
};

} // namespace App
