#include "display/input/keyboardinput.h"

#include "display/input/scancodes.h"

#include <QCoreApplication>
#include <QStringList>

namespace DisplayChannel {

namespace {
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
    : m_sink(std::move(sink)), m_hotkey{Evdev::kLeftCtrl, Evdev::kLeftAlt}
{
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
        if (!down.contains(canonical(k)))
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

QString KeyboardInput::releaseHotkeyText() const
{
    QStringList names;
    for (int k : m_hotkey)
        names << keyName(k);
    return names.join(QLatin1Char('+'));
}

} // namespace DisplayChannel
