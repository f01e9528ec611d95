#include "app/wizard/summarypage.h"

#include "engine/profiles/profilecheck.h"

#include <QCheckBox>
#include <QLabel>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace App {

SummaryPage::SummaryPage(NewVmChoices &choices, const Engine::VmLibrary &library, QWidget *parent)
    : QWizardPage(parent), m_choices(choices), m_library(library)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Check your choices. Press Back to change one, Create to make the VM."));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("summaryList"));
    m_list->setAccessibleName(tr("Summary of the new VM"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Setting"), tr("Value")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("summaryFindings"));
    m_findings->setAccessibleName(tr("What the guest system will not like"));
    m_findings->setWordWrap(true);
    m_findings->setStyleSheet(QStringLiteral("color: #a05a00"));
    layout->addWidget(m_findings);
    m_startNow = new QCheckBox(tr("&Start the VM when it has been created"), this);
    m_startNow->setObjectName(QStringLiteral("startNow"));
    m_startNow->setAccessibleName(tr("Start the VM when it has been created"));
    m_startNow->setChecked(true);
    layout->addWidget(m_startNow);
    setCommitPage(false);
    setButtonText(QWizard::FinishButton, tr("&Create"));
}

void SummaryPage::initializePage()
{
    m_list->clear();
    for (const auto &line : m_choices.summary(m_library)) {
        auto *item = new QTreeWidgetItem(m_list, {line.first, line.second});
        item->setToolTip(1, line.second);
    }
    Engine::DiskSizes sizes;
    if (m_choices.diskMode == NewVmChoices::DiskMode::New)
        sizes.insert(QStringLiteral("disk0"), m_choices.newDiskBytes);
    QStringList findings;
    if (const Engine::GuestProfile *p = m_choices.profile()) {
        for (const Engine::ProfileFinding &f : Engine::checkAgainstProfile(m_choices.toConfig(), *p, sizes))
            findings << (f.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(f.message);
    }
    m_findings->setText(findings.join(QLatin1Char('\n')));
    m_findings->setVisible(!findings.isEmpty());
}

bool SummaryPage::validatePage()
{
    m_choices.startNow = m_startNow->isChecked();
    return m_creator && m_creator();
}

} // namespace App
