#include "app/common/language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace App {

QStringList Language::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("emanon_*.qm")});
    for (const QString &file : files)
        codes << file.mid(7, file.size() - 7 - 3);
    return codes;
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("system"))
        return tr("System language");
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

QString Language::stored(const QSettings &settings)
{
    return settings.value(QLatin1String(kSettingsKey), QStringLiteral("system")).toString();
}

QString Language::install(QCoreApplication *app, const QString &choice)
{
    // Drop the translators of an earlier choice first (a switch while the GUI runs); each
    // removal and installation sends LanguageChange to every widget.
    for (QTranslator *old : app->findChildren<QTranslator *>(QLatin1String(kTranslatorName),
                                                             Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = choice == QLatin1String("system") ? QLocale::system() : QLocale(choice);
    auto *own = new QTranslator(app);
    own->setObjectName(QLatin1String(kTranslatorName));
    if (!own->load(locale, QStringLiteral("emanon"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    qt->setObjectName(QLatin1String(kTranslatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace App
