#include "app/appliance/importwizard.h"

#include "app/appliance/importpages.h"
#include "appliances/jobs/importjob.h"

namespace App {

ImportApplianceWizard::ImportApplianceWizard(const Engine::VmLibrary &library, const QString &sourcePath,
                                             QWidget *parent)
    : QWizard(parent), m_library(library)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Appliance"));
    setAccessibleName(tr("Import appliance"));
    setOption(QWizard::NoBackButtonOnLastPage);
    m_choices.sourcePath = sourcePath;
    setPage(FilePageId, new ImportFilePage(m_choices, this));
    setPage(ReportPageId, new ImportReportPage(this));
    setPage(NamePageId, new ImportNamePage(this));
    setPage(ProgressPageId, new ImportProgressPage(this));
    if (!sourcePath.isEmpty())
        setStartId(ReportPageId);
    resize(720, 560);
}

ImportApplianceWizard::~ImportApplianceWizard()
{
    delete m_job; // cancels and cleans up a running import
}

void ImportApplianceWizard::inspect()
{
    Appliances::ImportOptions o;
    o.sourcePath = m_choices.sourcePath;
    // No library: a taken name is the name page's business, not a reason to refuse the file.
    o.verify = m_choices.verify;
    o.profile = m_choices.profile;
    Engine::Result<Appliances::ImportPlan> plan = Appliances::ImportJob::inspect(o);
    if (plan) {
        m_choices.plan = *plan;
        m_choices.inspectError = {};
    } else {
        m_choices.plan.reset();
        m_choices.inspectError = plan.error();
    }
    setEulaPages(m_choices.plan ? m_choices.plan->eulas : QStringList());
}

void ImportApplianceWizard::setEulaPages(const QStringList &eulas)
{
    for (int i = 0; i < m_eulaPages; ++i) {
        QWizardPage *p = page(EulaPageBase + i);
        removePage(EulaPageBase + i);
        p->deleteLater();
    }
    m_eulaPages = int(eulas.size());
    for (int i = 0; i < m_eulaPages; ++i)
        setPage(EulaPageBase + i, new ImportEulaPage(i, m_eulaPages, eulas[i], this));
}

Appliances::ImportJob *ImportApplianceWizard::startImport()
{
    Appliances::ImportOptions o;
    o.sourcePath = m_choices.sourcePath;
    o.libraryRoot = m_library.root();
    o.name = m_choices.name;
    o.profile = m_choices.profile;
    o.verify = m_choices.verify;
    o.acceptEula = true; // every license page was accepted to get here
    delete m_job;
    m_job = new Appliances::ImportJob(o);
    m_job->start();
    return m_job;
}

void ImportApplianceWizard::reject()
{
    if (m_job && !m_job->isFinished()) {
        connect(m_job, &Engine::Job::finished, this, [this] { QWizard::reject(); }, Qt::QueuedConnection);
        m_job->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace App
