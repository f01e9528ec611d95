// What a suspended (Saved) VM allows: its QEMU is gone and its memory is in saved/vmstate, tied
// to its disks exactly as they are. Operations that would change those disks or copy them
// without that memory are refused with the way out (discard or start first); the ones that
// leave the guest's view alone work as for a stopped VM. The saved state is written without
// QEMU (a valid saved.json over a dummy stream); disks are real qcow2 images (qemu-img).
#include "appliances/jobs/exportjob.h"
#include "engine/backend/vmbackend.h"
#include "engine/library/clonejob.h"
#include "engine/library/savedstate.h"
#include "engine/library/vmlibrary.h"
#include "engine/profiles/guestprofile.h"
#include "engine/snapshots/snapshotmanager.h"

#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/emanonctlrun.h"

using namespace Engine;

class TstSuspendedVm : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    LocalQemuBackend m_backend;
    int m_count = 0;

    QString libRoot() const { return m_tmp.filePath(QStringLiteral("lib")); }
    VmLibrary library() const { return VmLibrary(libRoot()); }

    VmBundle makeVm()
    {
        VmConfig c;
        c.name = QStringLiteral("Saved%1").arg(++m_count);
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        c.media = {{MediaConfig::Kind::CdRom, QStringLiteral("cd0"), {}, DiskBus::Ide, {}}};
        auto r = library().create(c, {NewDisk{QStringLiteral("disk0"), 4 * 1024 * 1024,
                                              QStringLiteral("qcow2"), DiskBus::Ide}});
        if (!r)
            qFatal("create: %s", qPrintable(r.error().toString()));
        return *r;
    }

    /// Commits a saved state of `vm` as a finished suspend would (no QEMU needed).
    static bool suspend(const VmBundle &vm) { return TestUtil::commitFakeSavedState(vm.path, vm.config); }

    static bool run(Job *job)
    {
        job->start();
        return job->waitForFinished(60000) && job->state() == Job::State::Succeeded;
    }

    static bool suspendedRefusal(const Error &e)
    {
        return e.code == ErrorCode::StateRefused && e.message.contains(QStringLiteral("suspended"))
               && (e.message.contains(QStringLiteral("discard")) || e.message.contains(QStringLiteral("Discard")));
    }

    TestUtil::CtlRun ctl(const QStringList &args)
    {
        return TestUtil::runEmanonCtl(args, {{QStringLiteral("EMANON_LIBRARY"), libRoot()},
                                             {QStringLiteral("EMANON_CONFIG_DIR"), m_tmp.filePath(QStringLiteral("config"))},
                                             {QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("run"))}},
                                      60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("EMANON_RUNTIME_DIR", m_tmp.filePath(QStringLiteral("run")).toLocal8Bit());
    }

    void controlSaysSuspendedNotJustNotRunning()
    {
        const VmBundle vm = makeVm();
        QVERIFY(suspend(vm));
        QCOMPARE(m_backend.query(vm).state, VmRunner::State::Saved);
        for (const auto op : {VmRunner::Operation::Stop, VmRunner::Operation::Kill,
                              VmRunner::Operation::Pause}) {
            const Status s = m_backend.request(vm, op, {{QStringLiteral("force"), true}});
            QVERIFY(!s.ok());
            QVERIFY2(suspendedRefusal(s.error()), qPrintable(s.error().toString()));
        }
        const auto console = m_backend.consoleEndpoint(vm);
        QVERIFY(!console.ok());
        QVERIFY2(suspendedRefusal(console.error()), qPrintable(console.error().toString()));
        QCOMPARE(m_backend.query(vm).state, VmRunner::State::Saved); // nothing was dropped
    }

    void mediaChangeLikeStoppedAndStillResumable()
    {
        VmBundle vm = makeVm();
        QVERIFY(suspend(vm));
        QVERIFY(!vm.config.media.isEmpty());
        const QString node = vm.config.media.first().node;
        const QString iso = m_tmp.filePath(QStringLiteral("drivers.iso"));
        QFile f(iso);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, '\0'));
        f.close();
        const Status s = m_backend.changeMedium(vm, node, iso);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        const auto reopened = library().open(vm.config.name);
        QCOMPARE(reopened->config.media.first().path, iso);
        QCOMPARE(m_backend.query(vm).state, VmRunner::State::Saved);
        const auto verified = SavedState::verify(vm.path, reopened->config);
        QVERIFY2(verified.ok(), qPrintable(verified.error().toString()));
    }

    void noCloneOfASuspendedVm()
    {
        const VmBundle vm = makeVm();
        QVERIFY(suspend(vm));
        VmLibrary lib = library();
        const auto linked = lib.cloneLinked(vm.config.name, QStringLiteral("LinkedCopy"));
        QVERIFY(!linked.ok());
        QVERIFY2(suspendedRefusal(linked.error()), qPrintable(linked.error().toString()));
        std::unique_ptr<CloneJob> full(lib.cloneFull(vm.config.name, QStringLiteral("FullCopy")));
        QVERIFY(!run(full.get()));
        QVERIFY2(suspendedRefusal(full->error()), qPrintable(full->error().toString()));
        QVERIFY(!lib.open(QStringLiteral("LinkedCopy")).ok());
        QVERIFY(!lib.open(QStringLiteral("FullCopy")).ok());
        QVERIFY(SavedState::exists(vm.path));

        QVERIFY(m_backend.discardSavedState(vm).ok());
        std::unique_ptr<CloneJob> again(lib.cloneFull(vm.config.name, QStringLiteral("FullCopy")));
        QVERIFY2(run(again.get()), qPrintable(again->error().toString()));
    }

    void snapshotsCannotTakeOrRevertButCanDelete()
    {
        const VmBundle vm = makeVm();
        SnapshotManager m(vm, m_backend);
        QVERIFY(m.reload().ok());
        QVERIFY(run(m.take(QStringLiteral("A"), {}, &m)));
        QVERIFY(run(m.take(QStringLiteral("B"), {}, &m)));
        const QString idA = m.tree().resolve(QStringLiteral("A")).value();
        const QString idB = m.tree().resolve(QStringLiteral("B")).value();
        QVERIFY(!m.takeRefusal());
        QVERIFY(!m.revertRefusal(idA));
        QVERIFY(suspend(vm));

        QVERIFY(m.takeRefusal());
        QVERIFY2(suspendedRefusal(*m.takeRefusal()), qPrintable(m.takeRefusal()->toString()));
        QVERIFY(m.revertRefusal(idA));
        QVERIFY2(suspendedRefusal(*m.revertRefusal(idA)), qPrintable(m.revertRefusal(idA)->toString()));
        SnapshotJob *take = m.take(QStringLiteral("C"), {}, &m);
        QVERIFY(!run(take));
        QVERIFY2(suspendedRefusal(take->error()), qPrintable(take->error().toString()));
        SnapshotJob *revert = m.revert(idA, &m);
        QVERIFY(!run(revert));
        QVERIFY2(suspendedRefusal(revert->error()), qPrintable(revert->error().toString()));
        QCOMPARE(m.tree().current(), idB); // the disks still are where the suspend left them
        QCOMPARE(m.tree().nodes().size(), 2);

        // Deleting a snapshot changes nothing the guest sees.
        SnapshotJob *remove = m.remove(idA, false, &m);
        QVERIFY2(run(remove), qPrintable(remove->error().toString()));
        QVERIFY(!m.tree().find(idA));
        QCOMPARE(m_backend.query(vm).state, VmRunner::State::Saved);
    }

    void exportKeepsSavedMemoryOrRefuses()
    {
        const VmBundle vm = makeVm();
        QVERIFY(suspend(vm));
        const QString out = m_tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        Appliances::ExportOptions o;
        o.libraryRoot = libRoot();
        o.vm = vm.config.name;
        o.targetPath = out + QStringLiteral("/suspended.ova");
        Appliances::ExportJob ova(o);
        QVERIFY(!run(&ova));
        QVERIFY2(suspendedRefusal(ova.error()), qPrintable(ova.error().toString()));
        QVERIFY(QDir(out).isEmpty());
        // A zip bundle carries the whole folder, the saved state with it.
        o.format = Appliances::ExportOptions::Format::Zip;
        o.targetPath = out + QStringLiteral("/suspended.zip");
        Appliances::ExportJob zip(o);
        QVERIFY2(run(&zip), qPrintable(zip.error().toString()));
        QVERIFY(QFileInfo::exists(o.targetPath));
    }

    void emanonctlRefusesToResizeASuspendedDisk()
    {
        if (!QFile::exists(QStringLiteral(EMANON_BINARY_DIR "/app/ctl/emanonctl")))
            QSKIP("emanonctl is not built");
        const VmBundle vm = makeVm();
        const QString image = vm.diskPath(vm.config.disks.first());
        QVERIFY(suspend(vm));
        auto r = ctl({QStringLiteral("disk"), QStringLiteral("resize"), image, QStringLiteral("8M")});
        QCOMPARE(r.exitCode, 4); // refused by the VM's state
        QVERIFY2(r.err.contains(vm.config.name) && r.err.contains(QStringLiteral("suspended")),
                 qPrintable(r.err));
        QCOMPARE(DiskImage::info(image)->virtualSizeBytes, qint64(4 * 1024 * 1024));
        // A copy is fine: the source is only read.
        r = ctl({QStringLiteral("disk"), QStringLiteral("convert"), image,
                 m_tmp.filePath(QStringLiteral("copy.qcow2"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = ctl({QStringLiteral("discard"), vm.config.name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("disk"), QStringLiteral("resize"), image, QStringLiteral("8M")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(DiskImage::info(image)->virtualSizeBytes, qint64(8 * 1024 * 1024));
    }
};

QTEST_GUILESS_MAIN(TstSuspendedVm)
#include "tst_suspendedvm.moc"
