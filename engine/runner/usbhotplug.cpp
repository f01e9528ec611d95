#include "engine/runner/usbhotplug.h"

#include "engine/profiles/guestprofile.h"
#include "engine/qmp/qmpclient.h"
#include "engine/runner/vmrunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UsbHotplug)
};

constexpr int kDeleteTimeoutMs = 10000;

QString kindName(UsbHotplugSpec::Kind kind)
{
    switch (kind) {
    case UsbHotplugSpec::Kind::HostDevice: return QStringLiteral("host");
    case UsbHotplugSpec::Kind::Storage: return QStringLiteral("storage");
    case UsbHotplugSpec::Kind::Tablet: return QStringLiteral("tablet");
    case UsbHotplugSpec::Kind::Keyboard: return QStringLiteral("keyboard");
    }
    return {};
}

QString hex4(int id)
{
    return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
}

/// QEMU reports a held image lock only as a GenericError whose text names the lock; this is
/// the one place that reads that text, to say "in use" instead of QEMU's wording.
bool isLockError(const Error &e)
{
    return e.details.contains(QLatin1String("lock"), Qt::CaseInsensitive);
}

/// device_add's arguments for `device` (its id and, for a stick, its node name are set here).
QJsonObject deviceArgs(UsbHotplugged &device, int n)
{
    const UsbHotplugSpec &spec = device.spec;
    QJsonObject args{{QStringLiteral("bus"), QStringLiteral("usb.0")}};
    switch (spec.kind) {
    case UsbHotplugSpec::Kind::HostDevice:
        device.id = QStringLiteral("usb-host-%1").arg(n);
        args.insert(QStringLiteral("driver"), QStringLiteral("usb-host"));
        if (spec.vendorId >= 0) {
            args.insert(QStringLiteral("vendorid"), spec.vendorId);
            args.insert(QStringLiteral("productid"), spec.productId);
        } else {
            args.insert(QStringLiteral("hostbus"), spec.hostBus);
            args.insert(QStringLiteral("hostport"), spec.hostPort);
        }
        break;
    case UsbHotplugSpec::Kind::Storage:
        device.id = QStringLiteral("usb-stick-%1").arg(n);
        device.node = QStringLiteral("usb-stick-%1-node").arg(n);
        args.insert(QStringLiteral("driver"), QStringLiteral("usb-storage"));
        args.insert(QStringLiteral("drive"), device.node);
        args.insert(QStringLiteral("removable"), true);
        break;
    case UsbHotplugSpec::Kind::Tablet:
        device.id = QStringLiteral("usb-tablet-%1").arg(n);
        args.insert(QStringLiteral("driver"), QStringLiteral("usb-tablet"));
        break;
    case UsbHotplugSpec::Kind::Keyboard:
        device.id = QStringLiteral("usb-kbd-%1").arg(n);
        args.insert(QStringLiteral("driver"), QStringLiteral("usb-kbd"));
        break;
    }
    args.insert(QStringLiteral("id"), device.id);
    return args;
}
} // namespace

// ---- the spec ---------------------------------------------------------------------------

Result<UsbHotplugSpec> UsbHotplugSpec::fromJson(const QJsonObject &o)
{
    UsbHotplugSpec s;
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("host"))
        s.kind = Kind::HostDevice;
    else if (kind == QLatin1String("storage"))
        s.kind = Kind::Storage;
    else if (kind == QLatin1String("tablet"))
        s.kind = Kind::Tablet;
    else if (kind == QLatin1String("keyboard"))
        s.kind = Kind::Keyboard;
    else
        return Error(ErrorCode::InvalidArgument, Tr::tr("Unknown kind of USB device \"%1\".").arg(kind));
    s.vendorId = o.value(QLatin1String("vendorId")).toInt(-1);
    s.productId = o.value(QLatin1String("productId")).toInt(-1);
    s.hostBus = o.value(QLatin1String("hostBus")).toInt(-1);
    s.hostPort = o.value(QLatin1String("hostPort")).toString();
    s.imagePath = o.value(QLatin1String("imagePath")).toString();
    s.format = o.value(QLatin1String("format")).toString(QStringLiteral("raw"));
    s.readOnly = o.value(QLatin1String("readOnly")).toBool();
    if (s.kind == Kind::HostDevice && (s.vendorId < 0 || s.productId < 0)
        && (s.hostBus < 0 || s.hostPort.isEmpty()))
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("Name the host USB device by vendor:product (046d:c52b) or by bus "
                            "and port (1-2.3)."));
    if (s.kind == Kind::Storage && !QFileInfo(s.imagePath).isAbsolute())
        return Error(ErrorCode::InvalidArgument, Tr::tr("Give the image file with its full path."));
    return s;
}

