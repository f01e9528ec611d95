#include "app/ctl/ctl.h"

#include "app/ctl/invocation.h"

#include <QFileInfo>

using namespace Engine;

namespace Ctl {

int cmdSnapshot(const Invocation &inv); // cmd_snapshot.cpp
int cmdAppliance(const Invocation &inv); // cmd_appliance.cpp: import, export

namespace {

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
    "  media insert VM DRIVE FILE | media eject VM DRIVE   change a CD or floppy\n"
    "  floppy create FILE [--size 1.44|2.88] [--label LABEL]   a blank FAT12 floppy\n"
    "  snapshot list VM | snapshot show VM SNAP          the snapshot tree, one snapshot\n"
    "  snapshot take VM [--name N] [--description D]     live when it runs, else disks only\n"
    "  snapshot revert VM SNAP | snapshot rename VM SNAP NEW [--description D]\n"
    "  snapshot delete VM SNAP [--branch]               children move up, or the whole branch\n"
    "  import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]\n"
    "         an appliance (.ova, .ovf, zip OVA) becomes a VM; --dry-run prints the report\n"
    "  export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256]\n"
    "         [--snapshot SNAP]                 an OVA (default), OVF folder or zip bundle\n"
    "\n"
    "Exit codes: 0 success, 1 failed, 2 usage, 3 not found, 4 refused by the VM's state,\n"
    "5 QEMU failed or crashed, 6 timed out, 130 canceled.");

/// Every command. A new command group adds its line here, its synopsis to kCommands, and its
/// options to run(); its code goes into its own cmd_*.cpp.
const Command kCommandTable[] = {
    {"host", cmdHost},       {"list", cmdList},         {"create", cmdCreate},
    {"show", cmdShow},       {"status", cmdStatus},     {"start", cmdStart},
    {"stop", cmdControl},    {"pause", cmdControl},     {"resume", cmdControl},
    {"reset", cmdControl},   {"console", cmdControl},   {"delete", cmdDelete},
    {"clone", cmdClone},     {"disk", cmdDisk},         {"supervise", cmdSupervise},
    {"media", cmdMedia},     {"floppy", cmdFloppy},     {"snapshot", cmdSnapshot},
    {"import", cmdAppliance}, {"export", cmdAppliance},
};

} // namespace

Result<VmBundle> openVm(const Invocation &inv)
{
    if (inv.args.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("Name the VM."));
    return inv.library().open(inv.args.first());
}

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
        {QStringLiteral("size"), Tr::tr("Floppy size: 1.44 or 2.88."), Tr::tr("MB")},
        {QStringLiteral("label"), Tr::tr("Volume label of a new floppy."), Tr::tr("label")},
        {QStringLiteral("name"), Tr::tr("A name: of the new snapshot, or of the imported VM."), Tr::tr("name")},
        {QStringLiteral("description"), Tr::tr("Description of a snapshot."), Tr::tr("text")},
        {QStringLiteral("branch"), Tr::tr("Delete the snapshot and everything below it.")},
        {QStringLiteral("dry-run"), Tr::tr("import: print the report, import nothing.")},
        {QStringLiteral("no-verify"), Tr::tr("import: do not check the manifest (not recommended).")},
        {QStringLiteral("accept-eula"), Tr::tr("import: accept the appliance's license agreement.")},
        {QStringLiteral("ovf-version"), Tr::tr("export: OVF 1.0 (default) or 2.0."), Tr::tr("ver")},
        {QStringLiteral("digest"), Tr::tr("export: manifest digest, sha256 (default) or sha1."), Tr::tr("alg")},
        {QStringLiteral("snapshot"), Tr::tr("export: this snapshot instead of the current state."), Tr::tr("snap")},
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
    Invocation inv{p, pos.first(), pos.mid(1), p.isSet(QStringLiteral("json")), p.isSet(QStringLiteral("verbose")),
                   p.isSet(QStringLiteral("library")) ? QFileInfo(p.value(QStringLiteral("library"))).absoluteFilePath()
                                                      : VmLibrary::defaultRoot(),
                   backend};
    for (const Command &c : kCommandTable) {
        if (inv.command == QLatin1String(c.name))
            return c.run(inv);
    }
    return inv.usage(Tr::tr("Unknown command \"%1\".").arg(inv.command));
}

} // namespace Ctl
