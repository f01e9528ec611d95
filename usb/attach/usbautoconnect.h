// UsbAutoConnect: applies a VM's rules (vm.json) to the host's devices: every device a rule
// with autoConnect selects is connected when the VM starts (connectPresent()) and when it is
// plugged in later, through the UsbAttach the rule names (redirect or passthrough). Hubs and
// devices on the global "never connect" list are left alone. Each device is tried once per
// plug-in.
#pragma once

#include "engine/config/vmconfig.h"
#include "usb/attach/usbattach.h"
#include "usb/device/usbdevicesource.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace Usb {

class UsbAutoConnect : public QObject
{
    Q_OBJECT
public:
    UsbAutoConnect(UsbDeviceSource &source, QList<Engine::UsbRule> rules,
                   QList<Engine::UsbRule> never, QObject *parent = nullptr);

    /// The way in for rules with this `via` ("redirect", "passthrough"); null removes it.
    void setAttach(const QString &via, UsbAttach *attach);
    /// Connects the devices present now that a rule selects.
    void connectPresent();

Q_SIGNALS:
    /// A rule selected `device`; error.code None when it was handed to the attach (its
    /// attachFinished() tells the outcome), else why it was not.
    void decided(const Usb::UsbDevice &device, const Engine::Error &error);

private:
    void consider(const UsbDevice &device);

    UsbDeviceSource &m_source;
    QList<Engine::UsbRule> m_rules;
    QList<Engine::UsbRule> m_never;
    QHash<QString, QPointer<UsbAttach>> m_attach;
    QSet<QString> m_tried; ///< device keys handled since they were plugged in
};

} // namespace Usb