QJsonObject UsbHotplugSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}};
    if (kind == Kind::HostDevice) {
        if (vendorId >= 0) {
            o.insert(QStringLiteral("vendorId"), vendorId);
            o.insert(QStringLiteral("productId"), productId);
        } else {
            o.insert(QStringLiteral("hostBus"), hostBus);
            o.insert(QStringLiteral("hostPort"), hostPort);
        }
    } else if (kind == Kind::Storage) {
        o.insert(QStringLiteral("imagePath"), imagePath);
        o.insert(QStringLiteral("format"), format);
        o.insert(QStringLiteral("readOnly"), readOnly);
    }
    return o;
}

Result<UsbHotplugSpec> UsbHotplugSpec::parse(const QString &text)
{
    UsbHotplugSpec s;
    static const QRegularExpression ids(QStringLiteral("^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$"));
    static const QRegularExpression place(QStringLiteral("^(\\d{1,3})-(\\d{1,3}(\\.\\d{1,3}){0,6})$"));
    if (const auto m = ids.match(text); m.hasMatch()) {
        s.vendorId = m.captured(1).toInt(nullptr, 16);
        s.productId = m.captured(2).toInt(nullptr, 16);
    } else if (const auto p = place.match(text); p.hasMatch()) {
        s.hostBus = p.captured(1).toInt();
        s.hostPort = p.captured(2);
    } else if (text == QLatin1String("tablet")) {
        s.kind = Kind::Tablet;
    } else if (text == QLatin1String("keyboard")) {
        s.kind = Kind::Keyboard;
    } else if (text.startsWith(QLatin1String("storage:"))) {
        s.kind = Kind::Storage;
        QString path = text.mid(8);
        if (path.endsWith(QLatin1String(":ro"))) {
            s.readOnly = true;
            path.chop(3);
        }
        s.imagePath = QFileInfo(path).absoluteFilePath();
        if (path.endsWith(QLatin1String(".qcow2")))
            s.format = QStringLiteral("qcow2");
    } else {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" is not a USB device. Use VENDOR:PRODUCT (046d:c52b), "
                            "BUS-PORT (1-2.3), tablet, keyboard or storage:IMAGE.")
                         .arg(text));
    }
    return s;
}

QString UsbHotplugSpec::describe() const
{
    switch (kind) {
    case Kind::HostDevice:
        return vendorId >= 0 ? hex4(vendorId) + QLatin1Char(':') + hex4(productId)
                             : Tr::tr("bus %1 port %2").arg(hostBus).arg(hostPort);
    case Kind::Storage:
        return Tr::tr("USB stick %1").arg(QFileInfo(imagePath).fileName());
    case Kind::Tablet: return Tr::tr("USB tablet");
    case Kind::Keyboard: return Tr::tr("USB keyboard");
    }
    return {};
}

QJsonObject UsbHotplugged::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("spec"), spec.toJson()},
                  {QStringLiteral("description"), spec.describe()}};
    if (!node.isEmpty())
        o.insert(QStringLiteral("node"), node);
    return o;
}

UsbHotplugged UsbHotplugged::fromJson(const QJsonObject &o)
{
    UsbHotplugged d;
    d.id = o.value(QLatin1String("id")).toString();
    d.node = o.value(QLatin1String("node")).toString();
    if (auto s = UsbHotplugSpec::fromJson(o.value(QLatin1String("spec")).toObject()))
        d.spec = *s;
    return d;
}

// ---- plugging ---------------------------------------------------------------------------

UsbHotplug::UsbHotplug(VmRunner &runner, QObject *parent) : QObject(parent), m_runner(runner)
{
}

