// Manifest (.mf) parsing and writing: the spellings real exporters use, and broken files.
#include "appliances/ovf/manifest.h"

#include "tests/support/testutil.h"

#include <QFile>
#include <QTest>

using namespace Appliances;

class TstManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ovftoolFixture()
    {
        QFile f(TestUtil::dataPath(QStringLiteral("ovf/input.mf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto m = Manifest::parse(f.readAll());
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->entries().size(), 4);
        const ManifestEntry *e = m->find(QStringLiteral("input.vmdk"));
        QVERIFY(e);
        QCOMPARE(e->algorithm, DigestAlgorithm::Sha1);
        QCOMPARE(e->digestHex, QByteArray("264caaa216ad928f82f727bb06d8e6e6fbd94df0"));
    }

    void virtualBoxSpacingCrlfUpperCaseAndSha512()
    {
        const QByteArray sha512(128, 'A');
        const QByteArray text = "SHA1 (a.ovf) = 264CAAA216AD928F82F727BB06D8E6E6FBD94DF0\r\n\r\n"
                                "SHA256(b.vmdk)=4a218c15a1e8aed26cb0a2a533562e85a9f28956a6666181d0c9bb7ba58b5b06\r\n"
                                "  SHA512( c.iso )= " + sha512 + "\r\n";
        const auto m = Manifest::parse(text);
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->entries().size(), 3);
        QCOMPARE(m->find(QStringLiteral("a.ovf"))->digestHex, QByteArray("264caaa216ad928f82f727bb06d8e6e6fbd94df0"));
        QCOMPARE(m->find(QStringLiteral("b.vmdk"))->algorithm, DigestAlgorithm::Sha256);
        // Spaces inside the parentheses belong to the name (a file may start with a space).
        QVERIFY(m->find(QStringLiteral(" c.iso ")));
        QCOMPARE(m->find(QStringLiteral(" c.iso "))->digestHex, sha512.toLower());
    }

    void writesTheStandardForm()
    {
        Manifest m;
        m.add(DigestAlgorithm::Sha256, QStringLiteral("vm.ovf"), "ABCDEF");
        m.add(DigestAlgorithm::Sha1, QStringLiteral("vm-disk0.vmdk"), "0123");
        QCOMPARE(m.toText(), QByteArray("SHA256(vm.ovf)= abcdef\nSHA1(vm-disk0.vmdk)= 0123\n"));
    }

    void refusesBrokenLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expect");
        QTest::newRow("garbage") << QByteArray("hello world\n") << QStringLiteral("Line 1");
        QTest::newRow("md5") << QByteArray("MD5(a)= d41d8cd98f00b204e9800998ecf8427e\n") << QStringLiteral("Line 1");
        QTest::newRow("short digest") << QByteArray("SHA256(a)= abcd\n") << QStringLiteral("wrong length");
        QTest::newRow("not hex") << QByteArray("SHA1(a)= zz\n") << QStringLiteral("Line 1");
        QTest::newRow("twice") << QByteArray("SHA1(a)= 264caaa216ad928f82f727bb06d8e6e6fbd94df0\n"
                                             "SHA1(a)= 264caaa216ad928f82f727bb06d8e6e6fbd94df0\n")
                               << QStringLiteral("twice");
    }
    void refusesBrokenLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expect);
        const auto m = Manifest::parse(text);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(expect), qPrintable(m.error().message));
    }
};

QTEST_GUILESS_MAIN(TstManifest)
#include "tst_manifest.moc"
