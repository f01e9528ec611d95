// OVF descriptor parsing and hardware mapping on real exporter files (tests/data/ovf, COT
// test data, MIT) and on hostile documents.
#include "appliances/ovf/importplan.h"
#include "appliances/ovf/ovfparser.h"

#include "tests/support/testutil.h"

#include <QFile>
#include <QTest>

using namespace Appliances;
using namespace Engine;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(TestUtil::dataPath(QStringLiteral("ovf/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

bool reportHas(const ImportPlan &plan, const QString &needle)
{
    for (const ReportLine &l : plan.report)
        if (l.text.contains(needle))
            return true;
    return false;
}

} // namespace

class TstOvfParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void virtualBox20()
    {
        const auto env = parseOvf(fixture(QStringLiteral("ubuntu.2.0.ovf")));
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        QCOMPARE(env->version, OvfVersion::V2);
        QCOMPARE(env->files.size(), 1);
        QCOMPARE(env->files[0].href, QStringLiteral("ubuntu.2.0-disk1.vmdk"));
        QCOMPARE(env->disks[0].capacityBytes, Q_INT64_C(8589934592));
        QCOMPARE(env->networks[0].name, QStringLiteral("NAT"));
        const OvfVirtualSystem &vs = env->systems[0];
        QCOMPARE(vs.osCimId, 94);
        QCOMPARE(vs.osType, QStringLiteral("Ubuntu_64"));
        QCOMPARE(vs.systemType, QStringLiteral("virtualbox-2.2"));
        int storage = 0, ethernet = 0;
        for (const OvfItem &i : vs.items) {
            storage += i.element == QLatin1String("StorageItem");
            ethernet += i.element == QLatin1String("EthernetPortItem");
        }
        QCOMPARE(storage, 2);
        QCOMPARE(ethernet, 1);

        const auto plan = ImportPlanner::plan(*env);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const VmConfig &c = plan->config;
        QCOMPARE(c.name, QStringLiteral("ubuntu"));
        QCOMPARE(c.profile, QStringLiteral("linux"));
        QCOMPARE(c.memoryMiB, 512);
        QCOMPARE(c.cpu.count, 1);
        QCOMPARE(c.disks.size(), 1);
        QCOMPARE(c.disks[0].bus, DiskBus::Sata); // on the AHCI controller
        QCOMPARE(plan->disks[0].fileHref, QStringLiteral("ubuntu.2.0-disk1.vmdk"));
        QCOMPARE(c.media.size(), 1);
        QCOMPARE(c.media[0].bus, DiskBus::Ide);
        QCOMPARE(c.nics.size(), 1);
        QCOMPARE(c.nics[0].model, QStringLiteral("e1000"));
        QCOMPARE(c.sound, QStringLiteral("es1370"));
        QVERIFY(reportHas(*plan, QStringLiteral("ensoniq1371 is emulated as es1370")));
        QCOMPARE(c.usb.controller, QStringLiteral("uhci"));
    }

    void vmwareOvftool()
    {
        const auto env = parseOvf(fixture(QStringLiteral("vmware.ovf")));
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        QCOMPARE(env->version, OvfVersion::V1);
        const OvfVirtualSystem &vs = env->systems[0];
        QCOMPARE(vs.osType, QStringLiteral("rhel6_64Guest"));
        QCOMPARE(vs.systemType, QStringLiteral("vmx-08"));
        QCOMPARE(vs.products.size(), 1);
        QCOMPARE(vs.products[0].properties[0].key, QStringLiteral("custom-property"));
        const auto plan = ImportPlanner::plan(*env);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan->config.profile, QStringLiteral("linux"));
        QVERIFY(plan->config.disks.size() >= 1);
    }

    void deploymentOptionsTakeTheDefault()
    {
        // input.ovf: 1, 2 or 4 CPUs by configuration; "4CPU-4GB-3NIC" is the default.
        const auto env = parseOvf(fixture(QStringLiteral("input.ovf")));
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        QCOMPARE(env->defaultConfiguration, QStringLiteral("4CPU-4GB-3NIC"));
        QCOMPARE(env->disks[0].capacityBytes, Q_INT64_C(1) << 30); // "byte * 2^30"
        const auto plan = ImportPlanner::plan(*env);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        // 4 CPUs, or as many as this host has (and the report says so).
        const int hostCpus = HostLimits::current().cpuCount;
        QCOMPARE(plan->config.cpu.count, std::min(4, hostCpus));
        if (hostCpus < 4)
            QVERIFY(reportHas(*plan, QStringLiteral("asks for 4 CPUs")));
        QCOMPARE(plan->config.memoryMiB, 4096);
        QCOMPARE(plan->config.disks[0].bus, DiskBus::Scsi);
        QVERIFY(reportHas(*plan, QStringLiteral("lsilogic")));
        // The ISO on the first CD drive is not imported, and the report says so.
        QVERIFY(reportHas(*plan, QStringLiteral("ovf:/file/file2")));
    }

    void ovf09WithEula()
    {
        const auto env = parseOvf(fixture(QStringLiteral("v0.9.ovf")));
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        QCOMPARE(env->version, OvfVersion::V0_9);
        QCOMPARE(env->disks.size(), 1);
        QCOMPARE(env->disks[0].capacityBytes, Q_INT64_C(1073741824));
        const OvfVirtualSystem &vs = env->systems[0];
        QCOMPARE(vs.id, QStringLiteral("v0.9"));
        QCOMPARE(vs.osCimId, 107);
        QCOMPARE(vs.eulas.size(), 1);
        QVERIFY(vs.eulas[0].contains(QStringLiteral("How lovely is thy legalese")));
        QVERIFY(vs.annotation.startsWith(QStringLiteral("Hello world!")));
        const auto plan = ImportPlanner::plan(*env);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan->eulas.size(), 1);
        QCOMPARE(plan->config.memoryMiB, 8192);
    }

    void minimalHasNoDisk()
    {
        const auto env = parseOvf(fixture(QStringLiteral("minimal.ovf")));
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        const auto plan = ImportPlanner::plan(*env);
        QVERIFY(plan.ok());
        QVERIFY(plan->disks.isEmpty());
        QVERIFY(reportHas(*plan, QStringLiteral("no hard disk")));
    }

    void refusesBadDescriptors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expect");
        QTest::newRow("ovf 3.0") << fixture(QStringLiteral("ersatz_ovf_3.0.ovf")) << QStringLiteral("not supported");
        QTest::newRow("invalid.ovf") << fixture(QStringLiteral("invalid.ovf")) << QStringLiteral("\"flash2\"");
        QTest::newRow("not xml") << QByteArray("PK\x03\x04 binary") << QStringLiteral("not an XML document");
        QTest::newRow("truncated") << fixture(QStringLiteral("vmware.ovf")).left(3000) << QStringLiteral("well-formed");
        QTest::newRow("no system") << QByteArray("<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'/>")
                                   << QStringLiteral("no virtual machine");
        QByteArray bomb = "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                          "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
                          "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>]>"
                          "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'><x>&lol3;</x></Envelope>";
        QTest::newRow("entity bomb") << bomb << QStringLiteral("document type declaration");
        QTest::newRow("external entity")
            << QByteArray("<?xml version='1.0'?><!DOCTYPE e [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                          "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'>&x;</Envelope>")
            << QStringLiteral("document type declaration");
        QByteArray deep = "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'>";
        for (int i = 0; i < 200; ++i)
            deep += "<a>";
        QTest::newRow("deep") << deep << QStringLiteral("more than 64 deep");
        QByteArray huge = "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'><!--";
        huge += QByteArray(kMaxOvfBytes, 'x');
        QTest::newRow("huge") << huge << QStringLiteral("refused for safety");
        QTest::newRow("bad capacity")
            << QByteArray("<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1' "
                          "xmlns:ovf='http://schemas.dmtf.org/ovf/envelope/1'><DiskSection><Disk ovf:diskId='d' "
                          "ovf:capacity='9' ovf:capacityAllocationUnits='byte * 2^70'/></DiskSection>"
                          "<VirtualSystem ovf:id='x'/></Envelope>")
            << QStringLiteral("no valid capacity");
    }
    void refusesBadDescriptors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expect);
        const auto env = parseOvf(xml);
        QVERIFY(!env.ok());
        QVERIFY2(env.error().message.contains(expect), qPrintable(env.error().message));
    }

    void diskItemNamingNoDiskFails()
    {
        const QByteArray xml =
            "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1' xmlns:ovf='http://schemas.dmtf.org/ovf/envelope/1' "
            "xmlns:rasd='http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData'>"
            "<VirtualSystem ovf:id='x'><VirtualHardwareSection><Item><rasd:InstanceID>1</rasd:InstanceID>"
            "<rasd:ElementName>Hard disk 1</rasd:ElementName><rasd:HostResource>nonexistent.vmdk</rasd:HostResource>"
            "<rasd:ResourceType>17</rasd:ResourceType></Item></VirtualHardwareSection></VirtualSystem></Envelope>";
        const auto env = parseOvf(xml);
        QVERIFY(env.ok());
        const auto plan = ImportPlanner::plan(*env);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("Hard disk 1")), qPrintable(plan.error().message));
    }

    void diskAttachedTwiceFails()
    {
        const QByteArray item = "<Item><rasd:InstanceID>%1</rasd:InstanceID><rasd:HostResource>ovf:/disk/d1"
                                "</rasd:HostResource><rasd:ResourceType>17</rasd:ResourceType></Item>";
        const QByteArray xml =
            "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1' xmlns:ovf='http://schemas.dmtf.org/ovf/envelope/1' "
            "xmlns:rasd='http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData'>"
            "<References><File ovf:id='f1' ovf:href='a.vmdk'/></References><DiskSection><Disk ovf:diskId='d1' "
            "ovf:fileRef='f1' ovf:capacity='1048576'/></DiskSection><VirtualSystem ovf:id='x'><VirtualHardwareSection>"
            + QByteArray(item).replace("%1", "1") + QByteArray(item).replace("%1", "2")
            + "</VirtualHardwareSection></VirtualSystem></Envelope>";
        const auto env = parseOvf(xml);
        QVERIFY2(env.ok(), qPrintable(env.error().toString()));
        const auto plan = ImportPlanner::plan(*env);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("attached twice")), qPrintable(plan.error().message));
    }

    void capacityUnits_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("units");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("bare") << "512" << "" << qint64(512);
        QTest::newRow("2^20") << "3" << "byte * 2^20" << qint64(3) * 1048576;
        QTest::newRow("2^30 no spaces") << "2" << "byte*2^30" << (qint64(2) << 30);
        QTest::newRow("10^3") << "5" << "byte * 10^3" << qint64(5000);
        QTest::newRow("MegaBytes") << "512" << "MegaBytes" << (qint64(512) << 20);
        QTest::newRow("GB") << "1" << "GB" << (qint64(1) << 30);
        QTest::newRow("KiloBytes") << "4" << "KiloBytes" << qint64(4096);
        QTest::newRow("overflow") << "9000000" << "byte * 2^50" << qint64(-1);
        QTest::newRow("unknown") << "1" << "furlongs" << qint64(-1);
        QTest::newRow("negative") << "-1" << "" << qint64(-1);
    }
    void capacityUnits()
    {
        QFETCH(QString, value);
        QFETCH(QString, units);
        QFETCH(qint64, bytes);
        QCOMPARE(ovfBytes(value, units).value_or(-1), bytes);
    }

    void osMapping_data()
    {
        QTest::addColumn<int>("cim");
        QTest::addColumn<QString>("osType");
        QTest::addColumn<QString>("profile");
        QTest::newRow("ubuntu64") << 94 << "Ubuntu_64" << "linux";
        QTest::newRow("linux 32") << 36 << "" << "linux-legacy";
        QTest::newRow("vmware 64") << 100 << "other26xLinux64Guest" << "linux";
        QTest::newRow("vbox Linux26") << 36 << "Linux26" << "linux-legacy";
        QTest::newRow("unknown") << 999 << "" << "other";
    }
    void osMapping()
    {
        QFETCH(int, cim);
        QFETCH(QString, osType);
        QFETCH(QString, profile);
        QCOMPARE(ImportPlanner::profileForOs(cim, osType), profile);
    }
};

QTEST_GUILESS_MAIN(TstOvfParser)
#include "tst_ovfparser.moc"
