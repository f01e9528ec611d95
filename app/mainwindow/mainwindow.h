// MainWindow: the library window. Assembles the features (VM list, details pane, host panel,
// actions) and opens the wizard, settings and console windows; it owns no VM logic itself.
// Collaborators (library, backend, settings) are passed in, so tests hand their own.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QMainWindow>
#include <QPointer>

class QLineEdit;
namespace Engine {
class VmRegistry;
}
class QSettings;
class QSortFilterProxyModel;
class QTreeView;

namespace App {

class DetailsPane;
class HostPanel;
class LibraryActions;
class ThumbnailRefresher;
class VmActions;
class VmListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Engine::VmLibrary &library, Engine::VmBackend &backend, QSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] VmListModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *listView() const { return m_view; }
    [[nodiscard]] VmActions *actions() const { return m_actions; }
    [[nodiscard]] ThumbnailRefresher *thumbnailRefresher() const { return m_thumbnails; }
    /// Selects the VM with this bundle path (if listed).
    void selectVm(const QString &bundlePath);
    /// Lists every VM of `registry` (default folder and registered bundles) and keeps it up
    /// to date (Add Existing VM, Remove from List, new VMs elsewhere, the default folder in
    /// Preferences); without one only `library` is listed. It must outlive the window.
    void setRegistry(Engine::VmRegistry *registry);
    [[nodiscard]] LibraryActions *libraryActions() const { return m_libraryActions; }

public Q_SLOTS:
    void openNewVmWizard();
    void openSettings(const Engine::VmBundle &bundle);
    void openConsole(const Engine::VmBundle &bundle);
    void openSnapshots(const Engine::VmBundle &bundle);
    void openPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// QEvent::LanguageChange (Preferences switched the language): retranslate().
    void changeEvent(QEvent *event) override;
    /// A dropped .ova / .ovf / .zip file opens the import wizard on it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    /// Every text of the window again in the current language: menus are rebuilt, the
    /// actions, list, details and host panel retranslated; the selection and search stay.
    void retranslate();
    void buildCentral();
    void onCurrentChanged();
    void onVmChanged(int row);
    [[nodiscard]] int currentRow() const;

    Engine::VmLibrary &m_library;
    Engine::VmBackend &m_backend;
    QSettings &m_settings;
    VmListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    DetailsPane *m_details = nullptr;
    HostPanel *m_host = nullptr;
    VmActions *m_actions = nullptr;
    ThumbnailRefresher *m_thumbnails = nullptr;
    LibraryActions *m_libraryActions = nullptr;
    QString m_shownPath;
};

} // namespace App
