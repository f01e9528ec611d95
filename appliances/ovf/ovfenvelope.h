// OvfEnvelope: what an OVF descriptor says, as plain values (no XML left in it).
//
// Filled by parseOvf() from OVF 0.9, 1.x and 2.0 documents; written by OvfWriter. Only the
// sections Emanon uses are kept; everything else is skipped by the parser. Sizes are bytes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Appliances {

enum class OvfVersion { Unknown = 0, V0_9, V1, V2 };

/// One entry of References: a file of the package.
struct OvfFile
{
    QString id;
    QString href;           ///< file name inside the package
    qint64 sizeBytes = -1;  ///< as declared; -1 when absent
    QString compression;    ///< "" or "gzip"
};

/// One entry of DiskSection: a virtual disk backed by a file (or empty, created on import).
struct OvfDisk
{
    QString id;
    QString fileRef;              ///< OvfFile::id; empty for a blank disk
    QString format;               ///< format URI (…vmdk.html#streamOptimized)
    qint64 capacityBytes = 0;
    qint64 populatedSizeBytes = -1;
};

struct OvfNetwork
{
    QString name;
    QString description;
};

/// One VirtualHardwareSection item (Item, StorageItem or EthernetPortItem).
struct OvfItem
{
    QString element;       ///< "Item", "StorageItem", "EthernetPortItem"
    int resourceType = 0;  ///< CIM ResourceType
    QString instanceId;
    QString parent;
    QString subType;       ///< ResourceSubType
    QString hostResource;
    QString elementName;   ///< ElementName or Caption
    QString description;
    QString connection;
    QString address;
    QString addressOnParent;
    QString allocationUnits;
    QString automaticAllocation;
    qint64 virtualQuantity = -1;
    bool required = true;         ///< ovf:required
    QStringList configurations;   ///< ovf:configuration (empty: all)
};

struct OvfProperty
{
    QString key;
    QString type;
    QString value;
    QString label;
    QString description;
};

struct OvfProduct
{
    QString product;
    QString vendor;
    QString version;
    QString fullVersion;
    QString productUrl;
    QString vendorUrl;
    QList<OvfProperty> properties;
};

/// One VirtualSystem (a VirtualSystemCollection contributes each of its systems).
struct OvfVirtualSystem
{
    QString id;
    QString name;         ///< Name element, else the id
    QString annotation;
    int osCimId = -1;     ///< OperatingSystemSection ovf:id
    QString osType;       ///< vbox:OSType or vmw:osType
    QString osDescription;
    QString systemType;   ///< vssd:VirtualSystemType ("vmx-07", "virtualbox-2.2")
    QString firmware;     ///< "efi" or "bios" when a vendor extension says so, else ""
    QList<OvfItem> items;
    QList<OvfProduct> products;
    QStringList eulas;    ///< license texts that must be accepted
    QByteArray emanonConfig; ///< vm.json from Emanon's own extension section, if any
};

struct OvfEnvelope
{
    OvfVersion version = OvfVersion::Unknown;
    QList<OvfFile> files;
    QList<OvfDisk> disks;
    QList<OvfNetwork> networks;
    QStringList configurations;  ///< DeploymentOptionSection ids
    QString defaultConfiguration;
    QList<OvfVirtualSystem> systems;

    [[nodiscard]] const OvfFile *file(const QString &id) const;
    [[nodiscard]] const OvfDisk *disk(const QString &id) const;
    /// The disk an item's HostResource names ("ovf:/disk/ID" or "/disk/ID"), or null.
    [[nodiscard]] const OvfDisk *diskForHostResource(const QString &hostResource) const;
};

/// The namespaces OVF documents use, by version.
namespace Ns {
inline constexpr char kOvf1[] = "http://schemas.dmtf.org/ovf/envelope/1";
inline constexpr char kOvf2[] = "http://schemas.dmtf.org/ovf/envelope/2";
inline constexpr char kOvf09[] = "http://www.vmware.com/schema/ovf/1/envelope";
inline constexpr char kRasd[] =
    "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
inline constexpr char kVssd[] =
    "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
inline constexpr char kSasd[] =
    "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData";
inline constexpr char kEpasd[] =
    "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData";
inline constexpr char kVbox[] = "http://www.virtualbox.org/ovf/machine";
inline constexpr char kVmw[] = "http://www.vmware.com/schema/ovf";
inline constexpr char kXsi[] = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr char kEmanon[] = "https://emanon.dev/ovf/1";
} // namespace Ns

} // namespace Appliances
