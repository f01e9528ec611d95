// VmConfig: the definition of one virtual machine, as stored in vm.json.
//
// A plain value type. fromJson() keeps every field it does not know (at the top level and
// inside each known object), so a vm.json written by a newer Emanon or edited by hand keeps
// those fields through a load/save round trip. validate() lists every problem at once.
#pragma once

#include "engine/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Engine {

struct HostLimits;

/// How a disk is attached to the machine.
enum class DiskBus { Ide = 1, Sata, Scsi, Virtio, Floppy };

struct DiskConfig
{
    QString node;          ///< block node name (unique, e.g. "disk0"): QMP snapshots need it
    QString path;          ///< relative to the bundle, or absolute (raw host disks)
    QString format = QStringLiteral("qcow2"); ///< qcow2, raw, vmdk, vdi, vpc, vhdx
    DiskBus bus = DiskBus::Ide;
    bool readOnly = false;
    bool passthrough = false; ///< a raw host disk/partition referenced, not copied
    QJsonObject extra;        ///< unknown fields, kept
};

/// Removable media drive: a CD-ROM or a floppy drive, possibly empty.
struct MediaConfig
{
    enum class Kind { CdRom = 1, Floppy };
    Kind kind = Kind::CdRom;
    QString node;  ///< drive id / node name ("cd0", "fd0")
    QString path;  ///< image file; empty = no medium inserted
    DiskBus bus = DiskBus::Ide; ///< CD-ROM: ide/sata/scsi; floppy: floppy
    QJsonObject extra;
};

struct PortForward
{
    QString protocol = QStringLiteral("tcp"); ///< tcp or udp
    quint16 hostPort = 0;
    quint16 guestPort = 0;
    QString hostAddress = QStringLiteral("127.0.0.1");
};

struct NicConfig
{
    enum class Mode { None = 1, Nat };
    Mode mode = Mode::Nat;
    QString model = QStringLiteral("e1000"); ///< QEMU device: e1000, rtl8139, pcnet, ne2k_pci, ne2k_isa, virtio-net-pci
    QString mac;                               ///< empty: generated on create
    QList<PortForward> forwards;
    QJsonObject extra;
};

struct DisplayConfig
{
    QString vga = QStringLiteral("std"); ///< std, cirrus, vmware, qxl, virtio, none
    bool spice = true;                   ///< SPICE server (unix socket by default)
    QString spiceListen = QStringLiteral("unix"); ///< "unix" or "tcp:ADDR:PORT" (password required)
    QString spicePassword;               ///< required when listening on TCP
    /// Preferred resolution "WIDTHxHEIGHT" the graphics card offers the guest (VGA EDID,
    /// std/virtio/qxl only), used from the next start; empty: the card's default.
    QString resolution;
    /// SPICE agent channel (virtio-serial port com.redhat.spice.0) for guests that run
    /// spice-vdagent: clipboard sharing and resize-with-window. Off: legacy guests would see
    /// an unknown PCI device.
    bool agent = false;
    QJsonObject extra;
};

/// A per-VM USB rule: which host devices belong to this VM. Empty/negative fields match
/// anything; a rule with autoConnect is applied when the VM starts and when a matching
/// device is plugged in (usb/'s UsbAutoConnect). Matching lives in usb/ (UsbFilter).
struct UsbRule
{
    QString name;         ///< the user's label ("Dongle"), may be empty
    int vendorId = -1;    ///< idVendor, -1 = any
    int productId = -1;   ///< idProduct, -1 = any
    int deviceClass = -1; ///< bDeviceClass (or the first interface's class), -1 = any
    QString busPath;      ///< "BUS-PORT[.PORT...]" as in sysfs, e.g. "1-2.3"; empty = any
    QString serial;       ///< iSerialNumber; empty = any
    bool autoConnect = true;
    QString via = QStringLiteral("redirect"); ///< redirect (SPICE usbredir) or passthrough (usb-host)
    QJsonObject extra;
};

struct UsbConfig
{
    QString controller = QStringLiteral("none"); ///< none, uhci, ehci (+ UHCI companions), xhci
    bool tablet = false;                         ///< usb-tablet for absolute pointer
    int redirectSlots = 2; ///< SPICE usbredir channels (0-8); only with SPICE and a controller
    QList<UsbRule> rules;
    QJsonObject extra;

    /// The "usb" object of vm.json (unknown fields kept in `extra`, also per rule).
    static UsbConfig fromJson(const QJsonObject &o);
    [[nodiscard]] QJsonObject toJson() const;
};

struct BootConfig
{
    QString order = QStringLiteral("cd"); ///< QEMU boot letters: a floppy, c disk, d CD, n net
    bool menu = false;
    QString kernel;  ///< direct kernel boot (optional): path to kernel
    QString initrd;  ///< and initramfs
    QString cmdline; ///< and kernel command line
    QJsonObject extra;
};

struct CpuConfig
{
    int count = 1;
    QString model = QStringLiteral("qemu64"); ///< QEMU CPU model
    QString flags;                             ///< extra "-cpu" properties, e.g. "level=3,-hypervisor"
    QJsonObject extra;
};

class VmConfig
{
public:
    static constexpr int kSchemaVersion = 1;

    int schemaVersion = kSchemaVersion;
    QUuid uuid;
    QString name;
    QString profile = QStringLiteral("other");
    CpuConfig cpu;
    int memoryMiB = 512;
    QString machine = QStringLiteral("pc-i440fx-7.2");
    QString accel = QStringLiteral("auto"); ///< auto (probe decides), kvm, tcg
    QString firmware = QStringLiteral("bios"); ///< bios or uefi
    bool acpi = true;
    bool hpet = false;
    QString rtcBase = QStringLiteral("utc"); ///< utc or localtime
    QList<DiskConfig> disks;
    QList<MediaConfig> media;
    QList<NicConfig> nics;
    DisplayConfig display;
    QString sound = QStringLiteral("none"); ///< none, sb16, ac97, es1370, hda, adlib+sb16...
    UsbConfig usb;
    BootConfig boot;
    int serialPorts = 1;   ///< COM ports; COM1 is the console socket + log
    int parallelPorts = 0;
    QString notes;

    /// Fields of vm.json this version does not know, kept for the round trip.
    QJsonObject extra;

    /// Parses vm.json bytes. Fails on invalid JSON (with the offset), a non-object, or a
    /// schema version newer than this program understands. Does not validate values.
    static Result<VmConfig> fromJson(const QByteArray &json);
    static Result<VmConfig> fromJsonObject(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;

    /// Every problem with this definition, each with a translated message that names the field
    /// and says what is allowed. Empty when the definition is usable.
    [[nodiscard]] QList<Error> validate(const HostLimits &host) const;

    /// A valid VM name: non-empty, at most 64 characters, no '/', '\\', NUL, control chars,
    /// not "." or "..", not starting with '.' or '-'. Returns the problem, or an empty string.
    static QString nameProblem(const QString &name);

    [[nodiscard]] const DiskConfig *findDisk(const QString &node) const;
};

QString diskBusName(DiskBus bus);
std::optional<DiskBus> diskBusFromName(const QString &name);

/// What the host offers, for validation. Tests pass their own.
struct HostLimits
{
    qint64 memoryMiB = 0; ///< physical memory of the host
    int cpuCount = 0;     ///< logical CPUs of the host

    static HostLimits current();
};

} // namespace Engine
