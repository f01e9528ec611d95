#include "app/ctl/ctl.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("emanon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMANON_VERSION));
    // Messages in the system's language when a translation is embedded (translations/).
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("emanon"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return Ctl::run(QCoreApplication::arguments());
}
