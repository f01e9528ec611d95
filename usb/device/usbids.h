// UsbIds: vendor, product and class names from the usb.ids database (the usbutils/hwdata
// file), when it is installed. Read once, on first use; missing file = no names.
#pragma once

#include <QHash>
#include <QString>

namespace Usb {

class UsbIds
{
public:
    /// The system's file: /usr/share/misc/usb.ids, /usr/share/hwdata/usb.ids, /var/lib/usbutils.
    static QString defaultPath();
    explicit UsbIds(QString path = defaultPath());

    [[nodiscard]] bool isLoaded() const;
    [[nodiscard]] QString vendor(int vendorId) const;
    [[nodiscard]] QString product(int vendorId, int productId) const;
    [[nodiscard]] QString className(int deviceClass) const;

private:
    void load() const;

    QString m_path;
    mutable bool m_tried = false;
    mutable QHash<int, QString> m_vendors;
    mutable QHash<quint32, QString> m_products;
    mutable QHash<int, QString> m_classes;
};

} // namespace Usb
