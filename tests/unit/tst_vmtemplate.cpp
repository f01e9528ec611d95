// A VM whose disks back linked clones is a template: the engine refuses to start it or to
// change its snapshots (either would write the disks the clones read), so the command line
// and the GUI both refuse, with the reason. Also the qcow2 header reader that finds them.
#include "tests/support/emanonctlrun.h"

#include "engine/library/linkedclones.h"
#include "engine/library/vmlibrary.h"
#include "engine/profiles/guestprofile.h"
#include "engine/runner/vmcontrol.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

class TstVmTemplate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString libRoot() const { return m_tmp.filePath(QStringLiteral("lib")); }

    TestUtil::CtlRun ctl(const QStringList &args)
    {
        return TestUtil::runEmanonCtl(
            args,
            {{QStringLiteral("EMANON_LIBRARY"), libRoot()},
             {QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("run"))}},
            60000);
    }

    VmBundle create(const QString &name)
    {
        VmConfig c;
        c.name = name;
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        auto vm = VmLibrary(libRoot()).create(
            c, {NewDisk{QStringLiteral("disk0"), 4 * 1024 * 1024, QStringLiteral("qcow2"),
                        DiskBus::Ide}});
        if (!vm)
            qWarning("%s", qPrintable(vm.error().toString()));
        return vm ? *vm : VmBundle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QDir().mkpath(m_tmp.filePath(QStringLiteral("run")));
        QFile::setPermissions(m_tmp.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("EMANON_RUNTIME_DIR", m_tmp.filePath(QStringLiteral("run")).toUtf8());
    }

    void headerReaderFindsTheBase()
    {
        const VmBundle base = create(QStringLiteral("Reader"));
        QVERIFY(!base.path.isEmpty());
        QVERIFY(qcow2BackingFile(base.diskPath(base.config.disks[0])).isEmpty());
        auto clone = VmLibrary(libRoot()).cloneLinked(QStringLiteral("Reader"),
                                                      QStringLiteral("Reader clone"));
        QVERIFY2(clone.ok(), qPrintable(clone.error().toString()));
        QCOMPARE(qcow2BackingFile(clone->diskPath(clone->config.disks[0])),
                 base.diskPath(base.config.disks[0]));
        // Not a qcow2 image: no backing file, no crash.
        QFile junk(m_tmp.filePath(QStringLiteral("junk.img")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(64, 'x'));
        junk.close();
        QVERIFY(qcow2BackingFile(junk.fileName()).isEmpty());
        QVERIFY(qcow2BackingFile(m_tmp.filePath(QStringLiteral("missing.qcow2"))).isEmpty());

        auto listed = VmLibrary(libRoot()).list();
        QVERIFY(listed.ok());
        const QHash<QString, QStringList> clones = linkedClonesAmong(*listed);
        QCOMPARE(clones.value(base.path), QStringList{QStringLiteral("Reader clone")});
        QVERIFY(!clones.contains(clone->path));
    }

    void templateRefusesStartAndSnapshots()
    {
        const VmBundle base = create(QStringLiteral("Golden"));
        QVERIFY(!base.path.isEmpty());
        // Before it has clones, nothing refuses it for being a template.
        QVERIFY(!templateRefusal(base, QStringLiteral("x")).has_value());
        QVERIFY(VmLibrary(libRoot()).cloneLinked(QStringLiteral("Golden"),
                                                 QStringLiteral("Golden clone"))
                    .ok());

        // The engine refuses the start itself (the GUI and the CLI both go through it).
        auto started = VmControl::launch(base.path, base.config, {});
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, ErrorCode::StateRefused);
        QVERIFY2(started.error().message.contains(QStringLiteral("Golden clone")),
                 qPrintable(started.error().message));
        QVERIFY(started.error().message.contains(QStringLiteral("cannot be started")));

        // The command line says so and exits with "refused".
        TestUtil::CtlRun r = ctl({QStringLiteral("start"), QStringLiteral("Golden")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("template of the linked clones Golden clone")),
                 qPrintable(r.err));
        r = ctl({QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("Golden"),
                 QStringLiteral("--name"), QStringLiteral("Before")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("snapshots cannot be changed")), qPrintable(r.err));
        r = ctl({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("Golden")});
        QVERIFY(r.out.contains(QStringLiteral("no snapshots")));

        // The clone itself is an ordinary VM: only the start machinery decides about it.
        QVERIFY(!templateRefusal(*VmLibrary(libRoot()).open(QStringLiteral("Golden clone")),
                                 QStringLiteral("x"))
                     .has_value());

        // Once the clone is gone the base is an ordinary VM again.
        QVERIFY(VmLibrary(libRoot()).remove(QStringLiteral("Golden clone")).ok());
        QVERIFY(!templateRefusal(base, QStringLiteral("x")).has_value());
    }
};

QTEST_GUILESS_MAIN(TstVmTemplate)
#include "tst_vmtemplate.moc"
