// Signed appliances: the .cert as ovftool writes it ("SHA256(x.mf)= <hex>" + PEM certificate).
// Keys, certificates and signatures are made with the openssl command line (an independent
// signer), the expired certificate with libcrypto (the 3.0 CLI cannot back-date one). Checks
// what the user is told (signer, valid/invalid, self-signed, trusted, expired) and that an
// invalid signature stops an import like a manifest mismatch, unless verification is off.
#include "appliances/jobs/importjob.h"
#include "appliances/ovf/signature.h"

#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Appliances;
using namespace Engine;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray fixture(const QString &name)
{
    return readAll(TestUtil::dataPath(QStringLiteral("ovf/") + name));
}

void writeTar(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &members)
{
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    QVERIFY(archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const auto &[name, data] : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size());
        QVERIFY(archive_write_header(a, e) == ARCHIVE_OK);
        archive_write_data(a, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

bool hasLine(const QList<ReportLine> &report, ReportLine::Kind kind, const QString &text)
{
    for (const ReportLine &l : report)
        if (l.kind == kind && l.text.contains(text))
            return true;
    return false;
}

} // namespace

class TstOvfSignature : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QByteArray m_manifest;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    void openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_tmp.path());
        p.start(QStringLiteral("openssl"), args);
        QVERIFY2(p.waitForFinished(60000) && p.exitCode() == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + QString::fromUtf8(p.readAllStandardError())));
    }

    /// A key pair and a self-signed certificate for `subject` with the openssl CLI.
    void selfSigned(const QString &base, const QString &subject)
    {
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                 base + QStringLiteral(".crt"), QStringLiteral("-subj"), subject, QStringLiteral("-days"), QStringLiteral("30")});
    }

    /// The .cert for `manifest` (named ubuntu.2.0.mf) signed by `key` with `openssl dgst`.
    QByteArray certFile(const QByteArray &manifest, const QString &key, const QString &cert)
    {
        writeFile(path(QStringLiteral("tosign.mf")), manifest);
        openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"), key, QStringLiteral("-out"),
                 QStringLiteral("sig.bin"), QStringLiteral("tosign.mf")});
        return "SHA256(ubuntu.2.0.mf)= " + readAll(path(QStringLiteral("sig.bin"))).toHex() + "\n"
               + readAll(path(cert));
    }

    /// A self-signed certificate that expired yesterday, made with libcrypto.
    void expiredCert(const QString &base)
    {
        EVP_PKEY *key = EVP_RSA_gen(2048);
        X509 *x = X509_new();
        ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
        X509_gmtime_adj(X509_getm_notBefore(x), -3 * 86400);
        X509_gmtime_adj(X509_getm_notAfter(x), -86400);
        X509_set_pubkey(x, key);
        X509_NAME *name = X509_get_subject_name(x);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Old Signer"), -1, -1, 0);
        X509_set_issuer_name(x, name);
        QVERIFY(X509_sign(x, key, EVP_sha256()) > 0);
        FILE *kf = fopen(QFile::encodeName(path(base + QStringLiteral(".key"))).constData(), "w");
        FILE *cf = fopen(QFile::encodeName(path(base + QStringLiteral(".crt"))).constData(), "w");
        QVERIFY(kf && cf);
        PEM_write_PrivateKey(kf, key, nullptr, nullptr, 0, nullptr, nullptr);
        PEM_write_X509(cf, x);
        fclose(kf);
        fclose(cf);
        X509_free(x);
        EVP_PKEY_free(key);
    }

    ImportJob *runImport(const QString &source, const QString &library, bool verify = true)
    {
        ImportOptions o;
        o.sourcePath = source;
        o.libraryRoot = library;
        o.verify = verify;
        auto *job = new ImportJob(o);
        job->start();
        if (!job->waitForFinished(60000))
            qFatal("import did not finish");
        return job;
    }

    QString signedOva(const QString &name, const QByteArray &cert)
    {
        const QString ova = path(name);
        writeTar(ova, {{"ubuntu.2.0.ovf", fixture(QStringLiteral("ubuntu.2.0.ovf"))},
                       {"ubuntu.2.0.mf", m_manifest},
                       {"ubuntu.2.0.cert", cert},
                       {"ubuntu.2.0-disk1.vmdk", fixture(QStringLiteral("ubuntu.2.0-disk1.vmdk"))}});
        return ova;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_manifest = fixture(QStringLiteral("ubuntu.2.0.mf"));
        selfSigned(QStringLiteral("self"), QStringLiteral("/CN=Test Signer/O=Emanon Tests"));
        selfSigned(QStringLiteral("other"), QStringLiteral("/CN=Somebody Else"));
        selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Emanon Test CA"));
        openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"),
                 QStringLiteral("leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=Appliance Vendor")});
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                 QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("leaf.crt"),
                 QStringLiteral("-days"), QStringLiteral("30")});
        expiredCert(QStringLiteral("old"));
    }

    void validSelfSignedSignature()
    {
        const QByteArray cert = certFile(m_manifest, QStringLiteral("self.key"), QStringLiteral("self.crt"));
        const auto check = PackageSignature::verify(cert, m_manifest, QStringLiteral("ubuntu.2.0.mf"));
        QVERIFY2(check.ok(), qPrintable(check.error().toString()));
        QVERIFY(check->signatureValid);
        QVERIFY(check->selfSigned);
        QVERIFY(!check->trusted);
        QVERIFY(!check->expired);
        QVERIFY2(check->subject.contains(QStringLiteral("CN=Test Signer")), qPrintable(check->subject));
        const QList<ReportLine> lines = PackageSignature::describe(*check);
        QVERIFY(hasLine(lines, ReportLine::Kind::Info, QStringLiteral("Signed by CN=Test Signer")));
        QVERIFY(hasLine(lines, ReportLine::Kind::Warning, QStringLiteral("self-signed")));
    }

    void tamperedManifestIsInvalid()
    {
        const QByteArray cert = certFile(m_manifest, QStringLiteral("self.key"), QStringLiteral("self.crt"));
        QByteArray changed = m_manifest;
        changed[changed.indexOf("= ") + 2] = changed[changed.indexOf("= ") + 2] == 'a' ? 'b' : 'a';
        const auto check = PackageSignature::verify(cert, changed, QStringLiteral("ubuntu.2.0.mf"));
        QVERIFY2(check.ok(), qPrintable(check.error().toString()));
        QVERIFY(!check->signatureValid);
        QVERIFY(hasLine(PackageSignature::describe(*check), ReportLine::Kind::Warning,
                        QStringLiteral("SIGNATURE IS INVALID")));
        // The same bytes, but the .cert claims to sign another manifest.
        const auto other = PackageSignature::verify(cert, m_manifest, QStringLiteral("other.mf"));
        QVERIFY(other.ok() && !other->signatureValid);
    }

    void wrongKeyIsInvalid()
    {
        // Signed with one key, shipped with another signer's certificate.
        const QByteArray cert = certFile(m_manifest, QStringLiteral("other.key"), QStringLiteral("self.crt"));
        const auto check = PackageSignature::verify(cert, m_manifest, QStringLiteral("ubuntu.2.0.mf"));
        QVERIFY2(check.ok(), qPrintable(check.error().toString()));
        QVERIFY(!check->signatureValid);
    }

    void expiredCertificateIsReported()
    {
        const QByteArray cert = certFile(m_manifest, QStringLiteral("old.key"), QStringLiteral("old.crt"));
        const auto check = PackageSignature::verify(cert, m_manifest, QStringLiteral("ubuntu.2.0.mf"));
        QVERIFY2(check.ok(), qPrintable(check.error().toString()));
        QVERIFY(check->signatureValid);
        QVERIFY(check->expired);
        QVERIFY(hasLine(PackageSignature::describe(*check), ReportLine::Kind::Warning, QStringLiteral("expired on")));
    }

    void trustedByTheGivenStore()
    {
        const QByteArray cert = certFile(m_manifest, QStringLiteral("leaf.key"), QStringLiteral("leaf.crt"));
        auto check = PackageSignature::verify(cert, m_manifest, QStringLiteral("ubuntu.2.0.mf"), path(QStringLiteral("ca.crt")));
        QVERIFY2(check.ok(), qPrintable(check.error().toString()));
        QVERIFY(check->signatureValid);
        QVERIFY(check->trusted);
        QVERIFY(!check->selfSigned);
        QVERIFY(hasLine(PackageSignature::describe(*check), ReportLine::Kind::Info, QStringLiteral("trusted by the system")));
        // The system's store knows nothing of the test CA.
        check = PackageSignature::verify(cert, m_manifest, QStringLiteral("ubuntu.2.0.mf"));
        QVERIFY(check.ok() && check->signatureValid && !check->trusted && !check->selfSigned);
        QVERIFY(!check->trustProblem.isEmpty());
        QVERIFY(hasLine(PackageSignature::describe(*check), ReportLine::Kind::Warning, QStringLiteral("not trusted")));
    }

    void damagedCertFileIsAnError()
    {
        QVERIFY(!PackageSignature::verify("SHA256(ubuntu.2.0.mf)= 00\n", m_manifest, QStringLiteral("ubuntu.2.0.mf")).ok());
        const QByteArray noLine = readAll(path(QStringLiteral("self.crt")));
        const auto r = PackageSignature::verify(noLine, m_manifest, QStringLiteral("ubuntu.2.0.mf"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral(".cert")));
    }

    void signedByUsVerifiesWithOpenssl()
    {
        const auto cert = PackageSignature::sign(m_manifest, QStringLiteral("ubuntu.2.0.mf"), DigestAlgorithm::Sha256,
                                                 readAll(path(QStringLiteral("self.key"))),
                                                 readAll(path(QStringLiteral("self.crt"))));
        QVERIFY2(cert.ok(), qPrintable(cert.error().toString()));
        QVERIFY(cert->startsWith("SHA256(ubuntu.2.0.mf)= "));
        const QByteArray hex = cert->mid(23, cert->indexOf('\n') - 23);
        writeFile(path(QStringLiteral("ours.sig")), QByteArray::fromHex(hex));
        writeFile(path(QStringLiteral("ours.mf")), m_manifest);
        openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("self.crt"), QStringLiteral("-pubkey"),
                 QStringLiteral("-noout"), QStringLiteral("-out"), QStringLiteral("self.pub")});
        openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"), QStringLiteral("self.pub"),
                 QStringLiteral("-signature"), QStringLiteral("ours.sig"), QStringLiteral("ours.mf")});
        // A key that does not belong to the certificate is refused.
        const auto wrong = PackageSignature::sign(m_manifest, QStringLiteral("ubuntu.2.0.mf"), DigestAlgorithm::Sha256,
                                                  readAll(path(QStringLiteral("other.key"))),
                                                  readAll(path(QStringLiteral("self.crt"))));
        QVERIFY(!wrong.ok());
    }

    void signedOvaImportsAndReportsTheSigner()
    {
        const QString ova = signedOva(QStringLiteral("good.ova"),
                                      certFile(m_manifest, QStringLiteral("self.key"), QStringLiteral("self.crt")));
        ImportOptions o;
        o.sourcePath = ova;
        o.libraryRoot = path(QStringLiteral("lib-dry"));
        const auto plan = ImportJob::inspect(o);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QVERIFY(hasLine(plan->report, ReportLine::Kind::Info, QStringLiteral("Signed by CN=Test Signer")));

        const QString lib = path(QStringLiteral("lib-good"));
        ImportJob *job = runImport(ova, lib);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        QVERIFY(hasLine(job->plan().report, ReportLine::Kind::Info, QStringLiteral("signature over the manifest is valid")));
        QVERIFY(hasLine(job->plan().report, ReportLine::Kind::Warning, QStringLiteral("self-signed")));
        delete job;
    }

    void invalidSignatureStopsTheImportUnlessNotVerifying()
    {
        const QString ova = signedOva(QStringLiteral("forged.ova"),
                                      certFile(m_manifest, QStringLiteral("other.key"), QStringLiteral("self.crt")));
        ImportOptions o;
        o.sourcePath = ova;
        o.libraryRoot = path(QStringLiteral("lib-dry2"));
        const auto plan = ImportJob::inspect(o);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("signature does not match")), qPrintable(plan.error().message));

        const QString lib = path(QStringLiteral("lib-bad"));
        ImportJob *job = runImport(ova, lib);
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY2(job->error().message.contains(QStringLiteral("signature does not match")), qPrintable(job->error().message));
        QVERIFY(QDir(lib).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        delete job;

        job = runImport(ova, lib, false);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().toString()));
        QVERIFY(hasLine(job->plan().report, ReportLine::Kind::Warning, QStringLiteral("SIGNATURE IS INVALID")));
        QVERIFY(hasLine(job->plan().report, ReportLine::Kind::Warning, QStringLiteral("NOT VERIFIED")));
        delete job;
    }
};

QTEST_GUILESS_MAIN(TstOvfSignature)
#include "tst_ovfsignature.moc"
