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
