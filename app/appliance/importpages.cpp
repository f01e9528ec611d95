#include "app/appliance/importpages.h"

#include "appliances/jobs/importjob.h"
#include "engine/profiles/guestprofile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using Appliances::ImportPlan;
using Appliances::ReportLine;

namespace App {

namespace {

const QString kAlert = QStringLiteral("color: #b00020; font-weight: bold");

QString kindText(ReportLine::Kind kind)
{
    switch (kind) {
    case ReportLine::Kind::Changed:
        return ImportReportPage::tr("Changed");
    case ReportLine::Kind::Dropped:
        return ImportReportPage::tr("Left out");
    case ReportLine::Kind::Warning:
        return ImportReportPage::tr("Warning");
    case ReportLine::Kind::Info:
        break;
    }
    return ImportReportPage::tr("Note");
}

QLabel *alertLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setWordWrap(true);
    l->setStyleSheet(kAlert);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace

// ---- file ------------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportChoices &choices, QWidget *parent) : QWizardPage(parent), m_choices(choices)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Appliance file"));
    setSubTitle(tr("An OVA, an OVF with its files beside it, or an Emanon zip bundle. You can also drop "
                   "the file onto the main window."));
    auto *form = new QFormLayout(this);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setAccessibleName(tr("Appliance file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    browse->setAccessibleName(tr("Browse for the appliance file"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    form->addRow(label, row);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).absolutePath();
        const QString f = QFileDialog::getOpenFileName(this, tr("Import Appliance"), start,
                                                       tr("Appliances (*.ova *.ovf *.zip);;All files (*)"));
        if (!f.isEmpty())
            m_path->setText(f);
    });
}

void ImportFilePage::initializePage()
{
    m_path->setText(m_choices.sourcePath);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text()).isFile();
}

bool ImportFilePage::validatePage()
{
    m_choices.sourcePath = QFileInfo(m_path->text()).absoluteFilePath();
    return true;
}

// ---- report ----------------------------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportApplianceWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importReportPage"));
    setTitle(tr("What will be imported"));
    setSubTitle(tr("How the appliance's hardware maps onto Emanon, what is left out or chosen instead, "
                   "and whether its files can be trusted."));
    auto *layout = new QVBoxLayout(this);
    m_error = alertLabel(QStringLiteral("importReportError"), tr("Problem with the appliance"), this);
    layout->addWidget(m_error);
    m_report = new QTreeWidget(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setAccessibleName(tr("Import report"));
    m_report->setHeaderLabels({tr("Item"), tr("Details")});
    m_report->setRootIsDecorated(false);
    m_report->setWordWrap(true);
    m_report->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_report->header()->setStretchLastSection(true);
    layout->addWidget(m_report, 1);
    m_verify = new QCheckBox(tr("&Verify the files against the appliance's manifest and signature (recommended)"), this);
    m_verify->setObjectName(QStringLiteral("importVerifyCheck"));
    m_verify->setAccessibleName(tr("Verify the files"));
    m_verify->setChecked(true);
    layout->addWidget(m_verify);
    m_loud = alertLabel(QStringLiteral("importNotVerified"), tr("Verification is off"), this);
    m_loud->setText(tr("VERIFICATION IS OFF: the files will not be checked against the manifest or the "
                       "signature. A damaged or tampered appliance will be imported as it is."));
    m_loud->hide();
    layout->addWidget(m_loud);
    connect(m_verify, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->choices().verify = on;
        refresh();
    });
}

void ImportReportPage::initializePage()
{
    m_verify->setChecked(m_wizard->choices().verify);
    refresh();
}

void ImportReportPage::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_wizard->inspect();
    QApplication::restoreOverrideCursor();
    const ImportChoices &c = m_wizard->choices();
    m_loud->setVisible(!c.verify);
    m_report->clear();
    if (c.plan) {
        m_error->clear();
        m_error->hide();
        fill(*c.plan);
    } else {
        m_error->setText(tr("%1 cannot be imported: %2").arg(QFileInfo(c.sourcePath).fileName(), c.inspectError.message)
                         + (c.inspectError.details.isEmpty() ? QString() : QStringLiteral("\n") + c.inspectError.details));
        m_error->show();
    }
    Q_EMIT completeChanged();
}

