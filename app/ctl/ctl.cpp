#include "app/ctl/ctl.h"

#include "app/ctl/console.h"
#include "app/ctl/output.h"
#include "engine/backend/vmbackend.h"
#include "engine/host/accelprobe.h"
#include "engine/host/qemubinaries.h"
#include "engine/library/vmlibrary.h"
#include "engine/profiles/guestprofile.h"
#include "engine/runner/runtimedir.h"
#include "engine/runner/vmcontrol.h"
#include "engine/runner/vmsupervisor.h"
#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace Engine;

namespace Ctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(emanonctl)
};

/// One parsed invocation.
struct Invocation
{
    QCommandLineParser &p;
    QStringList args; ///< positional arguments after the command
    bool json = false;
    bool verbose = false;
    QString libraryRoot;
    VmBackend &backend;

    QString opt(const QString &name) const { return p.value(name); }
    bool has(const QString &name) const { return p.isSet(name); }
    VmLibrary library() const { return VmLibrary(libraryRoot); }
    int error(const Error &e) const { return fail(e, verbose); }
    int usage(const QString &text) const
    {
        QTextStream(stderr) << "emanonctl: " << text << Qt::endl
                            << Tr::tr("Run \"emanonctl --help\" for the commands.") << Qt::endl;
        return kUsage;
    }
};

const char *kCommands = QT_TRANSLATE_NOOP(
    "emanonctl",
    "Commands:\n"
    "  host [--probe] [--accel auto|kvm|tcg]   accelerator verdict and QEMU version\n"
    "  list                                     the VMs in the library\n"
    "  create NAME [--profile ID] [--memory MiB] [--cpus N] [--disk SIZE]\n"
    "         [--cdrom ISO] [--floppy IMG] [--nic MODEL|none]\n"
    "         [--kernel FILE --initrd FILE --append TEXT]\n"
    "  show VM [--argv]                         the definition (or QEMU's arguments)\n"
    "  start VM [--headless] [--console] [--accel auto|kvm|tcg]\n"
    "  stop VM [--force] [--timeout SEC]        shut down (ACPI), or cut the power\n"
    "  pause VM | resume VM | reset VM\n"
    "  status VM                                run state, QEMU pid, accelerator\n"
    "  console VM                               attach to the serial console (Ctrl+] detaches)\n"
    "  delete VM                                move the VM to the library's trash\n"
    "  clone VM NEW [--linked]                  full copy, or a linked clone\n"
    "  disk create FILE SIZE [--format F] | disk info FILE\n"
    "  disk resize FILE SIZE [--shrink] | disk convert SRC DST [--format F]\n"
    "\n"
    "Exit codes: 0 success, 1 failed, 2 usage, 3 not found, 4 refused by the VM's state,\n"
    "5 QEMU failed or crashed, 6 timed out, 130 canceled.");

Result<VmBundle> openVm(const Invocation &inv)
{
    if (inv.args.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("Name the VM."));
    return inv.library().open(inv.args.first());
}

// ---- host -------------------------------------------------------------------------------

