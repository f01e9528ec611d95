#include "display/input/typetext.h"

#include "display/input/scancodes.h"

#include <QCoreApplication>

namespace DisplayChannel {

namespace {

// Characters on the number row and letters are the same in US and JP except for the
// shifted digits; everything else is looked up per layout.
constexpr char kLetters[] = "qwertyuiopasdfghjklzxcvbnm";
constexpr int kLetterKeys[] = {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 30, 31, 32,
                               33, 34, 35, 36, 37, 38, 44, 45, 46, 47, 48, 49, 50};

struct Entry
{
    char c;
    int evdev;
    bool shift;
};

// US: symbols.
constexpr Entry kUs[] = {
    {'1', 2, false},  {'2', 3, false},  {'3', 4, false},  {'4', 5, false},  {'5', 6, false},
    {'6', 7, false},  {'7', 8, false},  {'8', 9, false},  {'9', 10, false}, {'0', 11, false},
    {'!', 2, true},   {'@', 3, true},   {'#', 4, true},   {'$', 5, true},   {'%', 6, true},
    {'^', 7, true},   {'&', 8, true},   {'*', 9, true},   {'(', 10, true},  {')', 11, true},
    {'-', 12, false}, {'_', 12, true},  {'=', 13, false}, {'+', 13, true},  {'[', 26, false},
    {'{', 26, true},  {']', 27, false}, {'}', 27, true},  {';', 39, false}, {':', 39, true},
    {'\'', 40, false}, {'"', 40, true}, {'`', 41, false}, {'~', 41, true},  {'\\', 43, false},
    {'|', 43, true},  {',', 51, false}, {'<', 51, true},  {'.', 52, false}, {'>', 52, true},
    {'/', 53, false}, {'?', 53, true},  {' ', 57, false},
};

// JP 106/109 (JIS): the symbols move; Yen and Ro are extra keys. Backslash is on Ro (the
// JIS code 0x5C is drawn as a Yen sign on the Yen key; Ro gives "\" everywhere).
constexpr Entry kJp[] = {
    {'1', 2, false},  {'2', 3, false},  {'3', 4, false},  {'4', 5, false},  {'5', 6, false},
    {'6', 7, false},  {'7', 8, false},  {'8', 9, false},  {'9', 10, false}, {'0', 11, false},
    {'!', 2, true},   {'"', 3, true},   {'#', 4, true},   {'$', 5, true},   {'%', 6, true},
    {'&', 7, true},   {'\'', 8, true},  {'(', 9, true},   {')', 10, true},  {'-', 12, false},
    {'=', 12, true},  {'^', 13, false}, {'~', 13, true},  {'@', 26, false}, {'`', 26, true},
    {'[', 27, false}, {'{', 27, true},  {';', 39, false}, {'+', 39, true},  {':', 40, false},
    {'*', 40, true},  {']', 43, false}, {'}', 43, true},  {',', 51, false}, {'<', 51, true},
    {'.', 52, false}, {'>', 52, true},  {'/', 53, false}, {'?', 53, true},  {'\\', 89, false},
    {'_', 89, true},  {'|', 124, true}, {' ', 57, false},
};

template <std::size_t N>
KeyStroke lookup(const Entry (&table)[N], char c)
{
    for (const Entry &e : table) {
        if (e.c == c)
            return {e.evdev, e.shift};
    }
    return {};
}

} // namespace

KeyStroke strokeFor(QChar qc, KeyboardLayout layout)
{
    if (qc == QLatin1Char('\n'))
        return {Evdev::kEnter, false};
    if (qc == QLatin1Char('\t'))
        return {Evdev::kTab, false};
    if (qc.unicode() == 0xa5 && layout == KeyboardLayout::Jp) // YEN SIGN
        return {Evdev::kYen, false};
    if (qc.unicode() > 0x7e)
        return {};
    const char c = char(qc.unicode());
    const char lower = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    for (int i = 0; kLetters[i]; ++i) {
        if (kLetters[i] == lower)
            return {kLetterKeys[i], lower != c};
    }
    return layout == KeyboardLayout::Jp ? lookup(kJp, c) : lookup(kUs, c);
}

TypedText typeText(const QString &text, KeyboardLayout layout)
{
    TypedText out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            c = QLatin1Char('\n');
        }
        const KeyStroke s = strokeFor(c, layout);
        if (s.evdev == 0)
            out.unmapped.append(c);
        else
            out.strokes.append(s);
    }
    return out;
}

QString layoutName(KeyboardLayout layout)
{
    return layout == KeyboardLayout::Jp
        ? QCoreApplication::translate("DisplayChannel::TypeText", "Japanese (106/109 keys)")
        : QCoreApplication::translate("DisplayChannel::TypeText", "English (US)");
}

KeyboardLayout layoutFromId(const QString &id, bool *ok)
{
    if (ok)
        *ok = true;
    if (id == QLatin1String("jp"))
        return KeyboardLayout::Jp;
    if (id != QLatin1String("us") && ok)
        *ok = false;
    return KeyboardLayout::Us;
}

} // namespace DisplayChannel
