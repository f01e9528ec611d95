#include "engine/storage/floppyimage.h"

#include "engine/core/atomicfile.h"

#include <QFileInfo>

#include <algorithm>

namespace Engine {

namespace {

void put16(QByteArray &b, int offset, quint16 v)
{
    b[offset] = char(v & 0xff);
    b[offset + 1] = char(v >> 8);
}

void put32(QByteArray &b, int offset, quint32 v)
{
    put16(b, offset, quint16(v & 0xffff));
    put16(b, offset + 2, quint16(v >> 16));
}

void putText(QByteArray &b, int offset, const QByteArray &text, int width)
{
    for (int i = 0; i < width; ++i)
        b[offset + i] = i < text.size() ? text[i] : ' ';
}

// Boot code at 0x3E: print the message at 0x5A through INT 10h, then INT 18h, with which
// SeaBIOS boots the next device in the boot order - so a data floppy left in the drive of a
// "floppy first" VM does not stop it from booting its disk. Hand-assembled.
const unsigned char kBootCode[] = {
    0x31, 0xC0,             // xor ax, ax
    0x8E, 0xD8,             // mov ds, ax
    0xBE, 0x5A, 0x7C,       // mov si, 0x7C5A (message)
    0xFC,                   // cld
    0xAC,                   // .next: lodsb
    0x08, 0xC0,             //   or al, al
    0x74, 0x09,             //   jz .done
    0xB4, 0x0E,             //   mov ah, 0x0E
    0xBB, 0x07, 0x00,       //   mov bx, 7
    0xCD, 0x10,             //   int 0x10
    0xEB, 0xF2,             //   jmp .next
    0xCD, 0x18,             // .done: int 0x18 (SeaBIOS: boot the next device)
    0xF4,                   // .halt: hlt
    0xEB, 0xFD,             //   jmp .halt
    0x90,                   //   (pad to the message)
};
const char kBootMessage[] = "\r\nThis floppy is not bootable; trying the next boot device.\r\n";

// FAT date/time of a local timestamp.
quint16 fatDate(const QDate &d)
{
    return quint16(((std::max(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
}
quint16 fatTime(const QTime &t)
{
    return quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

} // namespace

FloppyImage::Geometry FloppyImage::geometry(Size size)
{
    if (size == Size::Mb288)
        return {5760, 36, 2, 240, 9};
    return {2880, 18, 1, 224, 9};
}

std::optional<FloppyImage::Size> FloppyImage::sizeFromName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    if (n.endsWith(QLatin1String("MB")))
        n.chop(2);
    else if (n.endsWith(QLatin1Char('M')) || n.endsWith(QLatin1Char('K')))
        n.chop(1);
    if (n == QLatin1String("1.44") || n == QLatin1String("1440"))
        return Size::Mb144;
    if (n == QLatin1String("2.88") || n == QLatin1String("2880"))
        return Size::Mb288;
    return std::nullopt;
}

QString FloppyImage::labelProblem(const QString &label)
{
    if (label.size() > 11)
        return tr("A volume label has at most 11 characters; \"%1\" has %2.")
            .arg(label)
            .arg(label.size());
    static const QString allowed = QStringLiteral(" !#$%&'()-@^_`{}~");
    for (const QChar ch : label) {
        const ushort u = ch.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
                        || allowed.contains(ch);
        if (!ok)
            return tr("A volume label may only contain letters A-Z, digits, spaces and "
                      "! # $ % & ' ( ) - @ ^ _ ` { } ~; \"%1\" is not allowed.")
                .arg(ch);
    }
    if (label.startsWith(QLatin1Char(' ')))
        return tr("A volume label cannot start with a space.");
    return {};
}

Result<QByteArray> FloppyImage::build(const Options &o)
{
    if (const QString problem = labelProblem(o.label); !problem.isEmpty())
        return Error(ErrorCode::InvalidArgument, problem);
    const Geometry g = geometry(o.size);
    const QDateTime stamp = o.created.isValid() ? o.created : QDateTime::currentDateTime();
    const quint16 date = fatDate(stamp.date());
    const quint16 time = fatTime(stamp.time());
    const quint32 volumeId = o.volumeId ? o.volumeId : (quint32(date) << 16 | time);
    const QByteArray label = o.label.toUpper().toLatin1();

    QByteArray img(g.totalSectors * 512, '\0');
    // Boot sector with a DOS 4.0 extended BPB.
    img[0] = char(0xEB); img[1] = char(0x3C); img[2] = char(0x90);
    putText(img, 3, "EMANON  ", 8);
    put16(img, 11, 512);                          // bytes per sector
    img[13] = char(g.sectorsPerCluster);
    put16(img, 14, 1);                            // reserved sectors (the boot sector)
    img[16] = 2;                                  // FATs
    put16(img, 17, quint16(g.rootEntries));
    put16(img, 19, quint16(g.totalSectors));
    img[21] = char(0xF0);                         // media descriptor: 3.5" 1.44/2.88
    put16(img, 22, quint16(g.sectorsPerFat));
    put16(img, 24, quint16(g.sectorsPerTrack));
    put16(img, 26, 2);                            // heads
    put32(img, 28, 0);                            // hidden sectors
    put32(img, 32, 0);                            // large total sectors (unused)
    img[36] = 0x00;                               // BIOS drive A:
    img[38] = 0x29;                               // extended boot signature
    put32(img, 39, volumeId);
    putText(img, 43, label.isEmpty() ? QByteArray("NO NAME") : label, 11);
    putText(img, 54, "FAT12", 8);
    std::copy(std::begin(kBootCode), std::end(kBootCode), img.begin() + 0x3E);
    std::copy(std::begin(kBootMessage), std::end(kBootMessage), img.begin() + 0x5A);
    img[510] = 0x55;
    img[511] = char(0xAA);

    // Both FATs: entry 0 = media byte + 0xFF, entry 1 = end of chain; all clusters free.
    for (int fat = 0; fat < 2; ++fat) {
        const int at = (1 + fat * g.sectorsPerFat) * 512;
        img[at] = char(0xF0);
        img[at + 1] = char(0xFF);
        img[at + 2] = char(0xFF);
    }
    // Root directory: the label as its first entry (attribute 0x08), as FORMAT /V writes it.
    if (!label.isEmpty()) {
        const int at = (1 + 2 * g.sectorsPerFat) * 512;
        putText(img, at, label, 11);
        img[at + 11] = 0x08;
        put16(img, at + 22, time);
        put16(img, at + 24, date);
    }
    return img;
}

Status FloppyImage::create(const QString &path, const Options &options)
{
    if (QFileInfo::exists(path))
        return Error(ErrorCode::AlreadyExists,
                     tr("%1 already exists. Choose another file name, or delete it first.").arg(path));
    auto bytes = build(options);
    if (!bytes)
        return bytes.error();
    return writeFileAtomic(path, *bytes);
}

} // namespace Engine
