// "Type clipboard text": which physical key (and Shift) each character needs on a guest
// with a US or a Japanese keyboard layout.
#include "display/input/keyboardinput.h"
#include "display/input/scancodes.h"
#include "display/input/typetext.h"

#include <QTest>

using namespace DisplayChannel;

Q_DECLARE_METATYPE(DisplayChannel::KeyboardLayout)

class TstTypeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strokes_data()
    {
        QTest::addColumn<KeyboardLayout>("layout");
        QTest::addColumn<QString>("ch");
        QTest::addColumn<int>("evdev");
        QTest::addColumn<bool>("shift");
        const auto us = KeyboardLayout::Us;
        const auto jp = KeyboardLayout::Jp;
        QTest::newRow("us a") << us << QStringLiteral("a") << 30 << false;
        QTest::newRow("us A") << us << QStringLiteral("A") << 30 << true;
        QTest::newRow("us @") << us << QStringLiteral("@") << 3 << true;
        QTest::newRow("us \"") << us << QStringLiteral("\"") << 40 << true;
        QTest::newRow("us :") << us << QStringLiteral(":") << 39 << true;
        QTest::newRow("us \\") << us << QStringLiteral("\\") << 43 << false;
        QTest::newRow("us |") << us << QStringLiteral("|") << 43 << true;
        QTest::newRow("us _") << us << QStringLiteral("_") << 12 << true;
        QTest::newRow("us ~") << us << QStringLiteral("~") << 41 << true;
        QTest::newRow("us newline") << us << QStringLiteral("\n") << 28 << false;
        QTest::newRow("jp a") << jp << QStringLiteral("a") << 30 << false;
        QTest::newRow("jp @") << jp << QStringLiteral("@") << 26 << false;
        QTest::newRow("jp \"") << jp << QStringLiteral("\"") << 3 << true;
        QTest::newRow("jp &") << jp << QStringLiteral("&") << 7 << true;
        QTest::newRow("jp (") << jp << QStringLiteral("(") << 9 << true;
        QTest::newRow("jp =") << jp << QStringLiteral("=") << 12 << true;
        QTest::newRow("jp ^") << jp << QStringLiteral("^") << 13 << false;
        QTest::newRow("jp :") << jp << QStringLiteral(":") << 40 << false;
        QTest::newRow("jp *") << jp << QStringLiteral("*") << 40 << true;
        QTest::newRow("jp +") << jp << QStringLiteral("+") << 39 << true;
        QTest::newRow("jp [") << jp << QStringLiteral("[") << 27 << false;
        QTest::newRow("jp ]") << jp << QStringLiteral("]") << 43 << false;
        QTest::newRow("jp \\ on Ro") << jp << QStringLiteral("\\") << 89 << false;
        QTest::newRow("jp _ on Ro") << jp << QStringLiteral("_") << 89 << true;
        QTest::newRow("jp | on Yen") << jp << QStringLiteral("|") << 124 << true;
        QTest::newRow("jp yen sign") << jp << QString(QChar(0xa5)) << 124 << false;
    }
    void strokes()
    {
        QFETCH(KeyboardLayout, layout);
        QFETCH(QString, ch);
        QFETCH(int, evdev);
        QFETCH(bool, shift);
        const KeyStroke s = strokeFor(ch.at(0), layout);
        QCOMPARE(s.evdev, evdev);
        QCOMPARE(s.shift, shift);
    }

    void everyPrintableAsciiCharacterIsTypableInBothLayouts()
    {
        for (auto layout : {KeyboardLayout::Us, KeyboardLayout::Jp}) {
            QSet<QPair<int, bool>> used;
            for (char c = 0x20; c < 0x7f; ++c) {
                const KeyStroke s = strokeFor(QLatin1Char(c), layout);
                QVERIFY2(s.evdev != 0, qPrintable(QStringLiteral("'%1'").arg(QLatin1Char(c))));
                QVERIFY2(evdevToScancode(s.evdev) != 0, qPrintable(QString::number(s.evdev)));
                // No two characters share a key and shift state.
                QVERIFY2(!used.contains({s.evdev, s.shift}),
                         qPrintable(QStringLiteral("'%1' collides").arg(QLatin1Char(c))));
                used.insert({s.evdev, s.shift});
            }
        }
    }

    void textWithLineEndsAndUnmappedCharacters()
    {
        const TypedText t = typeText(QStringLiteral("Hi\r\nä!"), KeyboardLayout::Us);
        const QList<KeyStroke> expected{{35, true}, {23, false}, {28, false}, {2, true}};
        QCOMPARE(t.strokes, expected);
        QCOMPARE(t.unmapped, QStringLiteral("ä"));
    }

    void strokesBecomeShiftedScancodes()
    {
        QList<QPair<unsigned, bool>> sent;
        KeyboardInput kb([&](unsigned c, bool p) { sent.append({c, p}); });
        const KeyStroke s = strokeFor(QLatin1Char('"'), KeyboardLayout::Jp); // Shift+2
        kb.sendStroke(s.evdev, s.shift);
        const QList<QPair<unsigned, bool>> expected{{0x2a, true}, {0x03, true}, {0x03, false},
                                                    {0x2a, false}};
        QCOMPARE(sent, expected);
    }

    void layoutIds()
    {
        bool ok = false;
        QCOMPARE(layoutFromId(QStringLiteral("jp"), &ok), KeyboardLayout::Jp);
        QVERIFY(ok);
        QCOMPARE(layoutFromId(QStringLiteral("us"), &ok), KeyboardLayout::Us);
        QVERIFY(ok);
        layoutFromId(QStringLiteral("xx"), &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TstTypeText)
#include "tst_typetext.moc"
