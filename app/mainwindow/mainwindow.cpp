#include "app/mainwindow/mainwindow.h"

#include "app/common/errordialog.h"
#include "app/console/consolewindow.h"
#include "app/mainwindow/detailspane.h"
#include "app/mainwindow/hostpanel.h"
#include "app/mainwindow/libraryactions.h"
#include "app/mainwindow/thumbnailrefresher.h"
#include "app/mainwindow/vmactions.h"
#include "app/mainwindow/vmlistmodel.h"
#include "app/settings/preferencesdialog.h"
#include "app/snapshots/snapshotbrowser.h"
#include "app/settings/vmsettingsdialog.h"
#include "app/wizard/newvmwizard.h"
#include "engine/snapshots/snapshotmanager.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace App {

MainWindow::MainWindow(Engine::VmLibrary &library, Engine::VmBackend &backend,
                       QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_library(library), m_backend(backend), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Emanon"));
    setAccessibleName(tr("Emanon virtual machines"));
    setAcceptDrops(true); // appliance files: see dropEvent()
    m_model = new VmListModel(m_library, m_backend, this);
    m_actions = new VmActions(m_library, m_backend, this);
    m_thumbnails = new ThumbnailRefresher(m_backend, m_model, this);
    m_libraryActions = new LibraryActions(m_library, this);
    connect(m_actions, &VmActions::deleted, m_libraryActions, &LibraryActions::vmDeleted);
    connect(m_libraryActions, &LibraryActions::changed, this, [this] {
        m_library = m_libraryActions->registry().defaultLibrary();
        m_model->setRegistry(m_libraryActions->registry());
    });
    buildCentral();
    buildMenus();

    connect(m_actions, &VmActions::newRequested, this, &MainWindow::openNewVmWizard);
    connect(m_actions, &VmActions::settingsRequested, this, &MainWindow::openSettings);
    connect(m_actions, &VmActions::consoleRequested, this, &MainWindow::openConsole);
    connect(m_actions, &VmActions::snapshotsRequested, this, &MainWindow::openSnapshots);
    connect(m_actions, &VmActions::operationFinished, m_model, &VmListModel::reload);
    connect(m_actions, &VmActions::imported, this, [this](const QString &path) {
        m_model->reload();
        selectVm(path);
    });
    connect(m_model, &VmListModel::vmChanged, this, &MainWindow::onVmChanged);
    connect(m_model, &VmListModel::thumbnailChanged, this, [this](int row) {
        if (row == currentRow())
            m_details->setPreview(m_model->thumbnail(row));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);

    restoreGeometry(m_settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (m_settings.value(QStringLiteral("mainWindow/geometry")).isNull())
        resize(1180, 760);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    onCurrentChanged();
    m_host->probe();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentral()
{
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolBar->setMovable(false);
    m_actions->fillToolBar(toolBar);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VmListModel::SortRole);
    m_proxy->setFilterRole(VmListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search virtual machines"));
    m_search->setAccessibleName(tr("Search virtual machines"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTreeView(left);
    m_view->setObjectName(QStringLiteral("vmList"));
    m_view->setAccessibleName(tr("Virtual machines"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VmListModel::NameColumn, Qt::AscendingOrder);
    m_view->setIconSize(ThumbnailCache::iconSize());
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(VmListModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(VmListModel::StateColumn), int(VmListModel::MemoryColumn),
                       int(VmListModel::CpusColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VmListModel::ProfileColumn, QHeaderView::Interactive);
    header->resizeSection(VmListModel::ProfileColumn, 170);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        m_actions->fillContextMenu(&menu);
        menu.addAction(m_libraryActions->removeFromListAction());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_actions->consoleAction()->isEnabled())
            m_actions->consoleAction()->trigger();
        else if (m_actions->startAction()->isEnabled())
            m_actions->startAction()->trigger();
    });
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view);

    m_details = new DetailsPane(this);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 660});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(splitter, 1);
    m_host = new HostPanel(central);
    layout->addWidget(m_host);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *prefs = file->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(m_libraryActions->addExistingAction());
    file->addAction(m_libraryActions->removeFromListAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *machine = menuBar()->addMenu(tr("&Machine"));
    m_actions->fillMachineMenu(machine);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), m_model, &VmListModel::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *reprobe = view->addAction(tr("Measure the &Accelerator Again"), this,
                                       [this] { m_host->probe(/*refresh=*/true); });
    reprobe->setObjectName(QStringLiteral("actionReprobe"));
    QAction *find = view->addAction(tr("&Find"), this, [this] { m_search->setFocus(); });
    find->setShortcut(QKeySequence::Find);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Emanon"), this, [this] {
        QMessageBox::about(this, tr("About Emanon"),
                           tr("<h3>Emanon %1</h3><p>A desktop hypervisor that keeps old systems "
                              "alive and remembers every state they were in.</p><p>Library: %2</p>")
                               .arg(QApplication::applicationVersion(),
                                    m_library.root().toHtmlEscaped()));
    });
}

void MainWindow::setRegistry(Engine::VmRegistry *registry)
{
    m_libraryActions->setRegistry(registry); // changed() reloads the list
}

