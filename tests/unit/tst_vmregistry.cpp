// VmRegistry: the VMs of the default library folder plus bundles registered elsewhere, kept
// in one JSON file that the GUI and emanonctl share. Also emanonctl seeing the same VMs.
#include "tests/support/emanonctlrun.h"

#include "engine/library/vmregistry.h"
#include "engine/profiles/guestprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

class TstVmRegistry : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_case = 0;
    QString m_dir; ///< per test

    QString path(const QString &rel) const { return m_dir + QLatin1Char('/') + rel; }

    VmBundle create(const QString &folder, const QString &name)
    {
        VmConfig c;
        c.name = name;
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        auto vm = VmLibrary(folder).create(c);
        if (!vm)
            qWarning("%s", qPrintable(vm.error().toString()));
        return vm ? *vm : VmBundle();
    }

    TestUtil::CtlRun ctl(const QStringList &args)
    {
        return TestUtil::runEmanonCtl(args,
                                      {{QStringLiteral("EMANON_LIBRARY"), path(QStringLiteral("lib"))},
                                       {QStringLiteral("EMANON_REGISTRY"), path(QStringLiteral("libraries.json"))},
                                       {QStringLiteral("EMANON_RUNTIME_DIR"), m_tmp.filePath(QStringLiteral("run"))}},
                                      60000);
    }

    static QStringList names(const QList<VmEntry> &entries)
    {
        QStringList n;
        for (const VmEntry &e : entries)
            n << e.name;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QDir().mkpath(m_tmp.filePath(QStringLiteral("run")));
        QFile::setPermissions(m_tmp.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void init()
    {
        m_dir = m_tmp.filePath(QStringLiteral("case%1").arg(++m_case));
        QDir().mkpath(m_dir);
        qputenv("EMANON_LIBRARY", path(QStringLiteral("lib")).toUtf8());
    }

    void listsTheDefaultFolderAndRegisteredBundles()
    {
        create(path(QStringLiteral("lib")), QStringLiteral("Home"));
        const VmBundle away = create(path(QStringLiteral("usb-disk")), QStringLiteral("Away"));
        create(path(QStringLiteral("usb-disk")), QStringLiteral("Neighbour")); // not registered

        VmRegistry registry(path(QStringLiteral("libraries.json")));
        QCOMPARE(names(*registry.list()), QStringList{QStringLiteral("Home")});
        QVERIFY(registry.add(away.path).ok());
        QVERIFY(registry.isRegistered(away.path));
        // Bundles of the default folder are listed anyway: not registered twice.
        QVERIFY(registry.add(path(QStringLiteral("lib/Home.emanon"))).ok());
        QCOMPARE(registry.bundles(), QStringList{away.path});
        // Not a bundle: refused with the reason.
        const Status bad = registry.add(path(QStringLiteral("usb-disk")));
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QVERIFY(bad.error().message.contains(QStringLiteral(".emanon")));
        QCOMPARE(names(*registry.list()), (QStringList{QStringLiteral("Away"), QStringLiteral("Home")}));

        // Saved atomically and read back the same.
        QVERIFY(registry.save().ok());
        auto loaded = VmRegistry::load(path(QStringLiteral("libraries.json")));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->bundles(), QStringList{away.path});
        QCOMPARE(names(*loaded->list()), (QStringList{QStringLiteral("Away"), QStringLiteral("Home")}));

        // Found by name, uuid (case-insensitively too) and path; libraryOf is its own folder.
        QCOMPARE(loaded->open(QStringLiteral("away"))->path, away.path);
        QCOMPARE(loaded->open(away.config.uuid.toString(QUuid::WithoutBraces))->path, away.path);
        QCOMPARE(loaded->open(away.path)->config.uuid, away.config.uuid);
        QCOMPARE(loaded->libraryOf(QStringLiteral("Away"))->root(), path(QStringLiteral("usb-disk")));
        QCOMPARE(loaded->open(QStringLiteral("Nobody")).error().code, ErrorCode::NotFound);

        // A registered VM whose folder is gone is listed with the reason, not hidden.
        QVERIFY(QDir(path(QStringLiteral("usb-disk"))).rename(QStringLiteral("Away.emanon"),
                                                             QStringLiteral("Elsewhere.emanon")));
        const QList<VmEntry> listed = *loaded->list();
        QCOMPARE(names(listed), (QStringList{QStringLiteral("Away"), QStringLiteral("Home")}));
        QCOMPARE(listed.first().error.code, ErrorCode::NotFound);
        QVERIFY(listed.first().error.message.contains(QStringLiteral("remove the VM from the list")));

        // Removing from the list leaves the files alone.
        QVERIFY(loaded->remove(away.path));
        QVERIFY(!loaded->remove(away.path));
        QCOMPARE(names(*loaded->list()), QStringList{QStringLiteral("Home")});
        QVERIFY(QFile::exists(path(QStringLiteral("usb-disk/Elsewhere.emanon/vm.json"))));
    }

    void changingTheDefaultFolderKeepsTheOldVms()
    {
        qunsetenv("EMANON_LIBRARY"); // the stored choice counts only without the override
        create(path(QStringLiteral("old")), QStringLiteral("Veteran"));
        VmRegistry registry(path(QStringLiteral("libraries.json")), path(QStringLiteral("old")));
        QCOMPARE(registry.defaultRoot(), path(QStringLiteral("old")));
        registry.setDefaultRoot(path(QStringLiteral("new")));
        QCOMPARE(registry.defaultRoot(), path(QStringLiteral("new")));
        QCOMPARE(registry.bundles(), QStringList{path(QStringLiteral("old/Veteran.emanon"))});
        create(path(QStringLiteral("new")), QStringLiteral("Rookie"));
        QCOMPARE(names(*registry.list()), (QStringList{QStringLiteral("Rookie"), QStringLiteral("Veteran")}));
        QVERIFY(registry.save().ok());
        QCOMPARE(VmRegistry::load(path(QStringLiteral("libraries.json")))->defaultRoot(),
                 path(QStringLiteral("new")));
        // Going back: Veteran is in the default folder again, so no longer registered.
        registry.setDefaultRoot(path(QStringLiteral("old")));
        QCOMPARE(registry.bundles(), QStringList{path(QStringLiteral("new/Rookie.emanon"))});
        QCOMPARE(names(*registry.list()), (QStringList{QStringLiteral("Rookie"), QStringLiteral("Veteran")}));
    }

    void damagedFileIsReported()
    {
        QFile f(path(QStringLiteral("libraries.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ nope");
        f.close();
        auto loaded = VmRegistry::load(path(QStringLiteral("libraries.json")));
        QCOMPARE(loaded.error().code, ErrorCode::ConfigParse);
        QVERIFY(loaded.error().details.contains(path(QStringLiteral("libraries.json"))));
        // A missing file is just an empty list.
        QVERIFY(VmRegistry::load(path(QStringLiteral("none.json"))).ok());
    }

    void emanonctlSeesTheSameVms()
    {
        if (!QFile::exists(QStringLiteral(EMANON_BINARY_DIR "/app/ctl/emanonctl")))
            QSKIP("emanonctl is not built");
        create(path(QStringLiteral("lib")), QStringLiteral("Home"));
        const VmBundle away = create(path(QStringLiteral("usb-disk")), QStringLiteral("Away"));
        VmRegistry registry(path(QStringLiteral("libraries.json")));
        QVERIFY(registry.add(away.path).ok());
        QVERIFY(registry.save().ok());

        TestUtil::CtlRun r = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray vms = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList listed;
        for (const QJsonValue &v : vms)
            listed << v.toObject().value(QLatin1String("name")).toString();
        QCOMPARE(listed, (QStringList{QStringLiteral("Away"), QStringLiteral("Home")}));
        r = ctl({QStringLiteral("show"), QStringLiteral("Away")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Away")));
        // A clone is made next to its source.
        r = ctl({QStringLiteral("clone"), QStringLiteral("Away"), QStringLiteral("Away copy")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(QFile::exists(path(QStringLiteral("usb-disk/Away copy.emanon/vm.json"))));
        // Deleting it trashes it in its own folder and drops it from the shared list.
        r = ctl({QStringLiteral("delete"), QStringLiteral("Away")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(away.path));
        QVERIFY(VmRegistry::load(path(QStringLiteral("libraries.json")))->bundles().isEmpty());
        // --library still means that one folder only.
        r = TestUtil::runEmanonCtl({QStringLiteral("--library"), path(QStringLiteral("usb-disk")),
                                    QStringLiteral("list")},
                                   {{QStringLiteral("EMANON_REGISTRY"), path(QStringLiteral("libraries.json"))}});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Away copy")));
        QVERIFY(!r.out.contains(QStringLiteral("Home")));
    }
};

QTEST_GUILESS_MAIN(TstVmRegistry)
#include "tst_vmregistry.moc"
