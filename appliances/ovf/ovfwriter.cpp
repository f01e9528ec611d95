#include "appliances/ovf/ovfwriter.h"

#include "appliances/ovf/importplan.h"

#include <QMap>
#include <QXmlStreamWriter>

using namespace Engine;

namespace Appliances {

namespace {

constexpr char kStreamVmdk[] = "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized";

/// One hardware item: its element name and children (a QMap keeps them sorted by name, as
/// the CIM schema's sequence requires).
struct Item
{
    QString element = QStringLiteral("Item");
    const char *ns = Ns::kRasd;
    QMap<QString, QString> fields;
};

class Writer
{
public:
    Writer(const VmConfig &c, const QList<ExportDisk> &disks, OvfVersion v) : m_c(c), m_disks(disks), m_v(v)
    {
        m_ovf = QString::fromLatin1(v == OvfVersion::V2 ? Ns::kOvf2 : Ns::kOvf1);
    }
    QByteArray run();

private:
    QString add(Item item)
    {
        const QString id = QString::number(++m_nextId);
        item.fields.insert(QStringLiteral("InstanceID"), id);
        m_items.append(item);
        return id;
    }
    void buildItems();
    void buildStorage();
    void buildDevices();
    QString controllerFor(DiskBus bus, int &slot);
    void writeItems();
    void writeSystem();

