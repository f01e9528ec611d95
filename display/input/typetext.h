// TypeText: turns text into key strokes for guests without an agent ("Type clipboard text").
//
// The guest interprets scan codes with its own keyboard layout, so the host must know which
// layout the guest uses: a layout table maps each character to the physical key (evdev code)
// and whether Shift is needed. US (101/104) and JP (106/109) tables are built in.
// Pure functions over constant tables: usable from any thread.
#pragma once

#include <QList>
#include <QString>

namespace DisplayChannel {

enum class KeyboardLayout { Us = 1, Jp };

/// One key stroke: press (with Shift held when `shift`), release.
struct KeyStroke
{
    int evdev = 0;
    bool shift = false;
    bool operator==(const KeyStroke &o) const { return evdev == o.evdev && shift == o.shift; }
};

/// Result of translating text for one layout.
struct TypedText
{
    QList<KeyStroke> strokes;
    QString unmapped; ///< characters the layout cannot type (skipped), in order
};

/// The key stroke for `c` in `layout`, or evdev 0 when the layout has no key for it.
/// "\n" is Enter, "\t" Tab.
KeyStroke strokeFor(QChar c, KeyboardLayout layout);

/// Key strokes for `text`; CR LF and lone CR count as one Enter.
TypedText typeText(const QString &text, KeyboardLayout layout);

/// Layout names for menus, translated ("English (US)", "Japanese").
QString layoutName(KeyboardLayout layout);
/// "us" / "jp" <-> layout; nullopt-like: returns Us for unknown ids and sets ok=false.
KeyboardLayout layoutFromId(const QString &id, bool *ok = nullptr);

} // namespace DisplayChannel
