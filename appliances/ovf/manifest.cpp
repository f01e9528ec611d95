#include "appliances/ovf/manifest.h"

#include <QRegularExpression>

using Engine::Error;
using Engine::ErrorCode;
using Engine::Result;

namespace Appliances {

namespace {

std::optional<DigestAlgorithm> algorithmFromName(const QString &name)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("SHA1"))
        return DigestAlgorithm::Sha1;
    if (n == QLatin1String("SHA256"))
        return DigestAlgorithm::Sha256;
    if (n == QLatin1String("SHA512"))
        return DigestAlgorithm::Sha512;
    return std::nullopt;
}

int hexLength(DigestAlgorithm a)
{
    return a == DigestAlgorithm::Sha1 ? 40 : a == DigestAlgorithm::Sha256 ? 64 : 128;
}

} // namespace

Result<Manifest> Manifest::parse(const QByteArray &text)
{
    static const QRegularExpression kLine(
        QStringLiteral("^\\s*([A-Za-z0-9]+)\\s*\\((.+)\\)\\s*=\\s*([0-9A-Fa-f]+)\\s*$"));
    Manifest m;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = kLine.match(line);
        const auto alg = match.hasMatch() ? algorithmFromName(match.captured(1)) : std::nullopt;
        if (!match.hasMatch() || !alg) {
            return Error(ErrorCode::InvalidArgument,
                         tr("Line %1 of the manifest (.mf) is not a SHA1, SHA256 or SHA512 "
                            "digest. The appliance is damaged; get it again.").arg(i + 1),
                         line.left(200));
        }
        const QString name = match.captured(2);
        const QByteArray hex = match.captured(3).toLatin1().toLower();
        if (hex.size() != hexLength(*alg)) {
            return Error(ErrorCode::InvalidArgument,
                         tr("The %1 digest of %2 in the manifest has the wrong length. The "
                            "appliance is damaged; get it again.").arg(algorithmName(*alg), name));
        }
        if (m.find(name)) {
            return Error(ErrorCode::InvalidArgument,
                         tr("The manifest names %1 twice. The appliance is damaged or was "
                            "tampered with.").arg(name));
        }
        m.add(*alg, name, hex);
    }
    return m;
}

QByteArray Manifest::toText() const
{
    QByteArray out;
    for (const ManifestEntry &e : m_entries)
        out += algorithmName(e.algorithm).toLatin1() + '(' + e.fileName.toUtf8() + ")= " + e.digestHex + '\n';
    return out;
}

const ManifestEntry *Manifest::find(const QString &fileName) const
{
    for (const ManifestEntry &e : m_entries)
        if (e.fileName == fileName)
            return &e;
    return nullptr;
}

void Manifest::add(DigestAlgorithm algorithm, const QString &fileName, const QByteArray &digestHex)
{
    m_entries.append({algorithm, fileName, digestHex.toLower()});
}

QCryptographicHash::Algorithm Manifest::qtAlgorithm(DigestAlgorithm a)
{
    switch (a) {
    case DigestAlgorithm::Sha1:
        return QCryptographicHash::Sha1;
    case DigestAlgorithm::Sha512:
        return QCryptographicHash::Sha512;
    case DigestAlgorithm::Sha256:
        break;
    }
    return QCryptographicHash::Sha256;
}

QString Manifest::algorithmName(DigestAlgorithm a)
{
    switch (a) {
    case DigestAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case DigestAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    case DigestAlgorithm::Sha256:
        break;
    }
    return QStringLiteral("SHA256");
}

} // namespace Appliances