int MainWindow::currentRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void MainWindow::selectVm(const QString &bundlePath)
{
    const int row = m_model->rowOf(bundlePath);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void MainWindow::onCurrentChanged()
{
    const int row = currentRow();
    m_libraryActions->setCurrent(row < 0 ? QString() : m_model->entry(row).path);
    if (row < 0) {
        m_shownPath.clear();
        m_actions->setCurrent(nullptr, {});
        m_details->showNothing(m_model->rowCount());
        statusBar()->showMessage(tr("%n virtual machine(s)", nullptr, m_model->rowCount()));
        return;
    }
    const Engine::VmEntry &entry = m_model->entry(row);
    m_actions->setCurrent(&entry, m_model->runInfo(row), m_model->linkedClones(row));
    const bool newVm = entry.path != m_shownPath;
    m_shownPath = entry.path;
    m_details->showVm(entry, m_model->runInfo(row), newVm);
    m_details->setPreview(m_model->thumbnail(row));
    statusBar()->showMessage(tr("%n virtual machine(s)", nullptr, m_model->rowCount()));
}

void MainWindow::onVmChanged(int row)
{
    if (row != currentRow())
        return;
    const Engine::VmEntry &entry = m_model->entry(row);
    m_actions->setCurrent(&entry, m_model->runInfo(row), m_model->linkedClones(row));
    m_details->showVm(entry, m_model->runInfo(row), /*refreshDisks=*/true);
    m_details->setPreview(m_model->thumbnail(row));
}

void MainWindow::openNewVmWizard()
{
    NewVmWizard wizard(m_library, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const Engine::VmBundle created = wizard.createdVm();
    m_libraryActions->vmCreated(created.path);
    m_model->reload();
    selectVm(created.path);
    if (wizard.startNow())
        m_actions->startVm(created);
}

void MainWindow::openSettings(const Engine::VmBundle &bundle)
{
    VmSettingsDialog dialog(m_library, m_backend, bundle, this);
    dialog.exec();
    m_model->reload();
    m_shownPath.clear();
    onCurrentChanged();
}

void MainWindow::openConsole(const Engine::VmBundle &bundle)
{
    auto *console = new ConsoleWindow(m_backend, bundle, this);
    console->setAttribute(Qt::WA_DeleteOnClose);
    console->setReleaseHotkey(PreferencesDialog::releaseHotkey(m_settings));
    console->setResolutionSaver([this, id = bundle.config.uuid.toString()](const QString &resolution) {
        auto fresh = m_library.open(id); // the VM's settings as they are now
        if (!fresh)
            return fresh.error().message;
        fresh->config.display.resolution = resolution;
        const Engine::Status saved = m_library.save(*fresh);
        return saved ? QString() : saved.error().message;
    });
    console->show();
}

void MainWindow::openSnapshots(const Engine::VmBundle &bundle)
{
    // One window per opening: it owns the manager the browser works through.
    auto *window = new QWidget(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("snapshotWindow"));
    window->setWindowTitle(tr("%1 — Snapshots").arg(bundle.name()));
    window->setAccessibleName(window->windowTitle());
    auto *manager = new Engine::SnapshotManager(bundle, m_backend, window);
    if (Engine::Status s = manager->reload(); !s) {
        showError(this, tr("Could not read the snapshots of %1").arg(bundle.name()), s.error());
        window->deleteLater();
        return;
    }
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new SnapshotBrowser(manager, window));
    window->resize(860, 560);
    window->show();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.setLibraryFolder(m_libraryActions->registry().defaultRoot());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.libraryFolder().isEmpty()
        && QDir::cleanPath(dialog.libraryFolder()) != m_libraryActions->registry().defaultRoot()) {
        if (Engine::Status s = m_libraryActions->setDefaultFolder(dialog.libraryFolder()); !s)
            showError(this, tr("Could not change the default library folder"), s.error());
    }
    for (ConsoleWindow *console : findChildren<ConsoleWindow *>(Qt::FindDirectChildrenOnly))
        console->setReleaseHotkey(PreferencesDialog::releaseHotkey(m_settings));
}

namespace {
/// The appliance file of a drag, or an empty string: one local .ova, .ovf or .zip file.
QString droppedAppliance(const QMimeData *mime)
{
    const QList<QUrl> urls = mime ? mime->urls() : QList<QUrl>();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    for (const char *suffix : {".ova", ".ovf", ".zip"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return path;
    return {};
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedAppliance(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedAppliance(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop: the drag source waits until the drop handler returns.
    QMetaObject::invokeMethod(m_actions, [this, path] { m_actions->importAppliance(path); }, Qt::QueuedConnection);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Emanon"));
    setAccessibleName(tr("Emanon virtual machines"));
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        toolBar->setWindowTitle(tr("Main"));
        toolBar->setAccessibleName(tr("Main toolbar"));
    }
    m_search->setPlaceholderText(tr("Search virtual machines"));
    m_search->setAccessibleName(tr("Search virtual machines"));
    m_view->setAccessibleName(tr("Virtual machines"));
    m_actions->retranslate();
    m_libraryActions->retranslate();
    m_model->retranslate();
    // Menus are rebuilt: their own actions (Preferences, Quit, ...) are made with their texts.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->clear();
    for (QAction *menu : menus)
        delete menu->menu();
    buildMenus();
    // The details pane and host panel are made anew: they are cheap, and their texts are
    // composed in many places. They get the next LanguageChange of the window too, harmlessly.
    auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *details = new DetailsPane(this);
    splitter->replaceWidget(splitter->indexOf(m_details), details);
    m_details->deleteLater();
    m_details = details;
    auto *host = new HostPanel(centralWidget());
    delete centralWidget()->layout()->replaceWidget(m_host, host);
    m_host->deleteLater();
    m_host = host;
    m_host->probe();
    m_shownPath.clear();
    onCurrentChanged();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // VMs outlive the window; with the preference on they are suspended first. Canceling
    // one of those suspends cancels the quit.
    if (PreferencesDialog::suspendOnQuit(m_settings) && !m_actions->suspendAllRunning()) {
        event->ignore();
        return;
    }
    m_settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace App