Status UsbHotplug::available(const VmConfig &config)
{
    const GuestProfile *profile = findProfile(config.profile);
    if (profile && !profile->usbCapable) {
        return Error(ErrorCode::Unsupported,
                     Tr::tr("%1 runs %2, which has no USB support: the guest could not use a USB "
                            "device. Bring files in on a floppy or CD image, or over the network.")
                         .arg(config.name, profile->displayName()));
    }
    if (config.usb.controller.isEmpty() || config.usb.controller == QLatin1String("none")) {
        return Error(ErrorCode::Unsupported,
                     Tr::tr("%1 has no USB controller. Choose one in the VM's settings (Devices), "
                            "then start the VM again.")
                         .arg(config.name));
    }
    return {};
}

bool UsbHotplug::handle(const QString &op, const QJsonObject &request, const Done &done)
{
    if (op == QLatin1String("usb-attach")) {
        auto spec = UsbHotplugSpec::fromJson(request.value(QLatin1String("spec")).toObject());
        if (!spec) {
            QTimer::singleShot(0, this, [done, e = spec.error()] { done(e); });
            return true;
        }
        attach(*spec, done);
    } else if (op == QLatin1String("usb-detach")) {
        detach(request.value(QLatin1String("deviceId")).toString(), done);
    } else if (op == QLatin1String("usb-list")) {
        QTimer::singleShot(0, this, [this, done] { done(QJsonValue(list())); });
    } else {
        return false;
    }
    return true;
}

void UsbHotplug::attach(const UsbHotplugSpec &spec, const Done &done)
{
    auto later = [this, done](const Error &e) { QTimer::singleShot(0, this, [done, e] { done(e); }); };
    if (Status s = available(m_runner.config()); !s)
        return later(s.error());
    QmpClient *qmp = m_runner.qmp();
    if (!qmp || !qmp->isReady())
        return later(Error(ErrorCode::StateRefused, Tr::tr("The VM is not running.")));

    UsbHotplugged device;
    device.spec = spec;
    const QJsonObject args = deviceArgs(device, m_next++);
    if (spec.kind != UsbHotplugSpec::Kind::Storage)
        return plug(device, args, done);

    if (!QFileInfo(spec.imagePath).isFile())
        return later(Error(ErrorCode::NotFound,
                           Tr::tr("The image %1 does not exist or is not a file.").arg(spec.imagePath)));
    const QJsonObject node{
        {QStringLiteral("driver"), spec.format},
        {QStringLiteral("node-name"), device.node},
        {QStringLiteral("read-only"), spec.readOnly},
        {QStringLiteral("file"), QJsonObject{{QStringLiteral("driver"), QStringLiteral("file")},
                                             {QStringLiteral("filename"), spec.imagePath}}}};
    QPointer<UsbHotplug> self(this);
    qmp->execute(QStringLiteral("blockdev-add"), node, [self, device, args, done](const Result<QJsonValue> &r) {
        if (!self)
            return;
        if (!r) {
            const QString path = device.spec.imagePath;
            done(Error(r.error().code,
                       isLockError(r.error())
                           ? Tr::tr("The image %1 is in use (another VM or program has it open). "
                                    "Close it there, or attach it read-only.").arg(path)
                           : Tr::tr("The image %1 could not be opened as a USB stick.").arg(path),
                       r.error().toString()));
            return;
        }
        self->plug(device, args, done);
    });
}

void UsbHotplug::plug(const UsbHotplugged &device, const QJsonObject &args, const Done &done)
{
    QmpClient *qmp = m_runner.qmp();
    QPointer<UsbHotplug> self(this);
    qmp->execute(QStringLiteral("device_add"), args, [self, device, done](const Result<QJsonValue> &r) {
        if (!self)
            return;
        if (!r) {
            // Leave nothing behind: the stick's block node goes with the failed device.
            if (!device.node.isEmpty() && self->m_runner.qmp())
                self->m_runner.qmp()->execute(QStringLiteral("blockdev-del"),
                                              {{QStringLiteral("node-name"), device.node}},
                                              [](const Result<QJsonValue> &) {});
            done(Error(r.error().code,
                       device.spec.kind == UsbHotplugSpec::Kind::HostDevice
                           ? Tr::tr("QEMU refused the host USB device %1. QEMU needs write access "
                                    "to it under /dev/bus/usb: install Emanon's udev rule (see "
                                    "docs/usb.md), and make sure no other program or VM holds it.")
                                 .arg(device.spec.describe())
                           : Tr::tr("QEMU could not add the %1.").arg(device.spec.describe()),
                       r.error().toString()));
            return;
        }
        self->m_devices.append(device);
        done(QJsonValue(device.toJson()));
    });
}

