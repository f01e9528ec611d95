// NetworkPage: NAT (the guest reaches the network through this computer, with optional port
// forwards from the host to the guest) or no network; the network card model.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace App {

class NetworkPage : public QWizardPage
{
    Q_OBJECT
public:
    NetworkPage(NewVmChoices &choices, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] QString problem() const;
    /// Adds a port-forward row (tests, and the Add button with defaults).
    void addForward(const QString &protocol, int hostPort, int guestPort);

private:
    void update();

    NewVmChoices &m_choices;
    QString m_initializedFor;
    QRadioButton *m_nat = nullptr;
    QRadioButton *m_none = nullptr;
    QComboBox *m_model = nullptr;
    QTableWidget *m_forwards = nullptr;
    QWidget *m_natDetails = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace App
