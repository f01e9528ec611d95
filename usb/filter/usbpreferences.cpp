#include "usb/filter/usbpreferences.h"

#include "engine/core/atomicfile.h"
#include "engine/core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Usb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsbPreferences)
};
} // namespace

QString UsbPreferences::defaultPath()
{
    return Engine::configFilePath(QStringLiteral("usb.json"));
}

Engine::Result<UsbPreferences> UsbPreferences::load(const QString &path)
{
    UsbPreferences p;
    if (!QFile::exists(path))
        return p;
    auto bytes = Engine::readFile(path, 1024 * 1024);
    if (!bytes)
        return bytes.error();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (!doc.isObject()) {
        return Engine::Error(Engine::ErrorCode::ConfigParse,
                             Tr::tr("The USB settings file %1 is damaged; fix or delete it.").arg(path),
                             err.errorString());
    }
    // The rules use vm.json's rule format: one parser for both.
    const Engine::UsbConfig c = Engine::UsbConfig::fromJson(
        QJsonObject{{QStringLiteral("rules"), doc.object().value(QLatin1String("never"))}});
    p.never = c.rules;
    return p;
}

Engine::Status UsbPreferences::save(const QString &path) const
{
    Engine::UsbConfig c;
    c.rules = never;
    const QJsonObject o{{QStringLiteral("never"),
                         c.toJson().value(QLatin1String("rules")).toArray()}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    return Engine::writeFileAtomic(path, QJsonDocument(o).toJson());
}

} // namespace Usb
