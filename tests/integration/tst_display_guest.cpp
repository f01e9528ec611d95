// The display channel against a real VM: real QEMU (TCG), real SPICE over the VM's unix
// socket, the linux-initramfs test guest started through a real supervisor, the widget shown
// on a private Xvfb. What the widget
// shows is compared pixel by pixel with QEMU's own screendump; typed keys and clicks are read
// back from the guest over its serial port. The test functions share one VM and run in order.
#include "display/input/scancodes.h"
#include "display/input/texttyper.h"
#include "display/screenshot.h"
#include "display/spice/spicesession.h"
#include "display/widget/displaywidget.h"

#include <QApplication>
#include <QBackingStore>
#include <QVBoxLayout>
#include <QMap>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/integration/tst_display_vm.h"

#include <signal.h>

using namespace DisplayChannel;
using DisplayTest::samePixels;

class TstDisplayGuest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DisplayTest::Vm m_vm;
    SpiceSession *m_session = nullptr;
    DisplayWidget *m_widget = nullptr;

    /// The widget at 1:1 and exactly the guest's size, so its picture is the guest's.
    QImage widgetPicture()
    {
        m_widget->setScaleMode(DisplayWidget::ScaleMode::OneToOne);
        m_widget->resize(m_session->primarySize());
        return m_widget->grab().toImage();
    }

    /// Compares the widget's picture with screendump until the screen holds still.
    void compareWithScreendump(const QSize &expectedSize)
    {
        QString why;
        for (int attempt = 0; attempt < 20; ++attempt) {
            QTest::qWait(500); // let SPICE deliver what the guest drew last
            const QImage dump = m_vm.screendump(m_tmp.filePath(QStringLiteral("dump.png")));
            QVERIFY(!dump.isNull());
            QCOMPARE(dump.size(), expectedSize);
            QTest::qWait(300);
            const QImage shown = widgetPicture();
            if (samePixels(shown, dump, &why)) {
                // EMANON_DISPLAY_TEST_SHOTS=DIR keeps what the widget showed, to look at.
                const QString shots = qEnvironmentVariable("EMANON_DISPLAY_TEST_SHOTS");
                if (!shots.isEmpty())
                    shown.save(QStringLiteral("%1/%2x%3.png").arg(shots).arg(shown.width()).arg(shown.height()));
                // Saving the surface gives the same picture again.
                const QString png = m_tmp.filePath(QStringLiteral("surface.png"));
                const Engine::Status saved = saveSurfacePng(*m_session, png);
                QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
                QVERIFY(samePixels(QImage(png), shown, &why));
                return;
            }
        }
        m_widget->grab().save(m_tmp.filePath(QStringLiteral("widget-last.png")));
        QFAIL(qPrintable(QStringLiteral("widget never matched screendump: ") + why));
    }

    void pressKey(int evdev, bool down)
    {
        QKeyEvent e(down ? QEvent::KeyPress : QEvent::KeyRelease, 0, Qt::NoModifier,
                    quint32(evdev + 8), 0, 0);
        QCoreApplication::sendEvent(m_widget, &e);
    }
    void tapKey(int evdev)
    {
        pressKey(evdev, true);
        QTest::qWait(20);
        pressKey(evdev, false);
        QTest::qWait(20);
    }

    // Keys of inputEvents(): EV_ABS ABS_X/ABS_Y (last value), EV_REL REL_X/REL_Y (sum),
    // BTN_LEFT presses and releases (count).
    static constexpr int kAbsX = 1, kAbsY = 2, kRelX = 3, kRelY = 4, kBtnLeftDown = 5,
                         kBtnLeftUp = 6;

    /// Parses `od -t d4 -w24` of struct input_event (x86-64: time in 4 ints,
    /// type | code << 16, value) from "EMANON: out" lines.
    static QMap<int, int> inputEvents(const QString &out)
    {
        QMap<int, int> ev;
        for (const QString &l : out.split(QLatin1Char('\n'))) {
            const QStringList f = l.section(QStringLiteral("EMANON: out"), 1).simplified().split(QLatin1Char(' '));
            if (f.size() != 6)
                continue;
            const qint64 tc = f[4].toLongLong(), value = f[5].toLongLong();
            if (tc == 3)                          // EV_ABS, ABS_X
                ev[kAbsX] = int(value);
            else if (tc == 3 + (1 << 16))         // EV_ABS, ABS_Y
                ev[kAbsY] = int(value);
            else if (tc == 2)                     // EV_REL, REL_X
                ev[kRelX] += int(value);
            else if (tc == 2 + (1 << 16))         // EV_REL, REL_Y
                ev[kRelY] += int(value);
            else if (tc == 1 + (0x110 << 16))     // EV_KEY, BTN_LEFT
                ev[value ? kBtnLeftDown : kBtnLeftUp]++;
        }
        return ev;
    }

    /// Starts recording the guest's input device whose name contains `name` into /tmp/ev.
    bool recordInputDevice(const QString &name)
    {
        QString out;
        if (!m_vm.run(QStringLiteral("rm -f /tmp/ev; for e in /sys/class/input/event*; do grep -qi '%1' "
                                     "$e/device/name && n=${e##*/}; done; echo dev $n; "
                                     "cat /dev/input/$n > /tmp/ev &").arg(name), &out))
            return false;
        QTest::qWait(500);
        return out.contains(QStringLiteral("EMANON: out dev event"));
    }

    bool connectAndWaitForPicture()
    {
        QSignalSpy created(m_session, &SpiceSession::primaryCreated);
        m_session->connectToSocket(m_vm.spiceSocket());
        return TestUtil::waitUntil([&] { return !m_session->primarySize().isEmpty(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        DisplayTest::isolate(m_tmp);
        EMANON_REQUIRE_GUESTS_OR_SKIP(!DisplayTest::haveGuest());
        const Engine::Status made = m_vm.create(QStringLiteral("Screen"), true);
        QVERIFY2(made.ok(), qPrintable(made.error().toString()));
        const Engine::Status up = m_vm.startAndWaitReady();
        QVERIFY2(up.ok(), qPrintable(up.error().toString()));
        // No blinking text cursor: the screen must hold still to be compared.
        QVERIFY(m_vm.run(QStringLiteral("printf '\\033[?25l' > /dev/tty1")));
        m_session = new SpiceSession(this);
        m_widget = new DisplayWidget(m_session);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget));
        QVERIFY2(connectAndWaitForPicture(), qPrintable(m_session->lastError().toString()));
    }

    void cleanupTestCase()
    {
        delete m_widget;
        m_vm.stop();
    }

    void screendumpWithoutClient()
    {
        // QEMU's screendump works through the supervisor whatever the client does.
        const QImage dump = m_vm.screendump(m_tmp.filePath(QStringLiteral("noclient.png")));
        QCOMPARE(dump.size(), QSize(720, 400)); // VGA text mode, 80x25 with 9x16 cells
    }

    void textModePictureEqualsScreendump()
    {
        QCOMPARE(m_session->primarySize(), QSize(720, 400));
        QVERIFY(m_vm.run(QStringLiteral("echo 'Emanon display test: text mode' > /dev/tty1")));
        compareWithScreendump(QSize(720, 400));
        QVERIFY(m_widget->paintedFrames() > 0);
    }

    void scalingModesKeepThePicture()
    {
        m_widget->resize(1000, 500);
        m_widget->setScaleMode(DisplayWidget::ScaleMode::Fit);
        // 720x400 into 1000x500 keeping the aspect ratio: 900x500, centred.
        QCOMPARE(m_widget->imageRect(), QRectF(50, 0, 900, 500));
        m_widget->setScaleMode(DisplayWidget::ScaleMode::Integer);
        QCOMPARE(m_widget->imageRect(), QRectF(140, 50, 720, 400)); // 1x: 2x would not fit
        m_widget->resize(1500, 900);
        QCOMPARE(m_widget->imageRect(), QRectF(30, 50, 1440, 800)); // 2x
        m_widget->setSmoothScaling(false);
        const QImage twice = m_widget->grab().toImage().copy(30, 50, 1440, 800);
        const QImage once = m_session->primaryImage();
        // Nearest-neighbour 2x: every guest pixel is a 2x2 block.
        QVERIFY(samePixels(twice, once.scaled(1440, 800, Qt::IgnoreAspectRatio,
                                              Qt::FastTransformation)));
        m_widget->setSmoothScaling(true);
    }

    void typedKeysArriveInTheGuest()
    {
        m_widget->setFocus();
        // Shifted and unshifted symbols through "type text" (US layout, as the guest has).
        const QString line = QStringLiteral("Hello World! @#$%^&*()_+{}|:\"<>?~ `-=[]\\;',./");
        m_vm.console->mark();
        QSignalSpy done(m_widget->typer(), &TextTyper::finished);
        QCOMPARE(m_widget->typeText(line + QLatin1Char('\n'), KeyboardLayout::Us), QString());
        QVERIFY(done.wait(30000));
        QVERIFY2(m_vm.console->waitFor(QStringLiteral("EMANON: key-line ") + line + QStringLiteral("\n"), 15000),
                 qPrintable(m_vm.console->text()));

        // Physical keys as the host reports them (evdev + 8), including extended ones:
        // right Ctrl+U (E0 1D) erases the typed word, keypad / (E0 35) and keypad Enter
        // (E0 1C) finish the line.
        m_vm.console->mark();
        for (int k : {36, 37, 22, 37}) // j k u k
            tapKey(k);
        pressKey(Evdev::kRightCtrl, true);
        tapKey(22); // U
        pressKey(Evdev::kRightCtrl, false);
        pressKey(Evdev::kRightShift, true);
        tapKey(24); // O
        pressKey(Evdev::kRightShift, false);
        tapKey(37); // k
        tapKey(Evdev::kKpSlash);
        tapKey(4);  // 3
        tapKey(Evdev::kKpEnter);
        QVERIFY2(m_vm.console->waitFor(QStringLiteral("EMANON: key-line Ok/3\n"), 15000),
                 qPrintable(m_vm.console->text()));
        QVERIFY(m_widget->keyboard().heldKeys().isEmpty());
    }

    void focusLossReleasesHeldKeys()
    {
        m_vm.console->mark();
        pressKey(Evdev::kLeftShift, true); // held while the window loses the focus
        QCOMPARE(m_widget->keyboard().heldKeys().size(), 1);
        QFocusEvent out(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
        QCoreApplication::sendEvent(m_widget, &out);
        QVERIFY(m_widget->keyboard().heldKeys().isEmpty());
        // Shift no longer sticks in the guest: lower-case letters arrive.
        for (int k : {48, 48}) // b b
            tapKey(k);
        tapKey(Evdev::kEnter);
        QVERIFY2(m_vm.console->waitFor(QStringLiteral("EMANON: key-line bb\n"), 15000),
                 qPrintable(m_vm.console->text()));
    }

    void clientModeMouseReportsAbsolutePosition()
    {
        // usb-tablet in the guest: SPICE switches to client (absolute) mouse mode.
        QVERIFY2(TestUtil::waitUntil([&] {
                     return m_session->mouseMode() == SpiceSession::MouseMode::Client;
                 }, 30000),
                 "SPICE never offered client mouse mode");
        QVERIFY(recordInputDevice(QStringLiteral("tablet")));
        QString out;
        m_widget->setScaleMode(DisplayWidget::ScaleMode::OneToOne);
        m_widget->resize(720, 400);
        QTest::mouseClick(m_widget, Qt::LeftButton, {}, QPoint(360, 100));
        QTest::qWait(1000);
        QVERIFY(m_vm.run(QStringLiteral("od -An -v -t d4 -w24 /tmp/ev | tail -n 20"), &out));
        const auto ev = inputEvents(out);
        const int absX = ev.value(kAbsX, -1), absY = ev.value(kAbsY, -1);
        const int pressed = ev.value(kBtnLeftDown), released = ev.value(kBtnLeftUp);
        QVERIFY2(absX >= 0 && absY >= 0, qPrintable(out));
        // The tablet spans 0..32767 over the screen: (360, 100) of 720x400.
        QVERIFY2(qAbs(absX - 16384) < 100, qPrintable(QString::number(absX)));
        QVERIFY2(qAbs(absY - 8192) < 100, qPrintable(QString::number(absY)));
        QCOMPARE(pressed, 1);
        QCOMPARE(released, 1);
        QVERIFY(m_vm.run(QStringLiteral("killall cat")));
    }

    void serverModeGrabsAndSendsRelativeMotion()
    {
        m_session->requestMouseMode(SpiceSession::MouseMode::Server);
        QVERIFY(TestUtil::waitUntil([&] {
            return m_session->mouseMode() == SpiceSession::MouseMode::Server;
        }, 15000));
        QVERIFY(recordInputDevice(QStringLiteral("PS/2")));
        QVERIFY(!m_widget->isGrabbed());
        QVERIFY(m_widget->statusText().contains(QStringLiteral("Click")));
        // The first click only captures the pointer; the guest sees no button.
        QTest::mouseClick(m_widget, Qt::LeftButton, {}, QPoint(100, 100));
        QVERIFY(m_widget->isGrabbed());
        QCOMPARE(m_widget->statusText(),
                 QStringLiteral("Press Ctrl+Alt to release the pointer and keyboard."));
        // While grabbed the pointer is held at the centre; movement away from it is relative.
        const QPoint centre = m_widget->rect().center();
        for (const QPoint d : {QPoint(12, 7), QPoint(-5, 3)}) {
            QMouseEvent move(QEvent::MouseMove, QPointF(centre + d),
                             QPointF(m_widget->mapToGlobal(centre) + d), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(m_widget, &move);
        }
        // Ctrl+Alt gives the pointer back.
        pressKey(Evdev::kLeftCtrl, true);
        pressKey(Evdev::kLeftAlt, true);
        pressKey(Evdev::kLeftAlt, false);
        pressKey(Evdev::kLeftCtrl, false);
        QVERIFY(!m_widget->isGrabbed());
        QTest::qWait(1000);
        QString out;
        QVERIFY(m_vm.run(QStringLiteral("od -An -v -t d4 -w24 /tmp/ev; killall cat"), &out));
        const auto ev = inputEvents(out);
        // PS/2 counts y upwards: the guest's REL_Y is the screen's downward motion again.
        QCOMPARE(ev.value(kRelX), 7);
        QCOMPARE(ev.value(kRelY), 10);
        QCOMPARE(ev.value(kBtnLeftDown), 0);
        m_session->requestMouseMode(SpiceSession::MouseMode::Client);
        QVERIFY(TestUtil::waitUntil([&] {
            return m_session->mouseMode() == SpiceSession::MouseMode::Client;
        }, 15000));
    }

    void graphicsModeAfterSwitchEqualsScreendump()
    {
        QSignalSpy created(m_session, &SpiceSession::primaryCreated);
        // The bochs DRM driver takes the std VGA to 1024x768 with a framebuffer console.
        QString out;
        QVERIFY(m_vm.run(QStringLiteral(
            "insmod /lib/modules/$(awk '$1==\"bochs\"{print $2}' /etc/emanon/modules.load)"), &out));
        QVERIFY2(out.contains(QStringLiteral("run-end 0")), qPrintable(out));
        QVERIFY(TestUtil::waitUntil([&] { return m_session->primarySize() == QSize(1024, 768); },
                                    30000));
        QVERIFY(created.size() >= 1);
        // Text on a red background: the framebuffer console draws it into the new mode.
        QVERIFY(m_vm.run(QStringLiteral(
                             "echo 0 > /sys/class/graphics/fbcon/cursor_blink; "
                             "printf '\\033[?25l' > /dev/tty1; "
                             "echo 'Emanon display test: graphics mode' > /dev/tty1; "
                             "printf '\\033[41m%s\\033[0m\\n' \"$(head -c 600 /dev/zero | tr '\\0' '#')\" > /dev/tty1"),
                         &out));
        QVERIFY2(out.contains(QStringLiteral("run-end 0")), qPrintable(out));
        compareWithScreendump(QSize(1024, 768));
        // The guest's drawing is there: about 600 character cells of VGA red (0xaa0000).
        const QImage shown = widgetPicture();
        int red = 0;
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x)
                red += (shown.pixel(x, y) & 0xffffff) == 0xaa0000;
        }
        QVERIFY2(red > 400 * 8 * 16 / 2, qPrintable(QString::number(red)));
    }

    void embeddedWidgetPaintsItsPlaceInTheWindow()
    {
        // At 1:1 the widget copies guest rows straight into its window's backing store (what
        // goes to the screen): inside another widget, at an offset, the window shows the
        // guest exactly there, opaque (SPICE leaves the alpha byte 0), and nothing of it
        // spills over the neighbours.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(30, 50, 20, 10);
        auto *embedded = new DisplayWidget(m_session, &window);
        embedded->setScaleMode(DisplayWidget::ScaleMode::OneToOne);
        layout->addWidget(embedded);
        embedded->setFixedSize(m_session->primarySize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        embedded->repaint();
        auto *store = dynamic_cast<QImage *>(window.backingStore()->paintDevice());
        if (!store)
            QSKIP("this platform's backing store is not an image");
        const QPoint at = embedded->mapTo(&window, QPoint(0, 0));
        QCOMPARE(at, QPoint(30, 50));
        QString why;
        const QImage shown = store->copy(QRect(at, embedded->size()));
        QVERIFY2(samePixels(shown, m_session->primaryImage(), &why), qPrintable(why));
        QCOMPARE(qAlpha(shown.pixel(0, 0)), 255);
        // The margin above the guest is the window's background, not guest pixels.
        const QImage above = store->copy(QRect(at.x(), 0, embedded->width(), at.y()));
        QVERIFY(!samePixels(above, m_session->primaryImage().copy(0, 0, embedded->width(), at.y())));
    }

    void disconnectAndReconnectWhileTheVmRuns()
    {
        QSignalSpy disconnected(m_session, &SpiceSession::disconnected);
        m_session->disconnectFromServer();
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(disconnected.at(0).at(0).value<Engine::Error>().code, Engine::ErrorCode::None);
        QCOMPARE(m_session->state(), SpiceSession::State::Disconnected);
        QVERIFY(m_session->primaryImage().isNull());
        QVERIFY(!m_widget->grab().isNull()); // paints its message, no picture
        QVERIFY(m_widget->statusText().contains(QStringLiteral("Disconnected")));
        QTest::qWait(500);
        QVERIFY2(connectAndWaitForPicture(), qPrintable(m_session->lastError().toString()));
        QCOMPARE(m_session->primarySize(), QSize(1024, 768));
        compareWithScreendump(QSize(1024, 768));
    }

    void missingSocketIsAClearError()
    {
        SpiceSession other;
        QSignalSpy disconnected(&other, &SpiceSession::disconnected);
        other.connectToSocket(m_tmp.filePath(QStringLiteral("no-such.sock")));
        QCOMPARE(disconnected.size(), 1);
        const auto error = disconnected.at(0).at(0).value<Engine::Error>();
        QCOMPARE(error.code, Engine::ErrorCode::NotFound);
        QVERIFY(error.message.contains(QStringLiteral("not running")));
    }

    void vmCrashWhileConnectedIsAClearMessage()
    {
        QSignalSpy errors(m_widget, &DisplayWidget::errorOccurred);
        QVERIFY(m_vm.info.qemuPid > 0);
        QCOMPARE(::kill(pid_t(m_vm.info.qemuPid), SIGKILL), 0);
        QVERIFY(errors.wait(15000));
        const auto error = errors.at(0).at(0).value<Engine::Error>();
        QVERIFY(error.code != Engine::ErrorCode::None);
        QVERIFY2(error.message.contains(QStringLiteral("stopped or crashed")), qPrintable(error.message));
        QCOMPARE(m_session->state(), SpiceSession::State::Disconnected);
        QCOMPARE(m_widget->statusText(), error.message);
        // The widget keeps working: it paints the message and takes input without a session.
        QVERIFY(!m_widget->grab().isNull());
        tapKey(30);
        QTest::mouseClick(m_widget, Qt::LeftButton);
        QTest::qWait(300);
        m_vm.stop();
    }
};

int main(int argc, char **argv)
{
    // A real X server (private Xvfb): the pointer and keyboard grabs are real there.
    DisplayTest::Xvfb xvfb;
    if (!xvfb.start()) {
        std::fprintf(stderr, "Xvfb could not be started\n");
        return 1;
    }
    qputenv("DISPLAY", xvfb.display.toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TstDisplayGuest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_display_guest.moc"
