// emanon-viewer against a real VM: it finds the VM in the library, connects to its SPICE
// socket through the runtime state, shows the guest's screen in an SDL2 window on a private
// Xvfb (compared pixel by pixel with QEMU's screendump), and exits cleanly when the VM stops.
#include "engine/runner/vmcontrol.h"

#include <QGuiApplication>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include "tests/integration/tst_display_vm.h"

#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using DisplayTest::samePixels;


class TstViewerGuest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DisplayTest::Vm m_vm;
    QProcess m_viewer;
    QByteArray m_out;

    /// The last "frames N window X Y W H" line: {frames, x, y, w, h}.
    QList<int> lastReport()
    {
        m_out += m_viewer.readAllStandardOutput();
        const QList<QByteArray> lines = m_out.trimmed().split('\n');
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            const QList<QByteArray> f = it->split(' ');
            if (f.size() == 7 && f[0] == "frames")
                return {f[1].toInt(), f[3].toInt(), f[4].toInt(), f[5].toInt(), f[6].toInt()};
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        DisplayTest::isolate(m_tmp);
        EMANON_REQUIRE_GUESTS_OR_SKIP(!DisplayTest::haveGuest());
        const Engine::Status made = m_vm.create(QStringLiteral("Viewed"), false);
        QVERIFY2(made.ok(), qPrintable(made.error().toString()));
    }

    void cleanupTestCase()
    {
        if (m_viewer.state() != QProcess::NotRunning) {
            m_viewer.kill();
            m_viewer.waitForFinished();
        }
        m_vm.stop();
    }

    void refusesAVmThatIsNotRunning()
    {
        QProcess p;
        p.start(QStringLiteral(EMANON_BINARY_DIR "/display/emanon-viewer"), {QStringLiteral("Viewed")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("is not running"), "no reason given");
        p.start(QStringLiteral(EMANON_BINARY_DIR "/display/emanon-viewer"), {QStringLiteral("Nobody")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
    }

    void showsTheGuestScreenAndExitsWhenTheVmStops()
    {
        const Engine::Status up = m_vm.startAndWaitReady();
        QVERIFY2(up.ok(), qPrintable(up.error().toString()));
        QVERIFY(m_vm.run(QStringLiteral("printf '\\033[?25l' > /dev/tty1; "
                                        "echo 'Emanon viewer test' > /dev/tty1")));
        m_viewer.start(QStringLiteral(EMANON_BINARY_DIR "/display/emanon-viewer"),
                       {QStringLiteral("Viewed"), QStringLiteral("--report-frames")});
        QVERIFY(m_viewer.waitForStarted());
        QVERIFY2(TestUtil::waitUntil([&] {
                     const QList<int> r = lastReport();
                     return !r.isEmpty() && r[0] > 0 && r[3] == 720 && r[4] == 400;
                 }, 30000),
                 qPrintable(QString::fromLocal8Bit(m_out + m_viewer.readAllStandardError())));

        // What the window shows is QEMU's picture of the guest screen.
        QString why;
        bool same = false;
        for (int attempt = 0; attempt < 10 && !same; ++attempt) {
            QTest::qWait(1500);
            const QImage dump = m_vm.screendump(m_tmp.filePath(QStringLiteral("dump.png")));
            QCOMPARE(dump.size(), QSize(720, 400));
            const QList<int> r = lastReport();
            const QImage shown = QGuiApplication::primaryScreen()->grabWindow(0, r[1], r[2], r[3], r[4]).toImage();
            same = samePixels(shown, dump, &why);
            if (!same)
                shown.save(m_tmp.filePath(QStringLiteral("viewer-last.png")));
        }
        QVERIFY2(same, qPrintable(why));
        QCOMPARE(m_viewer.state(), QProcess::Running);

        // The VM powers off: the viewer notices and ends with status 0.
        Engine::VmControl control;
        QVERIFY(control.connectTo(m_vm.info.controlSocket).ok());
        QVERIFY(control.request(QStringLiteral("powerdown"), {{QStringLiteral("timeoutMs"), 20000}}).ok());
        QVERIFY2(m_viewer.waitForFinished(40000), "viewer still running after the VM stopped");
        QCOMPARE(m_viewer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_viewer.exitCode(), 0);
        QVERIFY(m_viewer.readAllStandardError().contains("The VM has stopped."));
    }
};

int main(int argc, char **argv)
{
    // The viewer needs a real X server, and so does grabbing what it shows.
    DisplayTest::Xvfb xvfb;
    if (!xvfb.start()) {
        std::fprintf(stderr, "Xvfb could not be started\n");
        return 1;
    }
    qputenv("DISPLAY", xvfb.display.toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    TstViewerGuest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_viewer_guest.moc"