    const VmConfig &m_c;
    const QList<ExportDisk> &m_disks;
    OvfVersion m_v;
    QString m_ovf;
    QXmlStreamWriter *m_x = nullptr;
    QList<Item> m_items;
    int m_nextId = 0;
    QString m_ide[2], m_sata, m_scsi;
    int m_ideUsed = 0, m_sataUsed = 0, m_scsiUsed = 0;
};

QString Writer::controllerFor(DiskBus bus, int &slot)
{
    auto make = [this](int type, const QString &name, const QString &sub, const QString &address) {
        Item i;
        i.fields = {{QStringLiteral("Address"), address}, {QStringLiteral("Description"), name},
                    {QStringLiteral("ElementName"), name}, {QStringLiteral("ResourceType"), QString::number(type)}};
        if (!sub.isEmpty())
            i.fields.insert(QStringLiteral("ResourceSubType"), sub);
        return add(i);
    };
    switch (bus) {
    case DiskBus::Scsi:
        if (m_scsi.isEmpty())
            m_scsi = make(6, QStringLiteral("SCSI Controller 0"), QStringLiteral("lsilogic"), QStringLiteral("0"));
        slot = m_scsiUsed++;
        return m_scsi;
    case DiskBus::Sata:
    case DiskBus::Virtio: // VMware knows no virtio: SATA in the core, virtio in our extension
        if (m_sata.isEmpty())
            m_sata = make(20, QStringLiteral("SATA Controller 0"), QStringLiteral("AHCI"), QStringLiteral("0"));
        slot = m_sataUsed++;
        return m_sata;
    default: {
        const int channel = std::min(m_ideUsed / 2, 1);
        if (m_ide[channel].isEmpty())
            m_ide[channel] = make(5, QStringLiteral("IDE Controller %1").arg(channel), QStringLiteral("PIIX4"),
                                  QString::number(channel));
        slot = m_ideUsed++ % 2;
        return m_ide[channel];
    }
    }
}

void Writer::buildItems()
{
    add({QStringLiteral("Item"), Ns::kRasd,
         {{QStringLiteral("AllocationUnits"), QStringLiteral("hertz * 10^6")},
          {QStringLiteral("Description"), QStringLiteral("Number of Virtual CPUs")},
          {QStringLiteral("ElementName"), QStringLiteral("%1 virtual CPU(s)").arg(m_c.cpu.count)},
          {QStringLiteral("ResourceType"), QStringLiteral("3")},
          {QStringLiteral("VirtualQuantity"), QString::number(m_c.cpu.count)}}});
    add({QStringLiteral("Item"), Ns::kRasd,
         {{QStringLiteral("AllocationUnits"), QStringLiteral("byte * 2^20")},
          {QStringLiteral("Description"), QStringLiteral("Memory Size")},
          {QStringLiteral("ElementName"), QStringLiteral("%1MB of memory").arg(m_c.memoryMiB)},
          {QStringLiteral("ResourceType"), QStringLiteral("4")},
          {QStringLiteral("VirtualQuantity"), QString::number(m_c.memoryMiB)}}});
    buildStorage();
    buildDevices();
}

void Writer::buildStorage()
{
    const bool v2 = m_v == OvfVersion::V2;
    for (int i = 0; i < m_c.disks.size() && i < m_disks.size(); ++i) {
        int slot = 0;
        const QString parent = controllerFor(m_c.disks[i].bus, slot);
        add({v2 ? QStringLiteral("StorageItem") : QStringLiteral("Item"), v2 ? Ns::kSasd : Ns::kRasd,
             {{QStringLiteral("AddressOnParent"), QString::number(slot)},
              {QStringLiteral("ElementName"), QStringLiteral("Hard Disk %1").arg(i + 1)},
              {QStringLiteral("HostResource"), QStringLiteral("ovf:/disk/") + m_disks[i].node},
              {QStringLiteral("Parent"), parent}, {QStringLiteral("ResourceType"), QStringLiteral("17")}}});
    }
    for (const MediaConfig &m : m_c.media) {
        if (m.kind == MediaConfig::Kind::Floppy) {
            add({QStringLiteral("Item"), Ns::kRasd,
                 {{QStringLiteral("AutomaticAllocation"), QStringLiteral("false")},
                  {QStringLiteral("ElementName"), QStringLiteral("Floppy Drive")},
                  {QStringLiteral("ResourceType"), QStringLiteral("14")}}});
            continue;
        }
        int slot = 0;
        const QString parent = controllerFor(m.bus, slot);
        add({v2 ? QStringLiteral("StorageItem") : QStringLiteral("Item"), v2 ? Ns::kSasd : Ns::kRasd,
             {{QStringLiteral("AddressOnParent"), QString::number(slot)},
              {QStringLiteral("AutomaticAllocation"), QStringLiteral("false")},
              {QStringLiteral("ElementName"), QStringLiteral("CD-ROM")},
              {QStringLiteral("Parent"), parent}, {QStringLiteral("ResourceType"), QStringLiteral("15")}}});
    }
}

void Writer::buildDevices()
{
    const bool v2 = m_v == OvfVersion::V2;
    for (const NicConfig &n : m_c.nics) {
        if (n.mode == NicConfig::Mode::None)
            continue;
        const QString sub = n.model == QLatin1String("pcnet") ? QStringLiteral("PCNet32") : QStringLiteral("E1000");
        add({v2 ? QStringLiteral("EthernetPortItem") : QStringLiteral("Item"), v2 ? Ns::kEpasd : Ns::kRasd,
             {{QStringLiteral("AutomaticAllocation"), QStringLiteral("true")},
              {QStringLiteral("Connection"), QStringLiteral("NAT")},
              {QStringLiteral("ElementName"), QStringLiteral("Ethernet adapter on NAT")},
              {QStringLiteral("ResourceSubType"), sub}, {QStringLiteral("ResourceType"), QStringLiteral("10")}}});
    }
    if (m_c.sound != QLatin1String("none")) {
        QString sub = QStringLiteral("ensoniq1371");
        if (m_c.sound.contains(QLatin1String("sb16")))
            sub = QStringLiteral("sb16");
        else if (m_c.sound == QLatin1String("hda"))
            sub = QStringLiteral("hdaudio");
        else if (m_c.sound == QLatin1String("ac97"))
            sub = QStringLiteral("ac97");
        add({QStringLiteral("Item"), Ns::kRasd,
             {{QStringLiteral("AutomaticAllocation"), QStringLiteral("false")},
              {QStringLiteral("ElementName"), QStringLiteral("Sound Card")},
              {QStringLiteral("ResourceSubType"), sub}, {QStringLiteral("ResourceType"), QStringLiteral("35")}}});
    }
    if (m_c.usb.controller != QLatin1String("none")) {
        Item usb{QStringLiteral("Item"), Ns::kRasd,
                 {{QStringLiteral("Address"), QStringLiteral("0")},
                  {QStringLiteral("ElementName"), QStringLiteral("USB Controller")},
                  {QStringLiteral("ResourceType"), QStringLiteral("23")}}};
        if (m_c.usb.controller != QLatin1String("uhci"))
            usb.fields.insert(QStringLiteral("ResourceSubType"), QStringLiteral("vmware.usb.") + m_c.usb.controller);
        add(usb);
    }
}

void Writer::writeItems()
{
    for (const Item &item : std::as_const(m_items)) {
        m_x->writeStartElement(m_ovf, item.element);
        const QString ns = QString::fromLatin1(item.ns);
        for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
            m_x->writeTextElement(ns, it.key(), it.value());
        m_x->writeEndElement();
    }
}

void Writer::writeSystem()
{
    QXmlStreamWriter &x = *m_x;
    const QString vssd = QString::fromLatin1(Ns::kVssd);
    x.writeStartElement(m_ovf, QStringLiteral("VirtualSystem"));
    x.writeAttribute(m_ovf, QStringLiteral("id"), m_c.name);
    x.writeTextElement(m_ovf, QStringLiteral("Info"), QStringLiteral("A virtual machine"));
    x.writeTextElement(m_ovf, QStringLiteral("Name"), m_c.name);
    const auto [cim, vmwType] = ImportPlanner::osForProfile(m_c.profile);
    x.writeStartElement(m_ovf, QStringLiteral("OperatingSystemSection"));
    x.writeAttribute(m_ovf, QStringLiteral("id"), QString::number(cim));
    x.writeAttribute(QString::fromLatin1(Ns::kVmw), QStringLiteral("osType"), vmwType);
    x.writeTextElement(m_ovf, QStringLiteral("Info"), QStringLiteral("The kind of installed guest operating system"));
    x.writeEndElement();
    x.writeStartElement(m_ovf, QStringLiteral("VirtualHardwareSection"));
    x.writeTextElement(m_ovf, QStringLiteral("Info"), QStringLiteral("Virtual hardware requirements"));
    x.writeStartElement(m_ovf, QStringLiteral("System"));
    x.writeTextElement(vssd, QStringLiteral("ElementName"), QStringLiteral("Virtual Hardware Family"));
    x.writeTextElement(vssd, QStringLiteral("InstanceID"), QStringLiteral("0"));
    x.writeTextElement(vssd, QStringLiteral("VirtualSystemIdentifier"), m_c.name);
    x.writeTextElement(vssd, QStringLiteral("VirtualSystemType"), QStringLiteral("vmx-07"));
    x.writeEndElement();
    buildItems();
    writeItems();
    if (m_c.firmware == QLatin1String("uefi")) {
        x.writeStartElement(QString::fromLatin1(Ns::kVmw), QStringLiteral("Config"));
        x.writeAttribute(m_ovf, QStringLiteral("required"), QStringLiteral("false"));
        x.writeAttribute(QString::fromLatin1(Ns::kVmw), QStringLiteral("key"), QStringLiteral("firmware"));
        x.writeAttribute(QString::fromLatin1(Ns::kVmw), QStringLiteral("value"), QStringLiteral("efi"));
        x.writeEndElement();
    }
    x.writeEndElement(); // VirtualHardwareSection
    const QString em = QString::fromLatin1(Ns::kEmanon);
    x.writeStartElement(em, QStringLiteral("VmConfig"));
    x.writeAttribute(m_ovf, QStringLiteral("required"), QStringLiteral("false"));
    x.writeTextElement(m_ovf, QStringLiteral("Info"), QStringLiteral("Complete Emanon settings of this virtual machine"));
    x.writeTextElement(em, QStringLiteral("Json"), QString::fromLatin1(m_c.toJson().toBase64()));
    x.writeEndElement();
    x.writeEndElement(); // VirtualSystem
}

QByteArray Writer::run()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    m_x = &x;
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeNamespace(m_ovf, QStringLiteral("ovf"));
    x.writeDefaultNamespace(m_ovf);
    x.writeNamespace(QString::fromLatin1(Ns::kRasd), QStringLiteral("rasd"));
    x.writeNamespace(QString::fromLatin1(Ns::kVssd), QStringLiteral("vssd"));
    if (m_v == OvfVersion::V2) {
        x.writeNamespace(QString::fromLatin1(Ns::kSasd), QStringLiteral("sasd"));
        x.writeNamespace(QString::fromLatin1(Ns::kEpasd), QStringLiteral("epasd"));
    }
    x.writeNamespace(QString::fromLatin1(Ns::kVmw), QStringLiteral("vmw"));
    x.writeNamespace(QString::fromLatin1(Ns::kEmanon), QStringLiteral("emanon"));
    x.writeStartElement(m_ovf, QStringLiteral("Envelope"));
    x.writeAttribute(m_ovf, QStringLiteral("version"), m_v == OvfVersion::V2 ? QStringLiteral("2.0") : QStringLiteral("1.0"));
    x.writeStartElement(m_ovf, QStringLiteral("References"));
    for (const ExportDisk &d : m_disks) {
        x.writeEmptyElement(m_ovf, QStringLiteral("File"));
        x.writeAttribute(m_ovf, QStringLiteral("href"), d.href);
        x.writeAttribute(m_ovf, QStringLiteral("id"), QStringLiteral("file-") + d.node);
        x.writeAttribute(m_ovf, QStringLiteral("size"), QString::number(d.fileSizeBytes));
    }
    x.writeEndElement();
    x.writeStartElement(m_ovf, QStringLiteral("DiskSection"));
    x.writeTextElement(m_ovf, QStringLiteral("Info"), QStringLiteral("Virtual disk information"));
    for (const ExportDisk &d : m_disks) {
        x.writeEmptyElement(m_ovf, QStringLiteral("Disk"));
        x.writeAttribute(m_ovf, QStringLiteral("capacity"), QString::number(d.capacityBytes));
        x.writeAttribute(m_ovf, QStringLiteral("capacityAllocationUnits"), QStringLiteral("byte"));
        x.writeAttribute(m_ovf, QStringLiteral("diskId"), d.node);
        x.writeAttribute(m_ovf, QStringLiteral("fileRef"), QStringLiteral("file-") + d.node);
        x.writeAttribute(m_ovf, QStringLiteral("format"), QString::fromLatin1(kStreamVmdk));
    }
    x.writeEndElement();
    x.writeStartElement(m_ovf, QStringLiteral("NetworkSection"));
    x.writeTextElement(m_ovf, QStringLiteral("Info"), QStringLiteral("The list of logical networks"));
    x.writeStartElement(m_ovf, QStringLiteral("Network"));
    x.writeAttribute(m_ovf, QStringLiteral("name"), QStringLiteral("NAT"));
    x.writeTextElement(m_ovf, QStringLiteral("Description"), QStringLiteral("The NAT network"));
    x.writeEndElement();
    x.writeEndElement();
    writeSystem();
    x.writeEndElement(); // Envelope
    x.writeEndDocument();
    return out;
}

} // namespace

QByteArray writeOvf(const VmConfig &config, const QList<ExportDisk> &disks, OvfVersion version)
{
    Writer w(config, disks, version);
    return w.run();
}

} // namespace Appliances
