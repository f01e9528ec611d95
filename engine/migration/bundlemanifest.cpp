#include "engine/migration/bundlemanifest.h"

#include "engine/migration/migrationtr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace Engine::BundleManifest {

using MigrationPrivate::Tr;

namespace {
bool counted(const QString &relative)
{
    return !relative.startsWith(QLatin1String("log/")) && relative != QLatin1String(".lock");
}

QStringList files(const QString &bundleDir)
{
    QStringList list;
    QDirIterator it(bundleDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(bundleDir);
    while (it.hasNext()) {
        const QString relative = base.relativeFilePath(it.next());
        if (counted(relative))
            list << relative;
    }
    list.sort();
    return list;
}
} // namespace

Result<QMap<QString, QString>> compute(const QString &bundleDir)
{
    QMap<QString, QString> manifest;
    for (const QString &relative : files(bundleDir)) {
        QFile f(bundleDir + QLatin1Char('/') + relative);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
            return Error(ErrorCode::Io, Tr::tr("The file %1 of the VM could not be read.").arg(relative),
                         f.errorString());
        }
        manifest.insert(relative, QString::fromLatin1(hash.result().toHex()));
    }
    return manifest;
}

qint64 totalBytes(const QString &bundleDir)
{
    qint64 total = 0;
    for (const QString &relative : files(bundleDir))
        total += QFileInfo(bundleDir + QLatin1Char('/') + relative).size();
    return total;
}

QJsonObject toJson(const QMap<QString, QString> &manifest)
{
    QJsonObject o;
    for (auto it = manifest.cbegin(); it != manifest.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> fromJson(const QJsonObject &o)
{
    QMap<QString, QString> m;
    for (auto it = o.begin(); it != o.end(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}

QStringList differences(const QMap<QString, QString> &expected, const QMap<QString, QString> &actual)
{
    QStringList bad;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (actual.value(it.key()) != it.value())
            bad << it.key();
    }
    return bad;
}

} // namespace Engine::BundleManifest
