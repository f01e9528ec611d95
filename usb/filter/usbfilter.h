// UsbFilter: which host devices a rule (Engine::UsbRule, stored in vm.json) or the global
// "never redirect" list covers, and the rule syntax of the command line and settings page.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/result.h"
#include "usb/device/usbdevice.h"

namespace Usb::UsbFilter {

/// True when every field the rule sets matches the device.
bool matches(const Engine::UsbRule &rule, const UsbDevice &device);
/// The first rule that matches, or nullptr.
const Engine::UsbRule *firstMatch(const QList<Engine::UsbRule> &rules, const UsbDevice &device);

/// Parses "046d:c52b", "046d:*", "class:08", "bus:1-2.3", "serial:ABC" and combinations
/// joined with commas ("046d:c52b,serial:ABC"). Fails with the reason on anything else.
Engine::Result<Engine::UsbRule> parseRule(const QString &text);
/// The same syntax back: "046d:c52b,serial:ABC" ("any device" when the rule sets nothing).
QString ruleText(const Engine::UsbRule &rule);
/// A rule that selects exactly this device (vid:pid, and its serial when it has one).
Engine::UsbRule ruleFor(const UsbDevice &device);

/// Why this device may not be given to a VM (a hub, or on the never list), or nothing.
Engine::Status mayConnect(const UsbDevice &device, const QList<Engine::UsbRule> &never);

} // namespace Usb::UsbFilter
