// KeyboardInput: the keyboard logic shared by both front ends (DisplayWidget, emanon-viewer).
//
// A front end reports physical keys as evdev codes; KeyboardInput turns them into set-1 scan
// codes for a sink (the SPICE inputs channel), remembers which keys the guest believes are
// held, releases all of them on focus loss (so no key sticks), sends key combinations that
// the host would swallow (Ctrl+Alt+Del, Ctrl+Alt+Fn, Alt+Tab, SysRq), and recognises the
// release hotkey (default Ctrl+Alt) that hands the pointer and keyboard back to the host.
// Not thread-safe: use it on the thread of its front end.
#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace DisplayChannel {

/// Keys the host would not pass to the guest, offered in a "Send key" menu.
enum class SendKey { CtrlAltDel = 1, CtrlAltBackspace, CtrlAltF1, CtrlAltF2, CtrlAltF3,
                     CtrlAltF4, CtrlAltF5, CtrlAltF6, CtrlAltF7, CtrlAltF8, CtrlAltF9,
                     CtrlAltF10, CtrlAltF11, CtrlAltF12, AltTab, SysRq, PrintScreen, Pause };

class KeyboardInput
{
public:
    /// Receives (scancode, pressed); scancode as spice_inputs_channel_key_press takes it.
    using Sink = std::function<void(unsigned scancode, bool pressed)>;

    explicit KeyboardInput(Sink sink = {});
    void setSink(Sink sink) { m_sink = std::move(sink); }

    /// A physical key went down (autorepeat: call again without a release). Returns true
    /// when the release hotkey is held with this key (the hotkey itself, or a host command
    /// such as hotkey+F for full screen); the key is then not sent to the guest.
    bool press(int evdev);
    /// A physical key went up.
    void release(int evdev);
    /// Releases every key the guest believes is held (focus loss, grab release).
    void releaseAll();
    /// Presses then releases `keys` in order (press all, release in reverse).
    void sendChord(const QList<int> &evdevKeys);
    void sendKey(SendKey key);
    /// One typed character: Shift down if needed, key down, key up, Shift up.
    void sendStroke(int evdev, bool shift);

    /// The release hotkey as evdev codes; default {left Ctrl, left Alt}. A left-hand modifier
    /// in it is matched by either hand's key; a right-hand one (Right Ctrl) only by itself.
    /// An empty list restores the default.
    void setReleaseHotkey(const QList<int> &evdevKeys);
    [[nodiscard]] QList<int> releaseHotkey() const { return m_hotkey; }
    /// "Ctrl+Alt", for the title and status bar (translated key names).
    [[nodiscard]] QString releaseHotkeyText() const { return hotkeyText(m_hotkey); }

    /// The release hotkeys offered in the preferences, the default first.
    static QList<QList<int>> releaseHotkeyPresets();
    static QList<int> defaultReleaseHotkey();
    /// Translated display text of a hotkey ("Ctrl+Alt", "Right Ctrl").
    static QString hotkeyText(const QList<int> &evdevKeys);
    /// The hotkey as stored in the settings and given on command lines: modifier names joined
    /// by '+', "ctrl+alt", "ctrl+alt+shift", "rctrl" (ctrl alt shift win, r-prefixed for the
    /// right-hand key). hotkeyFromString returns an empty list for anything else.
    static QString hotkeyToString(const QList<int> &evdevKeys);
    static QList<int> hotkeyFromString(const QString &text);
    /// Settings key (string, hotkeyToString) of the release hotkey, shared by the
    /// application and emanon-viewer.
    static constexpr const char *kReleaseHotkeySetting = "display/releaseHotkey";

    [[nodiscard]] QSet<int> heldKeys() const { return m_held; }

    /// The evdev keys of a SendKey, in press order.
    static QList<int> sendKeyChord(SendKey key);
    /// Menu text of a SendKey ("Ctrl+Alt+Del"), translated.
    static QString sendKeyText(SendKey key);
    static QList<SendKey> allSendKeys();

private:
    void emitKey(int evdev, bool pressed);
    bool hotkeyComplete() const;

    Sink m_sink;
    QSet<int> m_held;      ///< evdev keys the guest has as pressed
    QSet<int> m_physical;  ///< evdev keys physically down (hotkey detection)
    QList<int> m_hotkey;
};

} // namespace DisplayChannel
