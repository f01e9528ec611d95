// Language: which translation the GUI uses. The .qm files are embedded under :/i18n
// (translations/CMakeLists.txt); the choice is "system" (the system locale) or a language
// code, stored in the application's QSettings under "ui/language". install() can be called
// again while the GUI runs: it replaces the translators, and the open windows retranslate
// themselves on the QEvent::LanguageChange that follows.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace App {

class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    static constexpr const char *kSettingsKey = "ui/language";
    /// Object name of the translators install() adds (children of the application).
    static constexpr const char *kTranslatorName = "emanonTranslator";

    /// Language codes with an embedded translation, plus "en" (the source language).
    static QStringList available();
    /// "日本語", "Deutsch", "English": each language named in itself.
    static QString nativeName(const QString &code);
    /// The stored choice ("system" when unset).
    static QString stored(const QSettings &settings);
    /// Loads the translation for `choice` ("system" or a code) into the application (Emanon's
    /// own strings and Qt's), replacing the one installed before. Returns the code actually
    /// used ("en" when none matched).
    static QString install(QCoreApplication *app, const QString &choice);
};

} // namespace App
