#include "app/wizard/newvmwizard.h"

#include "app/common/errordialog.h"
#include "app/common/jobdialog.h"
#include "app/wizard/diskpage.h"
#include "app/wizard/hardwarepage.h"
#include "app/wizard/mediapage.h"
#include "app/wizard/namepage.h"
#include "app/wizard/networkpage.h"
#include "app/wizard/newvmcreator.h"
#include "app/wizard/profilepage.h"
#include "app/wizard/summarypage.h"

namespace App {

NewVmWizard::NewVmWizard(Engine::VmLibrary &library, QWidget *parent, const Engine::HostLimits &host)
    : QWizard(parent), m_library(library)
{
    setObjectName(QStringLiteral("newVmWizard"));
    setWindowTitle(tr("New Virtual Machine"));
    setAccessibleName(tr("New Virtual Machine"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ProfilePageId, new ProfilePage(m_choices, this));
    setPage(NamePageId, new NamePage(m_choices, m_library, this));
    setPage(HardwarePageId, new HardwarePage(m_choices, host, this));
    setPage(DiskPageId, new DiskPage(m_choices, this));
    setPage(MediaPageId, new MediaPage(m_choices, this));
    setPage(NetworkPageId, new NetworkPage(m_choices, this));
    auto *summary = new SummaryPage(m_choices, m_library, this);
    setPage(SummaryPageId, summary);
    summary->setCreator([this] { return createVm(); });
    resize(720, 540);
}

bool NewVmWizard::createVm()
{
    // The bundle goes where the name page says (the default library unless changed).
    Engine::VmLibrary target = m_choices.targetLibrary(m_library);
    auto created = NewVmCreator::create(target, m_choices, [this](Engine::Job *job) {
        return JobDialog::run(this, job, /*showFailure=*/false) == JobDialog::Outcome::Succeeded;
    });
    if (!created) {
        if (created.error().code != Engine::ErrorCode::Canceled) // a cancel needs no dialog
            showError(this, tr("Could not create %1").arg(m_choices.name), created.error());
        return false;
    }
    m_created = *created;
    return true;
}

} // namespace App
