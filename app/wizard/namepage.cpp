#include "app/wizard/namepage.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

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
        for (int i = 2; QFileInfo::exists(m_library.bundlePathFor(candidate)) && i < 100; ++i)
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
    const QDir root(m_library.root());
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
    m_location->setText(m_name->text().isEmpty() ? m_library.root()
                                                 : m_library.bundlePathFor(m_name->text()));
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
    return true;
}

} // namespace App
