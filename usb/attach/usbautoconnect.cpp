#include "usb/attach/usbautoconnect.h"

#include "usb/filter/usbfilter.h"

using Engine::Error;

namespace Usb {

UsbAutoConnect::UsbAutoConnect(UsbDeviceSource &source, QList<Engine::UsbRule> rules,
                               QList<Engine::UsbRule> never, QObject *parent)
    : QObject(parent), m_source(source), m_rules(std::move(rules)), m_never(std::move(never))
{
    m_rules.removeIf([](const Engine::UsbRule &r) { return !r.autoConnect; });
    connect(&source, &UsbDeviceSource::deviceArrived, this, &UsbAutoConnect::consider);
    connect(&source, &UsbDeviceSource::deviceLeft, this,
            [this](const UsbDevice &d) { m_tried.remove(d.key()); });
}

void UsbAutoConnect::setAttach(const QString &via, UsbAttach *attach)
{
    if (attach)
        m_attach.insert(via, attach);
    else
        m_attach.remove(via);
}

void UsbAutoConnect::connectPresent()
{
    for (const UsbDevice &d : m_source.devices())
        consider(d);
}

void UsbAutoConnect::consider(const UsbDevice &device)
{
    const Engine::UsbRule *rule = UsbFilter::firstMatch(m_rules, device);
    if (!rule || m_tried.contains(device.key()))
        return;
    UsbAttach *attach = m_attach.value(rule->via);
    if (!attach)
        return; // that way in is not available in this process (e.g. no SPICE client here)
    m_tried.insert(device.key());
    if (Engine::Status s = UsbFilter::mayConnect(device, m_never); !s) {
        Q_EMIT decided(device, s.error());
        return;
    }
    if (attach->isAttached(device))
        return;
    if (Engine::Status s = attach->canAttach(device); !s) {
        Q_EMIT decided(device, s.error());
        return;
    }
    attach->attach(device);
    Q_EMIT decided(device, Error());
}

} // namespace Usb
