#include "app/wizard/profilepage.h"

#include "app/common/guestfamily.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace App {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

ProfilePage::ProfilePage(NewVmChoices &choices, QWidget *parent)
    : QWizardPage(parent), m_choices(choices)
{
    setObjectName(QStringLiteral("profilePage"));
    setTitle(tr("Operating system"));
    setSubTitle(tr("Choose the system you will install. Emanon sets up period hardware it "
                   "has drivers for; you can change every setting later."));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("profileTree"));
    m_tree->setAccessibleName(tr("Operating systems"));
    m_tree->setHeaderHidden(true);
    m_tree->setIconSize(QSize(24, 24));

    QStringList families = GuestFamily::order();
    for (const Engine::GuestProfile &p : Engine::allProfiles()) {
        const QString family = QString::fromLatin1(p.family);
        if (!families.contains(family))
            families.append(family);
    }
    for (const QString &family : std::as_const(families)) {
        QTreeWidgetItem *group = nullptr;
        for (const Engine::GuestProfile &p : Engine::allProfiles()) {
            if (family != QLatin1String(p.family))
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {GuestFamily::displayName(family)});
                group->setIcon(0, GuestFamily::icon(family));
                group->setFlags(Qt::ItemIsEnabled);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            auto *item = new QTreeWidgetItem(group, {p.displayName()});
            item->setData(0, kIdRole, QString::fromLatin1(p.id));
        }
        if (group)
            group->setExpanded(true);
    }
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("profileDescription"));
    m_description->setAccessibleName(tr("What this profile sets up"));
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(60);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // What the user must know about this guest (its profile's notes), and the full guide.
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("profileNotes"));
    m_notes->setAccessibleName(tr("Notes for this operating system"));
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_guide = new QPushButton(tr("Installation guide for legacy systems..."), this);
    m_guide->setObjectName(QStringLiteral("profileGuide"));
    m_guide->setAccessibleName(tr("Open the installation guide for legacy systems"));
    connect(m_guide, &QPushButton::clicked, this, &ProfilePage::showGuide);
    auto *guideRow = new QHBoxLayout;
    guideRow->addStretch(1);
    guideRow->addWidget(m_guide);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_description);
    layout->addWidget(m_notes);
    layout->addLayout(guideRow);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ProfilePage::onSelectionChanged);
    selectProfile(QStringLiteral("other"));
}

QString ProfilePage::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

bool ProfilePage::selectProfile(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void ProfilePage::onSelectionChanged()
{
    const Engine::GuestProfile *p = Engine::findProfile(selectedId());
    if (!p) {
        m_description->setText(tr("Choose an operating system from the list."));
        m_notes->clear();
    } else {
        m_notes->setText(p->displayNotes());
        m_description->setText(
            tr("%1: %2 CPU, %3 graphics, %4 network card, %5 disks. Memory %6–%7 MiB "
               "(default %8 MiB), at most %n processor(s).",
               nullptr, p->maxCpus)
                .arg(p->displayName(), QString::fromLatin1(p->cpuModel),
                     QString::fromLatin1(p->vga), QString::fromLatin1(p->nicModel),
                     Engine::diskBusName(p->diskBus).toUpper())
                .arg(p->memoryMinMiB)
                .arg(p->memoryMaxMiB)
                .arg(p->memoryDefaultMiB));
    }
    Q_EMIT completeChanged();
}

void ProfilePage::showGuide()
{
    QFile guide(QStringLiteral(":/docs/legacy-guests.md"));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Legacy guests: profiles, installation and known problems"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setAccessibleName(tr("Installation guide"));
    browser->setOpenExternalLinks(true);
    if (guide.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        browser->setPlainText(tr("The guide is missing from this build of Emanon."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(760, 560);
    dialog.exec();
}

bool ProfilePage::isComplete() const
{
    return Engine::findProfile(selectedId()) != nullptr;
}

bool ProfilePage::validatePage()
{
    m_choices.profileId = selectedId();
    return isComplete();
}

} // namespace App
