// The snapshot tree browser against a fake backend: its model under QAbstractItemModelTester,
// and taking, reverting, renaming and deleting through the browser's own actions (keyboard
// included), checking what the user sees in the tree and details pane.
#include "app/common/language.h"
#include "app/snapshots/snapshotbrowser.h"
#include "app/snapshots/snapshottreemodel.h"
#include "engine/snapshots/snapshotmanager.h"
#include "tests/unit/tst_snapshotfakes.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Engine;
using SnapshotFakes::FakeBackend;

class TstSnapshotBrowser : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_count = 0;

    VmBundle makeBundle()
    {
        VmBundle vm;
        vm.path = m_tmp.filePath(QStringLiteral("vm%1.emanon").arg(++m_count));
        QDir().mkpath(vm.path);
        vm.config.name = QStringLiteral("Fake%1").arg(m_count);
        DiskConfig d;
        d.node = QStringLiteral("disk0");
        d.path = QStringLiteral("disks/disk0.qcow2");
        vm.config.disks << d;
        return vm;
    }

    /// Prompts that answer like a user who agrees, typing the queued names.
    static App::SnapshotPrompts scripted(QStringList *names, QStringList *asked,
                                         QList<Error> *errors)
    {
        App::SnapshotPrompts p;
        p.confirm = [asked](QWidget *, const QString &, const QString &text) {
            *asked << text;
            return true;
        };
        p.askName = [names](QWidget *, const QString &, const QString &,
                            const QString &initial) -> std::optional<QString> {
            return names->isEmpty() ? initial : names->takeFirst();
        };
        p.showError = [errors](QWidget *, const QString &, const Error &e) { *errors << e; };
        p.runJob = [](QWidget *, Job *job) {
            job->start();
            job->waitForFinished(10000);
            return job->state() == Job::State::Succeeded;
        };
        return p;
    }

    static QStringList rowTexts(const QAbstractItemModel *m, const QModelIndex &parent = {},
                                int depth = 0)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            out << QString(depth * 2, QLatin1Char(' ')) + i.data().toString();
            out << rowTexts(m, i, depth + 1);
        }
        return out;
    }

