// UsbNeverListWidget: the global "never connect" list of USB devices (Preferences), e.g. the
// host's own keyboard. Edits a copy; save() writes usb.json atomically.
#pragma once

#include "usb/filter/usbpreferences.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QListWidget;

namespace App {

class UsbNeverListWidget : public QGroupBox
{
    Q_OBJECT
public:
    /// `path`: the usb.json to edit (default: UsbPreferences::defaultPath()).
    explicit UsbNeverListWidget(QWidget *parent = nullptr, QString path = Usb::UsbPreferences::defaultPath());

    [[nodiscard]] QList<Engine::UsbRule> rules() const { return m_prefs.never; }
    /// Writes the list (only when it changed).
    Engine::Status save() const;

private:
    void addTyped();
    void refresh();

    QString m_path;
    Usb::UsbPreferences m_prefs;
    bool m_changed = false;
    QListWidget *m_list = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace App
