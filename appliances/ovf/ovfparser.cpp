#include "appliances/ovf/ovfparser.h"

#include <QXmlStreamReader>

#include <limits>

using Engine::Error;
using Engine::ErrorCode;
using Engine::Result;

namespace Appliances {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::OvfParser)
};

QString ns(const char *uri)
{
    return QString::fromLatin1(uri);
}

bool isNs(QStringView uri, const char *base)
{
    // OVF 2.0 writers use the CIM schema URIs with and without ".xsd".
    const QLatin1String b(base);
    return uri == b || (uri.startsWith(b) && uri.mid(b.size()) == QLatin1String(".xsd"));
}

/// Section name of an element: OVF 0.9 writes <Section xsi:type="ovf:DiskSection_Type">.
QString sectionName(const QXmlStreamReader &xml)
{
    const QString local = xml.name().toString();
    if (local != QLatin1String("Section") && local != QLatin1String("Content"))
        return local;
    QString type = xml.attributes().value(ns(Ns::kXsi), QStringLiteral("type")).toString();
    type = type.mid(type.indexOf(QLatin1Char(':')) + 1);
    if (type.endsWith(QLatin1String("_Type")))
        type.chop(5);
    return type;
}

class Parser
{
public:
    explicit Parser(const QByteArray &data) : m_xml(data) {}

    Result<OvfEnvelope> run();

private:
    bool next();      // next start element inside the current one; false at its end
    void skip();      // skip the current element (counting depth)
    QString text();   // text of a simple element
    QString attr(const char *name) const;
    bool inOvf() const { return m_xml.namespaceUri() == m_ovfNs; }
    void fail(const QString &message);

    void parseReferences();
    void parseDiskSection();
    void parseNetworkSection();
    void parseDeploymentOptions();
    void parseSystem(const QString &kind);
    void parseOs(OvfVirtualSystem &vs);
    void parseHardware(OvfVirtualSystem &vs);
    void parseItem(OvfVirtualSystem &vs);
    void parseProduct(OvfVirtualSystem &vs);
    void parseEula(OvfVirtualSystem &vs);

    QXmlStreamReader m_xml;
    QString m_ovfNs;
    OvfEnvelope m_env;
    int m_depth = 0;
    std::optional<Error> m_error;
};

void Parser::fail(const QString &message)
{
    if (!m_error) {
        m_error = Error(ErrorCode::InvalidArgument, message,
                        QStringLiteral("line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber()));
    }
    m_xml.raiseError(message);
}

bool Parser::next()
{
    while (!m_xml.atEnd() && !m_error) {
        const auto t = m_xml.readNext();
        if (t == QXmlStreamReader::DTD) {
            fail(Tr::tr("The OVF file contains a document type declaration, which OVF never "
                        "uses; it is refused for safety. Ask the appliance's publisher for a "
                        "standard OVF file."));
            return false;
        }
        if (t == QXmlStreamReader::StartElement) {
            if (++m_depth > kMaxDepth) {
                fail(Tr::tr("The OVF file nests elements more than %1 deep; it is refused for "
                            "safety.").arg(kMaxDepth));
                return false;
            }
            return true;
        }
        if (t == QXmlStreamReader::EndElement) {
            --m_depth;
            return false;
        }
    }
    return false;
}

void Parser::skip()
{
    while (next())
        skip();
}

QString Parser::text()
{
    QString out;
    while (!m_xml.atEnd() && !m_error) {
        const auto t = m_xml.readNext();
        if (t == QXmlStreamReader::Characters)
            out += m_xml.text();
        else if (t == QXmlStreamReader::StartElement) {
            ++m_depth;
            skip();
        } else if (t == QXmlStreamReader::EndElement) {
            --m_depth;
            break;
        }
    }
    return out.trimmed();
}

QString Parser::attr(const char *name) const
{
    const QString n = QString::fromLatin1(name);
    const QXmlStreamAttributes a = m_xml.attributes();
    if (a.hasAttribute(m_ovfNs, n))
        return a.value(m_ovfNs, n).toString();
    return a.value(QString(), n).toString(); // some writers leave attributes unqualified
}

Result<OvfEnvelope> Parser::run()
{
    if (!next()) {
        if (m_error)
            return *m_error;
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("The OVF file is not an XML document. Check that it is an OVF "
                            "descriptor and that it was copied completely."),
                     m_xml.errorString());
    }
    const QStringView uri = m_xml.namespaceUri();
    if (m_xml.name() != QLatin1String("Envelope"))
        fail(Tr::tr("The file is XML but not an OVF descriptor (it has no Envelope)."));
    else if (uri == QLatin1String(Ns::kOvf1))
        m_env.version = OvfVersion::V1;
    else if (uri == QLatin1String(Ns::kOvf2))
        m_env.version = OvfVersion::V2;
    else if (uri == QLatin1String(Ns::kOvf09))
        m_env.version = OvfVersion::V0_9;
    else
        fail(Tr::tr("This OVF version (namespace %1) is not supported. Emanon reads OVF 0.9, "
                    "1.x and 2.0.").arg(uri.toString()));
    m_ovfNs = uri.toString();
    while (!m_error && next()) {
        const QString s = inOvf() ? sectionName(m_xml) : QString();
        if (s == QLatin1String("References"))
            parseReferences();
        else if (s == QLatin1String("DiskSection"))
            parseDiskSection();
        else if (s == QLatin1String("NetworkSection"))
            parseNetworkSection();
        else if (s == QLatin1String("DeploymentOptionSection"))
            parseDeploymentOptions();
        else if (s == QLatin1String("VirtualSystem") || s == QLatin1String("VirtualSystemCollection"))
            parseSystem(s);
        else
            skip();
    }
    if (!m_error && m_xml.hasError()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("The OVF file is not well-formed XML. It may be damaged or "
                            "incomplete: download or copy it again."),
                     QStringLiteral("line %1, column %2: %3")
                         .arg(m_xml.lineNumber()).arg(m_xml.columnNumber()).arg(m_xml.errorString()));
    }
    if (m_error)
        return *m_error;
    for (const OvfDisk &d : m_env.disks) {
        if (!d.fileRef.isEmpty() && !m_env.file(d.fileRef)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("The disk \"%1\" names the file \"%2\", which is not in the OVF "
                                "References. The appliance is damaged or incomplete.")
                             .arg(d.id, d.fileRef));
        }
    }
    if (m_env.systems.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("The OVF file describes no virtual machine (no VirtualSystem)."));
    }
    return m_env;
}

