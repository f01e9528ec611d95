// GUI integration tests with real QEMU, real supervisors and the real emanonctl: the VM list
// follows state changes made by `emanonctl` (start, stop, a QEMU killed with SIGKILL) within
// a second; the settings dialog refuses to edit a running VM and says why; the new-VM wizard,
// driven like a user would, creates a VM from the legacy-disk test guest (converted into the
// bundle, with a legacy profile) and starts it, and the guest boots.
// Set EMANON_SCREENSHOT_DIR to also save pictures of the windows it shows (scripts/screenshots).
#include "app/console/consolewindow.h"
#include "app/console/serialconsoleview.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/thumbnailcache.h"
#include "app/mainwindow/thumbnailrefresher.h"
#include "app/mainwindow/vmactions.h"
#include "app/mainwindow/vmlistmodel.h"
#include "app/settings/vmsettingsdialog.h"
#include "app/wizard/newvmwizard.h"
#include "app/wizard/profilepage.h"
#include "display/widget/displaywidget.h"
#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <csignal>

using namespace Engine;

class TstGuiLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_ctl;
    QString m_library;

    struct CtlResult
    {
        int exitCode = -1;
        QString out;
    };

    CtlResult ctl(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProgram(m_ctl);
        p.setArguments(QStringList{QStringLiteral("--library"), m_library} + args);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start();
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    static void snap(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("EMANON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QString stateOf(App::MainWindow &window, const QString &bundlePath)
    {
        App::VmListModel *model = window.model();
        const int row = model->rowOf(bundlePath);
        return row < 0 ? QString()
                       : model->index(row, App::VmListModel::StateColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_ctl = QStringLiteral(EMANON_BINARY_DIR) + QStringLiteral("/app/ctl/emanonctl");
        QVERIFY2(QFileInfo(m_ctl).isExecutable(), qPrintable(m_ctl));
        qputenv("EMANON_CTL", m_ctl.toUtf8());
        // A short runtime path: socket paths must fit in sun_path.
        const QString runtime = QDir::tempPath() + QStringLiteral("/egui-")
                                + QString::number(QCoreApplication::applicationPid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("EMANON_RUNTIME_DIR", runtime.toUtf8());
        m_library = m_tmp.filePath(QStringLiteral("lib"));
        // Screenshots must not show a temporary path: scripts/screenshots gives a neutral one.
        if (qEnvironmentVariableIsSet("EMANON_SCREENSHOT_DIR") && qEnvironmentVariableIsSet("EMANON_LIBRARY"))
            m_library = qEnvironmentVariable("EMANON_LIBRARY");
        qputenv("EMANON_LIBRARY", m_library.toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanupTestCase()
    {
        // Never leave a VM running, whatever failed.
        for (const QString &name : {QStringLiteral("Live"), QStringLiteral("Legacy")})
            ctl({QStringLiteral("stop"), name, QStringLiteral("--force")}, 30000);
        QDir(qEnvironmentVariable("EMANON_RUNTIME_DIR")).removeRecursively();
    }

    void listFollowsEmanonctlAndSettingsRefuseARunningVm()
    {
        const QString kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
        const QString initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
        if (kernel.isEmpty() || initrd.isEmpty()) {
            if (TestUtil::guestsRequired())
                QFAIL("linux-initramfs guest not built");
            QSKIP("linux-initramfs guest not built");
        }
        CtlResult created = ctl({QStringLiteral("create"), QStringLiteral("Live"), QStringLiteral("--profile"),
                                 QStringLiteral("linux"), QStringLiteral("--memory"), QStringLiteral("256"),
                                 QStringLiteral("--kernel"), kernel, QStringLiteral("--initrd"), initrd,
                                 QStringLiteral("--append"), QStringLiteral("console=ttyS0")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.out));

        VmLibrary library(m_library);
        LocalQemuBackend backend;
        QSettings settings(m_tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::MainWindow window(library, backend, settings);
        window.show();
        const QString path = library.bundlePathFor(QStringLiteral("Live"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, path), QStringLiteral("Stopped"), 5000);
        window.selectVm(path);

        // Started by another program: the list shows it within a second of `start` returning.
        CtlResult started = ctl({QStringLiteral("start"), QStringLiteral("Live")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out));
        QElapsedTimer shown;
        shown.start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, path), QStringLiteral("Running"), 1000);
        qInfo("list showed Running %lld ms after emanonctl start returned", shown.elapsed());
        QVERIFY(!window.actions()->startAction()->isEnabled());
        QVERIFY(window.actions()->stopAction()->isEnabled());
        QVERIFY(window.actions()->consoleAction()->isEnabled());
        snap(&window, QStringLiteral("main-window"));

        // The console window attaches to the serial port and shows the state.
        {
            App::ConsoleWindow console(backend, *library.open(QStringLiteral("Live")));
            console.show();
            QVERIFY(console.stateText().startsWith(QStringLiteral("Running")));
            // The VM has a SPICE display: the screen is shown and paints the guest's frames.
            QVERIFY(console.display());
            QTRY_VERIFY_WITH_TIMEOUT(console.display()->paintedFrames() > 0, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(console.serialConsole()->isAttached(), 5000);
            console.serialConsole()->sendToGuest("\r");
            QTRY_VERIFY_WITH_TIMEOUT(!console.serialConsole()->toPlainText().isEmpty(), 60000);
            snap(&console, QStringLiteral("console"));
        }

        // While it runs, the list's thumbnail comes from the engine's screen capture (written
        // downscaled into the bundle) and shows in the list and the details pane.
        {
            QSignalSpy round(window.thumbnailRefresher(), &App::ThumbnailRefresher::roundFinished);
            window.thumbnailRefresher()->refreshNow();
            QVERIFY(round.wait(30000));
            QCOMPARE(round.at(0).at(0).toStringList(), QStringList{path});
            const QImage frame(App::ThumbnailCache::pathFor(path));
            QVERIFY(!frame.isNull());
            QVERIFY2(frame.width() <= App::ThumbnailCache::kWidth, qPrintable(QString::number(frame.width())));
            QTRY_VERIFY_WITH_TIMEOUT(!window.model()->thumbnail(window.model()->rowOf(path)).isNull(), 2000);
            QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("detailsPreview"))->isVisible(), 2000);
        }

        // Settings of a running VM: every field grayed out, the reason shown, Save refused.
        {
            App::VmSettingsDialog dialog(library, backend, *library.open(QStringLiteral("Live")));
            dialog.show();
            QVERIFY2(dialog.lockReason().contains(QStringLiteral("running")), qPrintable(dialog.lockReason()));
            auto *banner = dialog.findChild<QLabel *>(QStringLiteral("settingsLockBanner"));
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->text(), dialog.lockReason());
            QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("settingsMemory"))->isEnabled());
            snap(&dialog, QStringLiteral("settings-running"));
            // The CD can be changed while it runs: live, and kept in vm.json.
            const QString iso = m_tmp.filePath(QStringLiteral("tools.iso"));
            QFile isoFile(iso);
            QVERIFY(isoFile.open(QIODevice::WriteOnly));
            isoFile.write(QByteArray(64 * 1024, '\0'));
            isoFile.close();
            auto *cd = dialog.findChild<QLineEdit *>(QStringLiteral("settingsCd"));
            QVERIFY(cd->isEnabled());
            cd->setText(iso);
            QVERIFY(dialog.save());
            QCOMPARE(library.open(QStringLiteral("Live"))->config.media.first().path, iso);
        }

        // Stopped by another program.
        CtlResult stopped = ctl({QStringLiteral("stop"), QStringLiteral("Live"), QStringLiteral("--force")});
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.out));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, path), QStringLiteral("Stopped"), 1000);
        // The last frame stays after the VM stopped.
        QVERIFY(!window.model()->thumbnail(window.model()->rowOf(path)).isNull());

        // QEMU killed outright: the list says Crashed within a second.
        started = ctl({QStringLiteral("start"), QStringLiteral("Live")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, path), QStringLiteral("Running"), 1000);
        const qint64 qemuPid = backend.query(*library.open(QStringLiteral("Live"))).qemuPid;
        QVERIFY(qemuPid > 0);
        QVERIFY(::kill(pid_t(qemuPid), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, path), QStringLiteral("Crashed"), 2000);
        QVERIFY(!window.model()->index(window.model()->rowOf(path), 0).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void wizardCreatesALegacyVmFromTheTestGuestAndStartsIt()
    {
        QString image = TestUtil::guestFile(QStringLiteral("legacy-disk/disk.qcow2"));
        if (image.isEmpty()) {
            if (TestUtil::guestsRequired())
                QFAIL("legacy-disk guest not built");
            QSKIP("legacy-disk guest not built");
        }
        if (!qEnvironmentVariableIsEmpty("EMANON_SCREENSHOT_DIR")) {
            // The pictures must not show the test-guest cache's path: a copy next to the library.
            const QString shown = QFileInfo(m_library).absolutePath() + QStringLiteral("/Images/legacy-disk.qcow2");
            QDir().mkpath(QFileInfo(shown).absolutePath());
            QFile::remove(shown);
            QVERIFY(QFile::copy(image, shown));
            image = shown;
        }
        VmLibrary library(m_library);
        LocalQemuBackend backend;
        App::NewVmWizard wizard(library);
        wizard.show();
        QVERIFY(wizard.findChild<App::ProfilePage *>()->selectProfile(QStringLiteral("linux-legacy")));
        snap(&wizard, QStringLiteral("wizard-1-profile"));
        wizard.next();
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Legacy"));
        snap(&wizard, QStringLiteral("wizard-2-name"));
        wizard.next();
        QCOMPARE(wizard.findChild<QSpinBox *>(QStringLiteral("memorySpin"))->value(), 128);
        snap(&wizard, QStringLiteral("wizard-3-hardware"));
        wizard.next();
        wizard.findChild<QRadioButton *>(QStringLiteral("diskExisting"))->setChecked(true);
        auto *existing = wizard.findChild<QLineEdit *>(QStringLiteral("existingPath"));
        existing->setText(image);
        Q_EMIT existing->editingFinished();
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("existingInfo"))->text().contains(QStringLiteral("qcow2")));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("existingConvert"))->isChecked());
        snap(&wizard, QStringLiteral("wizard-4-disk"));
        wizard.next();
        snap(&wizard, QStringLiteral("wizard-5-media"));
        wizard.next();
        snap(&wizard, QStringLiteral("wizard-6-network"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(App::NewVmWizard::SummaryPageId));
        snap(&wizard, QStringLiteral("wizard-7-summary"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(wizard.startNow());

        auto vm = library.open(QStringLiteral("Legacy"));
        QVERIFY(vm.ok());
        QCOMPARE(vm->config.profile, QStringLiteral("linux-legacy"));
        QCOMPARE(vm->config.disks.size(), 1);
        QCOMPARE(vm->config.disks.first().path, QStringLiteral("disks/disk0.qcow2"));
        QCOMPARE(vm->config.disks.first().bus, DiskBus::Ide);
        QVERIFY(QFileInfo(vm->diskPath(vm->config.disks.first())).size() > 1024 * 1024);

        auto run = backend.start(*vm);
        QVERIFY2(run.ok(), qPrintable(run.error().toString()));
        TestUtil::GuestConsole serial(vm->logDir() + QStringLiteral("/serial0.log"), run->consoleSocket);
        QVERIFY2(serial.waitFor(QStringLiteral("EMANON: "), 300000), qPrintable(serial.text().right(2000)));
        QVERIFY(backend.request(*vm, VmBackend::Operation::Stop, {{QStringLiteral("force"), true}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(int(backend.query(*vm).state), int(VmRunner::State::Stopped), 30000);
    }
};

QTEST_MAIN(TstGuiLive)
#include "tst_gui_live.moc"
