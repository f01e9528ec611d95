#include "display/input/scancodes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace DisplayChannel {

namespace {

struct Pair
{
    int from;
    unsigned to;
};

// evdev codes past 83 (1..83 equal their set-1 make code: Esc .. keypad Del).
constexpr Pair kHighKeys[] = {
    {85, 0x76},   // Zenkaku/Hankaku
    {86, 0x56},   // the key left of Z on ISO keyboards
    {87, 0x57},   // F11
    {88, 0x58},   // F12
    {89, 0x73},   // Ro (JP)
    {90, 0x78},   // Katakana
    {91, 0x77},   // Hiragana
    {92, 0x79},   // Henkan
    {93, 0x70},   // Katakana/Hiragana
    {94, 0x7b},   // Muhenkan
    {95, 0x5c},   // keypad JP comma
    {96, 0x11c},  // keypad Enter
    {97, 0x11d},  // right Ctrl
    {98, 0x135},  // keypad /
    {99, 0x137},  // Print Screen (with Alt the guest's keyboard sends SysRq itself)
    {100, 0x138}, // right Alt / AltGr
    {102, 0x147}, // Home
    {103, 0x148}, // Up
    {104, 0x149}, // Page Up
    {105, 0x14b}, // Left
    {106, 0x14d}, // Right
    {107, 0x14f}, // End
    {108, 0x150}, // Down
    {109, 0x151}, // Page Down
    {110, 0x152}, // Insert
    {111, 0x153}, // Delete
    {113, 0x120}, // Mute
    {114, 0x12e}, // Volume Down
    {115, 0x130}, // Volume Up
    {116, 0x15e}, // Power
    {117, 0x59},  // keypad =
    {121, 0x7e},  // keypad , (Brazil)
    {124, 0x7d},  // Yen (JP)
    {125, 0x15b}, // left Windows
    {126, 0x15c}, // right Windows
    {127, 0x15d}, // Menu
    {142, 0x15f}, // Sleep
    {143, 0x163}, // Wake
    {163, 0x119}, // Next track
    {164, 0x122}, // Play/Pause
    {165, 0x110}, // Previous track
    {166, 0x124}, // Stop
};

// USB HID keyboard usages 4..57 (a .. Caps Lock) in order.
constexpr std::array<int, 54> kHidLow{{
    30, 48, 46, 32, 18, 33, 34, 35, 23, 36, 37, 38, 50, 49, 24, 25, 16, 19, 31, 20, 22, 47, 17,
    45, 21, 44,                                // a .. z
    2, 3, 4, 5, 6, 7, 8, 9, 10, 11,            // 1 .. 0
    28, 1, 14, 15, 57, 12, 13, 26, 27, 43, 43, // Enter Esc Backspace Tab Space - = [ ] \ #
    39, 40, 41, 51, 52, 53, 58,                // ; ' ` , . / CapsLock
}};

// USB HID usages 58.. (F1 onwards) that PC keyboards have.
constexpr Pair kHidHigh[] = {
    {58, 59},   {59, 60},   {60, 61},   {61, 62},   {62, 63},   {63, 64},   {64, 65},
    {65, 66},   {66, 67},   {67, 68},   {68, 87},   {69, 88},   // F1 .. F12
    {70, 99},   {71, 70},   {72, 119},  {73, 110},  {74, 102},  {75, 104},  {76, 111},
    {77, 107},  {78, 109},  {79, 106},  {80, 105},  {81, 108},  {82, 103},  // .. arrows
    {83, 69},   {84, 98},   {85, 55},   {86, 74},   {87, 78},   {88, 96},   // NumLock .. KpEnter
    {89, 79},   {90, 80},   {91, 81},   {92, 75},   {93, 76},   {94, 77},   {95, 71},
    {96, 72},   {97, 73},   {98, 82},   {99, 83},   // keypad 1 .. 9, 0, .
    {100, 86},  {101, 127}, {102, 116}, {103, 117}, // ISO \, Menu, Power, keypad =
    {127, 113}, {128, 115}, {129, 114},             // Mute, Volume Up, Volume Down
    {133, 121}, {135, 89},  {136, 93},  {137, 124}, {138, 92},  {139, 94},  // intl
    {144, 122}, {145, 123}, // LANG1/2 (Hangeul, Hanja)
    {224, 29},  {225, 42},  {226, 56},  {227, 125}, {228, 97},  {229, 54},  {230, 100},
    {231, 126}, // modifiers
};

} // namespace