void Parser::parseReferences()
{
    while (next()) {
        if (inOvf() && m_xml.name() == QLatin1String("File")) {
            OvfFile f;
            f.id = attr("id");
            f.href = attr("href");
            f.compression = attr("compression");
            bool ok = false;
            const qint64 size = attr("size").toLongLong(&ok);
            f.sizeBytes = ok && size >= 0 ? size : -1;
            if (f.id.isEmpty() || f.href.isEmpty())
                fail(Tr::tr("A file in the OVF References has no id or no name."));
            else if (!f.compression.isEmpty() && f.compression != QLatin1String("gzip"))
                fail(Tr::tr("The file %1 is compressed with \"%2\", which Emanon cannot read "
                            "(only gzip).").arg(f.href, f.compression));
            m_env.files.append(f);
        }
        skip();
    }
}

void Parser::parseDiskSection()
{
    while (next()) {
        if (inOvf() && m_xml.name() == QLatin1String("Disk")) {
            OvfDisk d;
            d.id = attr("diskId");
            d.fileRef = attr("fileRef");
            d.format = attr("format");
            const auto cap = ovfBytes(attr("capacity"), attr("capacityAllocationUnits"));
            if (!cap || d.id.isEmpty()) {
                fail(Tr::tr("The disk \"%1\" in the OVF DiskSection has no valid capacity (%2 %3).")
                         .arg(d.id, attr("capacity"), attr("capacityAllocationUnits")));
            } else {
                d.capacityBytes = *cap;
            }
            const auto pop = ovfBytes(attr("populatedSize"), QString());
            d.populatedSizeBytes = pop ? *pop : -1;
            m_env.disks.append(d);
        }
        skip();
    }
}

void Parser::parseNetworkSection()
{
    while (next()) {
        if (inOvf() && m_xml.name() == QLatin1String("Network")) {
            OvfNetwork n;
            n.name = attr("name");
            while (next()) {
                if (inOvf() && m_xml.name() == QLatin1String("Description"))
                    n.description = text();
                else
                    skip();
            }
            m_env.networks.append(n);
            continue;
        }
        skip();
    }
}

void Parser::parseDeploymentOptions()
{
    while (next()) {
        if (inOvf() && m_xml.name() == QLatin1String("Configuration")) {
            const QString id = attr("id");
            m_env.configurations.append(id);
            if (attr("default") == QLatin1String("true"))
                m_env.defaultConfiguration = id;
        }
        skip();
    }
    if (m_env.defaultConfiguration.isEmpty() && !m_env.configurations.isEmpty())
        m_env.defaultConfiguration = m_env.configurations.first();
}

