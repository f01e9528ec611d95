#include "appliances/archive/packagereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <sys/stat.h>

using Engine::Error;
using Engine::ErrorCode;
using Engine::Result;

namespace Appliances {

namespace {

Error badMember(const QString &name, const QString &why)
{
    return Error(ErrorCode::InvalidArgument,
                 PackageReader::tr("The appliance contains \"%1\", which is refused: %2 Nothing "
                                   "was imported.").arg(name, why));
}

Error truncated(const QString &path, const QString &details)
{
    return Error(ErrorCode::InvalidArgument,
                 PackageReader::tr("The appliance %1 is damaged or incomplete (truncated). "
                                   "Download or copy it again.").arg(QFileInfo(path).fileName()),
                 details);
}

// ---- tar (libarchive) ------------------------------------------------------------------------

class TarReader final : public PackageReader
{
public:
    TarReader(QString path, qint64 size) : m_path(std::move(path)) { m_totalBytes = size; }
    ~TarReader() override
    {
        if (m_a)
            archive_read_free(m_a);
    }

    Engine::Status openArchive()
    {
        m_a = archive_read_new();
        archive_read_support_format_tar(m_a);
        archive_read_support_format_gnutar(m_a);
        archive_read_support_filter_gzip(m_a);
        archive_read_support_filter_xz(m_a);
        archive_read_support_filter_bzip2(m_a);
        if (archive_read_open_filename(m_a, QFile::encodeName(m_path).constData(), 1 << 20) != ARCHIVE_OK)
            return Error(ErrorCode::InvalidArgument,
                         tr("%1 is not an OVA (a tar or zip archive) that Emanon can read.")
                             .arg(QFileInfo(m_path).fileName()),
                         QString::fromUtf8(archive_error_string(m_a)));
        return {};
    }

    Kind kind() const override { return Kind::Tar; }

    Result<std::optional<PackageMember>> next() override
    {
        archive_entry *e = nullptr;
        const int r = archive_read_next_header(m_a, &e);
        if (r == ARCHIVE_EOF)
            return std::optional<PackageMember>();
        if (r < ARCHIVE_WARN && m_first)
            return Error(ErrorCode::InvalidArgument,
                         tr("%1 is not an OVA (a tar or zip archive) that Emanon can read.")
                             .arg(QFileInfo(m_path).fileName()),
                         QString::fromUtf8(archive_error_string(m_a)));
        if (r < ARCHIVE_WARN)
            return truncated(m_path, QString::fromUtf8(archive_error_string(m_a)));
        const char *raw = archive_entry_pathname(e);
        QString name = raw ? QString::fromUtf8(raw) : QString();
        if (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        m_first = false;
        const mode_t type = archive_entry_filetype(e);
        if (archive_entry_hardlink(e))
            return badMember(name, tr("it is a hard link, and an appliance holds only plain files."));
        if (type == AE_IFLNK)
            return badMember(name, tr("it is a symbolic link, and an appliance holds only plain files."));
        if (type == AE_IFDIR)
            return badMember(name, tr("it is a folder, and an appliance holds only plain files."));
        if (type != AE_IFREG)
            return badMember(name, tr("it is a device or another special file, and an appliance "
                                      "holds only plain files."));
        if (archive_entry_sparse_count(e) > 0)
            return badMember(name, tr("it is a sparse tar member."));
        if (const QString p = nameProblem(name); !p.isEmpty())
            return badMember(name, p);
        return std::optional<PackageMember>(
            PackageMember{name, archive_entry_size_is_set(e) ? archive_entry_size(e) : -1});
    }

    Result<qint64> read(char *buffer, qint64 maxBytes) override
    {
        const la_ssize_t n = archive_read_data(m_a, buffer, size_t(maxBytes));
        if (n < 0)
            return truncated(m_path, QString::fromUtf8(archive_error_string(m_a)));
        return qint64(n);
    }

    qint64 position() const override { return archive_filter_bytes(m_a, -1); }

    std::optional<std::pair<QString, qint64>> inPlaceLocation() const override
    {
        // Uncompressed tar: a regular, non-sparse member's data are the `size` bytes that
        // follow its headers, which libarchive has just consumed.
        if (archive_filter_count(m_a) != 1 || archive_filter_code(m_a, 0) != ARCHIVE_FILTER_NONE)
            return std::nullopt;
        return std::make_pair(m_path, qint64(archive_filter_bytes(m_a, 0)));
    }

private:
    QString m_path;
    archive *m_a = nullptr;
    bool m_first = true;
};

// ---- zip (QuaZip) ----------------------------------------------------------------------------

class ZipReader final : public PackageReader
{
public:
    ZipReader(const QString &path, qint64 size) : m_zip(path), m_path(path) { m_totalBytes = size; }

