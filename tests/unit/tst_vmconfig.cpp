// VmConfig: JSON round trip, unknown fields kept, schema version, validation messages.
#include "engine/config/vmconfig.h"
#include "engine/profiles/guestprofile.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Engine;

class TstVmConfig : public QObject
{
    Q_OBJECT

    static VmConfig sample()
    {
        VmConfig c;
        c.uuid = QUuid::createUuid();
        c.name = QStringLiteral("Windows 2000 Pro");
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        c.disks.append({QStringLiteral("disk0"), QStringLiteral("disks/disk0.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        c.media.append({MediaConfig::Kind::CdRom, QStringLiteral("cd0"), {}, DiskBus::Ide, {}});
        c.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"),
                        QStringLiteral("/images/boot.img"), DiskBus::Floppy, {}});
        NicConfig nic;
        nic.mac = QStringLiteral("52:54:00:12:34:56");
        nic.forwards.append({QStringLiteral("tcp"), 2222, 22, QStringLiteral("127.0.0.1")});
        c.nics.append(nic);
        return c;
    }

    static HostLimits bigHost() { return HostLimits{65536, 16}; }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const VmConfig c = sample();
        auto back = VmConfig::fromJson(c.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->toJsonObject(), c.toJsonObject());
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->uuid, c.uuid);
        QCOMPARE(back->disks.size(), 1);
        QCOMPARE(back->media[1].kind, MediaConfig::Kind::Floppy);
        QCOMPARE(back->media[1].path, QStringLiteral("/images/boot.img"));
        QCOMPARE(back->nics[0].forwards[0].guestPort, quint16(22));
        QCOMPARE(back->acpi, false);
        QCOMPARE(back->cpu.model, QStringLiteral("pentium3"));
    }

    void unknownFieldsAreKept()
    {
        QJsonObject o = sample().toJsonObject();
        o.insert(QStringLiteral("futureFeature"), QJsonObject{{QStringLiteral("x"), 1}});
        QJsonObject cpu = o.value(QStringLiteral("cpu")).toObject();
        cpu.insert(QStringLiteral("topology"), QStringLiteral("1:1:1"));
        o.insert(QStringLiteral("cpu"), cpu);
        QJsonArray disks = o.value(QStringLiteral("disks")).toArray();
        QJsonObject d0 = disks[0].toObject();
        d0.insert(QStringLiteral("iops"), 500);
        disks[0] = d0;
        o.insert(QStringLiteral("disks"), disks);

        auto parsed = VmConfig::fromJson(QJsonDocument(o).toJson());
        QVERIFY(parsed.ok());
        const QJsonObject out = parsed->toJsonObject();
        QCOMPARE(out.value(QStringLiteral("futureFeature")).toObject().value(QStringLiteral("x")).toInt(), 1);
        QCOMPARE(out.value(QStringLiteral("cpu")).toObject().value(QStringLiteral("topology")).toString(),
                 QStringLiteral("1:1:1"));
        QCOMPARE(out.value(QStringLiteral("disks")).toArray()[0].toObject().value(QStringLiteral("iops")).toInt(), 500);
    }

    void brokenJsonIsReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QByteArray full = sample().toJson();
        QTest::newRow("truncated") << full.left(full.size() / 2) << int(ErrorCode::ConfigParse);
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::ConfigParse);
        QTest::newRow("array") << QByteArray("[1,2]") << int(ErrorCode::ConfigParse);
        QTest::newRow("no-version") << QByteArray("{\"name\":\"x\"}") << int(ErrorCode::SchemaVersion);
        QTest::newRow("future-version") << QByteArray("{\"schemaVersion\":99}") << int(ErrorCode::SchemaVersion);
    }

    void brokenJsonIsReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        auto r = VmConfig::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void futureVersionMessageSaysWhatToDo()
    {
        auto r = VmConfig::fromJson("{\"schemaVersion\":99}");
        QVERIFY(r.error().message.contains(QStringLiteral("99")));
        QVERIFY(r.error().message.contains(QStringLiteral("Update Emanon")));
    }

    void sampleIsValid()
    {
        const auto problems = sample().validate(bigHost());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    void validationListsEveryProblem()
    {
        VmConfig c = sample();
        c.name = QStringLiteral("../evil");
        c.memoryMiB = 100000;
        c.cpu.count = 0;
        c.boot.order = QStringLiteral("xyz");
        c.disks.append(c.disks[0]); // duplicate node name
        c.display.spiceListen = QStringLiteral("tcp:0.0.0.0:5900");
        const auto problems = c.validate(bigHost());
        QStringList fields;
        for (const Error &e : problems) {
            QCOMPARE(e.code, ErrorCode::ConfigInvalid);
            QVERIFY(!e.message.isEmpty());
            fields << e.details;
        }
        QVERIFY2(fields.contains(QStringLiteral("name")), qPrintable(fields.join(u',')));
        QVERIFY(fields.contains(QStringLiteral("memoryMiB")));
        QVERIFY(fields.contains(QStringLiteral("cpu.count")));
        QVERIFY(fields.contains(QStringLiteral("boot.order")));
        QVERIFY(fields.contains(QStringLiteral("disks[1].node")));
        QVERIFY(fields.contains(QStringLiteral("display.spicePassword")));
    }

    void memoryLimits()
    {
        VmConfig c = sample(); // linux-legacy: 64..2048 MiB
        c.memoryMiB = 4096;
        auto problems = c.validate(bigHost());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].message.contains(QStringLiteral("2048")));
        c.memoryMiB = 1024;
        QVERIFY(c.validate(HostLimits{512, 4}).value(0).message.contains(QStringLiteral("this host has 512")));
        QVERIFY(c.validate(bigHost()).isEmpty());
    }

    void displayResolutionAndAgent()
    {
        VmConfig c = sample();
        // Defaults are not written: existing vm.json files stay as they are.
        QVERIFY(!c.toJsonObject().value(QStringLiteral("display")).toObject().contains(QStringLiteral("agent")));
        c.display.resolution = QStringLiteral("1280x1024");
        c.display.agent = true;
        auto back = VmConfig::fromJson(c.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->display.resolution, QStringLiteral("1280x1024"));
        QVERIFY(back->display.agent);
        QVERIFY(back->display.extra.isEmpty());
        QVERIFY(c.validate(bigHost()).isEmpty());
        for (const char *bad : {"1024", "1024x", "99999x768", "100x100", "axb"}) {
            c.display.resolution = QString::fromLatin1(bad);
            const auto problems = c.validate(bigHost());
            QCOMPARE(problems.size(), 1);
            QVERIFY(problems[0].message.contains(QStringLiteral("1024x768")));
        }
    }

    void cpuLimits()
    {
        VmConfig c = sample();
        findProfile(QStringLiteral("linux"))->applyTo(c);
        c.cpu.count = 8;
        QVERIFY(c.validate(bigHost()).isEmpty());
        const auto problems = c.validate(HostLimits{65536, 2});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].message.contains(QStringLiteral("this host has 2")));
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dotdot") << QStringLiteral("..");
        QTest::newRow("hidden") << QStringLiteral(".x");
        QTest::newRow("option") << QStringLiteral("-rf");
        QTest::newRow("control") << QStringLiteral("a\nb");
        QTest::newRow("long") << QString(65, QLatin1Char('a'));
    }

    void badNames()
    {
        QFETCH(QString, name);
        QVERIFY(!VmConfig::nameProblem(name).isEmpty());
    }

    void goodNames()
    {
        QVERIFY(VmConfig::nameProblem(QStringLiteral("Windows NT 4.0 (SP6a)")).isEmpty());
        QVERIFY(VmConfig::nameProblem(QStringLiteral("日本語の VM")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstVmConfig)
#include "tst_vmconfig.moc"
