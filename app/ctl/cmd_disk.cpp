#include "app/ctl/invocation.h"

#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QJsonObject>

using namespace Engine;

namespace Ctl {

// ---- disk --------------------------------------------------------------------------------

int cmdDisk(const Invocation &inv)
{
    const QString sub = inv.args.value(0);
    const QStringList a = inv.args.mid(1);
    const QString format = inv.has(QStringLiteral("format")) ? inv.opt(QStringLiteral("format")) : QStringLiteral("qcow2");
    if (sub == QLatin1String("info") && a.size() == 1) {
        auto info = DiskImage::info(a[0], true);
        if (!info)
            return inv.error(info.error());
        if (inv.json) {
            outJson(info->raw);
            return kOk;
        }
        out(Tr::tr("File:    %1").arg(info->path));
        out(Tr::tr("Format:  %1").arg(info->format));
        out(Tr::tr("Size:    %1 (%2 bytes)").arg(DiskImage::formatSize(info->virtualSizeBytes)).arg(info->virtualSizeBytes));
        out(Tr::tr("On disk: %1").arg(DiskImage::formatSize(info->actualSizeBytes)));
        if (!info->backingFile.isEmpty())
            out(Tr::tr("Backing: %1").arg(info->backingFile));
        for (const DiskSnapshotInfo &s : info->snapshots)
            out(Tr::tr("Snapshot: %1 %2").arg(s.id, s.tag));
        return kOk;
    }
    if ((sub == QLatin1String("create") || sub == QLatin1String("resize")) && a.size() == 2) {
        const auto size = DiskImage::parseSize(a[1]);
        if (!size)
            return inv.usage(Tr::tr("\"%1\" is not a size (e.g. 8G, 512M).").arg(a[1]));
        if (sub == QLatin1String("resize")) {
            if (Status s = DiskImage::resize(a[0], *size, inv.has(QStringLiteral("shrink"))); !s)
                return inv.error(s.error());
            out(Tr::tr("Resized %1 to %2").arg(a[0], DiskImage::formatSize(*size)));
            return kOk;
        }
        QemuImgJob *job = DiskImage::create(a[0], *size, format);
        const int rc = runJob(job, inv.verbose);
        delete job;
        if (rc == kOk)
            out(Tr::tr("Created %1 (%2, %3)").arg(a[0], format, DiskImage::formatSize(*size)));
        return rc;
    }
    if (sub == QLatin1String("convert") && a.size() == 2) {
        QemuImgJob *job = DiskImage::convert(a[0], a[1], format);
        const int rc = runJob(job, inv.verbose);
        delete job;
        if (rc == kOk)
            out(Tr::tr("Converted %1 to %2 (%3)").arg(a[0], a[1], format));
        return rc;
    }
    return inv.usage(Tr::tr("disk create FILE SIZE | info FILE | resize FILE SIZE | convert SRC DST"));
}

} // namespace Ctl
