// PackageSignature: the .cert file of an OVF package, checked and written (OpenSSL libcrypto).
//
// A .cert holds, as ovftool writes it, one line "SHA256(name.mf)= <hex signature>" (the
// signature of the manifest's bytes with the signer's private key, PKCS#1 v1.5 for RSA) followed
// by the signer's PEM certificate. verify() checks the signature with the certificate's public
// key and says who signed, whether the certificate is self-signed, trusted by a certificate
// store (the system's by default) and within its validity dates. Pure apart from reading the
// trust store; callable from any thread.
#pragma once

#include "appliances/ovf/importplan.h"
#include "appliances/ovf/manifest.h"
#include "engine/core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Appliances {

struct SignatureCheck
{
    QString subject;             ///< the signer: the certificate's subject ("CN=..,O=..")
    QString issuer;
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    bool signatureValid = false; ///< the signature matches the manifest and the certificate
    bool selfSigned = false;
    bool trusted = false;        ///< the trust store vouches for the certificate (dates aside)
    QString trustProblem;        ///< why not trusted (OpenSSL's words)
    bool expired = false;
    bool notYetValid = false;
    QDateTime notAfter;
};

class PackageSignature
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::PackageSignature)
public:
    /// Checks the .cert text `certFile` against the manifest bytes `manifest` of the file
    /// `manifestName`. A signature that does not match (other bytes, another key, a .cert for
    /// another manifest) is a result with signatureValid false; an unreadable .cert (no
    /// signature line, no certificate) is an InvalidArgument error. `trustStore`: a PEM file of
    /// trusted certificates; empty: the system's store.
    static Engine::Result<SignatureCheck> verify(const QByteArray &certFile, const QByteArray &manifest,
                                                 const QString &manifestName,
                                                 const QString &trustStore = {});
    /// The .cert text for `manifest`: signed with the PEM private key `keyPem`, followed by the
    /// PEM certificate `certPem`, which must hold the key's public half.
    static Engine::Result<QByteArray> sign(const QByteArray &manifest, const QString &manifestName,
                                           DigestAlgorithm algorithm, const QByteArray &keyPem,
                                           const QByteArray &certPem);
    /// What the import report says: one line per fact; warnings for anything short of a
    /// valid signature by a trusted certificate in date.
    static QList<ReportLine> describe(const SignatureCheck &check);
};

} // namespace Appliances
