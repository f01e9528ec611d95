// GUI unit tests (offscreen): the VM list model, the main window's list, search and actions,
// the new-VM wizard's validation and creation, and the settings dialog, all against a fake
// backend (no QEMU runs; qemu-img creates the small disks).
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/vmactions.h"
#include "app/mainwindow/vmlistmodel.h"
#include "app/settings/vmsettingsdialog.h"
#include "app/wizard/newvmwizard.h"
#include "app/wizard/profilepage.h"
#include "engine/storage/diskimage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Engine;

namespace {

/// A backend whose VMs are in whatever state the test says.
class FakeBackend : public VmBackend
{
public:
    QString id() const override { return QStringLiteral("fake"); }
    VmRunInfo query(const VmBundle &vm) override
    {
        VmRunInfo info;
        info.state = states.value(vm.path, VmRunner::State::Stopped);
        if (info.state == VmRunner::State::Running)
            info.accel = QStringLiteral("tcg");
        return info;
    }
    Result<VmRunInfo> start(const VmBundle &vm, const QString &) override
    {
        started << vm.config.name;
        states[vm.path] = VmRunner::State::Running;
        return query(vm);
    }
    Status request(const VmBundle &, Operation, const QJsonObject &) override { return {}; }
    Result<QString> consoleEndpoint(const VmBundle &) override
    {
        return Error(ErrorCode::Unsupported, QStringLiteral("fake"));
    }
    Status changeMedium(VmBundle &, const QString &, const QString &) override
    {
        return Error(ErrorCode::Unsupported, QStringLiteral("fake"));
    }
    Status ejectMedium(VmBundle &, const QString &) override
    {
        return Error(ErrorCode::Unsupported, QStringLiteral("fake"));
    }
    Result<DiskSnapshotMap> diskSnapshots(const VmBundle &) override { return DiskSnapshotMap(); }
    Job *snapshotJob(const VmBundle &, const SnapshotRequest &, QObject *) override { return nullptr; }

    QHash<QString, VmRunner::State> states;
    QStringList started;
};

/// Closes the next modal message box while armed and keeps what it said. Polls with its own
/// timer, which goes with it, so an armed catcher that caught nothing is harmless.
struct MessageBoxCatcher
{
    QString text;
    QString informative;
    QTimer timer;
    void arm()
    {
        timer.setInterval(50);
        QObject::connect(&timer, &QTimer::timeout, [this] { catchNow(); });
        timer.start();
    }
    void catchNow()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer.stop();
        text = box->text();
        informative = box->informativeText();
        box->done(QMessageBox::Ok);
    }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

class TstGuiApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_libraryPath;