int cmdHost(const Invocation &inv)
{
    const QString pref = inv.has(QStringLiteral("accel")) ? inv.opt(QStringLiteral("accel"))
                                                          : QStringLiteral("auto");
    auto v = AccelProbe::verdict(pref, inv.has(QStringLiteral("probe")));
    if (!v)
        return inv.error(v.error());
    QString qemuVersion;
    if (auto qemu = QemuBinaries::system()) {
        QProcess p;
        p.start(*qemu, {QStringLiteral("--version")});
        p.waitForFinished(5000);
        qemuVersion = QString::fromUtf8(p.readAllStandardOutput()).section(u'\n', 0, 0);
    }
    if (inv.json) {
        QJsonObject o = v->toJson();
        o.insert(QStringLiteral("qemu"), qemuVersion);
        o.insert(QStringLiteral("fromCache"), v->fromCache);
        outJson(o);
        return kOk;
    }
    out(Tr::tr("Accelerator: %1").arg(v->accel.toUpper()));
    out(Tr::tr("Reason:      %1").arg(v->reason));
    out(Tr::tr("QEMU:        %1").arg(qemuVersion.isEmpty() ? Tr::tr("not found") : qemuVersion));
    out(Tr::tr("/dev/kvm:    %1").arg(v->kvmDeviceUsable ? Tr::tr("usable") : Tr::tr("not usable")));
    out(Tr::tr("VT-x/AMD-V:  %1").arg(v->cpuHasVirtExtensions ? Tr::tr("yes") : Tr::tr("no")));
    if (v->tcgCalibrationMs >= 0 || v->kvmCalibrationMs >= 0) {
        out(Tr::tr("Calibration: TCG %1 ms, KVM %2 ms")
                .arg(v->tcgCalibrationMs, 0, 'f', 0)
                .arg(v->kvmCalibrationMs < 0 ? Tr::tr("failed")
                                             : QString::number(v->kvmCalibrationMs, 'f', 0)));
    }
    if (!v->calibrationError.isEmpty())
        out(Tr::tr("Calibration problem: %1").arg(v->calibrationError));
    if (v->fromCache)
        out(Tr::tr("(cached verdict from %1; --probe measures again)")
                .arg(v->probedAt.toLocalTime().toString(Qt::ISODate)));
    return kOk;
}

// ---- list / show / status ---------------------------------------------------------------