unsigned evdevToScancode(int evdev)
{
    if (evdev >= 1 && evdev <= 83)
        return unsigned(evdev);
    for (const Pair &p : kHighKeys) {
        if (p.from == evdev)
            return p.to;
    }
    return 0;
}

QList<unsigned> pauseSequence()
{
    return {0xe1, 0x1d, 0x45, 0xe1, 0x9d, 0xc5};
}

int usbHidToEvdev(int usage)
{
    if (usage >= 4 && usage < 4 + int(kHidLow.size()))
        return kHidLow[std::size_t(usage - 4)];
    for (const Pair &p : kHidHigh) {
        if (p.from == usage)
            return int(p.to);
    }
    return 0;
}

QList<int> pc105Keys()
{
    QList<int> keys;
    keys << 1;                                     // Esc
    for (int k = 59; k <= 68; ++k)                 // F1 .. F10
        keys << k;
    keys << 87 << 88;                              // F11 F12
    keys << 41;                                    // `
    for (int k = 2; k <= 14; ++k)                  // 1 .. 0 - = Backspace
        keys << k;
    for (int k = 15; k <= 28; ++k)                 // Tab Q .. ] Enter
        keys << k;
    keys << 58;                                    // Caps Lock
    for (int k = 30; k <= 40; ++k)                 // A .. '
        keys << k;
    keys << 43;                                    // \ (# on ISO)
    keys << 42 << 86;                              // left Shift, ISO key
    for (int k = 44; k <= 54; ++k)                 // Z .. / right Shift
        keys << k;
    keys << 29 << 125 << 56 << 57 << 100 << 126 << 127 << 97; // bottom row
    keys << 99 << 70 << 119;                       // Print Screen, Scroll Lock, Pause
    keys << 110 << 102 << 104 << 111 << 107 << 109; // Ins Home PgUp Del End PgDn
    keys << 103 << 105 << 108 << 106;              // arrows
    keys << 69 << 98 << 55 << 74;                  // Num Lock, keypad / * -
    keys << 71 << 72 << 73 << 78 << 75 << 76 << 77; // keypad 7 8 9 + 4 5 6
    keys << 79 << 80 << 81 << 96 << 82 << 83;      // keypad 1 2 3 Enter 0 .
    return keys;
}

QString keyName(int evdev)
{
    switch (evdev) {
    case Evdev::kLeftCtrl:
    case Evdev::kRightCtrl:
        return QCoreApplication::translate("DisplayChannel::Keys", "Ctrl");
    case Evdev::kLeftAlt:
        return QCoreApplication::translate("DisplayChannel::Keys", "Alt");
    case Evdev::kRightAlt:
        return QCoreApplication::translate("DisplayChannel::Keys", "AltGr");
    case Evdev::kLeftShift:
    case Evdev::kRightShift:
        return QCoreApplication::translate("DisplayChannel::Keys", "Shift");
    case Evdev::kDelete:
        return QCoreApplication::translate("DisplayChannel::Keys", "Del");
    case Evdev::kTab:
        return QCoreApplication::translate("DisplayChannel::Keys", "Tab");
    case Evdev::kSysRq:
        return QCoreApplication::translate("DisplayChannel::Keys", "SysRq");
    case Evdev::kBackspace:
        return QCoreApplication::translate("DisplayChannel::Keys", "Backspace");
    case Evdev::kLeftMeta:
    case Evdev::kRightMeta:
        return QCoreApplication::translate("DisplayChannel::Keys", "Windows");
    default:
        break;
    }
    if (evdev >= Evdev::kF1 && evdev <= Evdev::kF10)
        return QCoreApplication::translate("DisplayChannel::Keys", "F%1").arg(evdev - Evdev::kF1 + 1);
    if (evdev == Evdev::kF11 || evdev == Evdev::kF12)
        return QCoreApplication::translate("DisplayChannel::Keys", "F%1").arg(evdev - Evdev::kF11 + 11);
    return QCoreApplication::translate("DisplayChannel::Keys", "Key %1").arg(evdev);
}

} // namespace DisplayChannel