    Engine::Status openArchive()
    {
        if (!m_zip.open(QuaZip::mdUnzip))
            return Error(ErrorCode::InvalidArgument,
                         tr("%1 is not a zip archive Emanon can read.").arg(QFileInfo(m_path).fileName()),
                         QStringLiteral("QuaZip error %1").arg(m_zip.getZipError()));
        m_zip.setFileNameCodec("UTF-8");
        QStringList ovfs;
        const QStringList names = m_zip.getFileNameList();
        for (const QString &n : names)
            if (n.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive))
                ovfs.append(n);
        if (ovfs.size() != 1)
            return Error(ErrorCode::InvalidArgument,
                         tr("The zip archive %1 must hold exactly one .ovf file; it holds %2.")
                             .arg(QFileInfo(m_path).fileName()).arg(ovfs.size()));
        m_order = QStringList{ovfs.first()};
        for (const QString &n : names)
            if (n != ovfs.first())
                m_order.append(n);
        return {};
    }

    Kind kind() const override { return Kind::Zip; }

    Result<std::optional<PackageMember>> next() override
    {
        m_file.reset();
        if (m_index >= m_order.size())
            return std::optional<PackageMember>();
        const QString name = m_order[m_index++];
        if (!m_zip.setCurrentFile(name))
            return truncated(m_path, name);
        QuaZipFileInfo64 info;
        if (!m_zip.getCurrentFileInfo(&info))
            return truncated(m_path, name);
        const quint32 mode = info.externalAttr >> 16;
        if (name.endsWith(QLatin1Char('/')))
            return badMember(name, tr("it is a folder, and an appliance holds only plain files."));
        if ((mode & S_IFMT) == S_IFLNK)
            return badMember(name, tr("it is a symbolic link, and an appliance holds only plain files."));
        if ((mode & S_IFMT) != 0 && (mode & S_IFMT) != S_IFREG)
            return badMember(name, tr("it is a device or another special file, and an appliance "
                                      "holds only plain files."));
        if (const QString p = nameProblem(name); !p.isEmpty())
            return badMember(name, p);
        m_compressed += qint64(info.compressedSize);
        m_declared = qint64(info.uncompressedSize);
        m_read = 0;
        m_file = std::make_unique<QuaZipFile>(&m_zip);
        if (!m_file->open(QIODevice::ReadOnly))
            return truncated(m_path, name);
        return std::optional<PackageMember>(PackageMember{name, m_declared});
    }

    Result<qint64> read(char *buffer, qint64 maxBytes) override
    {
        if (!m_file)
            return qint64(0);
        const qint64 n = m_file->read(buffer, maxBytes);
        if (n < 0)
            return truncated(m_path, m_file->errorString());
        m_read += n;
        if (m_read > m_declared)
            return badMember(m_order[m_index - 1], tr("it unpacks to more data than its header "
                                                      "declares (a zip bomb)."));
        if (n == 0 && m_file->getZipError() != UNZ_OK)
            return truncated(m_path, QStringLiteral("zip error %1").arg(m_file->getZipError()));
        return n;
    }

    qint64 position() const override { return std::min(m_compressed, m_totalBytes); }

private:
    QuaZip m_zip;
    QString m_path;
    QStringList m_order;
    int m_index = 0;
    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_compressed = 0;
    qint64 m_declared = 0;
    qint64 m_read = 0;
};

// ---- .ovf with its files beside it -----------------------------------------------------------

class FolderReader final : public PackageReader
{
public:
    explicit FolderReader(const QString &ovfPath) : m_dir(QFileInfo(ovfPath).absolutePath())
    {
        m_names.append(QFileInfo(ovfPath).fileName());
    }

