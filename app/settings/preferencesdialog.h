// PreferencesDialog: application-wide preferences (the user interface language, what happens
// to running VMs on quit, the release hotkey of VM screens). Reads and writes the QSettings it is given; nothing global.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;

namespace App {

class UsbNeverListWidget;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(QSettings &settings, QWidget *parent = nullptr);

    /// Settings key (bool, default false): suspend the running VMs when Emanon quits.
    static constexpr const char *kSuspendOnQuitKey = "quit/suspendRunningVms";
    static bool suspendOnQuit(const QSettings &settings);
    /// The release hotkey of the VM screens (evdev codes), Ctrl+Alt unless set.
    static QList<int> releaseHotkey(const QSettings &settings);

    /// The default library folder shown (and edited) in the dialog.
    void setLibraryFolder(const QString &folder);
    [[nodiscard]] QString libraryFolder() const;

    /// Stores the choices; a new language is installed at once (see Language::install).
    void accept() override;

private:
    QSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_libraryFolder = nullptr;
    QCheckBox *m_suspendOnQuit = nullptr;
    QComboBox *m_releaseHotkey = nullptr;
    UsbNeverListWidget *m_usbNever = nullptr; ///< the global "never connect" USB list
};

} // namespace App