void Parser::parseSystem(const QString &kind)
{
    if (kind == QLatin1String("VirtualSystemCollection")) {
        while (next()) {
            const QString s = inOvf() ? sectionName(m_xml) : QString();
            if (s == QLatin1String("VirtualSystem") || s == QLatin1String("VirtualSystemCollection"))
                parseSystem(s);
            else
                skip();
        }
        return;
    }
    OvfVirtualSystem vs;
    vs.id = attr("id");
    while (next()) {
        const QString s = inOvf() ? sectionName(m_xml) : QString();
        if (s == QLatin1String("Name"))
            vs.name = text();
        else if (s == QLatin1String("OperatingSystemSection"))
            parseOs(vs);
        else if (s == QLatin1String("VirtualHardwareSection"))
            parseHardware(vs);
        else if (s == QLatin1String("ProductSection"))
            parseProduct(vs);
        else if (s == QLatin1String("EulaSection"))
            parseEula(vs);
        else if (s == QLatin1String("AnnotationSection")) {
            while (next()) {
                if (inOvf() && m_xml.name() == QLatin1String("Annotation"))
                    vs.annotation = text();
                else
                    skip();
            }
        } else if (m_xml.namespaceUri() == QLatin1String(Ns::kEmanon)
                   && m_xml.name() == QLatin1String("VmConfig")) {
            while (next()) {
                if (m_xml.namespaceUri() == QLatin1String(Ns::kEmanon)
                    && m_xml.name() == QLatin1String("Json"))
                    vs.emanonConfig = QByteArray::fromBase64(text().toLatin1());
                else
                    skip();
            }
        } else {
            skip();
        }
    }
    if (vs.name.isEmpty())
        vs.name = vs.id;
    m_env.systems.append(vs);
}

void Parser::parseOs(OvfVirtualSystem &vs)
{
    bool ok = false;
    const int id = attr("id").toInt(&ok);
    vs.osCimId = ok ? id : -1;
    const QString vmw = m_xml.attributes().value(ns(Ns::kVmw), QStringLiteral("osType")).toString();
    if (!vmw.isEmpty())
        vs.osType = vmw;
    while (next()) {
        if (inOvf() && m_xml.name() == QLatin1String("Description"))
            vs.osDescription = text();
        else if (m_xml.namespaceUri() == QLatin1String(Ns::kVbox) && m_xml.name() == QLatin1String("OSType"))
            vs.osType = text();
        else
            skip();
    }
}

void Parser::parseHardware(OvfVirtualSystem &vs)
{
    while (next()) {
        const QStringView name = m_xml.name();
        if (inOvf() && (name == QLatin1String("Item") || name == QLatin1String("StorageItem")
                        || name == QLatin1String("EthernetPortItem"))) {
            parseItem(vs);
        } else if (inOvf() && name == QLatin1String("System")) {
            while (next()) {
                if (isNs(m_xml.namespaceUri(), Ns::kVssd)
                    && m_xml.name() == QLatin1String("VirtualSystemType"))
                    vs.systemType = text();
                else
                    skip();
            }
        } else if (m_xml.namespaceUri() == QLatin1String(Ns::kVmw) && name == QLatin1String("Config")) {
            const QXmlStreamAttributes a = m_xml.attributes();
            if (a.value(ns(Ns::kVmw), QStringLiteral("key")) == QLatin1String("firmware"))
                vs.firmware = a.value(ns(Ns::kVmw), QStringLiteral("value")).toString().toLower();
            skip();
        } else {
            skip();
        }
    }
}

void Parser::parseItem(OvfVirtualSystem &vs)
{
    OvfItem item;
    item.element = m_xml.name().toString();
    item.required = attr("required") != QLatin1String("false");
    const QString conf = attr("configuration");
    if (!conf.isEmpty())
        item.configurations = conf.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (next()) {
        const QStringView uri = m_xml.namespaceUri();
        if (!isNs(uri, Ns::kRasd) && !isNs(uri, Ns::kSasd) && !isNs(uri, Ns::kEpasd)) {
            skip();
            continue;
        }
        const QString n = m_xml.name().toString();
        const QString v = text();
        if (n == QLatin1String("ResourceType"))
            item.resourceType = v.toInt();
        else if (n.compare(QLatin1String("InstanceID"), Qt::CaseInsensitive) == 0)
            item.instanceId = v;
        else if (n == QLatin1String("Parent"))
            item.parent = v;
        else if (n == QLatin1String("ResourceSubType"))
            item.subType = v;
        else if (n == QLatin1String("HostResource"))
            item.hostResource = v;
        else if (n == QLatin1String("ElementName") || (n == QLatin1String("Caption") && item.elementName.isEmpty()))
            item.elementName = v;
        else if (n == QLatin1String("Description"))
            item.description = v;
        else if (n == QLatin1String("Connection"))
            item.connection = v;
        else if (n == QLatin1String("Address"))
            item.address = v;
        else if (n == QLatin1String("AddressOnParent"))
            item.addressOnParent = v;
        else if (n == QLatin1String("AllocationUnits"))
            item.allocationUnits = v;
        else if (n == QLatin1String("AutomaticAllocation"))
            item.automaticAllocation = v;
        else if (n == QLatin1String("VirtualQuantity")) {
            bool ok = false;
            const qint64 q = v.toLongLong(&ok);
            item.virtualQuantity = ok && q >= 0 ? q : -1;
        }
    }
    vs.items.append(item);
}

