#include "app/snapshots/snapshotbrowser.h"

#include "app/common/errordialog.h"
#include "app/common/jobdialog.h"
#include "app/snapshots/snapshottreemodel.h"
#include "engine/snapshots/snapshotmanager.h"
#include "engine/storage/diskimage.h"

#include <QAction>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Engine;

namespace App {

SnapshotPrompts SnapshotPrompts::dialogs()
{
    SnapshotPrompts p;
    p.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    p.askName = [](QWidget *parent, const QString &title, const QString &label,
                   const QString &initial) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    p.showError = [](QWidget *parent, const QString &title, const Error &error) {
        App::showError(parent, title, error);
    };
    p.runJob = [](QWidget *parent, Job *job) {
        return JobDialog::run(parent, job, false) ==
               JobDialog::Outcome::Succeeded; // failures: showError
    };
    return p;
}

SnapshotBrowser::SnapshotBrowser(SnapshotManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_prompts(SnapshotPrompts::dialogs())
{
    m_model = new SnapshotTreeModel(manager, this);
    buildUi();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateDetails();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    // Other processes (emanonctl, another window) change the snapshots too: follow the bundle
    // folder, where snapshots.json is replaced atomically, and reload a moment later.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        const QString id = selectedId();
        (void)m_manager->reload(); // its error is shown in the status line
        select(id);
    });
    auto *watcher = new QFileSystemWatcher({m_manager->vm().path}, this);
    connect(watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    m_view->expandAll();
    const QModelIndex here = m_model->hereIndex();
    if (here.isValid())
        m_view->setCurrentIndex(here);
    updateDetails();
    updateActions();
}

SnapshotBrowser::~SnapshotBrowser() = default;

void SnapshotBrowser::retext(const std::function<void()> &setTexts)
{
    setTexts();
    m_retexts.append(setTexts);
}

void SnapshotBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_view) {
        for (const auto &setTexts : std::as_const(m_retexts))
            setTexts();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        updateDetails();
        updateActions();
    }
    QWidget::changeEvent(event);
}

void SnapshotBrowser::buildActions()
{
    retext([this] { setAccessibleName(tr("Snapshots of %1").arg(m_manager->vm().config.name)); });
    auto makeAction = [this](const QString &text, const QKeySequence &key,
                             void (SnapshotBrowser::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_take = makeAction(tr("&Take Snapshot..."), QKeySequence(Qt::CTRL | Qt::Key_T),
                        &SnapshotBrowser::takeSnapshot);
    m_revert = makeAction(tr("&Revert to Snapshot"), QKeySequence(Qt::CTRL | Qt::Key_R),
                          &SnapshotBrowser::revertToSelected);
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelected(false); });
    addAction(m_delete);
    m_deleteBranch = new QAction(tr("Delete &Branch"), this);
    m_deleteBranch->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_deleteBranch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteBranch, &QAction::triggered, this, [this] { deleteSelected(true); });
    addAction(m_deleteBranch);
    m_rename =
        makeAction(tr("Re&name..."), QKeySequence(Qt::Key_F2), &SnapshotBrowser::renameSelected);
    retext([this] {
        m_take->setText(tr("&Take Snapshot..."));
        m_revert->setText(tr("&Revert to Snapshot"));
        m_delete->setText(tr("&Delete"));
        m_deleteBranch->setText(tr("Delete &Branch"));
        m_rename->setText(tr("Re&name..."));
    });
}

