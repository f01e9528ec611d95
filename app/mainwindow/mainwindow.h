// MainWindow: the library window. Assembles the features (VM list, details pane, host panel,
// actions) and opens the wizard, settings and console windows; it owns no VM logic itself.
// Collaborators (library, backend, settings) are passed in, so tests hand their own.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QMainWindow>
#include <QPointer>

class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QTreeView;

namespace App {

class DetailsPane;
class HostPanel;
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
    /// Selects the VM with this bundle path (if listed).
    void selectVm(const QString &bundlePath);

public Q_SLOTS:
    void openNewVmWizard();
    void openSettings(const Engine::VmBundle &bundle);
    void openConsole(const Engine::VmBundle &bundle);
    void openSnapshots(const Engine::VmBundle &bundle);
    void openPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
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
    QString m_shownPath;
};

} // namespace App