void Parser::parseProduct(OvfVirtualSystem &vs)
{
    OvfProduct p;
    while (next()) {
        if (!inOvf()) {
            skip();
            continue;
        }
        const QString n = m_xml.name().toString();
        if (n == QLatin1String("Property")) {
            OvfProperty prop{attr("key"), attr("type"), attr("value"), {}, {}};
            while (next()) {
                if (inOvf() && m_xml.name() == QLatin1String("Label"))
                    prop.label = text();
                else if (inOvf() && m_xml.name() == QLatin1String("Description"))
                    prop.description = text();
                else
                    skip();
            }
            p.properties.append(prop);
        } else if (n == QLatin1String("Product"))
            p.product = text();
        else if (n == QLatin1String("Vendor"))
            p.vendor = text();
        else if (n == QLatin1String("Version"))
            p.version = text();
        else if (n == QLatin1String("FullVersion"))
            p.fullVersion = text();
        else if (n == QLatin1String("ProductUrl"))
            p.productUrl = text();
        else if (n == QLatin1String("VendorUrl"))
            p.vendorUrl = text();
        else
            skip();
    }
    vs.products.append(p);
}

void Parser::parseEula(OvfVirtualSystem &vs)
{
    while (next()) {
        if (inOvf() && m_xml.name() == QLatin1String("License"))
            vs.eulas.append(text());
        else
            skip();
    }
}

} // namespace

Result<OvfEnvelope> parseOvf(const QByteArray &xml)
{
    if (xml.size() > kMaxOvfBytes) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("The OVF file is %1 MiB, larger than any real descriptor (at most %2 "
                            "MiB); it is refused for safety.")
                         .arg(xml.size() / (1024 * 1024)).arg(kMaxOvfBytes / (1024 * 1024)));
    }
    Parser parser(xml);
    return parser.run();
}

std::optional<qint64> ovfBytes(const QString &value, const QString &units)
{
    bool ok = false;
    const qint64 v = value.trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    QString u = units.trimmed().toLower();
    u.remove(QLatin1Char(' '));
    qint64 factor = 1;
    static const QList<std::pair<const char *, qint64>> kNamed = {
        {"", 1}, {"byte", 1}, {"bytes", 1}, {"kb", 1LL << 10}, {"kilobytes", 1LL << 10},
        {"mb", 1LL << 20}, {"megabytes", 1LL << 20}, {"gb", 1LL << 30}, {"gigabytes", 1LL << 30},
        {"tb", 1LL << 40}, {"terabytes", 1LL << 40}};
    bool found = false;
    for (const auto &[name, f] : kNamed) {
        if (u == QLatin1String(name)) {
            factor = f;
            found = true;
        }
    }
    if (!found) {
        // Programmatic units (DSP0004): "byte*2^20", "byte*10^3".
        if (!u.startsWith(QLatin1String("byte*")))
            return std::nullopt;
        const QString expr = u.mid(5);
        const int caret = expr.indexOf(QLatin1Char('^'));
        bool okBase = false, okExp = false;
        const int base = expr.left(caret).toInt(&okBase);
        const int exp = expr.mid(caret + 1).toInt(&okExp);
        if (caret < 0 || !okBase || !okExp || (base != 2 && base != 10) || exp < 0 || exp > 62)
            return std::nullopt;
        for (int i = 0; i < exp; ++i) {
            if (factor > std::numeric_limits<qint64>::max() / base)
                return std::nullopt;
            factor *= base;
        }
    }
    if (v != 0 && factor > std::numeric_limits<qint64>::max() / v)
        return std::nullopt;
    return v * factor;
}

QString ovfReferenceId(const QString &reference, const QString &kind)
{
    for (const QString &prefix : {QStringLiteral("ovf:/"), QStringLiteral("/")}) {
        const QString p = prefix + kind + QLatin1Char('/');
        if (reference.startsWith(p))
            return reference.mid(p.size());
    }
    return {};
}

const OvfFile *OvfEnvelope::file(const QString &id) const
{
    for (const OvfFile &f : files)
        if (f.id == id)
            return &f;
    return nullptr;
}

const OvfDisk *OvfEnvelope::disk(const QString &id) const
{
    for (const OvfDisk &d : disks)
        if (d.id == id)
            return &d;
    return nullptr;
}

const OvfDisk *OvfEnvelope::diskForHostResource(const QString &hostResource) const
{
    const QString id = ovfReferenceId(hostResource, QStringLiteral("disk"));
    return id.isEmpty() ? nullptr : disk(id);
}

} // namespace Appliances
