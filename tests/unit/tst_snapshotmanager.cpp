// SnapshotManager with the local backend on a stopped VM: real qcow2 images changed by real
// qemu-img (no guest boots). Disk contents are checked with qemu-io patterns, so a revert is
// proven by what the disk holds, not by what the tree says.
#include "engine/backend/vmbackend.h"
#include "engine/profiles/guestprofile.h"
#include "engine/snapshots/snapshotmanager.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Engine;

class TstSnapshotManager : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    LocalQemuBackend m_backend;
    int m_count = 0;

    VmBundle makeVm(int disks = 2, const QString &format = QStringLiteral("qcow2"))
    {
        VmConfig c;
        c.name = QStringLiteral("vm%1").arg(++m_count);
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        QList<NewDisk> nd;
        for (int i = 0; i < disks; ++i)
            nd << NewDisk{QStringLiteral("disk%1").arg(i), 4 * 1024 * 1024, format, DiskBus::Ide};
        auto r = VmLibrary(m_tmp.filePath(QStringLiteral("lib"))).create(c, nd);
        if (!r)
            qFatal("create: %s", qPrintable(r.error().toString()));
        return *r;
    }

    static QString disk(const VmBundle &vm, int i) { return vm.diskPath(vm.config.disks.at(i)); }

    static bool qemuIo(const QString &image, const QString &command)
    {
        QProcess p;
        p.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"),
                                            QStringLiteral("-c"), command, image});
        p.waitForFinished(20000);
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode() == 0 && !out.contains("fail") && !out.contains("error");
    }
    static bool writeMarker(const QString &image, char c)
    {
        return qemuIo(image, QStringLiteral("write -P 0x%1 0 4096").arg(int(c), 2, 16));
    }
    static bool hasMarker(const QString &image, char c)
    {
        return qemuIo(image, QStringLiteral("read -P 0x%1 0 4096").arg(int(c), 2, 16));
    }
    static QStringList imageTags(const QString &image)
    {
        QStringList tags;
        const auto info = DiskImage::info(image);
        if (!info)
            return {QStringLiteral("(unreadable: %1)").arg(info.error().toString())};
        for (const DiskSnapshotInfo &s : info->snapshots)
            tags << s.tag;
        return tags;
    }
    static bool run(Job *job)
    {
        job->start();
        if (!job->waitForFinished(60000))
            return false;
        if (job->state() != Job::State::Succeeded)
            qWarning("job: %s", qPrintable(job->error().toString()));
        return job->state() == Job::State::Succeeded;
    }
    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("EMANON_RUNTIME_DIR", m_tmp.filePath(QStringLiteral("run")).toUtf8());
        qunsetenv("EMANON_QEMU_IMG");
    }

    void offlineTakeRevertAndBranch()
    {
        VmBundle vm = makeVm();
        SnapshotManager m(vm, m_backend);
        QVERIFY(m.reload().ok());
        QSignalSpy changed(&m, &SnapshotManager::treeChanged);
        for (int i = 0; i < 2; ++i)
            QVERIFY(writeMarker(disk(vm, i), 'A'));
        SnapshotJob *a = m.take(QStringLiteral("A"), QStringLiteral("first"), &m);
        QVERIFY(run(a));
        QVERIFY(!a->live());
        const QString idA = a->snapshotId();
        const SnapshotNode nodeA = *m.tree().find(idA);
        QCOMPARE(nodeA.kind, SnapshotNode::Kind::DiskOnly);
        QCOMPARE(nodeA.description, QStringLiteral("first"));
        QCOMPARE(m.tree().current(), idA);
        QVERIFY(!changed.isEmpty());
        QVERIFY(imageTags(disk(vm, 0)).contains(nodeA.tag));
        QVERIFY(imageTags(disk(vm, 1)).contains(nodeA.tag));

        // Change disks and hardware, snapshot B.
        for (int i = 0; i < 2; ++i)
            QVERIFY(writeMarker(disk(vm, i), 'B'));
        VmBundle edited = vm;
        edited.config.memoryMiB = vm.config.memoryMiB * 2;
        QVERIFY(VmLibrary(m_tmp.filePath(QStringLiteral("lib"))).save(edited).ok());
        SnapshotManager m2(edited, m_backend);
        QVERIFY(m2.reload().ok());
        SnapshotJob *b = m2.take(QStringLiteral("B"), {}, &m2);
        QVERIFY(run(b));
        QCOMPARE(m2.tree().find(b->snapshotId())->parent, idA);
        QVERIFY(SnapshotManager::configDifferences(nodeA.config, edited.config.toJsonObject())
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("memoryMiB")));

        // Revert to A: both disks hold A again, and the hardware is A's.
        QVERIFY(run(m2.revert(idA, &m2)));
        QVERIFY(hasMarker(disk(vm, 0), 'A'));
        QVERIFY(hasMarker(disk(vm, 1), 'A'));
        QVERIFY(!hasMarker(disk(vm, 0), 'B'));
        QCOMPARE(m2.tree().current(), idA);
        auto reopened = VmLibrary(m_tmp.filePath(QStringLiteral("lib"))).open(vm.config.name);
        QCOMPARE(reopened->config.memoryMiB, vm.config.memoryMiB);

        // Branch: C under A next to B; delete A re-parents B and C.
        SnapshotManager m3(*reopened, m_backend);
        QVERIFY(m3.reload().ok());
        SnapshotJob *c = m3.take(QStringLiteral("C"), {}, &m3);
        QVERIFY(run(c));
        QCOMPARE(m3.tree().find(c->snapshotId())->parent, idA);
        QVERIFY(m3.tree().find(b->snapshotId()));
        QVERIFY(run(m3.remove(idA, false, &m3)));
        QVERIFY(!m3.tree().find(idA));
        QVERIFY(m3.tree().find(b->snapshotId())->parent.isEmpty());
        QVERIFY(m3.tree().find(c->snapshotId())->parent.isEmpty());
        QVERIFY(!imageTags(disk(vm, 0)).contains(nodeA.tag));
        QVERIFY(!imageTags(disk(vm, 1)).contains(nodeA.tag));
        // B's contents survived the deletion of its parent.
        QVERIFY(run(m3.revert(b->snapshotId(), &m3)));
        QVERIFY(hasMarker(disk(vm, 1), 'B'));

        // Delete branch: C then everything under it.
        SnapshotJob *d = m3.take(QStringLiteral("D"), {}, &m3);
        QVERIFY(run(d));
        QVERIFY(run(m3.remove(b->snapshotId(), true, &m3)));
        QCOMPARE(m3.tree().nodes().size(), 1); // C is left
        QCOMPARE(imageTags(disk(vm, 0)).size(), 1);
        QCOMPARE(m3.tree().current(), QString()); // it was below B
    }

    void secondDiskFailingLeavesEverythingAsItWas()
    {
        VmBundle vm = makeVm();
        SnapshotManager m(vm, m_backend);
        QVERIFY(m.reload().ok());
        QVERIFY(run(m.take(QStringLiteral("Before"), {}, &m)));
        const QByteArray jsonBefore = fileBytes(vm.snapshotsJsonPath());
        // A qemu-img that cannot create snapshots on disk1 (a disk full, say).
        const QString wrapper = m_tmp.filePath(QStringLiteral("qemu-img-failing"));
        QFile w(wrapper);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write("#!/bin/sh\ncase \"$*\" in *'snapshot -c'*disk1*) echo 'qemu-img: No space left on "
                "device' >&2; exit 1;; esac\n"
                "exec qemu-img \"$@\"\n");
        w.close();
        QVERIFY(w.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ExeOwner));
        qputenv("EMANON_QEMU_IMG", wrapper.toUtf8());
        SnapshotJob *job = m.take(QStringLiteral("Doomed"), {}, &m);
        job->start();
        QVERIFY(job->waitForFinished(60000));
        qunsetenv("EMANON_QEMU_IMG");
        QCOMPARE(job->state(), Job::State::Failed);
        QVERIFY2(job->error().message.contains(QStringLiteral("disk1")),
                 qPrintable(job->error().message));
        QVERIFY2(job->error().details.contains(QStringLiteral("No space")),
                 qPrintable(job->error().details));
        QCOMPARE(imageTags(disk(vm, 0)).size(), 1); // removed again from disk0
        QCOMPARE(imageTags(disk(vm, 1)).size(), 1);
        QCOMPARE(fileBytes(vm.snapshotsJsonPath()), jsonBefore);
    }

    void cancelingATakeLeavesNothing()
    {
        VmBundle vm = makeVm();
        SnapshotManager m(vm, m_backend);
        QVERIFY(m.reload().ok());
        SnapshotJob *job = m.take(QStringLiteral("Canceled"), {}, &m);
        // Cancel as soon as the first disk is being worked on.
        connect(job, &Job::progressChanged, job, [job] { job->cancel(); });
        job->start();
        QVERIFY(job->waitForFinished(60000));
        QCOMPARE(job->state(), Job::State::Canceled);
        QVERIFY(imageTags(disk(vm, 0)).isEmpty());
        QVERIFY(imageTags(disk(vm, 1)).isEmpty());
        QVERIFY(m.tree().isEmpty());
    }

    void reconcileWithChangesBehindOurBack()
    {
        VmBundle vm = makeVm(1);
        SnapshotManager m(vm, m_backend);
        QVERIFY(m.reload().ok());
        SnapshotJob *job = m.take(QStringLiteral("Ours"), {}, &m);
        QVERIFY(run(job));
        const QString tag = m.tree().find(job->snapshotId())->tag;
        QProcess p;
        QCOMPARE(p.execute(QStringLiteral("qemu-img"),
                           {QStringLiteral("snapshot"), QStringLiteral("-d"), tag, disk(vm, 0)}),
                 0);
        QCOMPARE(
            p.execute(QStringLiteral("qemu-img"), {QStringLiteral("snapshot"), QStringLiteral("-c"),
                                                   QStringLiteral("by-hand"), disk(vm, 0)}),
            0);

        SnapshotManager again(vm, m_backend);
        QVERIFY(again.reload().ok());
        const SnapshotNode *ours = again.tree().find(job->snapshotId());
        QVERIFY(ours);
        QVERIFY(ours->broken);
        QVERIFY2(ours->brokenReason.contains(QStringLiteral("disk0")),
                 qPrintable(ours->brokenReason));
        auto refusal = again.revertRefusal(ours->id);
        QVERIFY(refusal);
        QVERIFY(refusal->message.contains(QStringLiteral("broken")));
        const SnapshotNode *adopted = again.tree().findByTag(QStringLiteral("by-hand"));
        QVERIFY(adopted);
        QVERIFY(adopted->adopted);
        // The reconciled tree was saved: another process sees the same.
        auto onDisk = SnapshotTree::load(vm.snapshotsJsonPath());
        QVERIFY(onDisk->findByTag(QStringLiteral("by-hand")));
        // The adopted one works like any other; the broken one can be deleted.
        QVERIFY(run(again.revert(adopted->id, &again)));
        QVERIFY(run(again.remove(job->snapshotId(), false, &again)));
        QCOMPARE(again.tree().nodes().size(), 1);
    }

    void damagedListIsReportedAndNotOverwritten()
    {
        VmBundle vm = makeVm(1);
        QFile f(vm.snapshotsJsonPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schemaVersion\":1,\"snapshots\":[{");
        f.close();
        SnapshotManager m(vm, m_backend);
        const Status s = m.reload();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(s.error().message));
        SnapshotJob *job = m.take(QStringLiteral("X"), {}, &m);
        job->start();
        QVERIFY(job->waitForFinished(30000));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(fileBytes(vm.snapshotsJsonPath()),
                 QByteArray("{\"schemaVersion\":1,\"snapshots\":[{"));
        QVERIFY(imageTags(disk(vm, 0)).isEmpty());
    }

    void refusalsSayWhy()
    {
        VmBundle raw = makeVm(1, QStringLiteral("raw"));
        SnapshotManager m(raw, m_backend);
        auto why = m.diskRefusal();
        QVERIFY(why);
        QCOMPARE(why->code, ErrorCode::Unsupported);
        QVERIFY(why->message.contains(QStringLiteral("qcow2")));
        SnapshotJob *job = m.take({}, {}, &m);
        job->start();
        QVERIFY(job->waitForFinished(30000));
        QCOMPARE(job->error().code, ErrorCode::Unsupported);

        VmBundle pass = makeVm(1);
        pass.config.disks[0].passthrough = true;
        QVERIFY(SnapshotManager(pass, m_backend)
                    .diskRefusal()
                    ->message.contains(QStringLiteral("passed through")));
        VmBundle ro = makeVm(1);
        ro.config.disks[0].readOnly = true;
        QVERIFY(SnapshotManager(ro, m_backend)
                    .diskRefusal()
                    ->message.contains(QStringLiteral("read-only")));

        QCOMPARE(SnapshotManager::nameProblem(QStringLiteral("  ")).isEmpty(), false);
        QCOMPARE(SnapshotManager::nameProblem(QStringLiteral("ok name")), QString());
    }

    void oneOperationAtATime()
    {
        VmBundle vm = makeVm(1);
        SnapshotManager m(vm, m_backend);
        QVERIFY(m.reload().ok());
        // Another process is changing this VM's snapshots.
        const int fd =
            ::open(QFile::encodeName(vm.path + QStringLiteral("/.snapshots.lock")).constData(),
                   O_RDWR | O_CREAT, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        SnapshotJob *job = m.take(QStringLiteral("X"), {}, &m);
        job->start();
        QVERIFY(job->waitForFinished(30000));
        ::close(fd);
        QCOMPARE(job->error().code, ErrorCode::Locked);
        QVERIFY(imageTags(disk(vm, 0)).isEmpty());
        // Duplicate names are refused, renames and descriptions stick.
        QVERIFY(run(m.take(QStringLiteral("One"), {}, &m)));
        SnapshotJob *dup = m.take(QStringLiteral("One"), {}, &m);
        dup->start();
        QVERIFY(dup->waitForFinished(30000));
        QCOMPARE(dup->error().code, ErrorCode::AlreadyExists);
        const QString id = m.tree().nodes().first().id;
        QVERIFY(m.rename(id, QStringLiteral("Renamed")).ok());
        QVERIFY(m.describe(id, QStringLiteral("notes")).ok());
        auto onDisk = SnapshotTree::load(vm.snapshotsJsonPath());
        QCOMPARE(onDisk->find(id)->name, QStringLiteral("Renamed"));
        QCOMPARE(onDisk->find(id)->description, QStringLiteral("notes"));
        QVERIFY(!m.rename(id, QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TstSnapshotManager)
#include "tst_snapshotmanager.moc"
