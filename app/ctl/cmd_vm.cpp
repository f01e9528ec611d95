#include "app/ctl/invocation.h"

#include "engine/host/accelprobe.h"
#include "engine/host/qemubinaries.h"
#include "engine/library/clonejob.h"
#include "engine/library/savedstate.h"
#include "engine/profiles/guestprofile.h"
#include "engine/profiles/profilecheck.h"
#include "engine/runner/runtimedir.h"
#include "engine/storage/diskimage.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Engine;

namespace Ctl {

// ---- list / show / status ---------------------------------------------------------------

namespace {
/// What the VM's profile says about its config (warnings and errors), disks measured.
QList<ProfileFinding> profileFindings(const VmBundle &vm)
{
    DiskSizes sizes;
    for (const DiskConfig &d : vm.config.disks) {
        if (const auto info = DiskImage::info(vm.diskPath(d), true))
            sizes.insert(d.node, info->virtualSizeBytes);
    }
    return checkAgainstProfile(vm.config, sizes);
}

QJsonArray findingsJson(const QList<ProfileFinding> &findings)
{
    QJsonArray a;
    for (const ProfileFinding &f : findings) {
        a.append(QJsonObject{{QStringLiteral("severity"), severityName(f.severity)},
                             {QStringLiteral("code"), f.code},
                             {QStringLiteral("field"), f.field},
                             {QStringLiteral("message"), f.message}});
    }
    return a;
}
} // namespace

int cmdList(const Invocation &inv)
{
    auto entries = inv.list();
    if (!entries)
        return inv.error(entries.error());
    QJsonArray array;
    QStringList rows;
    for (const VmEntry &e : *entries) {
        if (!e.ok()) {
            array.append(QJsonObject{{QStringLiteral("name"), e.name},
                                     {QStringLiteral("path"), e.path},
                                     {QStringLiteral("error"), e.error.message}});
            rows << QStringLiteral("%1  %2").arg(e.name, -24).arg(Tr::tr("(damaged: %1)").arg(e.error.message));
            continue;
        }
        const VmRunInfo info = inv.backend.query(VmBundle{e.path, e.config});
        array.append(QJsonObject{{QStringLiteral("name"), e.name},
                                 {QStringLiteral("uuid"), e.config.uuid.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("path"), e.path},
                                 {QStringLiteral("profile"), e.config.profile},
                                 {QStringLiteral("memoryMiB"), e.config.memoryMiB},
                                 {QStringLiteral("cpus"), e.config.cpu.count},
                                 {QStringLiteral("state"), VmRunner::stateName(info.state)}});
        rows << QStringLiteral("%1  %2  %3  %4 MiB  %5 CPU")
                    .arg(e.name, -24)
                    .arg(VmRunner::stateDisplayName(info.state), -9)
                    .arg(e.config.profile, -14)
                    .arg(e.config.memoryMiB, 6)
                    .arg(e.config.cpu.count);
    }
    if (inv.json) {
        outJson(array);
    } else if (rows.isEmpty()) {
        out(Tr::tr("No VMs in %1. Create one with \"emanonctl create NAME\".").arg(inv.libraryRoot));
    } else {
        out(Tr::tr("%1  %2  %3  %4").arg(Tr::tr("NAME"), -24).arg(Tr::tr("STATE"), -9)
                .arg(Tr::tr("PROFILE"), -14).arg(Tr::tr("MEMORY / CPUS")));
        for (const QString &r : rows)
            out(r);
    }
    return kOk;
}

int cmdShow(const Invocation &inv)
{
    auto vm = openVm(inv);
    if (!vm)
        return inv.error(vm.error());
    if (inv.has(QStringLiteral("argv"))) {
        auto verdict = AccelProbe::verdict(vm->config.accel);
        if (!verdict)
            return inv.error(verdict.error());
        auto rt = RuntimeDir::forVm(vm->config.uuid);
        if (!rt)
            return inv.error(rt.error());
        auto qemu = QemuBinaries::system();
        if (!qemu)
            return inv.error(qemu.error());
        auto args = VmRunner::commandLine(vm->path, vm->config, verdict->accel, *rt);
        if (!args)
            return inv.error(args.error());
        out(*qemu);
        for (const QString &a : *args)
            out(a);
        return kOk;
    }
    if (inv.json) {
        QJsonObject o = vm->config.toJsonObject();
        o.insert(QStringLiteral("path"), vm->path);
        o.insert(QStringLiteral("run"), inv.backend.query(*vm).toJson());
        o.insert(QStringLiteral("profileFindings"), findingsJson(profileFindings(*vm)));
        outJson(o);
        return kOk;
    }
    const VmConfig &c = vm->config;
    const GuestProfile *prof = findProfile(c.profile);
    out(Tr::tr("Name:     %1").arg(c.name));
    out(Tr::tr("UUID:     %1").arg(c.uuid.toString(QUuid::WithoutBraces)));
    out(Tr::tr("Path:     %1").arg(vm->path));
    out(Tr::tr("Profile:  %1").arg(prof ? prof->displayName() : c.profile));
    out(Tr::tr("State:    %1").arg(VmRunner::stateDisplayName(inv.backend.query(*vm).state)));
    out(Tr::tr("CPU:      %1 x %2%3").arg(c.cpu.count).arg(c.cpu.model,
        c.cpu.flags.isEmpty() ? QString() : QStringLiteral(",") + c.cpu.flags));
    out(Tr::tr("Memory:   %1 MiB").arg(c.memoryMiB));
    out(Tr::tr("Machine:  %1, ACPI %2, firmware %3, clock %4")
            .arg(c.machine, c.acpi ? Tr::tr("on") : Tr::tr("off"), c.firmware, c.rtcBase));
    for (const DiskConfig &d : c.disks) {
        const auto info = DiskImage::info(vm->diskPath(d), true);
        out(Tr::tr("Disk:     %1 (%2, %3) %4%5")
                .arg(d.node, diskBusName(d.bus), d.format, d.path,
                     info ? QStringLiteral("  %1, %2 used")
                                .arg(DiskImage::formatSize(info->virtualSizeBytes),
                                     DiskImage::formatSize(info->actualSizeBytes))
                          : QStringLiteral("  ") + Tr::tr("(missing or unreadable)")));
    }
    for (const MediaConfig &m : c.media) {
        out(Tr::tr("%1: %2 %3")
                .arg(m.kind == MediaConfig::Kind::CdRom ? Tr::tr("CD-ROM  ") : Tr::tr("Floppy  "),
                     m.node, m.path.isEmpty() ? Tr::tr("(empty)") : m.path));
    }
    for (const NicConfig &n : c.nics) {
        out(Tr::tr("Network:  %1 %2 %3").arg(n.mode == NicConfig::Mode::Nat ? Tr::tr("NAT") : Tr::tr("none"),
                                            n.model, n.mac));
    }
    out(Tr::tr("Display:  %1%2").arg(c.display.vga, c.display.spice ? QStringLiteral(", SPICE") : QString()));
    out(Tr::tr("Sound:    %1   USB: %2").arg(c.sound, c.usb.controller));
    if (!c.boot.kernel.isEmpty())
        out(Tr::tr("Kernel:   %1 %2 \"%3\"").arg(c.boot.kernel, c.boot.initrd, c.boot.cmdline));
    if (prof && !prof->displayNotes().isEmpty())
        out(Tr::tr("Notes:    %1").arg(prof->displayNotes()));
    for (const ProfileFinding &f : profileFindings(*vm))
        out((f.isError() ? Tr::tr("Error:    %1") : Tr::tr("Warning:  %1")).arg(f.message));
    return kOk;
}

int cmdStatus(const Invocation &inv)
{
    auto vm = openVm(inv);
    if (!vm)
        return inv.error(vm.error());
    const VmRunInfo info = inv.backend.query(*vm);
    if (inv.json) {
        outJson(info.toJson());
        return kOk;
    }
    out(Tr::tr("%1: %2").arg(vm->config.name, VmRunner::stateDisplayName(info.state)));
    if (info.state == VmRunner::State::Saved) {
        if (auto saved = SavedState::read(vm->path))
            out(Tr::tr("Suspended %1 (%2 MiB of state); start resumes it, discard drops it.")
                    .arg(QLocale().toString(saved->savedAt.toLocalTime(), QLocale::ShortFormat))
                    .arg(saved->sizeBytes / (1024 * 1024)));
        else
            out(saved.error().toString(inv.verbose) + QLatin1Char('\n')
                + SavedState::discardHint(vm->config.name));
    } else if (VmRunner::hasProcess(info.state)) {
        out(Tr::tr("QEMU pid %1, accelerator %2, started %3")
                .arg(info.qemuPid)
                .arg(info.accel.toUpper(), info.startedAt));
    }
    if (info.error.code != ErrorCode::None)
        out(info.error.toString(inv.verbose));
    return kOk;
}

// ---- create / delete / clone --------------------------------------------------------------

int cmdCreate(const Invocation &inv)
{
    if (inv.args.isEmpty())
        return inv.usage(Tr::tr("create needs a name."));
    const QString profileId = inv.has(QStringLiteral("profile")) ? inv.opt(QStringLiteral("profile"))
                                                                 : QStringLiteral("other");
    const GuestProfile *profile = findProfile(profileId);
    if (!profile) {
        QStringList ids;
        for (const GuestProfile &p : allProfiles())
            ids << QString::fromLatin1(p.id);
        return inv.usage(Tr::tr("Unknown profile \"%1\". Profiles: %2").arg(profileId, ids.join(u' ')));
    }
    VmConfig c;
    c.name = inv.args.first();
    if (inv.opt(QStringLiteral("nic")) != QLatin1String("none"))
        c.nics.append(NicConfig());
    c.media.append({MediaConfig::Kind::CdRom, QStringLiteral("cd0"),
                    inv.has(QStringLiteral("cdrom")) ? QFileInfo(inv.opt(QStringLiteral("cdrom"))).absoluteFilePath() : QString(),
                    DiskBus::Ide, {}});
    if (inv.has(QStringLiteral("floppy"))) {
        c.media.append({MediaConfig::Kind::Floppy, QStringLiteral("fd0"),
                        QFileInfo(inv.opt(QStringLiteral("floppy"))).absoluteFilePath(), DiskBus::Floppy, {}});
    }
    profile->applyTo(c);
    if (c.media.first().bus == DiskBus::Virtio)
        c.media.first().bus = DiskBus::Ide;
    if (inv.has(QStringLiteral("nic")) && inv.opt(QStringLiteral("nic")) != QLatin1String("none"))
        c.nics.first().model = inv.opt(QStringLiteral("nic"));
    bool ok = true;
    if (inv.has(QStringLiteral("memory")) && !(c.memoryMiB = inv.opt(QStringLiteral("memory")).toInt(&ok), ok))
        return inv.usage(Tr::tr("--memory takes a number of MiB."));
    if (inv.has(QStringLiteral("cpus")) && !(c.cpu.count = inv.opt(QStringLiteral("cpus")).toInt(&ok), ok))
        return inv.usage(Tr::tr("--cpus takes a number."));
    if (inv.has(QStringLiteral("accel")))
        c.accel = inv.opt(QStringLiteral("accel"));
    if (inv.has(QStringLiteral("kernel"))) {
        c.boot.kernel = QFileInfo(inv.opt(QStringLiteral("kernel"))).absoluteFilePath();
        if (inv.has(QStringLiteral("initrd")))
            c.boot.initrd = QFileInfo(inv.opt(QStringLiteral("initrd"))).absoluteFilePath();
        c.boot.cmdline = inv.opt(QStringLiteral("append"));
    }
    QList<NewDisk> disks;
    if (inv.has(QStringLiteral("disk"))) {
        const auto size = DiskImage::parseSize(inv.opt(QStringLiteral("disk")));
        if (!size || *size <= 0)
            return inv.usage(Tr::tr("--disk takes a size such as 8G or 512M."));
        NewDisk d;
        d.node = QStringLiteral("disk0");
        d.sizeBytes = *size;
        d.bus = profile->diskBus;
        disks.append(d);
    }
    auto bundle = inv.library().create(c, disks);
    if (!bundle)
        return inv.error(bundle.error());
    DiskSizes sizes;
    for (const NewDisk &d : disks)
        sizes.insert(d.node, d.sizeBytes);
    const QList<ProfileFinding> findings = checkAgainstProfile(bundle->config, sizes);
    if (inv.json) {
        outJson(QJsonObject{{QStringLiteral("name"), bundle->config.name}, {QStringLiteral("path"), bundle->path},
                            {QStringLiteral("profileFindings"), findingsJson(findings)}});
    } else {
        out(Tr::tr("Created %1 in %2").arg(bundle->config.name, bundle->path));
        for (const ProfileFinding &f : findings)
            QTextStream(stderr) << Tr::tr("Warning: %1").arg(f.message) << Qt::endl;
    }
    return kOk;
}

int cmdDelete(const Invocation &inv)
{
    if (inv.args.isEmpty())
        return inv.usage(Tr::tr("Name the VM."));
    // Works on a VM whose vm.json is damaged too: that is often why it is being deleted.
    const Result<VmLibrary> found = inv.libraryOf(inv.args.first());
    VmLibrary lib = found ? *found : inv.library();
    const Result<VmBundle> vm = inv.open(inv.args.first());
    if (Status s = lib.remove(inv.args.first()); !s)
        return inv.error(s.error());
    if (vm && inv.registry && inv.registry->isRegistered(vm->path)) {
        Engine::VmRegistry registry = *inv.registry;
        registry.remove(vm->path);
        if (Status s = registry.save(); !s)
            return inv.error(s.error());
    }
    out(Tr::tr("Moved %1 to the trash (%2).").arg(inv.args.first(), lib.trashPath()));
    return kOk;
}

int cmdClone(const Invocation &inv)
{
    if (inv.args.size() < 2)
        return inv.usage(Tr::tr("clone needs the VM and a new name."));
    // The clone is made next to its source.
    const Result<VmLibrary> found = inv.libraryOf(inv.args[0]);
    if (!found)
        return inv.error(found.error());
    VmLibrary lib = *found;
    if (inv.has(QStringLiteral("linked"))) {
        auto b = lib.cloneLinked(inv.args[0], inv.args[1]);
        if (!b)
            return inv.error(b.error());
        out(Tr::tr("Created the linked clone %1 in %2").arg(b->config.name, b->path));
        return kOk;
    }
    CloneJob *job = lib.cloneFull(inv.args[0], inv.args[1], nullptr);
    const int rc = runJob(job, inv.verbose);
    if (rc == kOk)
        out(Tr::tr("Created the clone %1").arg(inv.args[1]));
    delete job;
    return rc;
}

} // namespace Ctl
