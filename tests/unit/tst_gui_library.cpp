// GUI tests (offscreen) of the library window's later features: last-frame thumbnails in the
// VM list and details pane, templates of linked clones, switching the language while the
// windows are open, and VMs kept outside the default library folder.
#include "app/common/language.h"
#include "app/console/consolewindow.h"
#include "app/console/serialconsoleview.h"
#include "app/mainwindow/detailspane.h"
#include "app/mainwindow/libraryactions.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/thumbnailcache.h"
#include "app/mainwindow/thumbnailrefresher.h"
#include "app/mainwindow/vmactions.h"
#include "app/mainwindow/vmlistmodel.h"
#include "app/settings/preferencesdialog.h"
#include "app/wizard/newvmwizard.h"
#include "engine/profiles/guestprofile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QAbstractButton>
#include <QTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Engine;

namespace {

/// A backend whose VMs are in whatever state the test says, and whose screen is one colour.
class FakeBackend : public VmBackend
{
public:
    QString id() const override { return QStringLiteral("fake"); }
    VmRunInfo query(const VmBundle &vm) override
    {
        VmRunInfo info;
        info.state = states.value(vm.path, VmRunner::State::Stopped);
        return info;
    }
    Result<VmRunInfo> start(const VmBundle &vm, const QString &) override
    {
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
    Status captureScreen(const VmBundle &vm, const QString &pngPath) override
    {
        if (query(vm).state != VmRunner::State::Running)
            return Error(ErrorCode::StateRefused, QStringLiteral("not running"));
        QImage screen(1024, 768, QImage::Format_RGB32);
        screen.fill(screenColor);
        ++captures;
        return screen.save(pngPath, "PNG") ? Status() : Error(ErrorCode::Io, pngPath);
    }
    Result<DiskSnapshotMap> diskSnapshots(const VmBundle &) override { return DiskSnapshotMap(); }
    Job *snapshotJob(const VmBundle &, const SnapshotRequest &, QObject *) override { return nullptr; }

    QHash<QString, VmRunner::State> states;
    QColor screenColor = Qt::green;
    int captures = 0;
};

bool writeFrame(const QString &bundlePath, const QColor &color)
{
    QImage frame(640, 480, QImage::Format_RGB32);
    frame.fill(color);
    return frame.save(App::ThumbnailCache::pathFor(bundlePath), "PNG");
}

} // namespace

/// The colour in the middle of the list icon of `row`.
QColor iconCenter(const QAbstractItemModel &model, int row)
{
    const QIcon icon = model.index(row, App::VmListModel::NameColumn).data(Qt::DecorationRole).value<QIcon>();
    const QImage image = icon.pixmap(App::ThumbnailCache::iconSize()).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

class TstGuiLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_libraryPath;

    VmBundle makeVm(VmLibrary &library, const QString &name, bool withDisk = false)
    {
        VmConfig c;
        c.name = name;
        findProfile(QStringLiteral("linux-legacy"))->applyTo(c);
        QList<NewDisk> disks;
        if (withDisk)
            disks << NewDisk{QStringLiteral("disk0"), 4 * 1024 * 1024, QStringLiteral("qcow2"), DiskBus::Ide};
        auto r = library.create(c, disks);
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
        qunsetenv("EMANON_LIBRARY"); // the registry's default folder must count
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        static int n = 0;
        m_libraryPath = m_tmp.filePath(QStringLiteral("lib%1").arg(++n));
    }

    void listAndDetailsShowTheLastFrame()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        const VmBundle framed = makeVm(library, QStringLiteral("Framed"));
        const VmBundle plain = makeVm(library, QStringLiteral("Plain"));
        QVERIFY(writeFrame(framed.path, Qt::red));
        QSettings settings(m_tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::MainWindow window(library, backend, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        App::VmListModel *model = window.model();
        const int framedRow = model->rowOf(framed.path);
        const int plainRow = model->rowOf(plain.path);
        // The list icon is the frame (red), the VM without one keeps its OS icon.
        QCOMPARE(iconCenter(*model, framedRow), QColor(Qt::red));
        QVERIFY(iconCenter(*model, plainRow) != QColor(Qt::red));
        QVERIFY(model->thumbnail(plainRow).isNull());
        // Stored frames are scaled to the thumbnail width when read.
        QCOMPARE(model->thumbnail(framedRow).width(), App::ThumbnailCache::kWidth);

        // The details pane shows it next to the name.
        window.selectVm(framed.path);
        auto *preview = window.findChild<QLabel *>(QStringLiteral("detailsPreview"));
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QCOMPARE(preview->pixmap().width(), App::DetailsPane::kPreviewWidth);
        QCOMPARE(preview->pixmap().toImage().pixelColor(10, 10), QColor(Qt::red));
        window.selectVm(plain.path);
        QVERIFY(!preview->isVisible());

        // A new frame (written by a suspend, or another Emanon) shows within the 1 s poll.
        window.selectVm(framed.path);
        QTest::qWait(1100); // a different modification time
        QVERIFY(writeFrame(framed.path, Qt::blue));
        QTRY_COMPARE_WITH_TIMEOUT(iconCenter(*model, framedRow), QColor(Qt::blue), 2500);
        QTRY_COMPARE_WITH_TIMEOUT(preview->pixmap().toImage().pixelColor(10, 10), QColor(Qt::blue), 1000);
    }

    void runningVmsGetAFreshFrameThatStays()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        const VmBundle vm = makeVm(library, QStringLiteral("Runner"));
        const VmBundle idle = makeVm(library, QStringLiteral("Idle"));
        backend.states[vm.path] = VmRunner::State::Running;
        App::VmListModel model(library, backend);
        App::ThumbnailRefresher refresher(backend, &model);
        QSignalSpy round(&refresher, &App::ThumbnailRefresher::roundFinished);
        refresher.refreshNow();
        QVERIFY(round.wait(5000));
        QCOMPARE(round.at(0).at(0).toStringList(), QStringList{vm.path});
        // Written whole (no temp file left), downscaled to the thumbnail width.
        const QImage written(App::ThumbnailCache::pathFor(vm.path));
        QCOMPARE(written.width(), App::ThumbnailCache::kWidth);
        QCOMPARE(written.height(), 240);
        QCOMPARE(written.pixelColor(5, 5), QColor(Qt::green));
        QCOMPARE(QDir(vm.path).entryList({QStringLiteral(".*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        QVERIFY(!QFile::exists(App::ThumbnailCache::pathFor(idle.path)));
        QTRY_COMPARE_WITH_TIMEOUT(iconCenter(model, model.rowOf(vm.path)), QColor(Qt::green), 2500);

        // After the VM stops, the last frame stays and no capture is tried.
        backend.states[vm.path] = VmRunner::State::Stopped;
        model.refreshStates();
        const int captures = backend.captures;
        refresher.refreshNow(); // nothing runs: the round ends at once
        QCOMPARE(round.size(), 2);
        QCOMPARE(backend.captures, captures);
        QVERIFY(QFile::exists(App::ThumbnailCache::pathFor(vm.path)));
        QCOMPARE(iconCenter(model, model.rowOf(vm.path)), QColor(Qt::green));
    }

    void templatesAreShownAndCannotStart()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        const VmBundle base = makeVm(library, QStringLiteral("Base"), true);
        QSettings settings(m_tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::MainWindow window(library, backend, settings);
        window.show();
        App::VmListModel *model = window.model();
        window.selectVm(base.path);
        QVERIFY(window.actions()->startAction()->isEnabled());
        QCOMPARE(model->index(model->rowOf(base.path), App::VmListModel::StateColumn).data().toString(),
                 QStringLiteral("Stopped"));

        QVERIFY(library.cloneLinked(QStringLiteral("Base"), QStringLiteral("Base clone")).ok());
        model->reload();
        const int row = model->rowOf(base.path);
        QCOMPARE(model->index(row, App::VmListModel::StateColumn).data().toString(),
                 QStringLiteral("Template"));
        QVERIFY(model->index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Base clone")));
        QCOMPARE(model->linkedClones(row), QStringList{QStringLiteral("Base clone")});
        // Start is refused with the reason; the clone itself starts normally.
        QVERIFY(!window.actions()->startAction()->isEnabled());
        QVERIFY2(window.actions()->startAction()->toolTip().contains(QStringLiteral("template of the linked clones Base clone")),
                 qPrintable(window.actions()->startAction()->toolTip()));
        window.selectVm(library.bundlePathFor(QStringLiteral("Base clone")));
        QVERIFY(window.actions()->startAction()->isEnabled());
        QCOMPARE(model->index(model->rowOf(library.bundlePathFor(QStringLiteral("Base clone"))),
                              App::VmListModel::StateColumn).data().toString(),
                 QStringLiteral("Stopped"));
    }

    void switchingTheLanguageRetranslatesTheOpenWindow()
    {
        VmLibrary library(m_libraryPath);
        FakeBackend backend;
        const VmBundle vm = makeVm(library, QStringLiteral("Polyglot"));
        QSettings settings(m_tmp.filePath(QStringLiteral("language.ini")), QSettings::IniFormat);
        settings.setValue(QLatin1String(App::Language::kSettingsKey), QStringLiteral("en"));
        App::Language::install(qApp, QStringLiteral("en"));
        App::MainWindow window(library, backend, settings);
        window.show();
        window.selectVm(vm.path);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("Poly"));
        auto visibleTexts = [&] {
            QStringList texts;
            for (QAction *menu : window.menuBar()->actions())
                texts << menu->text();
            const QList<QAction *> fileMenu = window.menuBar()->actions().first()->menu()->actions();
            texts << fileMenu.first()->text();
            texts << search->placeholderText();
            texts << window.listView()->model()->headerData(0, Qt::Horizontal).toString();
            texts << window.listView()->model()->index(0, App::VmListModel::StateColumn).data().toString();
            texts << window.actions()->startAction()->text();
            texts << window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->windowTitle();
            texts << window.findChild<QGroupBox *>()->title(); // the details pane's "Hardware"
            return texts;
        };
        // Another open window: a VM's console.
        window.openConsole(vm);
        auto *console = window.findChild<App::ConsoleWindow *>();
        QVERIFY(console);
        auto *consoleTabs = console->findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
        auto *sendKey = console->findChild<QToolButton *>(QStringLiteral("sendKeyButton"));
        const int serialTab = consoleTabs->indexOf(console->serialConsole());
        QCOMPARE(consoleTabs->tabText(serialTab), QStringLiteral("Serial console"));
        QCOMPARE(sendKey->text(), QStringLiteral("Send Key"));

        const QStringList english = visibleTexts();
        QCOMPARE(english.first(), QStringLiteral("&File"));
        QVERIFY(english.contains(QStringLiteral("Search virtual machines")));
        QVERIFY(english.contains(QStringLiteral("Stopped")));

        // Chosen in Preferences: applies at once, no restart.
        {
            App::PreferencesDialog prefs(settings, &window);
            auto *combo = prefs.findChild<QComboBox *>(QStringLiteral("languageCombo"));
            combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
            prefs.accept();
        }
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
        const QStringList japanese = visibleTexts();
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(japanese.at(i) != english.at(i), qPrintable(english.at(i) + QStringLiteral(" stayed")));
        QCOMPARE(search->placeholderText(), QStringLiteral("仮想マシンを検索"));
        QCOMPARE(window.actions()->startAction()->text(), QStringLiteral("起動(&S)"));
        QCOMPARE(consoleTabs->tabText(serialTab), QStringLiteral("シリアルコンソール"));
        QCOMPARE(sendKey->text(), QStringLiteral("キー送信"));
        auto *scaling = console->findChild<QToolButton *>(QStringLiteral("scalingButton"));
        QVERIFY(scaling && scaling->menu());
        QCOMPARE(scaling->menu()->actions().first()->text(), QStringLiteral("ウィンドウに合わせる"));
        // The state survives: selection, search text, the menus still work.
        QCOMPARE(search->text(), QStringLiteral("Poly"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(), QStringLiteral("Polyglot"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionPreferences")));
        QCOMPARE(settings.value(QLatin1String(App::Language::kSettingsKey)).toString(), QStringLiteral("ja"));

        // And back.
        {
            App::PreferencesDialog prefs(settings, &window);
            auto *combo = prefs.findChild<QComboBox *>(QStringLiteral("languageCombo"));
            combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
            prefs.accept();
        }
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(visibleTexts(), english);
        QCOMPARE(consoleTabs->tabText(serialTab), QStringLiteral("Serial console"));
        QCOMPARE(scaling->menu()->actions().first()->text(), QStringLiteral("Fit to Window"));
    }

    void vmsOutsideTheDefaultFolderStayListed()
    {
        const QString home = m_libraryPath;
        const QString elsewhere = m_tmp.filePath(QStringLiteral("elsewhere"));
        const QString registryFile = m_tmp.filePath(QStringLiteral("registry/libraries.json"));
        VmLibrary library(home);
        FakeBackend backend;
        makeVm(library, QStringLiteral("At home"));
        VmRegistry registry(registryFile, home);
        QSettings settings(m_tmp.filePath(QStringLiteral("registry.ini")), QSettings::IniFormat);
        App::MainWindow window(library, backend, settings);
        window.setRegistry(&registry);
        window.show();
        App::LibraryActions *libraryActions = window.libraryActions();
        QCOMPARE(window.model()->rowCount(), 1);

        // The wizard creates the VM in the folder the user picked; it is listed and registered.
        QTimer::singleShot(0, this, [elsewhere] {
            auto *wizard = qobject_cast<App::NewVmWizard *>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            wizard->next();
            wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Travelling"));
            wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(elsewhere);
            QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("locationLabel"))->text(),
                     elsewhere + QStringLiteral("/Travelling.emanon"));
            wizard->next();
            wizard->next();
            wizard->findChild<QLineEdit *>(QStringLiteral("newDiskSize"))->setText(QStringLiteral("8M"));
            wizard->next();
            wizard->next();
            wizard->next();
            QCOMPARE(wizard->currentId(), int(App::NewVmWizard::SummaryPageId));
            wizard->button(QWizard::FinishButton)->click();
        });
        window.openNewVmWizard();
        const QString travelling = elsewhere + QStringLiteral("/Travelling.emanon");
        QVERIFY(QFile::exists(travelling + QStringLiteral("/vm.json")));
        QVERIFY(!QFile::exists(library.bundlePathFor(QStringLiteral("Travelling"))));
        QCOMPARE(window.model()->rowCount(), 2);
        QVERIFY(window.model()->rowOf(travelling) >= 0);
        QCOMPARE(VmRegistry::load(registryFile)->bundles(), QStringList{travelling});

        // Remove from List: gone from the list and the file, the folder stays.
        window.selectVm(travelling);
        QVERIFY(libraryActions->removeFromListAction()->isEnabled());
        libraryActions->removeFromListAction()->trigger();
        QCOMPARE(window.model()->rowOf(travelling), -1);
        QVERIFY(QFile::exists(travelling + QStringLiteral("/vm.json")));
        QVERIFY(VmRegistry::load(registryFile)->bundles().isEmpty());
        // VMs of the default folder are always listed: not removable from the list.
        window.selectVm(library.bundlePathFor(QStringLiteral("At home")));
        QVERIFY(!libraryActions->removeFromListAction()->isEnabled());
        QVERIFY(libraryActions->removeFromListAction()->toolTip().contains(QStringLiteral("default library folder")));

        // Add Existing VM brings it back.
        QVERIFY(libraryActions->addExisting(travelling).ok());
        QVERIFY(window.model()->rowOf(travelling) >= 0);
        QCOMPARE(libraryActions->addExisting(elsewhere).error().code, ErrorCode::InvalidArgument);

        // Preferences: a new default folder; the VMs of the old one stay listed.
        const QString newHome = m_tmp.filePath(QStringLiteral("new-home"));
        QTimer::singleShot(0, this, [newHome] {
            auto *prefs = qobject_cast<App::PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(prefs);
            auto *folder = prefs->findChild<QLineEdit *>(QStringLiteral("libraryFolderEdit"));
            QVERIFY(!folder->text().isEmpty());
            folder->setText(newHome);
            prefs->accept();
        });
        window.openPreferences();
        QCOMPARE(registry.defaultRoot(), newHome);
        QCOMPARE(library.root(), newHome); // where the wizard and import put new VMs now
        QCOMPARE(window.model()->rowCount(), 2);
        QVERIFY(window.model()->rowOf(library.bundlePathFor(QStringLiteral("Travelling"))) < 0);
        auto stored = VmRegistry::load(registryFile);
        QCOMPARE(stored->storedDefaultRoot(), newHome);
        QVERIFY(stored->bundles().contains(home + QStringLiteral("/At home.emanon")));
    }
};

QTEST_MAIN(TstGuiLibrary)
#include "tst_gui_library.moc"
