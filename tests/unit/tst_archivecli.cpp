// emanonctl import / export as a user runs them: the real binary, a private library, the real
// VirtualBox fixture; what is printed and the exit codes.
#include "tests/support/emanonctlrun.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstArchiveCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    using Run = TestUtil::CtlRun;

    Run ctl(const QStringList &args)
    {
        return TestUtil::runEmanonCtl(
            args, {{QStringLiteral("EMANON_LIBRARY"), m_tmp.filePath(QStringLiteral("lib"))},
                   {QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("run"))}});
    }

private Q_SLOTS:
    void dryRunPrintsTheReportAndTheLicense()
    {
        const Run r = ctl({QStringLiteral("import"), TestUtil::dataPath(QStringLiteral("ovf/v0.9.ovf")),
                           QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Disk:     disk0 <- input.vmdk")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[changed] The SCSI controller lsilogic")));
        QVERIFY(r.out.contains(QStringLiteral("How lovely is thy legalese!")));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("lib/v0.9.emanon"))));
    }

    void licenseMustBeAccepted()
    {
        const Run r = ctl({QStringLiteral("import"), TestUtil::dataPath(QStringLiteral("ovf/v0.9.ovf"))});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("--accept-eula")), qPrintable(r.err));
    }

    void importThenExportThenRefuseToOverwrite()
    {
        Run r = ctl({QStringLiteral("import"), TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf")),
                     QStringLiteral("--name"), QStringLiteral("Box")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Imported \"Box\"")));
        QVERIFY(r.err.contains(QStringLiteral("[100%]")));
        QVERIFY(r.err.contains(QStringLiteral("Every file matches the appliance's manifest.")));
        r = ctl({QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("Box")));

        const QString ova = m_tmp.filePath(QStringLiteral("box.ova"));
        r = ctl({QStringLiteral("export"), QStringLiteral("Box"), ova, QStringLiteral("--digest"), QStringLiteral("sha1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Wrote ") + ova);
        r = ctl({QStringLiteral("export"), QStringLiteral("Box"), ova});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));

        r = ctl({QStringLiteral("export"), QStringLiteral("Box"), m_tmp.filePath(QStringLiteral("x.ova")),
                 QStringLiteral("--ovf-version"), QStringLiteral("3.0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("x.ova"))));
    }

    void signedExportIsVerifiedByDryRun()
    {
        Run r = ctl({QStringLiteral("import"), TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf")),
                     QStringLiteral("--name"), QStringLiteral("Signed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess openssl;
        openssl.setWorkingDirectory(m_tmp.path());
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                                  QStringLiteral("sign.key"), QStringLiteral("-out"), QStringLiteral("sign.crt"),
                                                  QStringLiteral("-subj"), QStringLiteral("/CN=CLI Signer"), QStringLiteral("-days"),
                                                  QStringLiteral("2")});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        const QString ova = m_tmp.filePath(QStringLiteral("signed.ova"));
        r = ctl({QStringLiteral("export"), QStringLiteral("Signed"), ova, QStringLiteral("--sign"),
                 m_tmp.filePath(QStringLiteral("sign.key")), QStringLiteral("--cert"), m_tmp.filePath(QStringLiteral("sign.crt"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("import"), ova, QStringLiteral("--dry-run"), QStringLiteral("--name"), QStringLiteral("Again")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("[note] Signed by CN=CLI Signer: the signature over the manifest is valid.")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[WARNING] The certificate is self-signed")));
        // A key that does not belong to the certificate is refused before anything is written.
        r = ctl({QStringLiteral("export"), QStringLiteral("Signed"), m_tmp.filePath(QStringLiteral("bad.ova")),
                 QStringLiteral("--sign"), m_tmp.filePath(QStringLiteral("sign.crt")), QStringLiteral("--cert"),
                 m_tmp.filePath(QStringLiteral("sign.crt"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("bad.ova"))));
    }

    void zipBundleImportsUnderAFreeName()
    {
        Run r = ctl({QStringLiteral("import"), TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf")),
                     QStringLiteral("--name"), QStringLiteral("Zipped")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString zip = m_tmp.filePath(QStringLiteral("zipped.zip"));
        r = ctl({QStringLiteral("export"), QStringLiteral("Zipped"), zip});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("import"), zip, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("VM:       Zipped (2)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("new UUID")));
        r = ctl({QStringLiteral("import"), zip});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported \"Zipped (2)\"")), qPrintable(r.out));
        r = ctl({QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("Zipped (2)")));
    }

    void badApplianceFailsWithItsReason()
    {
        QFile junk(m_tmp.filePath(QStringLiteral("junk.ova")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'z'));
        junk.close();
        const Run r = ctl({QStringLiteral("import"), junk.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("emanonctl: junk.ova is not an OVA")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstArchiveCli)
#include "tst_archivecli.moc"
