// SavedState: saved.json validation, the checks before a restore, the config lock while a VM
// is Saved, the files of a failed suspend; and the `-incoming` launch option of the argv.
#include "engine/library/savedstate.h"
#include "engine/library/vmlibrary.h"
#include "engine/qemu/qemucommand.h"
#include "engine/runner/statetransfer.h"
#include "engine/runner/vmrunner.h"

#include "tests/support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/qemucommandcases.h"

using namespace Engine;

class TstSavedState : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    VmConfig config() const
    {
        VmConfig c = TestUtil::sampleConfig("linux");
        c.memoryMiB = 256;
        return c;
    }

    /// A bundle folder holding a committed saved state of `c` with `stream` as its data.
    QString makeSaved(const QString &name, const VmConfig &c,
                      const QByteArray &stream = QByteArray(4096, 'x'))
    {
        const QString bundle = m_tmp.filePath(name);
        return TestUtil::commitFakeSavedState(bundle, c, stream) ? bundle : QString();
    }

private Q_SLOTS:
    void infoRoundTripsAndRejectsDamage()
    {
        SavedStateInfo info;
        info.sizeBytes = 1234;
        info.sha256 = QString(64, u'a');
        info.savedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        info.qemuVersion = QStringLiteral("7.2.0");
        info.fingerprint = SavedState::fingerprint(config());
        info.guestPaused = true;
        auto back = SavedStateInfo::fromJson(info.toJson());
        QVERIFY(back.ok());
        QVERIFY(back->guestPaused);
        QCOMPARE(back->sizeBytes, 1234);
        QCOMPARE(back->savedAt, info.savedAt);
        QCOMPARE(back->fingerprint, info.fingerprint);

        for (const QByteArray &bad : {QByteArray("{\"format\":1,\"sizeBy"), QByteArray("[]"),
                                      QByteArray("{\"format\":1}"), QByteArray("{\"format\":9}")}) {
            auto r = SavedStateInfo::fromJson(bad);
            QVERIFY2(!r.ok(), bad.constData());
            QVERIFY(r.error().message.contains(QStringLiteral("saved.json")));
        }
    }

    void committedStateIsSavedAndVerifies()
    {
        const QString b = makeSaved(QStringLiteral("ok"), config());
        QVERIFY(!b.isEmpty());
        QVERIFY(SavedState::exists(b));
        QVERIFY(!QFileInfo::exists(SavedState::partialStreamPath(b)));
        auto v = SavedState::verify(b, config());
        QVERIFY2(v.ok(), qPrintable(v.error().toString()));
        QCOMPARE(v->sizeBytes, 4096);
        // A committed state is never taken for a failed suspend.
        QVERIFY(!SavedState::removeIncomplete(b));
        QVERIFY(QFileInfo::exists(SavedState::streamPath(b)));
    }

    void truncatedStreamIsReportedWithTheWayOut()
    {
        const QString b = makeSaved(QStringLiteral("truncated"), config());
        QVERIFY(QFile::resize(SavedState::streamPath(b), 1000));
        auto r = SavedState::read(b);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("1000")), qPrintable(r.error().message));
        auto v = SavedState::verify(b, config());
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("emanonctl discard")), qPrintable(v.error().message));
        QVERIFY(SavedState::exists(b)); // reported, not dropped
    }

    void corruptStreamFailsTheChecksum()
    {
        const QString b = makeSaved(QStringLiteral("corrupt"), config());
        QFile f(SavedState::streamPath(b));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write("y");
        f.close();
        QVERIFY(SavedState::read(b).ok()); // same size: only the checksum can tell
        auto v = SavedState::verify(b, config());
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("checksum")), qPrintable(v.error().message));
    }

    void missingStreamAndDamagedJsonAreReported()
    {
        const QString b = makeSaved(QStringLiteral("nostream"), config());
        QVERIFY(QFile::remove(SavedState::streamPath(b)));
        QCOMPARE(SavedState::read(b).error().code, ErrorCode::NotFound);

        const QString d = makeSaved(QStringLiteral("badjson"), config());
        QFile j(SavedState::metaPath(d));
        QVERIFY(j.open(QIODevice::WriteOnly | QIODevice::Truncate));
        j.write("{\"format\": 1, \"sizeBy");
        j.close();
        QVERIFY(SavedState::exists(d)); // still Saved: the user decides, nothing is ignored
        QCOMPARE(SavedState::read(d).error().code, ErrorCode::ConfigParse);
        const Error e = SavedState::verify(d, config()).error();
        QCOMPARE(e.code, ErrorCode::StateRefused);
        QVERIFY2(e.message.contains(QStringLiteral("saved.json")), qPrintable(e.message));
    }

    void changedHardwareIsNamedAtRestore()
    {
        const QString b = makeSaved(QStringLiteral("changed"), config());
        VmConfig c = config();
        c.memoryMiB = 512;
        c.cpu.count = 2;
        auto v = SavedState::verify(b, c);
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("memory size")), qPrintable(v.error().message));
        QVERIFY(v.error().message.contains(QStringLiteral("CPU")));
    }

    void fingerprintIgnoresHarmlessFields()
    {
        const QJsonObject base = SavedState::fingerprint(config());
        VmConfig c = config();
        c.name = QStringLiteral("Renamed");
        c.notes = QStringLiteral("new notes");
        c.boot.order = QStringLiteral("dc");
        c.media[0].path = QStringLiteral("/images/other.iso");
        c.display.spiceListen = QStringLiteral("tcp:127.0.0.1:5930");
        QVERIFY(SavedState::changedParts(base, SavedState::fingerprint(c)).isEmpty());

        VmConfig d = config();
        d.disks.append({QStringLiteral("disk1"), QStringLiteral("disks/disk1.qcow2"),
                        QStringLiteral("qcow2"), DiskBus::Ide, false, false, {}});
        QCOMPARE(SavedState::changedParts(base, SavedState::fingerprint(d)), QStringList{QStringLiteral("disks")});
        VmConfig n = config();
        n.nics[0].model = QStringLiteral("rtl8139");
        QCOMPARE(SavedState::changedParts(base, SavedState::fingerprint(n)), QStringList{QStringLiteral("devices")});
        VmConfig m = config();
        m.machine = QStringLiteral("pc-q35-7.2");
        QCOMPARE(SavedState::changedParts(base, SavedState::fingerprint(m)),
                 QStringList{QStringLiteral("machine type or firmware")});
    }

    void libraryRefusesBreakingChangesWhileSaved()
    {
        VmLibrary lib(m_tmp.filePath(QStringLiteral("lib")));
        VmConfig c = config();
        c.name = QStringLiteral("Locked");
        c.uuid = QUuid();
        c.disks.clear();
        c.boot.kernel.clear();
        auto vm = lib.create(c);
        QVERIFY2(vm.ok(), qPrintable(vm.error().toString()));
        QVERIFY(!makeSaved(QStringLiteral("lib/Locked.emanon"), vm->config).isEmpty());

        VmBundle bigger = *vm;
        bigger.config.memoryMiB = 384;
        const Status refused = lib.save(bigger);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::StateRefused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Discard the saved state first")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("memory size")));
        QCOMPARE(lib.open(QStringLiteral("Locked"))->config.memoryMiB, 256); // vm.json unchanged

        VmBundle noted = *vm;
        noted.config.notes = QStringLiteral("still editable");
        QVERIFY(lib.save(noted).ok());
        QCOMPARE(lib.open(QStringLiteral("Locked"))->config.notes, QStringLiteral("still editable"));

        // Once discarded, anything goes again.
        QVERIFY(SavedState::discard(vm->path).ok());
        QVERIFY(!SavedState::exists(vm->path));
        QVERIFY(!QFileInfo::exists(SavedState::streamPath(vm->path)));
        QVERIFY(lib.save(bigger).ok());
    }

    void failedSuspendLeavesNothing()
    {
        const QString b = m_tmp.filePath(QStringLiteral("failed"));
        QDir().mkpath(SavedState::dir(b));
        for (const QString &f : {SavedState::partialStreamPath(b), SavedState::streamPath(b)}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a stream");
        }
        QVERIFY(!SavedState::exists(b)); // no saved.json: not Saved
        QVERIFY(SavedState::removeIncomplete(b));
        QVERIFY(!QFileInfo::exists(SavedState::dir(b)));
        QVERIFY(SavedState::discard(b).ok()); // nothing to discard is fine
    }

    void incomingIsAGenericLaunchOption()
    {
        const VmConfig c = TestUtil::sampleConfig("linux");
        LaunchContext ctx = TestUtil::sampleContext();
        auto plain = QemuCommand::build(c, ctx);
        QVERIFY(plain.ok());
        QVERIFY(!plain->contains(QStringLiteral("-incoming")));
        for (const QString &uri : {QStringLiteral("defer"), QStringLiteral("tcp:0.0.0.0:4444")}) {
            ctx.incoming = uri;
            auto args = QemuCommand::build(c, ctx);
            QVERIFY(args.ok());
            const qsizetype i = args->indexOf(QStringLiteral("-incoming"));
            QVERIFY(i > 0);
            QCOMPARE(args->at(i + 1), uri);
            QCOMPARE(args->count(QStringLiteral("-incoming")), 1);
            QVERIFY(args->contains(QStringLiteral("-S"))); // still paused until we say cont
        }
        // What the runner launches for a restore.
        auto restore = VmRunner::commandLine(QStringLiteral("/vms/x.emanon"), c, QStringLiteral("tcg"),
                                             QStringLiteral("/run/x"), QStringLiteral("none"),
                                             QStringLiteral("defer"));
        QVERIFY(restore.ok());
        QCOMPARE(restore->mid(restore->indexOf(QStringLiteral("-incoming")), 2),
                 (QStringList{QStringLiteral("-incoming"), QStringLiteral("defer")}));
    }

    void execUriQuotesThePath()
    {
        QCOMPARE(execCatUri(QStringLiteral("/vms/My VM.emanon/saved/vmstate")),
                 QStringLiteral("exec:cat '/vms/My VM.emanon/saved/vmstate'"));
        QCOMPARE(execCatUri(QStringLiteral("/vms/it's.emanon/s")),
                 QStringLiteral("exec:cat '/vms/it'\\''s.emanon/s'"));
    }
};

QTEST_GUILESS_MAIN(TstSavedState)
#include "tst_savedstate.moc"
