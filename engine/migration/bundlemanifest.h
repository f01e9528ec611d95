// BundleManifest: the SHA-256 of every file of a VM bundle, to prove a copy is complete and
// intact before the original is removed. Logs and the lock file are not part of it.
#pragma once

#include "engine/core/result.h"

#include <QJsonObject>
#include <QMap>

namespace Engine::BundleManifest {

/// relative path -> lower-case hex SHA-256, for every file under `bundleDir`.
Result<QMap<QString, QString>> compute(const QString &bundleDir);
/// Total size in bytes of the files `compute` covers.
qint64 totalBytes(const QString &bundleDir);

QJsonObject toJson(const QMap<QString, QString> &manifest);
QMap<QString, QString> fromJson(const QJsonObject &o);

/// The files whose hash differs or that are missing in `actual` (empty = identical).
QStringList differences(const QMap<QString, QString> &expected,
                        const QMap<QString, QString> &actual);

} // namespace Engine::BundleManifest
