#include "appliances/ovf/signature.h"

#include <QFile>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

using Engine::Error;
using Engine::ErrorCode;
using Engine::Result;

namespace Appliances {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;

QString opensslError()
{
    QString out;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        out += (out.isEmpty() ? QString() : QStringLiteral("; ")) + QString::fromLatin1(buf);
    }
    return out;
}

const EVP_MD *mdFor(DigestAlgorithm a)
{
    switch (a) {
    case DigestAlgorithm::Sha1:
        return EVP_sha1();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    case DigestAlgorithm::Sha256:
        break;
    }
    return EVP_sha256();
}

std::optional<DigestAlgorithm> algorithmNamed(const QString &name)
{
    for (DigestAlgorithm a : {DigestAlgorithm::Sha1, DigestAlgorithm::Sha256, DigestAlgorithm::Sha512})
        if (Manifest::algorithmName(a).compare(name, Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~XN_FLAG_DN_REV & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(n));
}

QDateTime toDateTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

Error unreadable(const QString &why, const QString &details = {})
{
    return Error(ErrorCode::InvalidArgument,
                 PackageSignature::tr("The appliance's certificate file (.cert) cannot be read: %1 The "
                                      "appliance is damaged; get it again, or import without "
                                      "verification.").arg(why), details);
}

void checkTrust(X509 *cert, const QString &trustStore, SignatureCheck &check)
{
    StorePtr store(X509_STORE_new());
    const bool loaded = trustStore.isEmpty()
                            ? X509_STORE_set_default_paths(store.get()) == 1
                            : X509_STORE_load_file(store.get(), QFile::encodeName(trustStore).constData()) == 1;
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!loaded || !ctx || X509_STORE_CTX_init(ctx.get(), store.get(), cert, nullptr) != 1) {
        check.trustProblem = opensslError();
        return;
    }
    // Dates are judged on their own (expired, not yet valid), so trust means "a trusted issuer".
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(ctx.get()), X509_V_FLAG_NO_CHECK_TIME);
    check.trusted = X509_verify_cert(ctx.get()) == 1;
    if (!check.trusted)
        check.trustProblem = QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ERR_clear_error();
}

} // namespace

Result<SignatureCheck> PackageSignature::verify(const QByteArray &certFile, const QByteArray &manifest,
                                                const QString &manifestName, const QString &trustStore)
{
    static const QRegularExpression kLine(
        QStringLiteral("^\\s*([A-Za-z0-9]+)\\s*\\((.+)\\)\\s*=\\s*([0-9A-Fa-f]+)\\s*$"));
    const qsizetype pem = certFile.indexOf("-----BEGIN CERTIFICATE-----");
    if (pem < 0)
        return unreadable(tr("it holds no certificate."));
    QString line;
    for (const QByteArray &l : certFile.left(pem).split('\n'))
        if (!l.trimmed().isEmpty())
            line = QString::fromUtf8(l).trimmed();
    const QRegularExpressionMatch m = kLine.match(line);
    const auto algorithm = m.hasMatch() ? algorithmNamed(m.captured(1)) : std::nullopt;
    if (!algorithm)
        return unreadable(tr("it has no SHA1, SHA256 or SHA512 signature line."), line.left(200));
    const QByteArray signature = QByteArray::fromHex(m.captured(3).toLatin1());

    BioPtr bio(BIO_new_mem_buf(certFile.constData() + pem, int(certFile.size() - pem)));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return unreadable(tr("its certificate is damaged."), opensslError());

    SignatureCheck check;
    check.algorithm = *algorithm;
    check.subject = nameText(X509_get_subject_name(cert.get()));
    check.issuer = nameText(X509_get_issuer_name(cert.get()));
    check.selfSigned = X509_self_signed(cert.get(), 1) == 1;
    check.notAfter = toDateTime(X509_get0_notAfter(cert.get()));
    check.expired = X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0;
    check.notYetValid = X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0;

    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    MdCtxPtr md(EVP_MD_CTX_new());
    check.signatureValid = key && md && m.captured(2) == manifestName
                           && EVP_DigestVerifyInit(md.get(), nullptr, mdFor(*algorithm), nullptr, key) == 1
                           && EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                               size_t(signature.size()),
                                               reinterpret_cast<const unsigned char *>(manifest.constData()),
                                               size_t(manifest.size())) == 1;
    ERR_clear_error();
    checkTrust(cert.get(), trustStore, check);
    return check;
}

Result<QByteArray> PackageSignature::sign(const QByteArray &manifest, const QString &manifestName,
                                          DigestAlgorithm algorithm, const QByteArray &keyPem,
                                          const QByteArray &certPem)
{
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return Error(ErrorCode::InvalidArgument, tr("The signing key is not a PEM private key (or it is "
                                                    "protected by a passphrase, which is not supported)."),
                     opensslError());
    BioPtr certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return Error(ErrorCode::InvalidArgument, tr("The signing certificate is not a PEM certificate."),
                     opensslError());
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return Error(ErrorCode::InvalidArgument, tr("The signing key does not belong to the certificate."),
                     opensslError());
    MdCtxPtr md(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(manifest.constData());
    if (!md || EVP_DigestSignInit(md.get(), nullptr, mdFor(algorithm), nullptr, key.get()) != 1
        || EVP_DigestSign(md.get(), nullptr, &length, data, size_t(manifest.size())) != 1)
        return Error(ErrorCode::InvalidArgument, tr("Signing the manifest failed."), opensslError());
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                       size_t(manifest.size())) != 1)
        return Error(ErrorCode::InvalidArgument, tr("Signing the manifest failed."), opensslError());
    signature.truncate(qsizetype(length));
    BioPtr out(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(out.get(), cert.get());
    char *pem = nullptr;
    const long pemLength = BIO_get_mem_data(out.get(), &pem);
    return Manifest::algorithmName(algorithm).toLatin1() + '(' + manifestName.toUtf8() + ")= "
           + signature.toHex() + '\n' + QByteArray(pem, pemLength);
}

QList<ReportLine> PackageSignature::describe(const SignatureCheck &c)
{
    using Kind = ReportLine::Kind;
    QList<ReportLine> lines;
    if (!c.signatureValid)
        lines.append({Kind::Warning, tr("The SIGNATURE IS INVALID: the manifest was not signed by the key of "
                                        "the certificate of %1, so the appliance was changed after signing "
                                        "or the signature is forged.").arg(c.subject)});
    else
        lines.append({Kind::Info, tr("Signed by %1: the signature over the manifest is valid.").arg(c.subject)});
    if (c.expired)
        lines.append({Kind::Warning, tr("The signing certificate expired on %1.")
                                         .arg(c.notAfter.toString(Qt::ISODate))});
    if (c.notYetValid)
        lines.append({Kind::Warning, tr("The signing certificate is not valid yet.")});
    if (c.trusted)
        lines.append({Kind::Info, tr("The certificate is trusted by the system's certificate store.")});
    else if (c.selfSigned)
        lines.append({Kind::Warning, tr("The certificate is self-signed: anyone can make one, so it does not "
                                        "prove who made the appliance.")});
    else
        lines.append({Kind::Warning, tr("The certificate is not trusted by the system's certificate store "
                                        "(%1).").arg(c.trustProblem)});
    return lines;
}

} // namespace Appliances
