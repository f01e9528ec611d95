#include "app/ctl/ctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("emanon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMANON_VERSION));
    return Ctl::run(QCoreApplication::arguments());
}
