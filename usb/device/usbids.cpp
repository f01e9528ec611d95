#include "usb/device/usbids.h"

#include <QFile>

namespace Usb {

namespace {
bool hex4At(const QByteArray &line, int from, int *value)
{
    if (line.size() < from + 6 || line.at(from + 4) != ' ')
        return false;
    bool ok = false;
    *value = line.mid(from, 4).toInt(&ok, 16);
    return ok;
}
} // namespace

QString UsbIds::defaultPath()
{
    for (const char *p : {"/usr/share/misc/usb.ids", "/usr/share/hwdata/usb.ids", "/var/lib/usbutils/usb.ids"}) {
        if (QFile::exists(QLatin1String(p)))
            return QLatin1String(p);
    }
    return {};
}

UsbIds::UsbIds(QString path) : m_path(std::move(path))
{
}

bool UsbIds::isLoaded() const
{
    load();
    return !m_vendors.isEmpty();
}

QString UsbIds::vendor(int vendorId) const
{
    load();
    return m_vendors.value(vendorId);
}

QString UsbIds::product(int vendorId, int productId) const
{
    load();
    return m_products.value(quint32(vendorId) << 16 | quint32(productId));
}

QString UsbIds::className(int deviceClass) const
{
    load();
    return m_classes.value(deviceClass);
}

// Format: "vvvv  Vendor", "\tpppp  Product", "C cc  Class", "\tss  Subclass"; other sections
// (AT, HID, L, ...) start with a keyword and are skipped. '#' lines are comments.
void UsbIds::load() const
{
    if (m_tried)
        return;
    m_tried = true;
    QFile f(m_path);
    if (m_path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return;
    enum class Section { Vendors, Classes, Other } section = Section::Vendors;
    int vendor = -1;
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        int id = 0;
        if (line.at(0) != '\t') {
            vendor = -1;
            if (line.startsWith("C ")) {
                section = Section::Classes;
                bool ok = false;
                const int cls = line.mid(2, 2).toInt(&ok, 16);
                if (ok)
                    m_classes.insert(cls, QString::fromUtf8(line.mid(6)).trimmed());
            } else if (section == Section::Vendors && hex4At(line, 0, &id)) {
                vendor = id;
                m_vendors.insert(id, QString::fromUtf8(line.mid(6)).trimmed());
            } else {
                section = Section::Other;
            }
        } else if (section == Section::Vendors && vendor >= 0 && line.size() > 1 && line.at(1) != '\t'
                   && hex4At(line, 1, &id)) {
            m_products.insert(quint32(vendor) << 16 | quint32(id), QString::fromUtf8(line.mid(7)).trimmed());
        }
    }
}

} // namespace Usb