private Q_SLOTS:
    void modelShowsTreeAndWhereYouAre()
    {
        FakeBackend backend;
        const VmBundle vm = makeBundle();
        SnapshotManager manager(vm, backend);
        QVERIFY(manager.reload().ok());
        App::SnapshotTreeModel model(&manager);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rowTexts(&model), QStringList{QStringLiteral("You are here")});

        for (const QString &name : {QStringLiteral("Base"), QStringLiteral("Installed")}) {
            SnapshotJob *job = manager.take(name, {}, &manager);
            job->start();
            QVERIFY(job->waitForFinished(5000));
            QCOMPARE(job->state(), Job::State::Succeeded);
        }
        QCOMPARE(rowTexts(&model),
                 (QStringList{QStringLiteral("Base"), QStringLiteral("  Installed"),
                              QStringLiteral("    You are here")}));
        const QString base = manager.tree().resolve(QStringLiteral("Base")).value();
        SnapshotJob *revert = manager.revert(base, &manager);
        revert->start();
        QVERIFY(revert->waitForFinished(5000));
        QCOMPARE(rowTexts(&model),
                 (QStringList{QStringLiteral("Base"), QStringLiteral("  Installed"),
                              QStringLiteral("  You are here")}));
        const QModelIndex b = model.indexOfId(base);
        QVERIFY(b.data(App::SnapshotTreeModel::IsCurrentRole).toBool());
        QCOMPARE(b.siblingAtColumn(App::SnapshotTreeModel::KindColumn).data().toString(),
                 QStringLiteral("Running machine"));
        QVERIFY(!b.siblingAtColumn(App::SnapshotTreeModel::DateColumn).data().toString().isEmpty());
        QVERIFY(model.hereIndex().data(App::SnapshotTreeModel::IsHereRole).toBool());

        // Removed from the disk behind our back: shown as broken, with the reason.
        backend.disks[QStringLiteral("disk0")].removeIf(
            [&](const DiskSnapshotInfo &s) { return s.tag == manager.tree().find(base)->tag; });
        QVERIFY(manager.reload().ok());
        const QModelIndex broken = model.indexOfId(base);
        QVERIFY(broken.data(App::SnapshotTreeModel::IsBrokenRole).toBool());
        QCOMPARE(broken.siblingAtColumn(App::SnapshotTreeModel::KindColumn).data().toString(),
                 QStringLiteral("Broken"));
        QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(QStringLiteral("disk0")));
    }

    void followsALanguageChangeWhileOpen()
    {
        FakeBackend backend;
        VmBundle vm = makeBundle();
        SnapshotManager manager(vm, backend);
        QVERIFY(manager.reload().ok());
        App::SnapshotBrowser browser(&manager);
        browser.show();
        auto takeText = [&] {
            for (QAction *a : browser.actions()) {
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T))
                    return a->text();
            }
            return QString();
        };
        auto *description = browser.findChild<QPlainTextEdit *>();
        QVERIFY(description);
        QCOMPARE(takeText(), QStringLiteral("&Take Snapshot..."));
        QCOMPARE(description->accessibleName(), QStringLiteral("Description"));

        QCOMPARE(App::Language::install(qApp, QStringLiteral("ja")), QStringLiteral("ja"));
        QTRY_COMPARE(takeText(), QStringLiteral("スナップショットを作成(&T)..."));
        QVERIFY(description->accessibleName() != QStringLiteral("Description"));
        QCOMPARE(browser.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("スナップショット"));

        App::Language::install(qApp, QStringLiteral("en"));
        QTRY_COMPARE(takeText(), QStringLiteral("&Take Snapshot..."));
        QCOMPARE(description->accessibleName(), QStringLiteral("Description"));
    }

    void suspendedVmOffersNeitherTakeNorRevert()
    {
        FakeBackend backend;
        VmBundle vm = makeBundle();
        SnapshotManager manager(vm, backend);
        QVERIFY(manager.reload().ok());
        SnapshotJob *take = manager.take(QStringLiteral("Before"), {}, &manager);
        take->start();
        QVERIFY(take->waitForFinished(10000) && take->state() == Job::State::Succeeded);
        const QString before = take->snapshotId();
        QStringList names;
        QStringList asked;
        QList<Error> errors;
        {
            App::SnapshotBrowser running(&manager);
            running.select(before);
            QVERIFY(running.takeAction()->isEnabled());
            QVERIFY(running.revertAction()->isEnabled());
        }

        // Suspended: its saved memory needs the disks as they are. The actions say why.
        backend.state = VmRunner::State::Saved;
        App::SnapshotBrowser browser(&manager);
        browser.setPrompts(scripted(&names, &asked, &errors));
        browser.select(before);
        QVERIFY(!browser.takeAction()->isEnabled());
        QVERIFY2(browser.takeAction()->toolTip().contains(QStringLiteral("discard the saved state")),
                 qPrintable(browser.takeAction()->toolTip()));
        QVERIFY(!browser.revertAction()->isEnabled());
        QVERIFY2(browser.revertAction()->toolTip().contains(QStringLiteral("Discard the saved state")),
                 qPrintable(browser.revertAction()->toolTip()));
        browser.takeAction()->trigger(); // a disabled action does nothing
        QCOMPARE(backend.requests.size(), 1); // only the first take reached the disks
        QCOMPARE(manager.tree().nodes().size(), 1);
        QVERIFY(errors.isEmpty());
    }

    void takeRevertRenameDeleteThroughTheBrowser()
    {
        FakeBackend backend;
        VmBundle vm = makeBundle();
        SnapshotManager manager(vm, backend);
        QVERIFY(manager.reload().ok());
        App::SnapshotBrowser browser(&manager);
        QAbstractItemModelTester tester(browser.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList names{QStringLiteral("Clean install"), QStringLiteral("With drivers")};
        QStringList asked;
        QList<Error> errors;
        browser.setPrompts(scripted(&names, &asked, &errors));
        browser.resize(900, 500);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(!browser.view()->accessibleName().isEmpty());

        // Take with the keyboard (Ctrl+T), the second through the action.
        browser.view()->setFocus();
        QTest::keyClick(browser.view(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(manager.tree().nodes().size(), 1);
        browser.takeAction()->trigger();
        QCOMPARE(manager.tree().nodes().size(), 2);
        QCOMPARE(backend.requests.last().action, SnapshotRequest::Action::Take);
        QVERIFY(backend.requests.last().live);
        QCOMPARE(rowTexts(browser.model()),
                 (QStringList{QStringLiteral("Clean install"), QStringLiteral("  With drivers"),
                              QStringLiteral("    You are here")}));
        QCOMPARE(browser.selectedId(), manager.tree().current());

        // The details pane shows the selected snapshot; its description is editable.
        const QString clean = manager.tree().resolve(QStringLiteral("Clean install")).value();
        browser.select(clean);
        auto *summary = browser.findChild<QLabel *>();
        QVERIFY(summary);
        auto *description = browser.findChild<QPlainTextEdit *>();
        QCOMPARE(description->accessibleName(), QStringLiteral("Description"));
        description->setPlainText(QStringLiteral("Fresh from the CD"));
        const auto buttons = browser.findChildren<QPushButton *>();
        QPushButton *save = nullptr;
        for (QPushButton *b : buttons) {
            if (b->accessibleName() == QLatin1String("Save description"))
                save = b;
        }
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(manager.tree().find(clean)->description, QStringLiteral("Fresh from the CD"));
        QCOMPARE(SnapshotTree::load(vm.snapshotsJsonPath())->find(clean)->description,
                 QStringLiteral("Fresh from the CD"));

        // Revert (Ctrl+R) asks first, then "You are here" moves under the snapshot.
        browser.select(clean);
        QVERIFY(browser.revertAction()->isEnabled());
        QTest::keyClick(browser.view(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.last().contains(QStringLiteral("Clean install")));
        QCOMPARE(backend.requests.last().action, SnapshotRequest::Action::Revert);
        QCOMPARE(manager.tree().current(), clean);
        QCOMPARE(rowTexts(browser.model()),
                 (QStringList{QStringLiteral("Clean install"), QStringLiteral("  With drivers"),
                              QStringLiteral("  You are here")}));

        // Rename (F2).
        names << QStringLiteral("Pristine");
        browser.select(clean);
        QTest::keyClick(browser.view(), Qt::Key_F2);
        QCOMPARE(manager.tree().find(clean)->name, QStringLiteral("Pristine"));
        QCOMPARE(browser.model()->indexOfId(clean).data().toString(), QStringLiteral("Pristine"));

        // A disk-only snapshot cannot be reverted to while the VM runs: the action says why.
        backend.state = VmRunner::State::Stopped;
        names << QStringLiteral("Offline");
        browser.takeAction()->trigger();
        const QString offline = manager.tree().resolve(QStringLiteral("Offline")).value();
        QCOMPARE(manager.tree().find(offline)->kind, SnapshotNode::Kind::DiskOnly);
        backend.state = VmRunner::State::Running;
        browser.select(clean);
        browser.select(offline);
        QVERIFY(!browser.revertAction()->isEnabled());
        QVERIFY(browser.revertAction()->toolTip().contains(QStringLiteral("Stop the VM first")));

        // A failing operation is shown to the user and changes nothing.
        const QByteArray before = SnapshotTree::load(vm.snapshotsJsonPath())->toJson();
        backend.failNext = QStringLiteral("No space left on device");
        names << QStringLiteral("Doomed");
        browser.takeAction()->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.last().details.contains(QStringLiteral("No space")));
        QCOMPARE(SnapshotTree::load(vm.snapshotsJsonPath())->toJson(), before);

        // Delete re-parents; delete branch takes everything below.
        browser.select(clean);
        QTest::keyClick(browser.view(), Qt::Key_Delete);
        QVERIFY(asked.last().contains(QStringLiteral("Pristine")));
        QVERIFY(!manager.tree().find(clean));
        QCOMPARE(manager.tree().nodes().size(), 2);
        QCOMPARE(manager.tree().children({}).size(), 2);
        const QString drivers = manager.tree().resolve(QStringLiteral("With drivers")).value();
        browser.select(drivers);
        browser.deleteBranchAction()->trigger();
        QCOMPARE(manager.tree().nodes().size(), 1);
        QVERIFY(errors.size() == 1);

        // Another process (here a second manager, as emanonctl would be) takes a snapshot:
        // the browser shows it without being told.
        SnapshotManager other(vm, backend);
        SnapshotJob *outside = other.take(QStringLiteral("From the CLI"), {}, &other);
        outside->start();
        QVERIFY(outside->waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(browser.model()->indexOfId(outside->snapshotId()).isValid(), 5000);
    }
};

QTEST_MAIN(TstSnapshotBrowser)
#include "tst_snapshotbrowser.moc"
