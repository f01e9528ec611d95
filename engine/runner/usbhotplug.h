// UsbHotplug: USB devices that Emanon plugs into a running VM over QMP, in the supervisor.
//
// Host devices are passed through with QEMU's usb-host (by vendor:product, or by bus and
// port); a USB stick is an image file behind blockdev-add + usb-storage; a tablet and a
// keyboard are QEMU's usb-tablet and usb-kbd. Detaching a stick unplugs the device, waits for
// QEMU's DEVICE_DELETED and only then removes its block node, so the image is closed when the
// reply comes. SPICE redirection (usbredir) is the client's business (display/usb) and does
// not pass through here.
//
// Threading: lives on the supervisor's thread; every callback is called exactly once, on that
// thread, never from inside attach()/detach() themselves.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace Engine {

class VmRunner;

/// What to plug in.
struct UsbHotplugSpec
{
    enum class Kind { HostDevice = 1, Storage, Tablet, Keyboard };
    Kind kind = Kind::HostDevice;
    int vendorId = -1;  ///< host device by ids (with productId)
    int productId = -1;
    int hostBus = -1;   ///< or by place: bus number and port path ("2", "1.3")
    QString hostPort;
    QString imagePath;  ///< Storage: the image file (absolute)
    QString format = QStringLiteral("raw"); ///< Storage: raw or qcow2
    bool readOnly = false;

    /// The spec on the control socket; fails with the reason on a malformed one.
    static Result<UsbHotplugSpec> fromJson(const QJsonObject &o);
    [[nodiscard]] QJsonObject toJson() const;
    /// Parses the command line's words: "VID:PID", "BUS-PORT[.PORT]" (as in sysfs), "tablet",
    /// "keyboard", or "storage:FILE" (add ":ro" for read-only).
    static Result<UsbHotplugSpec> parse(const QString &text);
    /// For lists and messages: "046d:c52b", "bus 1 port 2.3", "USB stick x.img", "tablet".
    [[nodiscard]] QString describe() const;
};

/// One device UsbHotplug plugged in and has not unplugged.
struct UsbHotplugged
{
    QString id; ///< QEMU's qdev id: usb-host-N, usb-stick-N, usb-tablet-N, usb-kbd-N
    UsbHotplugSpec spec;
    QString node; ///< Storage: the block node behind it
    [[nodiscard]] QJsonObject toJson() const;
    static UsbHotplugged fromJson(const QJsonObject &o);
};

class UsbHotplug : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<QJsonValue> &)>;

    explicit UsbHotplug(VmRunner &runner, QObject *parent = nullptr);

    /// Why USB devices cannot be plugged into a VM with this config (no controller, or a guest
    /// OS without a USB stack), or nothing.
    static Status available(const VmConfig &config);

    /// Handles the control-socket requests "usb-attach" {spec}, "usb-detach" {deviceId} and
    /// "usb-list". Returns false for any other op (done is not called then).
    bool handle(const QString &op, const QJsonObject &request, const Done &done);

    void attach(const UsbHotplugSpec &spec, const Done &done);
    void detach(const QString &id, const Done &done);
    [[nodiscard]] QJsonArray list() const;

    /// QMP events from the runner (DEVICE_DELETED finishes a detach).
    void onQmpEvent(const QString &name, const QJsonObject &data);

private:
    struct PendingDelete
    {
        UsbHotplugged device;
        Done done;
    };
    void plug(const UsbHotplugged &device, const QJsonObject &args, const Done &done);
    void finishDelete(const QString &id, const Status &status);

    VmRunner &m_runner;
    QList<UsbHotplugged> m_devices;
    QList<PendingDelete> m_deleting;
    int m_next = 1;
};

} // namespace Engine