void ImportReportPage::fill(const ImportPlan &plan)
{
    const Engine::VmConfig &c = plan.config;
    const auto add = [this](const QString &item, const QString &details) {
        auto *row = new QTreeWidgetItem(m_report, {item, details});
        row->setToolTip(1, details);
        return row;
    };
    const Engine::GuestProfile *profile = Engine::findProfile(c.profile);
    add(tr("Name"), c.name);
    add(tr("Guest profile"), profile ? profile->displayName() : c.profile);
    if (!plan.osLabel.isEmpty())
        add(tr("Appliance's OS"), plan.osLabel);
    add(tr("Processors"), QString::number(c.cpu.count));
    add(tr("Memory"), tr("%1 MiB").arg(c.memoryMiB));
    for (const Appliances::ImportDisk &d : plan.disks)
        add(tr("Disk %1").arg(d.node), d.fileHref.isEmpty() ? tr("a new blank disk of %1 MiB").arg(d.capacityBytes >> 20)
                                                           : tr("%1 (%2 MiB), converted to qcow2").arg(d.fileHref).arg(d.capacityBytes >> 20));
    if (plan.disks.isEmpty())
        for (const Engine::DiskConfig &d : c.disks)
            add(tr("Disk %1").arg(d.node), d.path);
    for (const Engine::NicConfig &n : c.nics)
        add(tr("Network card"), n.model);
    add(tr("Sound"), c.sound);
    add(tr("Firmware"), c.firmware == QLatin1String("uefi") ? tr("UEFI") : tr("BIOS"));
    for (const ReportLine &l : plan.report) {
        QTreeWidgetItem *row = add(kindText(l.kind), l.text);
        if (l.kind == ReportLine::Kind::Warning) {
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
            row->setFont(1, bold);
            row->setForeground(0, QColor(0xb0, 0x00, 0x20));
        }
    }
    if (!plan.eulas.isEmpty())
        add(tr("License"), tr("%1 license agreement(s) to accept on the next page(s).").arg(plan.eulas.size()));
}

bool ImportReportPage::isComplete() const
{
    return m_wizard->choices().plan.has_value();
}

// ---- license ---------------------------------------------------------------------------------

