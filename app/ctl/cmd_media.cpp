// emanonctl media insert|eject, floppy create: removable media for (legacy) installs.
#include "app/ctl/invocation.h"

#include "engine/storage/floppyimage.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Engine;

namespace Ctl {

namespace {

int mediaInsertOrEject(const Invocation &inv, bool insert)
{
    // args: insert VM DRIVE FILE | eject VM DRIVE
    if (inv.args.size() != (insert ? 4 : 3)) {
        return inv.usage(insert ? Tr::tr("media insert needs the VM, the drive and the image file.")
                                : Tr::tr("media eject needs the VM and the drive."));
    }
    auto vm = inv.open(inv.args[1]);
    if (!vm)
        return inv.error(vm.error());
    const QString drive = inv.args[2];
    const QString file = insert ? QFileInfo(inv.args[3]).absoluteFilePath() : QString();
    const Status s = insert ? inv.backend.changeMedium(*vm, drive, file)
                            : inv.backend.ejectMedium(*vm, drive);
    if (!s)
        return inv.error(s.error());
    if (inv.json) {
        outJson(QJsonObject{{QStringLiteral("vm"), vm->config.name},
                            {QStringLiteral("drive"), drive},
                            {QStringLiteral("path"), file}});
    } else if (insert) {
        out(Tr::tr("Inserted %1 into %2 of %3.").arg(file, drive, vm->config.name));
    } else {
        out(Tr::tr("Ejected the medium from %1 of %2.").arg(drive, vm->config.name));
    }
    return kOk;
}

} // namespace

int cmdMedia(const Invocation &inv)
{
    const QString sub = inv.args.value(0);
    if (sub == QLatin1String("insert"))
        return mediaInsertOrEject(inv, true);
    if (sub == QLatin1String("eject"))
        return mediaInsertOrEject(inv, false);
    return inv.usage(Tr::tr("media takes insert or eject."));
}

int cmdFloppy(const Invocation &inv)
{
    if (inv.args.value(0) != QLatin1String("create") || inv.args.size() != 2)
        return inv.usage(Tr::tr("Use: floppy create FILE [--size 1.44|2.88] [--label LABEL]."));
    FloppyImage::Options options;
    if (inv.has(QStringLiteral("size"))) {
        const auto size = FloppyImage::sizeFromName(inv.opt(QStringLiteral("size")));
        if (!size)
            return inv.usage(Tr::tr("--size takes 1.44 or 2.88."));
        options.size = *size;
    }
    options.label = inv.opt(QStringLiteral("label"));
    const QString path = QFileInfo(inv.args[1]).absoluteFilePath();
    if (Status s = FloppyImage::create(path, options); !s)
        return inv.error(s.error());
    if (inv.json) {
        outJson(QJsonObject{{QStringLiteral("path"), path},
                            {QStringLiteral("sizeBytes"), FloppyImage::sizeBytes(options.size)},
                            {QStringLiteral("label"), options.label.toUpper()}});
    } else {
        out(Tr::tr("Created the %1 floppy image %2.")
                .arg(options.size == FloppyImage::Size::Mb288 ? QStringLiteral("2.88 MB")
                                                              : QStringLiteral("1.44 MB"),
                     path));
    }
    return kOk;
}

} // namespace Ctl
