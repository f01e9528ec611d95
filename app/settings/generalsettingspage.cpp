#include "app/settings/generalsettingspage.h"

#include "app/common/guestfamily.h"
#include "engine/profiles/guestprofile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace App {

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("generalSettings"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("settingsName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);
    QList<QPair<QString, QString>> profiles;
    for (const Engine::GuestProfile &p : Engine::allProfiles())
        profiles.append({QString::fromLatin1(p.id), p.displayName()});
    m_profile = valueCombo(this, tr("Operating system"), profiles);
    m_profile->setObjectName(QStringLiteral("settingsProfile"));
    for (int i = 0; i < m_profile->count(); ++i)
        m_profile->setItemIcon(i, GuestFamily::icon(GuestFamily::ofProfile(m_profile->itemData(i).toString())));
    form->addRow(tr("&Operating system:"), m_profile);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("settingsNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), m_notes);
}

void GeneralSettingsPage::load(const Engine::VmConfig &config)
{
    m_name->setText(config.name);
    setComboValue(m_profile, config.profile);
    m_notes->setPlainText(config.notes);
}

void GeneralSettingsPage::store(Engine::VmConfig &config) const
{
    config.name = m_name->text();
    config.profile = comboValue(m_profile);
    config.notes = m_notes->toPlainText();
}

} // namespace App
