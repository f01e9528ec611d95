// PackageReader: the files of an appliance package, one after the other, as a stream.
//
// Three sources behind one interface: a tar OVA (ustar, pax, GNU; plain, gzip or xz
// compressed) read with libarchive, a zip "OVA" read with QuaZip, and an .ovf with its files
// beside it. Every member is checked before its data is handed out: only plain file names (no
// folders, no "..", no absolute paths), only regular files (no links, devices, folders), each
// name once. Callers read a member's data in chunks; nothing is written anywhere by a reader.
//
// Threads: one reader is used by one thread at a time (the importer's worker thread).
#pragma once

#include "engine/core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Appliances {

struct PackageMember
{
    QString name;
    qint64 sizeBytes = -1; ///< from the header; -1 when unknown
};

class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::PackageReader)
public:
    enum class Kind { Tar = 1, Zip, Folder };

    virtual ~PackageReader() = default;

    /// Opens `path`: a tar or zip OVA (by content, not by name), or an .ovf file (then the
    /// package is its folder; the .ovf is the first member and next() returns the files
    /// named with setFolderMembers()).
    static Engine::Result<std::unique_ptr<PackageReader>> open(const QString &path);

    [[nodiscard]] virtual Kind kind() const = 0;
    /// The next member, checked (see the class comment); nullopt at the end of the package.
    virtual Engine::Result<std::optional<PackageMember>> next() = 0;
    /// Reads up to maxBytes of the current member's data; 0 at its end.
    virtual Engine::Result<qint64> read(char *buffer, qint64 maxBytes) = 0;
    /// Bytes of the package read so far (for progress) and its total size.
    [[nodiscard]] virtual qint64 position() const = 0;
    [[nodiscard]] qint64 totalBytes() const { return m_totalBytes; }
    /// Where the current member's bytes lie unchanged in a file on disk (a member of an
    /// uncompressed tar, a file of a folder package): the file and the offset of its data.
    /// nullopt when the data only exists as a stream (compressed tar, zip).
    [[nodiscard]] virtual std::optional<std::pair<QString, qint64>> inPlaceLocation() const
    {
        return std::nullopt;
    }
    /// For a zip package: the name of its .ovf, which is read first whatever its place.
    /// For a folder package: the files to return after the .ovf (hrefs of its References).
    virtual void setFolderMembers(const QStringList &names) { Q_UNUSED(names); }

    /// The problem with a member name, or an empty string when it is a plain file name.
    static QString nameProblem(const QString &name);

protected:
    qint64 m_totalBytes = 0;
};

} // namespace Appliances
