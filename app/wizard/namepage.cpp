#include "app/wizard/namepage.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace App {

NamePage::NamePage(NewVmChoices &choices, const Engine::VmLibrary &library, QWidget *parent)
    : QWizardPage(parent), m_choices(choices), m_library(library)
{
    setObjectName(QStringLiteral("namePage"));
    setTitle(tr("Name and location"));
    setSubTitle(tr("The name identifies the VM in the list and on the command line."));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setText(library.root());
    m_folder->setToolTip(tr("The VM's folder is created here. VMs outside the default library "
                            "folder stay in the list."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("folderBrowse"));
    browse->setAccessibleName(tr("Choose the folder"));
    connect(browse, &QPushButton::clicked, this, &NamePage::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row holding a layout gets no buddy of its own
    form->addRow(folderLabel, folderRow);
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("locationLabel"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Location:"), m_location);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("nameProblem"));
    m_problem->setAccessibleName(tr("Problem with the name"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_problem);
    connect(m_name, &QLineEdit::textChanged, this, &NamePage::update);
    connect(m_folder, &QLineEdit::textChanged, this, &NamePage::update);
}

Engine::VmLibrary NamePage::target() const
{
    const QString folder = m_folder->text().trimmed();
    return folder.isEmpty() ? m_library : Engine::VmLibrary(folder);
}

void NamePage::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the new VM"), target().root());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void NamePage::initializePage()
{
    // Suggest a free name from the profile, but never overwrite what the user typed.
    const Engine::GuestProfile *p = m_choices.profile();
    if (p && (m_name->text().isEmpty() || m_name->text() == m_suggestedFor)) {
        // "Windows 98 / ME" -> "Windows 98 ME": a suggestion must be a valid name.
        QString base = p->displayName().section(QLatin1Char('('), 0, 0);
        base.replace(QLatin1Char('/'), QLatin1Char(' ')).replace(QLatin1Char('\\'), QLatin1Char(' '));
        base = base.simplified();
        QString candidate = base;
        for (int i = 2; QFileInfo::exists(target().bundlePathFor(candidate)) && i < 100; ++i)
            candidate = QStringLiteral("%1 %2").arg(base).arg(i);
        m_name->setText(candidate);
        m_suggestedFor = candidate;
    }
    update();
}

QString NamePage::problem() const
{
    const QString name = m_name->text();
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the VM.");
    const QString invalid = Engine::VmConfig::nameProblem(name);
    if (!invalid.isEmpty())
        return invalid;
    const QString folder = m_folder->text().trimmed();
    if (!folder.isEmpty() && QDir::isRelativePath(folder))
        return tr("Give the folder as a full path, for example %1.").arg(m_library.root());
    const QFileInfo folderInfo(target().root());
    if (folderInfo.exists() && (!folderInfo.isDir() || !folderInfo.isWritable()))
        return tr("The folder %1 cannot be written. Choose another folder.").arg(target().root());
    const QDir root(target().root());
    const QStringList taken = root.entryList({QStringLiteral("*.emanon")}, QDir::Dirs);
    for (const QString &bundle : taken) {
        if (bundle.chopped(7).compare(name, Qt::CaseInsensitive) == 0)
            return tr("A VM called “%1” already exists. Choose another name.").arg(bundle.chopped(7));
    }
    return {};
}

void NamePage::update()
{
    const QString problemText = problem();
    m_problem->setText(problemText);
    m_location->setText(m_name->text().isEmpty() ? target().root()
                                                 : target().bundlePathFor(m_name->text()));
    Q_EMIT completeChanged();
}

bool NamePage::isComplete() const
{
    return problem().isEmpty();
}

bool NamePage::validatePage()
{
    if (!isComplete())
        return false;
    m_choices.name = m_name->text();
    m_choices.folder = target().root() == m_library.root() ? QString() : target().root();
    return true;
}

} // namespace App
