// PreferencesDialog: application-wide preferences (the user interface language). Reads and
// writes the QSettings it is given; nothing global.
#pragma once

#include <QDialog>

class QComboBox;
class QSettings;

namespace App {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QSettings &m_settings;
    QComboBox *m_language = nullptr;
};

} // namespace App
