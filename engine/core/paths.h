// Where Emanon keeps the user's settings files (libraries.json, hosts.json, usb.json): one
// place, so that every part of Emanon and every tool agree on it.
#pragma once

#include <QString>

namespace Engine {

/// Emanon's config folder: $EMANON_CONFIG_DIR when set (tests and benches keep two "hosts"
/// apart with it), else <user config location>/emanon ($XDG_CONFIG_HOME/emanon, normally
/// ~/.config/emanon). An absolute, clean path without a trailing slash; it may not exist yet.
QString configDir();

/// `fileName` in configDir().
QString configFilePath(const QString &fileName);

/// The preferences of the GUI and the viewer (QSettings, INI format): emanon.conf in
/// configDir(). Older versions let Qt pick "<user config location>/Unknown Organization/
/// emanon.conf" (no organization name was set); without $EMANON_CONFIG_DIR, a file there is
/// copied over once, so the user's preferences stay.
QString settingsFilePath();

} // namespace Engine
