// Appliance round trip with a real guest: a VM on the legacy-disk test guest is exported to an
// OVA, imported back into another library, has the same disk contents (qemu-img compare), and
// boots under the real QEMU to the guest's ready line on its serial port.
#include "appliances/jobs/exportjob.h"
#include "appliances/jobs/importjob.h"

#include "engine/profiles/guestprofile.h"
#include "engine/qemu/qemucommand.h"
#include "engine/runner/vmrunner.h"
#include "engine/storage/diskimage.h"
#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Appliances;
using namespace Engine;

class TstApplianceRoundtrip : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void exportImportCompareBoot()
    {
        const QString image = TestUtil::guestFile(QStringLiteral("legacy-disk/disk.qcow2"));
        if (image.isEmpty()) {
            if (TestUtil::guestsRequired())
                QFAIL("test guest legacy-disk is missing: run tests/guests/build");
            QSKIP("legacy-disk guest not built (tests/guests/build)");
        }
        // The source VM: the linux-legacy profile over a qcow2 overlay of the cached guest disk.
        const QString overlay = m_tmp.filePath(QStringLiteral("overlay.qcow2"));
        QVERIFY(DiskImage::createNow(overlay, 0, QStringLiteral("qcow2"), image, QStringLiteral("qcow2")).ok());
        VmConfig c;
        c.name = QStringLiteral("Legacy");
        c.disks.append({QStringLiteral("disk0"), overlay, QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        c.nics.append(NicConfig());
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        c.display.spice = false;
        c.boot.order = QStringLiteral("c");
        const auto source = VmLibrary(m_tmp.filePath(QStringLiteral("lib1"))).create(c);
        QVERIFY2(source.ok(), qPrintable(source.error().toString()));

        ExportOptions eo;
        eo.libraryRoot = m_tmp.filePath(QStringLiteral("lib1"));
        eo.vm = QStringLiteral("Legacy");
        eo.targetPath = m_tmp.filePath(QStringLiteral("legacy.ova"));
        ExportJob exp(eo);
        exp.start();
        QVERIFY(exp.waitForFinished(300000));
        QVERIFY2(exp.state() == Job::State::Succeeded, qPrintable(exp.error().toString()));

        ImportOptions io;
        io.sourcePath = eo.targetPath;
        io.libraryRoot = m_tmp.filePath(QStringLiteral("lib2"));
        io.name = QStringLiteral("Legacy Imported");
        ImportJob imp(io);
        imp.start();
        QVERIFY(imp.waitForFinished(300000));
        QVERIFY2(imp.state() == Job::State::Succeeded, qPrintable(imp.error().toString()));
        const VmBundle bundle = imp.bundle();
        QCOMPARE(bundle.config.profile, QStringLiteral("linux-legacy"));
        QCOMPARE(bundle.config.disks.size(), 1);
        QVERIFY(!bundle.config.disks[0].path.startsWith(QLatin1Char('/'))); // inside the bundle now

        QProcess cmp;
        cmp.start(QStringLiteral("qemu-img"), {QStringLiteral("compare"), overlay, bundle.diskPath(bundle.config.disks[0])});
        QVERIFY(cmp.waitForFinished(120000));
        const QString said = QString::fromUtf8(cmp.readAllStandardOutput() + cmp.readAllStandardError());
        QVERIFY2(cmp.exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Images are identical")), qPrintable(said));

        VmStartOptions so;
        so.probeInputs.cacheFile = m_tmp.filePath(QStringLiteral("accel.json"));
        VmRunner runner(bundle.path, bundle.config);
        const Status started = runner.start(so);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        TestUtil::GuestConsole con([&runner](const QByteArray &b) { return runner.writeSerial(b); },
                                   RuntimeFiles::serialLog(bundle.path + QStringLiteral("/log")));
        QVERIFY2(con.waitFor(QStringLiteral("EMANON: ready"), 120000), qPrintable(con.text()));
        QVERIFY(con.text().contains(QStringLiteral("EMANON: pci 10ec:8029"))); // the NE2000 came along
        QVERIFY(runner.stop(true).ok());
        QVERIFY(TestUtil::waitUntil([&] { return runner.state() == VmRunner::State::Stopped; }, 30000));
    }
};

QTEST_GUILESS_MAIN(TstApplianceRoundtrip)
#include "tst_appliance_roundtrip.moc"
