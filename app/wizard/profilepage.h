// ProfilePage: the first wizard page. Lists the guest profiles grouped by family (Windows
// legacy, Windows modern, Linux, DOS, Other) and shows what the chosen one sets up.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

class QLabel;
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
    [[nodiscard]] QString selectedId() const;

    NewVmChoices &m_choices;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace App
