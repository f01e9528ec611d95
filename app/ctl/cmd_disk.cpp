#include "app/ctl/invocation.h"

#include "engine/library/savedstate.h"
#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QFileInfo>
#include <QJsonObject>

#include <optional>

using namespace Engine;

namespace Ctl {

namespace {

/// Why the image `file` must not be resized now: it is a disk of a suspended VM (of those
/// emanonctl lists), whose saved memory needs the disk exactly as it is; or nothing. A running
/// VM's disks are protected by QEMU's own image lock.
std::optional<Error> suspendedOwnerRefusal(const Invocation &inv, const QString &file)
{
    const QString target = QFileInfo(file).canonicalFilePath();
    const auto entries = inv.list();
    if (target.isEmpty() || !entries)
        return std::nullopt; // a missing file or an unreadable list: the resize reports it
    for (const Engine::VmEntry &e : *entries) {
        if (!e.ok() || !SavedState::exists(e.path))
            continue;
        const VmBundle vm{e.path, e.config};
        for (const DiskConfig &d : e.config.disks) {
            if (QFileInfo(vm.diskPath(d)).canonicalFilePath() != target)
                continue;
            return Error(ErrorCode::StateRefused,
                         Tr::tr("%1 is a disk of %2, which is suspended; its saved memory needs "
                                "the disk as it is. Discard the saved state or start the VM and "
                                "shut it down first.")
                             .arg(file, e.config.name),
                         SavedState::metaPath(e.path));
        }
    }
    return std::nullopt;
}

} // namespace

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
            if (auto why = suspendedOwnerRefusal(inv, a[0]))
                return inv.error(*why);
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
