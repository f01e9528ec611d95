// UsbPreferences: the settings that are not per VM: the global "never connect" list (the
// host's own keyboard, a security key...). Stored as usb.json in Emanon's config folder,
// written atomically.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/result.h"

namespace Usb {

struct UsbPreferences
{
    QList<Engine::UsbRule> never;

    /// usb.json in Emanon's config folder (Engine::configDir(): $EMANON_CONFIG_DIR, else
    /// $XDG_CONFIG_HOME/emanon)
    static QString defaultPath();
    /// A missing file is an empty list; a broken one is an error with the reason.
    static Engine::Result<UsbPreferences> load(const QString &path = defaultPath());
    [[nodiscard]] Engine::Status save(const QString &path = defaultPath()) const;
};

} // namespace Usb
