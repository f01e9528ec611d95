// Manifest: the .mf file of an OVF package (one digest per file), read and written.
//
// Reads every spelling seen in the wild: "SHA256(name)= hex" (ovftool, the standard),
// "SHA1 (name) = hex" (VirtualBox), CRLF line ends, blank lines, upper-case hex. Writes the
// standard form without spaces. Pure: no I/O.
#pragma once

#include "engine/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QString>

namespace Appliances {

enum class DigestAlgorithm { Sha1 = 1, Sha256, Sha512 };

struct ManifestEntry
{
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    QString fileName;
    QByteArray digestHex; ///< lower-case hex
};

class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::Manifest)
public:
    /// Parses a manifest. Fails (InvalidArgument, naming the line) on a line that is not a
    /// digest, an unknown algorithm, a digest of the wrong length, or a file named twice.
    static Engine::Result<Manifest> parse(const QByteArray &text);
    /// The manifest text: "SHA256(name)= hex\n" per entry, in order.
    [[nodiscard]] QByteArray toText() const;

    [[nodiscard]] const QList<ManifestEntry> &entries() const { return m_entries; }
    [[nodiscard]] const ManifestEntry *find(const QString &fileName) const;
    void add(DigestAlgorithm algorithm, const QString &fileName, const QByteArray &digestHex);

    static QCryptographicHash::Algorithm qtAlgorithm(DigestAlgorithm a);
    static QString algorithmName(DigestAlgorithm a); ///< "SHA256"

private:
    QList<ManifestEntry> m_entries;
};

} // namespace Appliances
