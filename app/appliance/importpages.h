// The pages of ImportApplianceWizard (see importwizard.h).
#pragma once

#include "app/appliance/importwizard.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace App {

/// The appliance file: a path and Browse.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportChoices &choices, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportChoices &m_choices;
    QLineEdit *m_path = nullptr;
};

/// The import report: the mapping, every change and loss, manifest and signature status.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportReportPage(ImportApplianceWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

private:
    void refresh();
    void fill(const Appliances::ImportPlan &plan);

    ImportApplianceWizard *m_wizard;
    QTreeWidget *m_report = nullptr;
    QCheckBox *m_verify = nullptr;
    QLabel *m_loud = nullptr;
    QLabel *m_error = nullptr;
};

/// One license agreement: read it, accept it, or Decline (ends the import).
class ImportEulaPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportEulaPage(int index, int count, const QString &text, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

private:
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_accept = nullptr;
};

/// The VM's name, guest profile and the folder it will live in.
class ImportNamePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportNamePage(ImportApplianceWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] QString problem() const;

private:
    void update();

    ImportApplianceWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_problem = nullptr;
    QString m_suggested;
};

/// Runs the import: progress, stage, Cancel; the outcome.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportProgressPage(ImportApplianceWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void onFinished();

    ImportApplianceWizard *m_wizard;
    QPointer<Appliances::ImportJob> m_job;
    QProgressBar *m_bar = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_done = false;
};

} // namespace App