ImportEulaPage::ImportEulaPage(int index, int count, const QString &text, QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importEulaPage%1").arg(index));
    setTitle(count > 1 ? tr("License agreement %1 of %2").arg(index + 1).arg(count) : tr("License agreement"));
    setSubTitle(tr("The appliance can only be imported if you accept its license."));
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("eulaText"));
    m_text->setAccessibleName(tr("License agreement text"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(text);
    layout->addWidget(m_text, 1);
    auto *row = new QHBoxLayout;
    m_accept = new QCheckBox(tr("I &accept this license agreement"), this);
    m_accept->setObjectName(QStringLiteral("eulaAccept"));
    m_accept->setAccessibleName(tr("I accept this license agreement"));
    auto *decline = new QPushButton(tr("&Decline and stop the import"), this);
    decline->setObjectName(QStringLiteral("eulaDecline"));
    decline->setAccessibleName(tr("Decline the license and stop the import"));
    row->addWidget(m_accept, 1);
    row->addWidget(decline);
    layout->addLayout(row);
    connect(m_accept, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(decline, &QPushButton::clicked, this, [this] { wizard()->reject(); });
}

bool ImportEulaPage::isComplete() const
{
    return m_accept->isChecked();
}

// ---- name ------------------------------------------------------------------------------------

ImportNamePage::ImportNamePage(ImportApplianceWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importNamePage"));
    setTitle(tr("Name and location"));
    setSubTitle(tr("The name of the new VM, and the guest profile that decides its devices."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("importNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("importProfileCombo"));
    m_profile->setAccessibleName(tr("Guest profile"));
    form->addRow(tr("Guest &profile:"), m_profile);
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("importLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Location:"), m_location);
    m_problem = alertLabel(QStringLiteral("importNameProblem"), tr("Problem with the name"), this);
    form->addRow(m_problem);
    connect(m_name, &QLineEdit::textChanged, this, &ImportNamePage::update);
}

void ImportNamePage::initializePage()
{
    const ImportChoices &c = m_wizard->choices();
    const QString planned = c.plan ? c.plan->config.name : QString();
    if (m_name->text().isEmpty() || m_name->text() == m_suggested) {
        QString candidate = planned;
        for (int i = 2; QFileInfo::exists(m_wizard->library().bundlePathFor(candidate)) && i < 100; ++i)
            candidate = QStringLiteral("%1 (%2)").arg(planned).arg(i);
        m_name->setText(candidate);
        m_suggested = candidate;
    }
    const QString planProfile = c.plan ? c.plan->config.profile : QString();
    const Engine::GuestProfile *chosen = Engine::findProfile(planProfile);
    m_profile->clear();
    m_profile->addItem(tr("As the appliance says: %1").arg(chosen ? chosen->displayName() : planProfile), QString());
    for (const Engine::GuestProfile &p : Engine::allProfiles())
        m_profile->addItem(p.displayName(), QString::fromLatin1(p.id));
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(c.profile)));
    // A zip bundle keeps its own settings; only OVF appliances are mapped onto a profile.
    m_profile->setEnabled(c.plan && !c.plan->disks.isEmpty());
    update();
}

QString ImportNamePage::problem() const
{
    const QString name = m_name->text();
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the VM.");
    if (const QString invalid = Engine::VmConfig::nameProblem(name); !invalid.isEmpty())
        return invalid;
    const QStringList taken = QDir(m_wizard->library().root()).entryList({QStringLiteral("*.emanon")}, QDir::Dirs);
    for (const QString &bundle : taken)
        if (bundle.chopped(7).compare(name, Qt::CaseInsensitive) == 0)
            return tr("A VM called “%1” already exists. Choose another name.").arg(bundle.chopped(7));
    return {};
}

void ImportNamePage::update()
{
    m_problem->setText(problem());
    m_location->setText(m_wizard->library().bundlePathFor(m_name->text()));
    Q_EMIT completeChanged();
}

bool ImportNamePage::isComplete() const
{
    return problem().isEmpty();
}

bool ImportNamePage::validatePage()
{
    if (!isComplete())
        return false;
    m_wizard->choices().name = m_name->text();
    m_wizard->choices().profile = m_profile->currentData().toString();
    return true;
}

// ---- progress --------------------------------------------------------------------------------

ImportProgressPage::ImportProgressPage(ImportApplianceWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    auto *layout = new QVBoxLayout(this);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("importStage"));
    m_stage->setAccessibleName(tr("Import stage"));
    layout->addWidget(m_stage);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setRange(0, 100);
    layout->addWidget(m_bar);
    m_cancel = new QPushButton(tr("&Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setAccessibleName(tr("Import result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_result, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_result->clear();
    m_result->setStyleSheet(QString());
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_job = m_wizard->startImport();
    m_stage->setText(m_job->title());
    connect(m_job, &Engine::Job::progressChanged, this, [this](int percent, const QString &stage) {
        if (percent >= 0)
            m_bar->setValue(percent);
        if (!stage.isEmpty())
            m_stage->setText(stage);
    });
    connect(m_job, &Engine::Job::finished, this, &ImportProgressPage::onFinished);
    m_cancel->setFocus();
}

void ImportProgressPage::onFinished()
{
    m_cancel->setEnabled(false);
    switch (m_job->state()) {
    case Engine::Job::State::Succeeded:
        m_done = true;
        m_wizard->setImported(m_job->bundle());
        m_bar->setValue(100);
        m_result->setText(tr("Imported “%1” into %2.").arg(m_job->bundle().name(), m_job->bundle().path));
        break;
    case Engine::Job::State::Canceled:
        m_result->setText(tr("The import was canceled. Nothing was imported."));
        break;
    default:
        m_result->setStyleSheet(kAlert);
        m_result->setText(tr("The import failed: %1\nNothing was imported.").arg(m_job->error().message)
                          + (m_job->error().details.isEmpty() ? QString() : QStringLiteral("\n\n") + m_job->error().details));
        break;
    }
    Q_EMIT completeChanged();
    if (QAbstractButton *finish = m_wizard->button(m_done ? QWizard::FinishButton : QWizard::CancelButton))
        finish->setFocus();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

} // namespace App