QWidget *SnapshotBrowser::buildDetails()
{
    auto *details = new QWidget(this);
    auto *dl = new QVBoxLayout(details);
    m_screenshot = new QLabel(details);
    m_screenshot->setAlignment(Qt::AlignCenter);
    m_summary = new QLabel(details);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *descLabel = new QLabel(details);
    m_description = new QPlainTextEdit(details);
    m_description->setTabChangesFocus(true);
    descLabel->setBuddy(m_description);
    m_saveDescription = new QPushButton(details);
    connect(m_saveDescription, &QPushButton::clicked, this, &SnapshotBrowser::saveDescription);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { m_saveDescription->setEnabled(!selectedId().isEmpty()); });
    auto *diffLabel = new QLabel(details);
    m_differences = new QPlainTextEdit(details);
    m_differences->setReadOnly(true);
    m_differences->setTabChangesFocus(true);
    diffLabel->setBuddy(m_differences);
    retext([this, descLabel, diffLabel] {
        m_screenshot->setAccessibleName(tr("Screenshot at the time of the snapshot"));
        m_summary->setAccessibleName(tr("Snapshot details"));
        descLabel->setText(tr("D&escription:"));
        m_description->setAccessibleName(tr("Description"));
        m_saveDescription->setText(tr("&Save Description"));
        m_saveDescription->setAccessibleName(tr("Save description"));
        diffLabel->setText(tr("Settings that differ from now (then -> now):"));
        m_differences->setAccessibleName(tr("Settings that differ from now"));
    });
    for (QWidget *w : {static_cast<QWidget *>(m_screenshot), static_cast<QWidget *>(m_summary),
                       static_cast<QWidget *>(descLabel), static_cast<QWidget *>(m_description),
                       static_cast<QWidget *>(m_saveDescription), static_cast<QWidget *>(diffLabel),
                       static_cast<QWidget *>(m_differences)})
        dl->addWidget(w);
    return details;
}

void SnapshotBrowser::buildUi()
{
    buildActions();
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_take, m_revert, m_delete, m_deleteBranch, m_rename}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        retext([a, b] {
            b->setAccessibleName(
                QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("...")));
        });
        buttons->addWidget(b);
    }
    buttons->addStretch();

    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    retext([this] { m_view->setAccessibleName(tr("Snapshot tree")); });
    m_view->setIconSize(SnapshotTreeModel::thumbnailSize());
    m_view->setUniformRowHeights(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_take, m_revert, m_delete, m_deleteBranch, m_rename});
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::NameColumn, QHeaderView::Stretch);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (m_revert->isEnabled())
            revertToSelected();
    });

    QWidget *details = buildDetails();
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    retext([this] { m_status->setAccessibleName(tr("Status")); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_view);
}

QString SnapshotBrowser::selectedId() const
{
    return m_view->currentIndex().data(SnapshotTreeModel::IdRole).toString();
}

void SnapshotBrowser::select(const QString &id)
{
    const QModelIndex i = id.isEmpty() ? m_model->hereIndex() : m_model->indexOfId(id);
    if (i.isValid())
        m_view->setCurrentIndex(i);
}

