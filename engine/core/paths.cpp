#include "engine/core/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Engine {

QString configDir()
{
    const QString fromEnv = qEnvironmentVariable("EMANON_CONFIG_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QFileInfo(fromEnv).absoluteFilePath());
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/emanon");
}

QString configFilePath(const QString &fileName)
{
    return configDir() + QLatin1Char('/') + fileName;
}

QString settingsFilePath()
{
    const QString path = configFilePath(QStringLiteral("emanon.conf"));
    if (!qEnvironmentVariableIsEmpty("EMANON_CONFIG_DIR") || QFileInfo::exists(path))
        return path;
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                           + QStringLiteral("/Unknown Organization/emanon.conf");
    if (QFileInfo::exists(legacy) && QDir().mkpath(configDir()))
        QFile::copy(legacy, path); // best effort: without it the defaults apply
    return path;
}

} // namespace Engine
