// GUI side of suspend/resume (offscreen, fake backend): the Suspend and Discard actions follow
// the VM's state with the engine's reasons, Start of a Saved VM says it resumes, Suspend runs
// the backend's job, Discard asks first, and the "suspend on quit" preference is stored and
// honoured when the main window closes.
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/vmactions.h"
#include "app/settings/preferencesdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Engine;
using State = VmRunner::State;
using App::PreferencesDialog;
using App::VmActions;

namespace {

class FakeBackend;

/// Suspends in the fake world: progress, then the VM is Saved.
class FakeSuspendJob : public Job
{
public:
    FakeSuspendJob(QHash<QString, VmRunner::State> &states, QString path, QObject *parent)
        : Job(parent), m_states(states), m_path(std::move(path))
    {
    }
    QString title() const override { return QStringLiteral("Suspending"); }

protected:
    void doStart() override
    {
        reportProgress(50, QStringLiteral("Saving memory"));
        QTimer::singleShot(10, this, [this] {
            m_states[m_path] = VmRunner::State::Saved;
            finishSuccess();
        });
    }
    void doCancel() override { finishCanceled(); }

private:
    QHash<QString, VmRunner::State> &m_states;
    QString m_path;
};

class FakeBackend : public VmBackend
{
public:
    QString id() const override { return QStringLiteral("fake"); }
    VmRunInfo query(const VmBundle &vm) override
    {
        VmRunInfo info;
        info.state = states.value(vm.path, State::Stopped);
        return info;
    }
    Result<VmRunInfo> start(const VmBundle &vm, const QString &) override { return query(vm); }
    Status request(const VmBundle &, Operation, const QJsonObject &) override { return {}; }
    Result<QString> consoleEndpoint(const VmBundle &) override
    {
        return Error(ErrorCode::Unsupported, QStringLiteral("fake"));
    }
    Status changeMedium(VmBundle &, const QString &, const QString &) override { return {}; }
    Status ejectMedium(VmBundle &, const QString &) override { return {}; }
    Result<DiskSnapshotMap> diskSnapshots(const VmBundle &) override { return DiskSnapshotMap(); }
    Job *snapshotJob(const VmBundle &, const SnapshotRequest &, QObject *) override { return nullptr; }
    Job *suspendJob(const VmBundle &vm, QObject *parent) override
    {
        suspended << vm.config.name;
        return new FakeSuspendJob(states, vm.path, parent);
    }
    Status discardSavedState(const VmBundle &vm) override
    {
        discarded << vm.config.name;
        states[vm.path] = State::Stopped;
        return {};
    }

    QHash<QString, State> states;
    QStringList suspended;
    QStringList discarded;
};

/// Answers the next modal message box by clicking the button with this text (or closing it).
void answerNextBox(const QString &buttonText)
{
    QTimer::singleShot(50, [buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextBox(buttonText);
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == buttonText) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TstGuiSuspend : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    VmEntry makeVm(VmLibrary &lib, const QString &name)
    {
        VmConfig c;
        c.name = name;
        auto vm = lib.create(c);
        if (!vm)
            qWarning("%s", qPrintable(vm.error().toString()));
        VmEntry e;
        e.path = vm ? vm->path : QString();
        e.name = name;
        e.config = vm ? vm->config : c;
        return e;
    }

private Q_SLOTS:
    void actionsFollowTheSavedState()
    {
        VmLibrary lib(m_tmp.filePath(QStringLiteral("a")));
        FakeBackend backend;
        QWidget window;
        VmActions actions(lib, backend, &window);
        const VmEntry e = makeVm(lib, QStringLiteral("Sleeper"));

        VmRunInfo run;
        run.state = State::Running;
        actions.setCurrent(&e, run);
        QVERIFY(actions.suspendAction()->isEnabled());
        QVERIFY(!actions.discardAction()->isEnabled());
        QVERIFY2(actions.discardAction()->toolTip().contains(QStringLiteral("no saved state")),
                 qPrintable(actions.discardAction()->toolTip()));

        run.state = State::Saved;
        actions.setCurrent(&e, run);
        QVERIFY(!actions.suspendAction()->isEnabled());
        QVERIFY(actions.suspendAction()->toolTip().contains(QStringLiteral("saved")));
        QVERIFY(actions.discardAction()->isEnabled());
        QVERIFY(actions.startAction()->isEnabled());
        QVERIFY2(actions.startAction()->toolTip().contains(QStringLiteral("Resume")),
                 qPrintable(actions.startAction()->toolTip()));
        QVERIFY(!actions.consoleAction()->isEnabled());
        QVERIFY(actions.deleteAction()->isEnabled());
    }

    void suspendRunsTheJobAndDiscardAsksFirst()
    {
        VmLibrary lib(m_tmp.filePath(QStringLiteral("b")));
        FakeBackend backend;
        QWidget window;
        VmActions actions(lib, backend, &window);
        const VmEntry e = makeVm(lib, QStringLiteral("Worker"));
        backend.states[e.path] = State::Running;
        actions.setCurrent(&e, backend.query(VmBundle{e.path, e.config}));
        actions.suspendAction()->trigger();
        QCOMPARE(backend.suspended, QStringList{QStringLiteral("Worker")});
        QCOMPARE(backend.states.value(e.path), State::Saved);

        actions.setCurrent(&e, backend.query(VmBundle{e.path, e.config}));
        answerNextBox(QStringLiteral("Cancel"));
        actions.discardAction()->trigger();
        QVERIFY(backend.discarded.isEmpty());
        answerNextBox(QStringLiteral("Discard"));
        actions.discardAction()->trigger();
        QCOMPARE(backend.discarded, QStringList{QStringLiteral("Worker")});
    }

    void preferenceIsStored()
    {
        QSettings settings(m_tmp.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        QVERIFY(!PreferencesDialog::suspendOnQuit(settings));
        PreferencesDialog dialog(settings);
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("suspendOnQuitCheck"));
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        check->setChecked(true);
        dialog.accept();
        QVERIFY(PreferencesDialog::suspendOnQuit(settings));
    }

    void quitSuspendsRunningVmsOnlyWhenAsked()
    {
        for (const bool on : {false, true}) {
            VmLibrary lib(m_tmp.filePath(on ? QStringLiteral("q1") : QStringLiteral("q0")));
            FakeBackend backend;
            const VmEntry running = makeVm(lib, QStringLiteral("Busy"));
            const VmEntry stopped = makeVm(lib, QStringLiteral("Idle"));
            backend.states[running.path] = State::Running;
            QSettings settings(m_tmp.filePath(QStringLiteral("quit%1.ini").arg(on)), QSettings::IniFormat);
            settings.setValue(QLatin1String(PreferencesDialog::kSuspendOnQuitKey), on);
            App::MainWindow window(lib, backend, settings);
            window.show();
            QVERIFY(window.close());
            QCOMPARE(backend.suspended, on ? QStringList{QStringLiteral("Busy")} : QStringList());
            QCOMPARE(backend.states.value(running.path), on ? State::Saved : State::Running);
        }
    }
};

QTEST_MAIN(TstGuiSuspend)
#include "tst_gui_suspend.moc"
