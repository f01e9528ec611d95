// SnapshotBrowser: the snapshot tree browser of one VM (a dock or window of the main window).
//
// A tree of the VM's snapshots (SnapshotTreeModel: thumbnails, names, dates, "You are here"),
// a details pane (screenshot, kind, guest time, an editable description, the settings that
// differ from the VM's present ones) and the actions Take, Revert, Delete, Delete branch and
// Rename, each with a confirmation where something is lost, and with progress (JobDialog).
// Refused actions are disabled and say why in their tooltip and the status line.
// Everything is reachable from the keyboard (shortcuts on the actions, tab order, accessible
// names). Changes made by other processes (emanonctl) show up within a second. It works
// against any VmBackend through SnapshotManager, so tests use a fake one.
// GUI thread only.
#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace Engine {
struct Error;
class Job;
class SnapshotManager;
} // namespace Engine

namespace App {

class SnapshotTreeModel;

/// The questions the browser asks the user. Defaults are message boxes and input dialogs;
/// tests replace them.
struct SnapshotPrompts
{
    std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
    std::function<std::optional<QString>(QWidget *parent, const QString &title,
                                         const QString &label, const QString &initial)>
        askName;
    std::function<void(QWidget *parent, const QString &title, const Engine::Error &error)>
        showError;
    /// Runs a job to its end with progress; returns whether it succeeded.
    std::function<bool(QWidget *parent, Engine::Job *job)> runJob;

    static SnapshotPrompts dialogs();
};

class SnapshotBrowser : public QWidget
{
    Q_OBJECT
public:
    /// The manager is not owned; it must outlive the browser. Call manager->reload() first.
    explicit SnapshotBrowser(Engine::SnapshotManager *manager, QWidget *parent = nullptr);
    ~SnapshotBrowser() override;

    void setPrompts(const SnapshotPrompts &prompts) { m_prompts = prompts; }
    [[nodiscard]] SnapshotTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// The snapshot selected (empty when none, or "You are here").
    [[nodiscard]] QString selectedId() const;
    void select(const QString &id);

    QAction *takeAction() const { return m_take; }
    QAction *revertAction() const { return m_revert; }
    QAction *deleteAction() const { return m_delete; }
    QAction *deleteBranchAction() const { return m_deleteBranch; }
    QAction *renameAction() const { return m_rename; }

public Q_SLOTS:
    void takeSnapshot();
    void revertToSelected();
    void deleteSelected(bool branch = false);
    void renameSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Runs `setTexts` now and again on every language change.
    void retext(const std::function<void()> &setTexts);
    void buildUi();
    void buildActions();
    QWidget *buildDetails();
    void updateDetails();
    void updateActions();
    void saveDescription();
    void afterChange();
    bool runJob(Engine::Job *job);

    Engine::SnapshotManager *m_manager;
    SnapshotTreeModel *m_model = nullptr;
    SnapshotPrompts m_prompts;
    QTreeView *m_view = nullptr;
    QLabel *m_screenshot = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QList<std::function<void()>> m_retexts;
    QPlainTextEdit *m_description = nullptr;
    QPushButton *m_saveDescription = nullptr;
    QPlainTextEdit *m_differences = nullptr;
    QAction *m_take = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_deleteBranch = nullptr;
    QAction *m_rename = nullptr;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace App