void UsbHotplug::detach(const QString &id, const Done &done)
{
    auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
                           [&](const UsbHotplugged &d) { return d.id == id; });
    if (it == m_devices.cend()) {
        QStringList ids;
        for (const UsbHotplugged &d : std::as_const(m_devices))
            ids << d.id;
        const Error e(ErrorCode::NotFound,
                      Tr::tr("No USB device \"%1\" is attached. Attached: %2.")
                          .arg(id, ids.isEmpty() ? Tr::tr("none") : ids.join(QStringLiteral(", "))));
        QTimer::singleShot(0, this, [done, e] { done(e); });
        return;
    }
    QmpClient *qmp = m_runner.qmp();
    if (!qmp || !qmp->isReady()) {
        QTimer::singleShot(0, this, [done] {
            done(Error(ErrorCode::StateRefused, Tr::tr("The VM is not running.")));
        });
        return;
    }
    m_deleting.append({*it, done});
    QPointer<UsbHotplug> self(this);
    qmp->execute(QStringLiteral("device_del"), {{QStringLiteral("id"), id}},
                 [self, id](const Result<QJsonValue> &r) {
                     if (!self)
                         return;
                     if (!r && QmpClient::errorClass(r.error()) != QLatin1String("DeviceNotFound")) {
                         self->finishDelete(id, Error(r.error().code,
                                                      Tr::tr("The USB device %1 could not be removed.").arg(id),
                                                      r.error().toString()));
                     } else if (!r) {
                         self->finishDelete(id, {}); // already gone
                     } else {
                         // DEVICE_DELETED finishes it; a guest that never lets go times out.
                         QTimer::singleShot(kDeleteTimeoutMs, self, [self, id] {
                             self->finishDelete(id, Error(ErrorCode::Timeout,
                                                          Tr::tr("The guest did not release the USB "
                                                                 "device %1 in time.").arg(id)));
                         });
                     }
                 });
}

void UsbHotplug::onQmpEvent(const QString &name, const QJsonObject &data)
{
    if (name == QLatin1String("DEVICE_DELETED"))
        finishDelete(data.value(QLatin1String("device")).toString(), {});
}

void UsbHotplug::finishDelete(const QString &id, const Status &status)
{
    auto it = std::find_if(m_deleting.begin(), m_deleting.end(),
                           [&](const PendingDelete &p) { return p.device.id == id; });
    if (it == m_deleting.end())
        return;
    const PendingDelete pending = *it;
    m_deleting.erase(it);
    if (!status) {
        pending.done(status.error());
        return;
    }
    m_devices.removeIf([&](const UsbHotplugged &d) { return d.id == id; });
    QmpClient *qmp = m_runner.qmp();
    if (pending.device.node.isEmpty() || !qmp) {
        pending.done(QJsonValue(pending.device.toJson()));
        return;
    }
    // The device is gone: now the image can be closed.
    qmp->execute(QStringLiteral("blockdev-del"), {{QStringLiteral("node-name"), pending.device.node}},
                 [pending](const Result<QJsonValue> &r) {
                     if (!r)
                         pending.done(Error(r.error().code,
                                            Tr::tr("The USB stick was removed, but its image is "
                                                   "still open in QEMU until the VM stops."),
                                            r.error().toString()));
                     else
                         pending.done(QJsonValue(pending.device.toJson()));
                 });
}

QJsonArray UsbHotplug::list() const
{
    QJsonArray a;
    for (const UsbHotplugged &d : m_devices)
        a.append(d.toJson());
    return a;
}

} // namespace Engine
