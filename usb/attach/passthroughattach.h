// PassthroughAttach: host USB devices given to the VM by QEMU itself (usb-host, by bus and
// port), through the engine's USB hot-plug: over the VM backend from the GUI and the CLI, or
// straight to the supervisor's UsbHotplug inside the supervisor (auto-connect rules).
#pragma once

#include "engine/backend/vmbackend.h"
#include "usb/attach/usbattach.h"

#include <QHash>

#include <functional>

namespace Usb {

class PassthroughAttach : public UsbAttach
{
    Q_OBJECT
public:
    using AttachFn = std::function<void(const Engine::UsbHotplugSpec &,
                                        std::function<void(const Engine::Result<Engine::UsbHotplugged> &)>)>;
    using DetachFn = std::function<void(const QString &, std::function<void(const Engine::Status &)>)>;

    PassthroughAttach(AttachFn attach, DetachFn detach, Engine::Status available,
                      QObject *parent = nullptr);
    /// Through a VmBackend (GUI, CLI): synchronous calls, results still signalled later.
    static PassthroughAttach *overBackend(Engine::VmBackend &backend, const Engine::VmBundle &vm,
                                          QObject *parent = nullptr);
    /// Inside the supervisor.
    static PassthroughAttach *overHotplug(Engine::UsbHotplug &hotplug, const Engine::VmConfig &config,
                                          QObject *parent = nullptr);
    /// usb-host by bus and port when the place is known (exactly this device), else by ids.
    static Engine::UsbHotplugSpec specFor(const UsbDevice &device);

    [[nodiscard]] QString via() const override { return QStringLiteral("passthrough"); }
    [[nodiscard]] Engine::Status canAttach(const UsbDevice &device) const override;
    void attach(const UsbDevice &device) override;
    void detach(const UsbDevice &device) override;
    [[nodiscard]] bool isAttached(const UsbDevice &device) const override;

private:
    AttachFn m_attach;
    DetachFn m_detach;
    Engine::Status m_available;
    QHash<QString, QString> m_ids; ///< device key -> QEMU device id
};

} // namespace Usb
