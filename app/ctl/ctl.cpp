#include "app/ctl/ctl.h"

#include "app/ctl/invocation.h"

#include <QFileInfo>

using namespace Engine;

namespace Ctl {

int cmdSnapshot(const Invocation &inv); // cmd_snapshot.cpp
int cmdAppliance(const Invocation &inv); // cmd_appliance.cpp: import, export
int cmdUsb(const Invocation &inv);       // cmd_usb.cpp
int cmdSuspend(const Invocation &inv); // cmd_suspend.cpp
int cmdDiscard(const Invocation &inv); // cmd_suspend.cpp
int cmdMigrate(const Invocation &inv); // cmd_migrate.cpp
int cmdMigrateTarget(const Invocation &inv); // cmd_migrate.cpp: run here by a source host

namespace {

/// One entry of the command summary in --help: the synopsis (command syntax, not translated)
/// and what it does (translated; empty for a continuation line of a long synopsis). One
/// translation per command, so a new command leaves the others' translations intact.
struct CommandHelp
{
    const char *synopsis;
    const char *what;
};

const CommandHelp kCommands[] = {
    {"host [--probe] [--accel auto|kvm|tcg]", QT_TRANSLATE_NOOP("emanonctl", "accelerator verdict and QEMU version")},
    {"host add NAME ssh://user@host[:port] [--identity KEY] [--address IP] [--tls-dir DIR]", nullptr},
    {"       [--shared-storage] [--bandwidth MiB/s] [--remote-emanonctl PATH] [--remote-env K=V]", nullptr},
    {"       [--ssh-option O] [--replace]", QT_TRANSLATE_NOOP("emanonctl", "another Emanon host, reached over SSH")},
    {"host list | host remove NAME | host check NAME", QT_TRANSLATE_NOOP("emanonctl", "the other Emanon hosts")},
    {"list", QT_TRANSLATE_NOOP("emanonctl", "the VMs in the library")},
    {"create NAME [--profile ID] [--memory MiB] [--cpus N] [--disk SIZE]", nullptr},
    {"       [--cdrom ISO] [--floppy IMG] [--nic MODEL|none]", nullptr},
    {"       [--kernel FILE --initrd FILE --append TEXT]", QT_TRANSLATE_NOOP("emanonctl", "a new VM from a guest profile")},
    {"show VM [--argv]", QT_TRANSLATE_NOOP("emanonctl", "the definition (or QEMU's arguments)")},
    {"start VM [--headless] [--console] [--accel auto|kvm|tcg]", QT_TRANSLATE_NOOP("emanonctl", "start (or resume a suspended VM)")},
    {"stop VM [--force] [--timeout SEC]", QT_TRANSLATE_NOOP("emanonctl", "shut down (ACPI), or cut the power")},
    {"pause VM | resume VM | reset VM", nullptr},
    {"suspend VM | suspend --all", QT_TRANSLATE_NOOP("emanonctl", "save the state and quit; start resumes it")},
    {"discard VM", QT_TRANSLATE_NOOP("emanonctl", "drop a suspended VM's saved state (cold boot)")},
    {"migrate VM HOST [--live|--quick]", QT_TRANSLATE_NOOP("emanonctl", "to another host: live, or quick (suspend, copy, resume)")},
    {"status VM", QT_TRANSLATE_NOOP("emanonctl", "run state, QEMU pid, accelerator")},
    {"console VM", QT_TRANSLATE_NOOP("emanonctl", "attach to the serial console (Ctrl+] detaches)")},
    {"delete VM", QT_TRANSLATE_NOOP("emanonctl", "move the VM to the library's trash")},
    {"clone VM NEW [--linked]", QT_TRANSLATE_NOOP("emanonctl", "full copy, or a linked clone")},
    {"disk create FILE SIZE [--format F] | disk info FILE", nullptr},
    {"disk resize FILE SIZE [--shrink] | disk convert SRC DST [--format F]", QT_TRANSLATE_NOOP("emanonctl", "disk images")},
    {"media insert VM DRIVE FILE | media eject VM DRIVE", QT_TRANSLATE_NOOP("emanonctl", "change a CD or floppy")},
    {"floppy create FILE [--size 1.44|2.88] [--label LABEL]", QT_TRANSLATE_NOOP("emanonctl", "a blank FAT12 floppy")},
    {"snapshot list VM | snapshot show VM SNAP", QT_TRANSLATE_NOOP("emanonctl", "the snapshot tree, one snapshot")},
    {"snapshot take VM [--name N] [--description D]", QT_TRANSLATE_NOOP("emanonctl", "live when it runs, else disks only")},
    {"snapshot revert VM SNAP | snapshot rename VM SNAP NEW [--description D]", nullptr},
    {"snapshot delete VM SNAP [--branch]", QT_TRANSLATE_NOOP("emanonctl", "children move up, or the whole branch")},
    {"usb list [VM]", QT_TRANSLATE_NOOP("emanonctl", "host USB devices (and what VM has plugged in)")},
    {"usb attach VM VENDOR:PRODUCT|BUS-PORT|tablet|keyboard|storage:IMAGE[:ro]", nullptr},
    {"usb detach VM ID", QT_TRANSLATE_NOOP("emanonctl", "unplug what usb attach plugged in")},
    {"usb rules VM [add RULE [redirect|passthrough|manual] [--name N] | remove N]", nullptr},
    {"usb never [add RULE | remove N]", QT_TRANSLATE_NOOP("emanonctl", "devices never given to a VM")},
    {"import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]", nullptr},
    {"       ", QT_TRANSLATE_NOOP("emanonctl", "an OVA, OVF or zip bundle becomes a VM; --dry-run: the report")},
    {"export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256]", nullptr},
    {"       [--snapshot SNAP] [--sign KEY --cert CERT]", QT_TRANSLATE_NOOP("emanonctl", "an OVA (default), OVF folder or zip bundle")},
};

/// The command summary of --help, translated, descriptions in one column where they fit.
QString commandSummary()
{
    constexpr qsizetype kColumn = 42;
    QString text = Tr::tr("Commands:") + u'\n';
    for (const CommandHelp &help : kCommands) {
        QString line = QStringLiteral("  ") + QString::fromLatin1(help.synopsis);
        if (help.what) {
            const QString what = QCoreApplication::translate("emanonctl", help.what);
            if (line.size() < kColumn)
                line = line.leftJustified(kColumn) + what;
            else
                line += QStringLiteral("\n") + QString(kColumn, u' ') + what;
        }
        text += line + u'\n';
    }
    return text + u'\n'
           + Tr::tr("Exit codes: 0 success, 1 failed, 2 usage, 3 not found, 4 refused by the VM's state,\n"
                    "5 QEMU failed or crashed, 6 timed out, 130 canceled.");
}

/// Every command. A new command group adds its line here, its synopsis to kCommands, and its
/// options to run(); its code goes into its own cmd_*.cpp.
const Command kCommandTable[] = {
    {"host", cmdHost},       {"list", cmdList},         {"create", cmdCreate},
    {"show", cmdShow},       {"status", cmdStatus},     {"start", cmdStart},
    {"stop", cmdControl},    {"pause", cmdControl},     {"resume", cmdControl},
    {"reset", cmdControl},   {"console", cmdControl},   {"delete", cmdDelete},
    {"clone", cmdClone},     {"disk", cmdDisk},         {"supervise", cmdSupervise},
    {"media", cmdMedia},     {"floppy", cmdFloppy},     {"snapshot", cmdSnapshot},
    {"import", cmdAppliance}, {"export", cmdAppliance}, {"usb", cmdUsb},
    {"suspend", cmdSuspend}, {"discard", cmdDiscard},
    {"migrate", cmdMigrate}, {"migrate-target", cmdMigrateTarget},
};

} // namespace

Result<VmBundle> openVm(const Invocation &inv)
{
    if (inv.args.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("Name the VM."));
    return inv.open(inv.args.first());
}

int run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Emanon VM manager, command line.") + QStringLiteral("\n\n")
                                + commandSummary());
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
        {QStringLiteral("sign"), Tr::tr("export: sign the manifest with this PEM private key."), Tr::tr("key")},
        {QStringLiteral("cert"), Tr::tr("export: the PEM certificate of the --sign key, put in the .cert."), Tr::tr("cert")},
        {QStringLiteral("all"), Tr::tr("suspend: every running VM of the library.")},
        {QStringLiteral("launch-id"), QStringLiteral("internal"), QStringLiteral("id")},
        {QStringLiteral("incoming"), QStringLiteral("internal"), QStringLiteral("uri")},
        {QStringLiteral("identity"), Tr::tr("host add: the SSH private key to use."), Tr::tr("file")},
        {QStringLiteral("address"), Tr::tr("host add: the address the migration stream goes to."), Tr::tr("ip")},
        {QStringLiteral("tls-dir"), Tr::tr("host add: folder with the TLS certificates for migration."), Tr::tr("dir")},
        {QStringLiteral("shared-storage"), Tr::tr("host add: both hosts see the VMs' disks at the same path.")},
        {QStringLiteral("remote-emanonctl"), Tr::tr("host add: path of emanonctl on that host."), Tr::tr("path")},
        {QStringLiteral("remote-env"), Tr::tr("host add: environment for emanonctl there (repeatable)."), Tr::tr("K=V")},
        {QStringLiteral("ssh-option"), Tr::tr("host add: an extra ssh -o option (repeatable)."), Tr::tr("opt")},
        {QStringLiteral("replace"), Tr::tr("host add: replace a host of the same name.")},
        {QStringLiteral("bandwidth"), Tr::tr("host add: cap for the migration stream."), Tr::tr("MiB/s")},
        {QStringLiteral("live"), Tr::tr("migrate: move the running VM live.")},
        {QStringLiteral("quick"), Tr::tr("migrate: suspend, copy and resume on the other host.")},
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
    if (!p.isSet(QStringLiteral("library"))) {
        // The same VMs as the GUI: the default folder and the bundles registered elsewhere.
        auto registry = Engine::VmRegistry::load(Engine::VmRegistry::defaultFilePath());
        if (!registry)
            return inv.error(registry.error());
        inv.libraryRoot = registry->defaultRoot();
        inv.registry = std::move(registry).value();
    }
    for (const Command &c : kCommandTable) {
        if (inv.command == QLatin1String(c.name))
            return c.run(inv);
    }
    return inv.usage(Tr::tr("Unknown command \"%1\".").arg(inv.command));
}

} // namespace Ctl
