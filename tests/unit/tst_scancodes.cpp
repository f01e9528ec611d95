// The evdev -> PC set-1 table (what the guest receives for each physical key), the USB HID
// table the SDL viewer uses, and KeyboardInput's held-key bookkeeping, release hotkey and
// "Send key" chords.
#include "display/input/keyboardinput.h"
#include "display/input/scancodes.h"

#include <QSet>
#include <QTest>

using namespace DisplayChannel;

namespace {
struct Sent
{
    unsigned code;
    bool pressed;
    bool operator==(const Sent &o) const { return code == o.code && pressed == o.pressed; }
};
} // namespace

namespace QTest {
template<>
char *toString(const Sent &s)
{
    return qstrdup(QByteArray::number(s.code, 16).append(s.pressed ? " down" : " up").constData());
}
} // namespace QTest

class TstScancodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPc105KeyHasAUniqueScancode()
    {
        const QList<int> keys = pc105Keys();
        QCOMPARE(keys.size(), 105);
        QCOMPARE(QSet<int>(keys.begin(), keys.end()).size(), 105);
        QSet<unsigned> codes;
        for (int k : keys) {
            if (k == Evdev::kPause)
                continue; // a fixed sequence, checked below
            const unsigned code = evdevToScancode(k);
            QVERIFY2(code != 0, qPrintable(QStringLiteral("evdev %1 has no scancode").arg(k)));
            QVERIFY2(!codes.contains(code), qPrintable(QStringLiteral("duplicate %1").arg(code, 0, 16)));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), 104);
    }

    void knownKeys_data()
    {
        QTest::addColumn<int>("evdev");
        QTest::addColumn<unsigned>("scancode");
        QTest::newRow("Esc") << 1 << 0x01u;
        QTest::newRow("A") << 30 << 0x1eu;
        QTest::newRow("left Shift") << 42 << 0x2au;
        QTest::newRow("right Shift") << 54 << 0x36u;
        QTest::newRow("keypad *") << 55 << 0x37u;
        QTest::newRow("F10") << 68 << 0x44u;
        QTest::newRow("Num Lock") << 69 << 0x45u;
        QTest::newRow("keypad .") << 83 << 0x53u;
        QTest::newRow("ISO key") << 86 << 0x56u;
        QTest::newRow("F11") << 87 << 0x57u;
        QTest::newRow("F12") << 88 << 0x58u;
        QTest::newRow("keypad Enter") << 96 << 0x11cu;
        QTest::newRow("right Ctrl") << 97 << 0x11du;
        QTest::newRow("keypad /") << 98 << 0x135u;
        QTest::newRow("Print Screen") << 99 << 0x137u;
        QTest::newRow("AltGr") << 100 << 0x138u;
        QTest::newRow("Home") << 102 << 0x147u;
        QTest::newRow("Up") << 103 << 0x148u;
        QTest::newRow("Left") << 105 << 0x14bu;
        QTest::newRow("Delete") << 111 << 0x153u;
        QTest::newRow("left Windows") << 125 << 0x15bu;
        QTest::newRow("right Windows") << 126 << 0x15cu;
        QTest::newRow("Menu") << 127 << 0x15du;
        QTest::newRow("Ro (JP)") << 89 << 0x73u;
        QTest::newRow("Yen (JP)") << 124 << 0x7du;
        QTest::newRow("Henkan (JP)") << 92 << 0x79u;
        QTest::newRow("Muhenkan (JP)") << 94 << 0x7bu;
        QTest::newRow("Pause (sequence)") << 119 << 0u;
        QTest::newRow("unknown") << 300 << 0u;
    }
    void knownKeys()
    {
        QFETCH(int, evdev);
        QFETCH(unsigned, scancode);
        QCOMPARE(evdevToScancode(evdev), scancode);
    }

    void usbHidMapsToTheSameKeys()
    {
        QCOMPARE(usbHidToEvdev(4), 30);    // a
        QCOMPARE(usbHidToEvdev(29), 44);   // z
        QCOMPARE(usbHidToEvdev(39), 11);   // 0
        QCOMPARE(usbHidToEvdev(40), 28);   // Enter
        QCOMPARE(usbHidToEvdev(53), 41);   // `
        QCOMPARE(usbHidToEvdev(57), 58);   // Caps Lock
        QCOMPARE(usbHidToEvdev(69), 88);   // F12
        QCOMPARE(usbHidToEvdev(70), 99);   // Print Screen
        QCOMPARE(usbHidToEvdev(72), 119);  // Pause
        QCOMPARE(usbHidToEvdev(88), 96);   // keypad Enter
        QCOMPARE(usbHidToEvdev(100), 86);  // ISO key
        QCOMPARE(usbHidToEvdev(135), 89);  // Ro
        QCOMPARE(usbHidToEvdev(137), 124); // Yen
        QCOMPARE(usbHidToEvdev(227), 125); // left GUI
        QCOMPARE(usbHidToEvdev(230), 100); // right Alt
        QCOMPARE(usbHidToEvdev(0), 0);
        // Every key of the PC keyboard is reachable from some HID usage.
        QSet<int> reachable;
        for (int u = 0; u < 256; ++u)
            reachable.insert(usbHidToEvdev(u));
        for (int k : pc105Keys())
            QVERIFY2(reachable.contains(k), qPrintable(QString::number(k)));
    }

    void pauseIsTheSixByteSequenceWithoutRelease()
    {
        QList<Sent> sent;
        KeyboardInput kb([&](unsigned c, bool p) { sent.append({c, p}); });
        kb.press(Evdev::kPause);
        kb.release(Evdev::kPause);
        const QList<Sent> expected{{0xe1, true}, {0x1d, true}, {0x45, true},
                                   {0xe1, true}, {0x9d, true}, {0xc5, true}};
        QCOMPARE(sent, expected);
    }

    void focusLossReleasesEveryHeldKey()
    {
        QList<Sent> sent;
        KeyboardInput kb([&](unsigned c, bool p) { sent.append({c, p}); });
        kb.press(Evdev::kLeftShift);
        kb.press(30);               // A
        kb.press(Evdev::kRightCtrl);
        kb.release(30);
        sent.clear();
        kb.releaseAll();
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.contains(Sent{0x2a, false}));
        QVERIFY(sent.contains(Sent{0x11d, false}));
        QVERIFY(kb.heldKeys().isEmpty());
        // A key released after focus came back sends nothing (it was already released).
        sent.clear();
        kb.release(Evdev::kLeftShift);
        QVERIFY(sent.isEmpty());
    }

    void releaseHotkeyIsSwallowedAndReleasesWhatReachedTheGuest()
    {
        QList<Sent> sent;
        KeyboardInput kb([&](unsigned c, bool p) { sent.append({c, p}); });
        QCOMPARE(kb.releaseHotkeyText(), QStringLiteral("Ctrl+Alt"));
        QVERIFY(!kb.press(Evdev::kLeftCtrl));
        QVERIFY(kb.press(Evdev::kLeftAlt)); // completes Ctrl+Alt
        QCOMPARE(sent, (QList<Sent>{{0x1d, true}, {0x1d, false}}));
        QVERIFY(kb.press(33));              // F with the hotkey held: a host command
        kb.release(33);
        kb.release(Evdev::kLeftAlt);
        kb.release(Evdev::kLeftCtrl);
        QCOMPARE(sent.size(), 2);           // nothing more reached the guest
        // Right-hand modifiers count as the same hotkey.
        QVERIFY(!kb.press(Evdev::kRightCtrl));
        QVERIFY(kb.press(Evdev::kRightAlt));
    }

    void configurableReleaseHotkey()
    {
        QList<Sent> sent;
        KeyboardInput kb([&](unsigned c, bool p) { sent.append({c, p}); });
        kb.setReleaseHotkey(KeyboardInput::hotkeyFromString(QStringLiteral("rctrl")));
        QCOMPARE(kb.releaseHotkeyText(), QStringLiteral("Right Ctrl"));
        // Left Ctrl is an ordinary key for the guest now, with Alt too.
        QVERIFY(!kb.press(Evdev::kLeftCtrl));
        QVERIFY(!kb.press(Evdev::kLeftAlt));
        QCOMPARE(sent, (QList<Sent>{{0x1d, true}, {0x38, true}}));
        kb.release(Evdev::kLeftAlt);
        kb.release(Evdev::kLeftCtrl);
        sent.clear();
        QVERIFY(kb.press(Evdev::kRightCtrl)); // the host's, never the guest's
        kb.release(Evdev::kRightCtrl);
        QVERIFY(sent.isEmpty());

        kb.setReleaseHotkey(KeyboardInput::hotkeyFromString(QStringLiteral("Ctrl+Alt+Shift")));
        QCOMPARE(kb.releaseHotkeyText(), QStringLiteral("Ctrl+Alt+Shift"));
        QVERIFY(!kb.press(Evdev::kLeftCtrl));
        QVERIFY(!kb.press(Evdev::kLeftAlt)); // Ctrl+Alt alone goes to the guest
        QVERIFY(kb.press(Evdev::kRightShift));
        QVERIFY(kb.heldKeys().isEmpty());     // what reached the guest went up again
        kb.setReleaseHotkey({});              // back to the default
        QCOMPARE(kb.releaseHotkey(), KeyboardInput::defaultReleaseHotkey());
    }

    void releaseHotkeyStrings()
    {
        const QList<QList<int>> presets = KeyboardInput::releaseHotkeyPresets();
        QCOMPARE(presets.first(), KeyboardInput::defaultReleaseHotkey());
        for (const QList<int> &keys : presets)
            QCOMPARE(KeyboardInput::hotkeyFromString(KeyboardInput::hotkeyToString(keys)), keys);
        QCOMPARE(KeyboardInput::hotkeyToString(presets.first()), QStringLiteral("ctrl+alt"));
        QCOMPARE(KeyboardInput::hotkeyFromString(QStringLiteral(" Ctrl + ALT ")),
                 (QList<int>{Evdev::kLeftCtrl, Evdev::kLeftAlt}));
        QCOMPARE(KeyboardInput::hotkeyText({Evdev::kLeftCtrl, Evdev::kLeftMeta}),
                 QStringLiteral("Ctrl+Windows"));
        QVERIFY(KeyboardInput::hotkeyFromString(QStringLiteral("ctrl+q")).isEmpty());
        QVERIFY(KeyboardInput::hotkeyFromString(QStringLiteral("ctrl+ctrl")).isEmpty());
        QVERIFY(KeyboardInput::hotkeyFromString(QString()).isEmpty());
    }

    void sendKeyChords()
    {
        QList<Sent> sent;
        KeyboardInput kb([&](unsigned c, bool p) { sent.append({c, p}); });
        kb.sendKey(SendKey::CtrlAltDel);
        QCOMPARE(sent, (QList<Sent>{{0x1d, true}, {0x38, true}, {0x153, true},
                                    {0x153, false}, {0x38, false}, {0x1d, false}}));
        QCOMPARE(KeyboardInput::sendKeyText(SendKey::CtrlAltDel), QStringLiteral("Ctrl+Alt+Del"));
        QCOMPARE(KeyboardInput::sendKeyChord(SendKey::CtrlAltF1),
                 (QList<int>{Evdev::kLeftCtrl, Evdev::kLeftAlt, Evdev::kF1}));
        QCOMPARE(KeyboardInput::sendKeyChord(SendKey::CtrlAltF10).last(), 68);
        QCOMPARE(KeyboardInput::sendKeyChord(SendKey::CtrlAltF12).last(), Evdev::kF12);
        QCOMPARE(KeyboardInput::sendKeyText(SendKey::CtrlAltF7), QStringLiteral("Ctrl+Alt+F7"));
        QCOMPARE(KeyboardInput::sendKeyText(SendKey::AltTab), QStringLiteral("Alt+Tab"));
        QCOMPARE(KeyboardInput::sendKeyText(SendKey::SysRq), QStringLiteral("Alt+SysRq"));
        sent.clear();
        kb.sendKey(SendKey::SysRq);
        QCOMPARE(sent, (QList<Sent>{{0x38, true}, {0x137, true}, {0x137, false}, {0x38, false}}));
        QVERIFY(kb.heldKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstScancodes)
#include "tst_scancodes.moc"