int cmdList(const Invocation &inv)
{
    auto entries = inv.library().list();
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
    if (info.state != VmRunner::State::Stopped && info.state != VmRunner::State::Crashed) {
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
    if (inv.json)
        outJson(QJsonObject{{QStringLiteral("name"), bundle->config.name}, {QStringLiteral("path"), bundle->path}});
    else
        out(Tr::tr("Created %1 in %2").arg(bundle->config.name, bundle->path));
    return kOk;
}

int cmdDelete(const Invocation &inv)
{
    if (inv.args.isEmpty())
        return inv.usage(Tr::tr("Name the VM."));
    // Works on a VM whose vm.json is damaged too: that is often why it is being deleted.
    if (Status s = inv.library().remove(inv.args.first()); !s)
        return inv.error(s.error());
    out(Tr::tr("Moved %1 to the trash (%2).").arg(inv.args.first(), inv.library().trashPath()));
    return kOk;
}

int cmdClone(const Invocation &inv)
{
    if (inv.args.size() < 2)
        return inv.usage(Tr::tr("clone needs the VM and a new name."));
    VmLibrary lib = inv.library();
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

// ---- lifecycle ---------------------------------------------------------------------------

int cmdStart(const Invocation &inv)
{
    auto vm = openVm(inv);
    if (!vm)
        return inv.error(vm.error());
    auto info = inv.backend.start(*vm, inv.opt(QStringLiteral("accel")));
    if (!info)
        return inv.error(info.error());
    if (!inv.json)
        out(Tr::tr("%1 is running (accelerator %2: %3)").arg(vm->config.name, info->accel.toUpper(), info->accelReason));
    else
        outJson(info->toJson());
    if (inv.has(QStringLiteral("console")))
        return attachConsole(info->consoleSocket, inv.verbose);
    return kOk;
}

/// Waits until the VM has stopped, printing what happens; Ctrl+C stops waiting (not the VM).
int waitStopped(const Invocation &inv, const VmBundle &vm, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const VmRunInfo info = inv.backend.query(vm);
        if (info.state == VmRunner::State::Stopped || info.state == VmRunner::State::Crashed) {
            out(Tr::tr("%1 is %2.").arg(vm.config.name, VmRunner::stateDisplayName(info.state)));
            return info.state == VmRunner::State::Crashed ? inv.error(info.error) : kOk;
        }
        QThread::msleep(100);
    }
    return inv.error(Error(ErrorCode::Timeout, Tr::tr("%1 did not stop in time.").arg(vm.config.name)));
}

int cmdControl(const Invocation &inv, const QString &command)
{
    auto vm = openVm(inv);
    if (!vm)
        return inv.error(vm.error());
    if (command == QLatin1String("console")) {
        auto endpoint = inv.backend.consoleEndpoint(*vm);
        return endpoint ? attachConsole(*endpoint, inv.verbose) : inv.error(endpoint.error());
    }
    using Op = VmRunner::Operation;
    if (command == QLatin1String("stop")) {
        bool ok = true;
        const int timeoutS = inv.has(QStringLiteral("timeout")) ? inv.opt(QStringLiteral("timeout")).toInt(&ok) : 60;
        if (!ok || timeoutS < 0)
            return inv.usage(Tr::tr("--timeout takes seconds."));
        const bool force = inv.has(QStringLiteral("force"));
        const Status s = inv.backend.request(
            *vm, Op::Stop, {{QStringLiteral("force"), force}, {QStringLiteral("timeoutMs"), timeoutS * 1000}});
        if (!s)
            return inv.error(s.error());
        if (!force)
            QTextStream(stderr) << Tr::tr("Asked the guest to shut down; the power is cut after %1 s.").arg(timeoutS) << Qt::endl;
        return waitStopped(inv, *vm, timeoutS * 1000 + 15000);
    }
    const Op op = command == QLatin1String("pause")    ? Op::Pause
                  : command == QLatin1String("resume") ? Op::Resume
                                                       : Op::Reset;
    if (const Status s = inv.backend.request(*vm, op); !s)
        return inv.error(s.error());
    return kOk;
}

int cmdSupervise(const Invocation &inv)
{
    if (inv.args.isEmpty())
        return inv.usage(QStringLiteral("supervise BUNDLE"));
    const QString bundlePath = QFileInfo(inv.args.first()).absoluteFilePath();
    VmLibrary lib(QFileInfo(bundlePath).absolutePath());
    auto vm = lib.open(QFileInfo(bundlePath).completeBaseName());
    if (!vm)
        return inv.error(vm.error());
    VmSupervisor supervisor(vm->path, vm->config, inv.opt(QStringLiteral("launch-id")));
    VmStartOptions options;
    options.accelPreference = inv.opt(QStringLiteral("accel"));
    int exitCode = kOk;
    QObject::connect(&supervisor, &VmSupervisor::finished, qApp, [&](int code) {
        exitCode = code;
        QCoreApplication::quit();
    });
    // Our own session: the terminal that ran "emanonctl start" can close, or get a Ctrl+C,
    // without taking the VM down. A polite kill (SIGTERM) cuts the power cleanly first.
    ::setsid();
    std::signal(SIGHUP, SIG_IGN);
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGTERM, [](int) { QMetaObject::invokeMethod(qApp, "quit", Qt::QueuedConnection); });
    if (Status s = supervisor.start(options); !s)
        return inv.error(s.error());
    QCoreApplication::exec();
    if (supervisor.runner().state() != VmRunner::State::Stopped
        && supervisor.runner().state() != VmRunner::State::Crashed) {
        (void)supervisor.runner().stop(true);
        QElapsedTimer t;
        t.start();
        while (supervisor.runner().state() != VmRunner::State::Stopped && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    return exitCode;
}

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

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Emanon VM manager, command line.") + QStringLiteral("\n\n")
                                + Tr::tr(kCommands));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), Tr::tr("What to do (see Commands)."));
    p.addOptions({
        {QStringLiteral("library"), Tr::tr("The VM library folder (default: $EMANON_LIBRARY or ~/.local/share/emanon/vms)."), Tr::tr("dir")},
        {QStringLiteral("json"), Tr::tr("Machine-readable output.")},
        {QStringLiteral("verbose"), Tr::tr("Show the technical details of errors.")},
        {QStringLiteral("profile"), Tr::tr("Guest profile for create."), Tr::tr("id")},
        {QStringLiteral("memory"), Tr::tr("Memory in MiB."), Tr::tr("MiB")},
        {QStringLiteral("cpus"), Tr::tr("Number of CPUs."), Tr::tr("n")},
        {QStringLiteral("disk"), Tr::tr("Create a new disk of this size (8G, 512M)."), Tr::tr("size")},
        {QStringLiteral("cdrom"), Tr::tr("CD/DVD image to insert."), Tr::tr("iso")},
        {QStringLiteral("floppy"), Tr::tr("Floppy image to insert."), Tr::tr("img")},
        {QStringLiteral("nic"), Tr::tr("Network card model, or none."), Tr::tr("model")},
        {QStringLiteral("kernel"), Tr::tr("Boot this kernel directly."), Tr::tr("file")},
        {QStringLiteral("initrd"), Tr::tr("Initramfs for --kernel."), Tr::tr("file")},
        {QStringLiteral("append"), Tr::tr("Kernel command line for --kernel."), Tr::tr("text")},
        {QStringLiteral("accel"), Tr::tr("Accelerator: auto, kvm or tcg."), Tr::tr("accel")},
        {QStringLiteral("probe"), Tr::tr("Measure the accelerators again.")},
        {QStringLiteral("headless"), Tr::tr("Run without a window (the default for emanonctl).")},
        {QStringLiteral("console"), Tr::tr("Attach to the serial console after starting.")},
        {QStringLiteral("force"), Tr::tr("Cut the power instead of asking the guest.")},
        {QStringLiteral("timeout"), Tr::tr("Seconds to wait for the guest to shut down."), Tr::tr("sec")},
        {QStringLiteral("argv"), Tr::tr("Print QEMU's command line instead.")},
        {QStringLiteral("linked"), Tr::tr("Make a linked clone (shares the source's disks).")},
        {QStringLiteral("shrink"), Tr::tr("Allow shrinking a disk (data past the end is lost).")},
        {QStringLiteral("format"), Tr::tr("Disk image format."), Tr::tr("fmt")},
        {QStringLiteral("launch-id"), QStringLiteral("internal"), QStringLiteral("id")},
    });
    if (!p.parse(arguments)) {
        QTextStream(stderr) << "emanonctl: " << p.errorText() << Qt::endl;
        return kUsage;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out(QCoreApplication::applicationVersion());
        return kOk;
    }
    QStringList pos = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || pos.isEmpty()) {
        QTextStream(stdout) << p.helpText();
        return pos.isEmpty() && !p.isSet(QStringLiteral("help")) ? kUsage : kOk;
    }
    LocalQemuBackend backend;
    Invocation inv{p, pos.mid(1), p.isSet(QStringLiteral("json")), p.isSet(QStringLiteral("verbose")),
                   p.isSet(QStringLiteral("library")) ? QFileInfo(p.value(QStringLiteral("library"))).absoluteFilePath()
                                                      : VmLibrary::defaultRoot(),
                   backend};
    const QString command = pos.first();
    if (command == QLatin1String("host")) return cmdHost(inv);
    if (command == QLatin1String("list")) return cmdList(inv);
    if (command == QLatin1String("create")) return cmdCreate(inv);
    if (command == QLatin1String("show")) return cmdShow(inv);
    if (command == QLatin1String("status")) return cmdStatus(inv);
    if (command == QLatin1String("start")) return cmdStart(inv);
    if (command == QLatin1String("delete")) return cmdDelete(inv);
    if (command == QLatin1String("clone")) return cmdClone(inv);
    if (command == QLatin1String("disk")) return cmdDisk(inv);
    if (command == QLatin1String("supervise")) return cmdSupervise(inv);
    static const QStringList control = {QStringLiteral("stop"), QStringLiteral("pause"), QStringLiteral("resume"),
                                        QStringLiteral("reset"), QStringLiteral("console")};
    if (control.contains(command))
        return cmdControl(inv, command);
    return inv.usage(Tr::tr("Unknown command \"%1\".").arg(command));
}

} // namespace Ctl
