// GeneralSettingsPage: name, guest profile and notes.
#pragma once

#include "app/settings/settingspage.h"

class QLineEdit;
class QPlainTextEdit;

namespace App {

class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("General"); }
    void load(const Engine::VmConfig &config) override;
    void store(Engine::VmConfig &config) const override;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_profile = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace App
