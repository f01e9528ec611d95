#include "app/settings/preferencesdialog.h"

#include "app/common/errordialog.h"
#include "app/common/language.h"
#include "app/settings/usbneverlistwidget.h"
#include "display/input/keyboardinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace App {

PreferencesDialog::PreferencesDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(Language::nativeName(QStringLiteral("system")), QStringLiteral("system"));
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::stored(settings))));
    form->addRow(tr("&Language:"), m_language);
    using DisplayChannel::KeyboardInput;
    m_releaseHotkey = new QComboBox(this);
    m_releaseHotkey->setObjectName(QStringLiteral("releaseHotkeyCombo"));
    m_releaseHotkey->setAccessibleName(tr("Release hotkey"));
    m_releaseHotkey->setToolTip(tr("Hands the pointer and keyboard back from a VM's screen "
                                   "(also in emanon-viewer). Hotkey+F toggles full screen."));
    for (const QList<int> &keys : KeyboardInput::releaseHotkeyPresets())
        m_releaseHotkey->addItem(KeyboardInput::hotkeyText(keys), KeyboardInput::hotkeyToString(keys));
    m_releaseHotkey->setCurrentIndex(qMax(
        0, m_releaseHotkey->findData(KeyboardInput::hotkeyToString(releaseHotkey(settings)))));
    form->addRow(tr("&Release hotkey:"), m_releaseHotkey);
    m_libraryFolder = new QLineEdit(this);
    m_libraryFolder->setObjectName(QStringLiteral("libraryFolderEdit"));
    m_libraryFolder->setAccessibleName(tr("Default library folder"));
    m_libraryFolder->setToolTip(tr("New VMs go here unless you pick another folder. VMs in the "
                                   "previous folder stay in the list."));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setAccessibleName(tr("Choose the default library folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Default library folder"), m_libraryFolder->text());
        if (!folder.isEmpty())
            m_libraryFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_libraryFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Default &library folder:"), this);
    folderLabel->setBuddy(m_libraryFolder); // a row holding a layout gets no buddy of its own
    form->addRow(folderLabel, folderRow);
    layout->addLayout(form);
    m_suspendOnQuit = new QCheckBox(tr("On quit, &suspend the running VMs (they resume where "
                                       "they were on their next start)"),
                                    this);
    m_suspendOnQuit->setObjectName(QStringLiteral("suspendOnQuitCheck"));
    m_suspendOnQuit->setToolTip(tr("Otherwise running VMs keep running after Emanon quits."));
    m_suspendOnQuit->setChecked(suspendOnQuit(settings));
    layout->addWidget(m_suspendOnQuit);
    m_usbNever = new UsbNeverListWidget(this);
    layout->addWidget(m_usbNever);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::setLibraryFolder(const QString &folder)
{
    m_libraryFolder->setText(QDir::toNativeSeparators(folder));
}

QString PreferencesDialog::libraryFolder() const
{
    return QDir::fromNativeSeparators(m_libraryFolder->text().trimmed());
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool newLanguage = language != Language::stored(m_settings);
    m_settings.setValue(QLatin1String(Language::kSettingsKey), language);
    // At once: every open window retranslates itself on the LanguageChange this sends.
    if (newLanguage)
        Language::install(QCoreApplication::instance(), language);
    m_settings.setValue(QLatin1String(kSuspendOnQuitKey), m_suspendOnQuit->isChecked());
    m_settings.setValue(QLatin1String(DisplayChannel::KeyboardInput::kReleaseHotkeySetting),
                        m_releaseHotkey->currentData());
    if (Engine::Status s = m_usbNever->save(); !s)
        showError(this, tr("Could not save the USB list"), s.error());
    QDialog::accept();
}

QList<int> PreferencesDialog::releaseHotkey(const QSettings &settings)
{
    using DisplayChannel::KeyboardInput;
    const QList<int> keys = KeyboardInput::hotkeyFromString(
        settings.value(QLatin1String(KeyboardInput::kReleaseHotkeySetting)).toString());
    return keys.isEmpty() ? KeyboardInput::defaultReleaseHotkey() : keys;
}

bool PreferencesDialog::suspendOnQuit(const QSettings &settings)
{
    return settings.value(QLatin1String(kSuspendOnQuitKey), false).toBool();
}

} // namespace App
