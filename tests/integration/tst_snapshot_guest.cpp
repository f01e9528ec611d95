// Snapshots of a real running guest (linux-initramfs under the VM's own accelerator choice,
// TCG here) with a qcow2 disk: the guest writes markers to its raw disk, and what it reads back
// after each revert is what the user would see. Also: branching, deleting with re-parenting,
// offline revert, disk-only refusal while running, and QEMU killed during a live snapshot.
#include "engine/backend/vmbackend.h"
#include "engine/profiles/guestprofile.h"
#include "engine/runner/vmcontrol.h"
#include "engine/snapshots/snapshotmanager.h"
#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Engine;

class TstSnapshotGuest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    LocalQemuBackend m_backend;
    VmBundle m_vm;
    QString m_dev; ///< the guest's name of the qcow2 disk (vda, sda)
    std::unique_ptr<TestUtil::GuestConsole> m_con;
    QMap<QString, QString> m_ids; ///< snapshot name -> id

    QString serialLog() const { return m_vm.path + QStringLiteral("/log/serial0.log"); }

    bool startVm()
    {
        TestUtil::GuestConsole boot(serialLog(), {});
        auto info = m_backend.start(m_vm);
        if (!info) {
            qWarning("start: %s", qPrintable(info.error().toString()));
            return false;
        }
        m_con = std::make_unique<TestUtil::GuestConsole>(serialLog(), info->consoleSocket);
        if (!boot.waitFor(QStringLiteral("EMANON: ready"), 120000))
            return false;
        static const QRegularExpression re(QStringLiteral("EMANON: block (\\w+) 131072"));
        m_dev = re.match(boot.text()).captured(1);
        return !m_dev.isEmpty();
    }

    bool stopVm()
    {
        if (!m_backend.request(m_vm, VmRunner::Operation::Stop, {{QStringLiteral("force"), true}}))
            return false;
        return TestUtil::waitUntil(
            [&] { return m_backend.query(m_vm).state == VmRunner::State::Stopped; }, 30000);
    }

    /// Runs a shell command in the guest; its output lines.
    QStringList guestRun(const QString &command)
    {
        m_con->mark();
        if (!m_con->send(QStringLiteral("run ") + command) ||
            !m_con->waitFor(QStringLiteral("EMANON: run-end"), 60000))
            return {QStringLiteral("(no answer)")};
        QStringList out;
        for (const QString &line : m_con->text().split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("EMANON: out ")))
                out << line.mid(12);
        }
        return out;
    }

    bool writeMarker(const QString &marker)
    {
        guestRun(QStringLiteral("printf %1 > /dev/%2 && sync").arg(marker, m_dev));
        return readMarker() == marker;
    }

    /// What the disk holds, not the page cache.
    QString readMarker()
    {
        return guestRun(
                   QStringLiteral("echo 3 > /proc/sys/vm/drop_caches; head -c 16 /dev/%1; echo")
                       .arg(m_dev))
            .value(0);
    }

    double uptime()
    {
        m_con->mark();
        m_con->send(QStringLiteral("uptime"));
        if (!m_con->waitFor(QStringLiteral("EMANON: uptime "), 30000))
            return -1;
        static const QRegularExpression re(QStringLiteral("EMANON: uptime ([0-9.]+)"));
        return re.match(m_con->text()).captured(1).toDouble();
    }

    SnapshotJob *runJob(SnapshotJob *job, int timeoutMs = 120000)
    {
        job->start();
        if (!job->waitForFinished(timeoutMs))
            qWarning("job did not finish");
        if (job->state() == Job::State::Failed)
            qWarning("job failed: %s", qPrintable(job->error().toString()));
        return job;
    }

    QStringList imageTags()
    {
        QStringList tags;
        const auto info = DiskImage::info(m_vm.diskPath(m_vm.config.disks.first()), true);
        if (info) {
            for (const DiskSnapshotInfo &s : info->snapshots)
                tags << s.tag;
        }
        return tags;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
        const QString initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
        EMANON_REQUIRE_GUESTS_OR_SKIP(kernel.isEmpty());
        qputenv("EMANON_RUNTIME_DIR", m_tmp.filePath(QStringLiteral("run")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_tmp.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("EMANON_CTL", EMANON_BINARY_DIR "/app/ctl/emanonctl");
        VmConfig c;
        c.name = QStringLiteral("Snappy");
        findProfile(QStringLiteral("linux"))->applyTo(c);
        c.memoryMiB = 256;
        c.boot.kernel = kernel;
        c.boot.initrd = initrd;
        c.boot.cmdline = QStringLiteral("console=tty0 console=ttyS0 emanon.quiet");
        auto vm = VmLibrary(m_tmp.filePath(QStringLiteral("lib")))
                      .create(c, {NewDisk{QStringLiteral("disk0"), 64 * 1024 * 1024,
                                          QStringLiteral("qcow2"), DiskBus::Virtio}});
        QVERIFY2(vm.ok(), qPrintable(vm.error().toString()));
        m_vm = *vm;
        QVERIFY(startVm());
    }

    void cleanupTestCase()
    {
        if (!m_vm.path.isEmpty() && m_backend.query(m_vm).state != VmRunner::State::Stopped)
            (void)stopVm();
    }

    void liveRevertRestoresTheDiskWithoutReboot()
    {
        SnapshotManager m(m_vm, m_backend);
        QVERIFY(m.reload().ok());
        QVERIFY(writeMarker(QStringLiteral("MARKER-A-0000000")));
        const double uptimeA = uptime();
        SnapshotJob *a = runJob(m.take(QStringLiteral("A"), QStringLiteral("marker A"), &m));
        QCOMPARE(a->state(), Job::State::Succeeded);
        QVERIFY(a->live());
        m_ids[QStringLiteral("A")] = a->snapshotId();
        const SnapshotNode nodeA = *m.tree().find(a->snapshotId());
        QCOMPARE(nodeA.kind, SnapshotNode::Kind::Live);
        QVERIFY(nodeA.vmStateSizeBytes > 0);
        QVERIFY(nodeA.guestRunTimeMs > 0);
        QVERIFY2(QFileInfo(m_vm.resolve(nodeA.screenshot)).size() > 0,
                 qPrintable(nodeA.screenshot));
        QVERIFY(imageTags().contains(nodeA.tag));

        QTest::qWait(3000); // so the guest clock at B is clearly later than at A
        QVERIFY(writeMarker(QStringLiteral("MARKER-B-1111111")));
        SnapshotJob *b = runJob(m.take(QStringLiteral("B"), {}, &m));
        QCOMPARE(b->state(), Job::State::Succeeded);
        m_ids[QStringLiteral("B")] = b->snapshotId();
        QCOMPARE(m.tree().find(b->snapshotId())->parent, a->snapshotId());
        const double uptimeBefore = uptime();

        TestUtil::GuestConsole whole(serialLog(), {});
        SnapshotJob *revert = runJob(m.revert(a->snapshotId(), &m));
        QCOMPARE(revert->state(), Job::State::Succeeded);
        QVERIFY(revert->live());
        QCOMPARE(m.tree().current(), a->snapshotId());
        QCOMPARE(readMarker(), QStringLiteral("MARKER-A-0000000"));
        const double uptimeAfter = uptime();
        qInfo("uptime at A %.2f, before revert %.2f, after revert %.2f", uptimeA, uptimeBefore,
              uptimeAfter);
        // No reboot: the guest's uptime did not start again from zero (its kernel clock goes on
        // from the host's time under TCG, so it is not A's either), and it never said "init".
        QVERIFY(uptimeAfter >= uptimeA);
        QVERIFY(!whole.text().contains(QStringLiteral("EMANON: init")));
        QCOMPARE(m_backend.query(m_vm).state, VmRunner::State::Running);
    }

    void branchingFromAnOlderSnapshot()
    {
        SnapshotManager m(m_vm, m_backend);
        QVERIFY(m.reload().ok());
        SnapshotJob *c = runJob(m.take(QStringLiteral("C"), {}, &m));
        QCOMPARE(c->state(), Job::State::Succeeded);
        m_ids[QStringLiteral("C")] = c->snapshotId();
        QCOMPARE(m.tree().find(c->snapshotId())->parent, m_ids.value(QStringLiteral("A")));
        QVERIFY(m.tree().find(m_ids.value(QStringLiteral("B"))));
        QCOMPARE(m.tree().children(m_ids.value(QStringLiteral("A"))).size(), 2);
    }

    void offlineRevertGivesTheMarkerAfterBoot()
    {
        QVERIFY(writeMarker(QStringLiteral("MARKER-D-3333333")));
        QVERIFY(stopVm());
        SnapshotManager m(m_vm, m_backend);
        QVERIFY(m.reload().ok());
        SnapshotJob *revert = runJob(m.revert(m_ids.value(QStringLiteral("A")), &m));
        QCOMPARE(revert->state(), Job::State::Succeeded);
        QVERIFY(!revert->live());
        SnapshotJob *off = runJob(m.take(QStringLiteral("Offline"), {}, &m));
        QCOMPARE(off->state(), Job::State::Succeeded);
        QCOMPARE(m.tree().find(off->snapshotId())->kind, SnapshotNode::Kind::DiskOnly);
        m_ids[QStringLiteral("Offline")] = off->snapshotId();
        QVERIFY(startVm());
        QCOMPARE(readMarker(), QStringLiteral("MARKER-A-0000000"));

        // A disk-only snapshot cannot replace a running machine.
        SnapshotManager running(m_vm, m_backend);
        QVERIFY(running.reload().ok());
        SnapshotJob *refused = runJob(running.revert(off->snapshotId(), &running));
        QCOMPARE(refused->state(), Job::State::Failed);
        QCOMPARE(refused->error().code, ErrorCode::StateRefused);
        QVERIFY2(refused->error().message.contains(QStringLiteral("Stop the VM first")),
                 qPrintable(refused->error().message));
        QCOMPARE(readMarker(), QStringLiteral("MARKER-A-0000000"));
    }

    void deletingReparentsTheChildren()
    {
        SnapshotManager m(m_vm, m_backend);
        QVERIFY(m.reload().ok());
        const QString tagA = m.tree().find(m_ids.value(QStringLiteral("A")))->tag;
        SnapshotJob *del = runJob(m.remove(m_ids.value(QStringLiteral("A")), false, &m));
        QCOMPARE(del->state(), Job::State::Succeeded);
        QVERIFY(del->live());
        QVERIFY(!m.tree().find(m_ids.value(QStringLiteral("A"))));
        QVERIFY(m.tree().find(m_ids.value(QStringLiteral("B")))->parent.isEmpty());
        QVERIFY(m.tree().find(m_ids.value(QStringLiteral("C")))->parent.isEmpty());
        QVERIFY(!imageTags().contains(tagA));
        // B still holds B.
        SnapshotJob *toB = runJob(m.revert(m_ids.value(QStringLiteral("B")), &m));
        QCOMPARE(toB->state(), Job::State::Succeeded);
        QCOMPARE(readMarker(), QStringLiteral("MARKER-B-1111111"));
    }

    void qemuKilledDuringALiveSnapshot()
    {
        SnapshotManager m(m_vm, m_backend);
        QVERIFY(m.reload().ok());
        const QStringList before = imageTags();
        const VmRunInfo info = m_backend.query(m_vm);
        VmControl watcher;
        QVERIFY(watcher.connectTo(info.controlSocket).ok());
        bool killed = false;
        connect(&watcher, &VmControl::eventReceived, this, [&](const QJsonObject &e) {
            const QJsonObject data = e.value(QStringLiteral("data")).toObject();
            if (!killed &&
                e.value(QStringLiteral("name")).toString() == QLatin1String("JOB_STATUS_CHANGE") &&
                data.value(QStringLiteral("status")).toString() == QLatin1String("running")) {
                killed = true;
                ::kill(pid_t(info.qemuPid), SIGKILL);
            }
        });
        SnapshotJob *doomed = runJob(m.take(QStringLiteral("Doomed"), {}, &m));
        QVERIFY(killed);
        QCOMPARE(doomed->state(), Job::State::Failed);
        qInfo("the job said: %s", qPrintable(doomed->error().message));
        QVERIFY(TestUtil::waitUntil(
            [&] { return m_backend.query(m_vm).state == VmRunner::State::Crashed; }, 10000));

        // After a restart the tree and the images agree, and nothing earlier is lost.
        QVERIFY(startVm());
        SnapshotManager after(m_vm, m_backend);
        QVERIFY(after.reload().ok());
        QStringList treeTags;
        for (const SnapshotNode &n : after.tree().nodes()) {
            QVERIFY2(!n.broken, qPrintable(n.name + QStringLiteral(": ") + n.brokenReason));
            treeTags << n.tag;
        }
        QStringList images = imageTags();
        images.sort();
        treeTags.sort();
        QCOMPARE(treeTags, images);
        for (const QString &tag : before)
            QVERIFY(images.contains(tag));
        // No thumbnail of the snapshot that was never made is left behind.
        QStringList pictures;
        for (const SnapshotNode &n : after.tree().nodes()) {
            if (!n.screenshot.isEmpty())
                pictures << QFileInfo(n.screenshot).fileName();
        }
        for (const QString &f : QDir(m_vm.screenshotsDir()).entryList(QDir::Files))
            QVERIFY2(pictures.contains(f), qPrintable(f));
        for (const QString &name :
             {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("Offline")})
            QVERIFY(after.tree().find(m_ids.value(name)));
        SnapshotJob *toC = runJob(after.revert(m_ids.value(QStringLiteral("C")), &after));
        QCOMPARE(toC->state(), Job::State::Succeeded);
        QCOMPARE(readMarker(), QStringLiteral("MARKER-A-0000000"));
    }
};

QTEST_GUILESS_MAIN(TstSnapshotGuest)
#include "tst_snapshot_guest.moc"