void SnapshotBrowser::updateDetails()
{
    const SnapshotNode *n = m_manager->tree().find(selectedId());
    m_description->blockSignals(true);
    m_description->setPlainText(n ? n->description : QString());
    m_description->blockSignals(false);
    m_description->setEnabled(n);
    m_saveDescription->setEnabled(false);
    m_screenshot->clear();
    if (!n) {
        m_summary->setText(m_view->currentIndex().data(SnapshotTreeModel::IsHereRole).toBool()
                               ? tr("The VM's present state.")
                               : tr("Select a snapshot."));
        m_differences->clear();
        return;
    }
    if (!n->screenshot.isEmpty()) {
        const QPixmap p(m_manager->vm().resolve(n->screenshot));
        if (!p.isNull())
            m_screenshot->setPixmap(
                p.scaled(320, 200, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    QStringList lines{
        QStringLiteral("<b>%1</b>").arg(n->name.toHtmlEscaped()),
        tr("Taken %1").arg(QLocale().toString(n->createdAt.toLocalTime(), QLocale::LongFormat))};
    if (n->kind == SnapshotNode::Kind::Live)
        lines << tr("Running machine (memory %1), guest time %2 s")
                     .arg(DiskImage::formatSize(n->vmStateSizeBytes))
                     .arg(n->guestRunTimeMs / 1000);
    else
        lines << tr("Disks only (the VM was off)");
    if (n->broken)
        lines << tr("Broken: %1").arg(n->brokenReason.toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    if (n->config.isEmpty()) {
        m_differences->setPlainText(tr("Not recorded: this snapshot was made outside Emanon."));
    } else {
        const QStringList diff =
            SnapshotManager::configDifferences(n->config, m_manager->vm().config.toJsonObject());
        m_differences->setPlainText(diff.isEmpty() ? tr("None: the settings are as they were.")
                                                   : diff.join(QLatin1Char('\n')));
    }
}

void SnapshotBrowser::updateActions()
{
    const QString id = selectedId();
    const bool has = !id.isEmpty();
    QString why;
    if (auto refused = m_manager->takeRefusal())
        why = refused->message;
    m_take->setEnabled(why.isEmpty() && m_manager->loadError().code == ErrorCode::None);
    m_take->setToolTip(why.isEmpty() ? tr("Save the VM's present state as a new snapshot.") : why);
    std::optional<Error> revertWhy = has ? m_manager->revertRefusal(id) : std::nullopt;
    m_revert->setEnabled(has && !revertWhy);
    m_revert->setToolTip(revertWhy ? revertWhy->message : tr("Go back to the selected snapshot."));
    m_delete->setEnabled(has);
    m_deleteBranch->setEnabled(has);
    m_rename->setEnabled(has);
    if (m_manager->loadError().code != ErrorCode::None)
        m_status->setText(m_manager->loadError().message);
    else if (revertWhy && has)
        m_status->setText(revertWhy->message);
    else
        m_status->setText(why);
}

bool SnapshotBrowser::runJob(Job *job)
{
    const bool ok = m_prompts.runJob(this, job);
    job->deleteLater();
    return ok;
}

void SnapshotBrowser::afterChange()
{
    updateDetails();
    updateActions();
}

void SnapshotBrowser::takeSnapshot()
{
    const auto name =
        m_prompts.askName(this, tr("Take Snapshot"), tr("Name of the new snapshot:"),
                          tr("Snapshot %1").arg(m_manager->tree().nodes().size() + 1));
    if (!name)
        return;
    SnapshotJob *job = m_manager->take(*name, {}, this);
    const QString title = job->title();
    connect(job, &Job::failed, this,
            [this, title](const Error &e) { m_prompts.showError(this, title, e); });
    if (runJob(job))
        select(job->snapshotId());
    afterChange();
}

void SnapshotBrowser::revertToSelected()
{
    const SnapshotNode *n = m_manager->tree().find(selectedId());
    if (!n)
        return;
    if (!m_prompts.confirm(this, tr("Revert to Snapshot"),
                           tr("Revert %1 to \"%2\"? Its present state is lost unless you take a "
                              "snapshot of it first.")
                               .arg(m_manager->vm().config.name, n->name)))
        return;
    SnapshotJob *job = m_manager->revert(n->id, this);
    const QString title = job->title();
    connect(job, &Job::failed, this,
            [this, title](const Error &e) { m_prompts.showError(this, title, e); });
    if (runJob(job))
        select({});
    afterChange();
}

void SnapshotBrowser::deleteSelected(bool branch)
{
    const SnapshotNode *n = m_manager->tree().find(selectedId());
    if (!n)
        return;
    const int count = int(m_manager->tree().branch(n->id).size());
    const QString text =
        branch ? tr("Delete \"%1\" and the %n snapshot(s) below it? This cannot be undone.",
                    nullptr, count - 1)
                     .arg(n->name)
               : tr("Delete \"%1\"? The snapshots below it move up to its parent. This cannot be "
                    "undone.")
                     .arg(n->name);
    if (!m_prompts.confirm(this, branch ? tr("Delete Branch") : tr("Delete Snapshot"), text))
        return;
    SnapshotJob *job = m_manager->remove(n->id, branch, this);
    const QString title = job->title();
    connect(job, &Job::failed, this,
            [this, title](const Error &e) { m_prompts.showError(this, title, e); });
    runJob(job);
    afterChange();
}

void SnapshotBrowser::renameSelected()
{
    const SnapshotNode *n = m_manager->tree().find(selectedId());
    if (!n)
        return;
    const QString id = n->id;
    const auto name = m_prompts.askName(this, tr("Rename Snapshot"), tr("New name:"), n->name);
    if (!name)
        return;
    if (Status s = m_manager->rename(id, *name); !s)
        m_prompts.showError(this, tr("Could not rename the snapshot"), s.error());
    select(id);
    afterChange();
}

void SnapshotBrowser::saveDescription()
{
    const QString id = selectedId();
    if (Status s = m_manager->describe(id, m_description->toPlainText()); !s)
        m_prompts.showError(this, tr("Could not save the description"), s.error());
    select(id);
    afterChange();
}

} // namespace App
