#include "display/input/keyboardinput.h"

#include "display/input/scancodes.h"

#include <QCoreApplication>
#include <QStringList>

namespace DisplayChannel {

namespace {
bool isRightModifier(int evdev)
{
    return evdev == Evdev::kRightCtrl || evdev == Evdev::kRightAlt || evdev == Evdev::kRightShift
        || evdev == Evdev::kRightMeta;
}

struct ModifierName
{
    const char *token;
    int evdev;
};
constexpr ModifierName kModifierNames[] = {
    {"ctrl", Evdev::kLeftCtrl},   {"alt", Evdev::kLeftAlt},     {"shift", Evdev::kLeftShift},
    {"win", Evdev::kLeftMeta},    {"rctrl", Evdev::kRightCtrl}, {"ralt", Evdev::kRightAlt},
    {"rshift", Evdev::kRightShift}, {"rwin", Evdev::kRightMeta},
};

int canonical(int evdev)
{
    switch (evdev) {
    case Evdev::kRightCtrl: return Evdev::kLeftCtrl;
    case Evdev::kRightAlt: return Evdev::kLeftAlt;
    case Evdev::kRightShift: return Evdev::kLeftShift;
    case Evdev::kRightMeta: return Evdev::kLeftMeta;
    default: return evdev;
    }
}
} // namespace

KeyboardInput::KeyboardInput(Sink sink)
    : m_sink(std::move(sink)), m_hotkey(defaultReleaseHotkey())
{
}

void KeyboardInput::setReleaseHotkey(const QList<int> &evdevKeys)
{
    m_hotkey = evdevKeys.isEmpty() ? defaultReleaseHotkey() : evdevKeys;
}

QList<int> KeyboardInput::defaultReleaseHotkey()
{
    return {Evdev::kLeftCtrl, Evdev::kLeftAlt};
}

QList<QList<int>> KeyboardInput::releaseHotkeyPresets()
{
    return {defaultReleaseHotkey(),
            {Evdev::kLeftCtrl, Evdev::kLeftAlt, Evdev::kLeftShift},
            {Evdev::kRightCtrl},
            {Evdev::kLeftCtrl, Evdev::kLeftMeta}};
}

QString KeyboardInput::hotkeyToString(const QList<int> &evdevKeys)
{
    QStringList tokens;
    for (int k : evdevKeys) {
        for (const ModifierName &m : kModifierNames) {
            if (m.evdev == k)
                tokens << QLatin1String(m.token);
        }
    }
    return tokens.join(QLatin1Char('+'));
}

QList<int> KeyboardInput::hotkeyFromString(const QString &text)
{
    QList<int> keys;
    for (const QString &token : text.trimmed().toLower().split(QLatin1Char('+'))) {
        int found = 0;
        for (const ModifierName &m : kModifierNames) {
            if (token.trimmed() == QLatin1String(m.token))
                found = m.evdev;
        }
        if (found == 0 || keys.contains(found))
            return {};
        keys << found;
    }
    return keys;
}

void KeyboardInput::emitKey(int evdev, bool pressed)
{
    if (!m_sink)
        return;
    if (evdev == Evdev::kPause) {
        if (pressed) {
            for (unsigned byte : pauseSequence())
                m_sink(byte, true);
        }
        return;
    }
    const unsigned code = evdevToScancode(evdev);
    if (code != 0)
        m_sink(code, pressed);
}

bool KeyboardInput::hotkeyComplete() const
{
    if (m_hotkey.isEmpty())
        return false;
    QSet<int> down;
    for (int k : m_physical)
        down.insert(canonical(k));
    for (int k : m_hotkey) {
        if (isRightModifier(k) ? !m_physical.contains(k) : !down.contains(canonical(k)))
            return false;
    }
    return true;
}

bool KeyboardInput::press(int evdev)
{
    m_physical.insert(evdev);
    if (hotkeyComplete()) {
        // The chord belongs to the host: whatever of it reached the guest goes up again.
        releaseAll();
        return true;
    }
    if (evdev != Evdev::kPause)
        m_held.insert(evdev);
    emitKey(evdev, true);
    return false;
}

void KeyboardInput::release(int evdev)
{
    m_physical.remove(evdev);
    if (!m_held.remove(evdev))
        return; // never reached the guest (hotkey, or pressed before we had focus)
    emitKey(evdev, false);
}

void KeyboardInput::releaseAll()
{
    const QSet<int> held = m_held;
    m_held.clear();
    for (int k : held)
        emitKey(k, false);
}

void KeyboardInput::sendChord(const QList<int> &evdevKeys)
{
    for (int k : evdevKeys)
        emitKey(k, true);
    for (auto it = evdevKeys.crbegin(); it != evdevKeys.crend(); ++it)
        emitKey(*it, false);
}

void KeyboardInput::sendKey(SendKey key)
{
    sendChord(sendKeyChord(key));
}

void KeyboardInput::sendStroke(int evdev, bool shift)
{
    if (shift)
        sendChord({Evdev::kLeftShift, evdev});
    else
        sendChord({evdev});
}

QList<int> KeyboardInput::sendKeyChord(SendKey key)
{
    using namespace Evdev;
    switch (key) {
    case SendKey::CtrlAltDel: return {kLeftCtrl, kLeftAlt, kDelete};
    case SendKey::CtrlAltBackspace: return {kLeftCtrl, kLeftAlt, kBackspace};
    case SendKey::AltTab: return {kLeftAlt, kTab};
    case SendKey::SysRq: return {kLeftAlt, kSysRq};
    case SendKey::PrintScreen: return {kSysRq};
    case SendKey::Pause: return {kPause};
    default: break;
    }
    const int n = int(key) - int(SendKey::CtrlAltF1); // 0 .. 11
    const int fkey = n < 10 ? kF1 + n : kF11 + (n - 10);
    return {kLeftCtrl, kLeftAlt, fkey};
}

QString KeyboardInput::sendKeyText(SendKey key)
{
    if (key == SendKey::PrintScreen)
        return QCoreApplication::translate("DisplayChannel::Keys", "Print Screen");
    if (key == SendKey::Pause)
        return QCoreApplication::translate("DisplayChannel::Keys", "Pause");
    QStringList names;
    for (int k : sendKeyChord(key))
        names << keyName(k);
    return names.join(QLatin1Char('+'));
}

QList<SendKey> KeyboardInput::allSendKeys()
{
    QList<SendKey> keys;
    for (int k = int(SendKey::CtrlAltDel); k <= int(SendKey::Pause); ++k)
        keys << SendKey(k);
    return keys;
}

QString KeyboardInput::hotkeyText(const QList<int> &evdevKeys)
{
    QStringList names;
    for (int k : evdevKeys) {
        if (k == Evdev::kRightCtrl)
            names << QCoreApplication::translate("DisplayChannel::Keys", "Right Ctrl");
        else if (k == Evdev::kRightShift)
            names << QCoreApplication::translate("DisplayChannel::Keys", "Right Shift");
        else if (k == Evdev::kRightMeta)
            names << QCoreApplication::translate("DisplayChannel::Keys", "Right Windows");
        else
            names << keyName(k); // Right Alt is "AltGr" already
    }
    return names.join(QLatin1Char('+'));
}

} // namespace DisplayChannel
