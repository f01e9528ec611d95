#include "engine/core/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Engine {

namespace {
struct AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};
} // namespace

Status writeFileAtomic(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    // Unbuffered: with a buffer, Qt 6.4's QSaveFile reports a short write (disk full) only
    // at commit() and then still renames the truncated file into place.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Error(ErrorCode::Io,
                     AtomicFile::tr("Cannot write %1. Check that the folder exists and is writable.")
                         .arg(path),
                     file.errorString());
    }
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error(ErrorCode::Io,
                     AtomicFile::tr("Writing %1 failed; the previous version is kept. Free some "
                                    "disk space and try again.")
                         .arg(path),
                     why);
    }
    if (!file.commit()) {
        return Error(ErrorCode::Io,
                     AtomicFile::tr("Saving %1 failed; the previous version is kept. Free some "
                                    "disk space and try again.")
                         .arg(path),
                     file.errorString());
    }
    return {};
}

Status writeRuntimeFileAtomic(const QString &path, const QByteArray &data)
{
    const QString temp = path + QStringLiteral(".tmp-") + QString::number(QCoreApplication::applicationPid());
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        return Error(ErrorCode::Io,
                     AtomicFile::tr("Cannot write %1. Check that the folder exists and is writable.")
                         .arg(path),
                     file.errorString());
    }
    const bool written = file.write(data) == data.size();
    const QString why = file.errorString();
    file.close();
    // rename(2) replaces the old file in one step (QFile::rename would refuse to).
    if (!written || ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString renameWhy = written ? QString::fromLocal8Bit(std::strerror(errno)) : why;
        QFile::remove(temp);
        return Error(ErrorCode::Io,
                     AtomicFile::tr("Writing %1 failed; the previous version is kept. Free some "
                                    "disk space and try again.")
                         .arg(path),
                     renameWhy);
    }
    return {};
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, AtomicFile::tr("%1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, AtomicFile::tr("Cannot read %1.").arg(path),
                     file.errorString());
    }
    if (file.size() > maxBytes) {
        return Error(ErrorCode::Io,
                     AtomicFile::tr("%1 is too large (%2 bytes) to be a valid file of its kind.")
                         .arg(path)
                         .arg(file.size()));
    }
    return file.readAll();
}

} // namespace Engine