    VmBundle makeVm(VmLibrary &library, const QString &name, int memoryMiB = 256,
                    const QString &profile = QStringLiteral("other"))
    {
        VmConfig c;
        c.name = name;
        findProfile(profile)->applyTo(c);
        c.memoryMiB = memoryMiB;
        auto r = library.create(c);
        if (!r)
            qWarning("%s", qPrintable(r.error().toString()));
        return r ? *r : VmBundle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString runtime = m_tmp.filePath(QStringLiteral("run"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("EMANON_RUNTIME_DIR", runtime.toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        static int n = 0;
        m_libraryPath = m_tmp.filePath(QStringLiteral("lib%1").arg(++n));
    }

    void modelListsVmsWithLiveStateAndDamagedBundles()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        const VmBundle a = makeVm(library, QStringLiteral("Alpha"));
        makeVm(library, QStringLiteral("Beta"));
        QDir().mkpath(library.bundlePathFor(QStringLiteral("Broken")));
        QFile broken(library.bundlePathFor(QStringLiteral("Broken")) + QStringLiteral("/vm.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();

        App::VmListModel model(library, backend);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const int alpha = model.rowOf(a.path);
        QCOMPARE(model.index(alpha, App::VmListModel::StateColumn).data().toString(),
                 QStringLiteral("Stopped"));
        const int brokenRow = model.rowOf(library.bundlePathFor(QStringLiteral("Broken")));
        QVERIFY(brokenRow >= 0);
        QCOMPARE(model.index(brokenRow, App::VmListModel::StateColumn).data().toString(),
                 QStringLiteral("Damaged"));
        QVERIFY(!model.index(brokenRow, 0).data(Qt::ToolTipRole).toString().isEmpty());

        backend.states[a.path] = VmRunner::State::Running;
        model.refreshStates();
        QCOMPARE(model.index(alpha, App::VmListModel::StateColumn).data().toString(),
                 QStringLiteral("Running"));
        QVERIFY(!model.index(alpha, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void modelSeesVmsCreatedElsewhereWithinASecond()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        makeVm(library, QStringLiteral("First"));
        App::VmListModel model(library, backend);
        QCOMPARE(model.rowCount(), 1);
        VmLibrary other(m_libraryPath); // as another process would
        makeVm(other, QStringLiteral("Second"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 1000);
        QVERIFY(other.remove(QStringLiteral("First")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 1000);
        QCOMPARE(model.entry(0).name, QStringLiteral("Second"));
    }

    void mainWindowSearchSortAndActions()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        makeVm(library, QStringLiteral("Windows 98 Games"), 128);
        const VmBundle dos = makeVm(library, QStringLiteral("DOS Box"), 32);
        makeVm(library, QStringLiteral("Build Server"), 1024);
        backend.states[dos.path] = VmRunner::State::Running;
        QSettings settings(m_tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::MainWindow window(library, backend, settings);
        window.show();
        QTreeView *view = window.listView();
        QCOMPARE(view->model()->rowCount(), 3);
        // Sorted by name, case-insensitive.
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Build Server"));
        // Sorting by memory puts the 32 MiB VM first.
        view->sortByColumn(App::VmListModel::MemoryColumn, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("DOS Box"));
        // Search narrows the list, by name or state.
        auto *search = child<QLineEdit>(&window, "searchField");
        QTest::keyClicks(search, QStringLiteral("games"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Windows 98 Games"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("running"));
        QCOMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));

        // A running VM: Start is refused with the engine's reason, Stop and Console offered.
        App::VmActions *actions = window.actions();
        QVERIFY(!actions->startAction()->isEnabled());
        QVERIFY(actions->startAction()->toolTip().contains(QStringLiteral("already")));
        QVERIFY(actions->stopAction()->isEnabled());
        QVERIFY(actions->consoleAction()->isEnabled());
        QVERIFY(!actions->deleteAction()->isEnabled());
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(exportAction->toolTip().contains(QStringLiteral("Stop it first")));
        // The details pane names the VM.
        QCOMPARE(child<QLabel>(&window, "detailsTitle")->text(), QStringLiteral("DOS Box"));
        QVERIFY(child<QLabel>(&window, "detailsHardware")->text().contains(QStringLiteral("32 MiB")));

        search->clear();
        QCOMPARE(view->model()->rowCount(), 3);

        // Snapshots open the VM's snapshot browser in its own window.
        auto *snapshots = window.findChild<QAction *>(QStringLiteral("actionSnapshot"));
        QVERIFY(snapshots->isEnabled());
        snapshots->trigger();
        auto *snapshotWindow = window.findChild<QWidget *>(QStringLiteral("snapshotWindow"));
        QVERIFY(snapshotWindow);
        QVERIFY(snapshotWindow->isVisible());
        QVERIFY(snapshotWindow->windowTitle().contains(QStringLiteral("DOS Box")));
    }

    void wizardPagesValidateAndKeepChoices()
    {
        VmLibrary library(m_libraryPath);
        makeVm(library, QStringLiteral("Taken"));
        HostLimits host{8192, 4};
        App::NewVmWizard wizard(library, nullptr, host);
        wizard.show();
        auto *tree = child<QTreeWidget>(&wizard, "profileTree");
        // Profiles are grouped by family: top-level items are groups with children.
        QVERIFY(tree->topLevelItemCount() >= 2);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            QVERIFY(tree->topLevelItem(i)->childCount() > 0);
        QVERIFY(wizard.findChild<QWizardPage *>(QStringLiteral("profilePage")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(App::NewVmWizard::NamePageId));

        auto *name = child<QLineEdit>(&wizard, "nameEdit");
        auto *problem = child<QLabel>(&wizard, "nameProblem");
        name->setText(QStringLiteral("taken"));
        QVERIFY(problem->text().contains(QStringLiteral("already exists")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        name->setText(QStringLiteral("bad/name"));
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        name->setText(QStringLiteral("Fresh"));
        QVERIFY(problem->text().isEmpty());
        QVERIFY(child<QLabel>(&wizard, "locationLabel")->text().endsWith(QStringLiteral("Fresh.emanon")));
        wizard.next();

        auto *memory = child<QSpinBox>(&wizard, "memorySpin");
        auto *cpus = child<QSpinBox>(&wizard, "cpuSpin");
        QCOMPARE(memory->value(), 512); // the "other" profile's default
        QCOMPARE(cpus->maximum(), 4);   // the host's processors
        memory->setValue(7000);
        QVERIFY(child<QLabel>(&wizard, "hardwareWarning")->text().contains(QStringLiteral("three quarters")));
        memory->setValue(768);
        wizard.next();

        auto *size = child<QLineEdit>(&wizard, "newDiskSize");
        size->setText(QStringLiteral("lots"));
        QVERIFY(!child<QLabel>(&wizard, "diskProblem")->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        child<QRadioButton>(&wizard, "diskExisting")->setChecked(true);
        child<QLineEdit>(&wizard, "existingPath")->setText(m_tmp.filePath(QStringLiteral("missing.img")));
        QVERIFY(child<QLabel>(&wizard, "diskProblem")->text().contains(QStringLiteral("does not exist")));
        child<QRadioButton>(&wizard, "diskNew")->setChecked(true);
        size->setText(QStringLiteral("16 MiB"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Back and forth keeps what was typed.
        wizard.back();
        wizard.back();
        QCOMPARE(name->text(), QStringLiteral("Fresh"));
        wizard.next();
        QCOMPARE(memory->value(), 768);
        wizard.next();
        QCOMPARE(size->text(), QStringLiteral("16 MiB"));
    }

    void wizardCreatesTheVm()
    {
        VmLibrary library(m_libraryPath);
        App::NewVmWizard wizard(library, nullptr, HostLimits{8192, 4});
        wizard.show();
        wizard.next();
        child<QLineEdit>(&wizard, "nameEdit")->setText(QStringLiteral("Created"));
        wizard.next();
        child<QSpinBox>(&wizard, "memorySpin")->setValue(320);
        wizard.next();
        child<QLineEdit>(&wizard, "newDiskSize")->setText(QStringLiteral("16M"));
        wizard.next(); // media
        const QString iso = m_tmp.filePath(QStringLiteral("install.iso"));
        QFile isoFile(iso);
        QVERIFY(isoFile.open(QIODevice::WriteOnly));
        isoFile.write(QByteArray(2048, '\0'));
        isoFile.close();
        child<QLineEdit>(&wizard, "isoPath")->setText(iso);
        wizard.next(); // network
        wizard.next(); // summary
        QCOMPARE(wizard.currentId(), int(App::NewVmWizard::SummaryPageId));
        auto *summary = child<QTreeWidget>(&wizard, "summaryList");
        QStringList lines;
        for (int i = 0; i < summary->topLevelItemCount(); ++i)
            lines << summary->topLevelItem(i)->text(0) + QLatin1Char('=') + summary->topLevelItem(i)->text(1);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("320 MiB")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(iso));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        auto vm = library.open(QStringLiteral("Created"));
        QVERIFY(vm.ok());
        QCOMPARE(vm->config.memoryMiB, 320);
        QCOMPARE(vm->config.disks.size(), 1);
        auto info = DiskImage::info(vm->diskPath(vm->config.disks.first()));
        QVERIFY(info.ok());
        QCOMPARE(info->format, QStringLiteral("qcow2"));
        QCOMPARE(info->virtualSizeBytes, qint64(16) * 1024 * 1024);
        QCOMPARE(vm->config.media.first().path, iso);
        QCOMPARE(vm->config.boot.order, QStringLiteral("dc"));
    }

    void wizardSummaryWarnsWhatTheGuestCannotUse()
    {
        VmLibrary library(m_libraryPath);
        App::NewVmWizard wizard(library, nullptr, HostLimits{8192, 4});
        wizard.show();
        QVERIFY(wizard.findChild<App::ProfilePage *>()->selectProfile(QStringLiteral("winnt4")));
        // The profile's notes are shown, and the guide they point to is in the program.
        QCOMPARE(child<QLabel>(&wizard, "profileNotes")->text(),
                 findProfile(QStringLiteral("winnt4"))->displayNotes());
        QVERIFY(!child<QLabel>(&wizard, "profileNotes")->text().isEmpty());
        QVERIFY(child<QPushButton>(&wizard, "profileGuide")->isVisible());
        QFile guide(QStringLiteral(":/docs/legacy-guests.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        QVERIFY(guide.readAll().contains("NT 4.0"));
        QVERIFY(wizard.findChild<App::ProfilePage *>()->selectProfile(QStringLiteral("win98")));
        wizard.next();
        // The suggested name is usable as it is.
        QCOMPARE(child<QLineEdit>(&wizard, "nameEdit")->text(), QStringLiteral("Windows 98 ME"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(App::NewVmWizard::HardwarePageId));
        auto *memory = child<QSpinBox>(&wizard, "memorySpin");
        memory->setValue(1024); // Windows 98 breaks with more than 512 MiB
        QVERIFY(!child<QLabel>(&wizard, "hardwareWarning")->text().isEmpty());
        wizard.next();
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(App::NewVmWizard::SummaryPageId));
        auto *findings = child<QLabel>(&wizard, "summaryFindings");
        QVERIFY(findings->isVisible());
        QVERIFY2(findings->text().contains(QStringLiteral("512")), qPrintable(findings->text()));
    }

    void settingsSaveValidateAndRefuseWhileRunning()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        const VmBundle vm = makeVm(library, QStringLiteral("Editable"), 256);
        {
            App::VmSettingsDialog dialog(library, backend, vm);
            QVERIFY(dialog.lockReason().isEmpty());
            child<QSpinBox>(&dialog, "settingsMemory")->setValue(384);
            QVERIFY(dialog.save());
            QCOMPARE(library.open(QStringLiteral("Editable"))->config.memoryMiB, 384);

            // An invalid definition is refused with the problem named; nothing is written.
            child<QSpinBox>(&dialog, "settingsMemory")->setValue(1024 * 1024); // more than the host has
            MessageBoxCatcher catcher;
            catcher.arm();
            QVERIFY(!dialog.save());
            QVERIFY(catcher.text.contains(QStringLiteral("Could not save")));
            QVERIFY2(catcher.informative.contains(QStringLiteral("emory")), qPrintable(catcher.informative));
            QCOMPARE(library.open(QStringLiteral("Editable"))->config.memoryMiB, 384);
        }
        backend.states[vm.path] = VmRunner::State::Running;
        App::VmSettingsDialog dialog(library, backend, *library.open(QStringLiteral("Editable")));
        dialog.show();
        QVERIFY(dialog.lockReason().contains(QStringLiteral("running")));
        auto *banner = child<QLabel>(&dialog, "settingsLockBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), dialog.lockReason());
        QVERIFY(!child<QSpinBox>(&dialog, "settingsMemory")->isEnabled());
        QVERIFY(!child<QWidget>(&dialog, "settingsDisks")->isEnabled());
        // Only the removable media stay changeable, through the backend.
        QVERIFY(child<QLineEdit>(&dialog, "settingsCd")->isEnabled());
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->button(QDialogButtonBox::Save)->text(), QStringLiteral("Change Media"));
    }
};

QTEST_MAIN(TstGuiApp)
#include "tst_gui_app.moc"