    Kind kind() const override { return Kind::Folder; }

    void setFolderMembers(const QStringList &names) override
    {
        for (const QString &n : names) {
            if (!m_names.contains(n))
                m_names.append(n);
        }
        // The manifest and certificate sit beside the .ovf under its base name.
        const QString base = QFileInfo(m_names.first()).completeBaseName();
        for (const QString &ext : {QStringLiteral(".mf"), QStringLiteral(".cert")})
            if (QFileInfo::exists(m_dir + QLatin1Char('/') + base + ext) && !m_names.contains(base + ext))
                m_names.insert(1, base + ext);
        m_totalBytes = 0;
        for (const QString &n : m_names)
            m_totalBytes += QFileInfo(m_dir + QLatin1Char('/') + n).size();
    }

    Result<std::optional<PackageMember>> next() override
    {
        m_file.close();
        if (m_index >= m_names.size())
            return std::optional<PackageMember>();
        const QString name = m_names[m_index++];
        if (const QString p = nameProblem(name); !p.isEmpty())
            return badMember(name, p);
        const QString path = m_dir + QLatin1Char('/') + name;
        const QFileInfo fi(path);
        if (!fi.exists())
            return Error(ErrorCode::NotFound,
                         tr("The file %1 of the appliance is missing; it must be in the folder "
                            "of the .ovf file (%2).").arg(name, m_dir));
        if (fi.isSymLink())
            return badMember(name, tr("it is a symbolic link, and an appliance holds only plain files."));
        if (!fi.isFile())
            return badMember(name, tr("it is not a regular file."));
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read %1.").arg(path), m_file.errorString());
        return std::optional<PackageMember>(PackageMember{name, fi.size()});
    }

    Result<qint64> read(char *buffer, qint64 maxBytes) override
    {
        const qint64 n = m_file.read(buffer, maxBytes);
        if (n < 0)
            return Error(ErrorCode::Io, tr("Cannot read %1.").arg(m_file.fileName()), m_file.errorString());
        m_position += n;
        return n;
    }

    qint64 position() const override { return m_position; }

    std::optional<std::pair<QString, qint64>> inPlaceLocation() const override
    {
        return std::make_pair(m_file.fileName(), qint64(0));
    }

private:
    QString m_dir;
    QStringList m_names;
    int m_index = 0;
    QFile m_file;
    qint64 m_position = 0;
};

} // namespace

QString PackageReader::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("it has no name.");
    if (name.startsWith(QLatin1Char('/')))
        return tr("its name is an absolute path, which could write outside the import folder.");
    if (name == QLatin1String("..") || name.startsWith(QLatin1String("../")) || name.contains(QLatin1String("/../"))
        || name.endsWith(QLatin1String("/..")))
        return tr("its name climbs out of the package (\"..\"), which could write outside the "
                  "import folder.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return tr("its name is inside a folder, and an appliance holds only plain file names.");
    if (name == QLatin1String("."))
        return tr("its name is \".\".");
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("its name contains control characters.");
    if (name.size() > 255)
        return tr("its name is longer than 255 characters.");
    return {};
}

Result<std::unique_ptr<PackageReader>> PackageReader::open(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                     tr("Cannot open the appliance %1. Check the name and that you may read it.").arg(path),
                     f.errorString());
    }
    const QByteArray head = f.read(512);
    const qint64 size = f.size();
    f.close();
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        auto zip = std::make_unique<ZipReader>(path, size);
        if (Engine::Status s = zip->openArchive(); !s)
            return s.error();
        return std::unique_ptr<PackageReader>(std::move(zip));
    }
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("<?xml") || trimmed.startsWith("<") || path.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive))
        return std::unique_ptr<PackageReader>(std::make_unique<FolderReader>(path));
    auto tar = std::make_unique<TarReader>(path, size);
    if (Engine::Status s = tar->openArchive(); !s)
        return s.error();
    return std::unique_ptr<PackageReader>(std::move(tar));
}

} // namespace Appliances
