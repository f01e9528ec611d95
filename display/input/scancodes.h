// Scancodes: the one keyboard table both front ends (DisplayWidget, emanon-viewer) use.
//
// Keys are identified by their Linux evdev code (the physical key, independent of the host's
// layout) and reach the guest as PC scan code set 1, the set every legacy OS understands.
// Extended keys carry the 0xE0 prefix as 0x100 | code, as spice_inputs_channel_key_press
// expects. Pause has no make/break pair: it is a fixed six-byte sequence (pauseSequence()).
// Pure functions over constant tables: usable from any thread.
#pragma once

#include <QList>
#include <QString>

namespace DisplayChannel {

/// Linux evdev key codes used by name in this library (linux/input-event-codes.h).
namespace Evdev {
constexpr int kEsc = 1, kBackspace = 14, kTab = 15, kEnter = 28, kLeftCtrl = 29, kLeftShift = 42,
              kRightShift = 54, kLeftAlt = 56, kSpace = 57, kCapsLock = 58, kF1 = 59, kF10 = 68,
              kF11 = 87, kF12 = 88, kKpEnter = 96, kRightCtrl = 97, kKpSlash = 98,
              kSysRq = 99, kRightAlt = 100, kHome = 102, kUp = 103, kPageUp = 104, kLeft = 105,
              kRight = 106, kEnd = 107, kDown = 108, kPageDown = 109, kInsert = 110,
              kDelete = 111, kPause = 119, kLeftMeta = 125, kRightMeta = 126, kCompose = 127,
              kYen = 124, kRo = 89, k102nd = 86;
} // namespace Evdev

/// Scan code set 1 make code of the evdev key `evdev` (0xE0-prefixed keys as 0x100 | code),
/// 0 when the key has none. Pause returns 0: send pauseSequence() instead.
unsigned evdevToScancode(int evdev);

/// The bytes a PC keyboard sends for Pause (E1 1D 45 E1 9D C5). There is no release.
QList<unsigned> pauseSequence();

/// evdev code of a USB HID keyboard usage (page 7), as SDL_Scancode numbers them; 0 if none.
int usbHidToEvdev(int usage);

/// The evdev codes of the 105 keys of a standard PC keyboard (ISO: with the key left of Z).
QList<int> pc105Keys();

/// Short English-independent key name for menus and logs ("Ctrl", "F1"): translated.
QString keyName(int evdev);

} // namespace DisplayChannel
