// One parsed emanonctl invocation, handed to every command; and what commands share.
#pragma once

#include "app/ctl/output.h"
#include "engine/backend/vmbackend.h"
#include "engine/library/vmlibrary.h"
#include "engine/library/vmregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace Ctl {

/// Translation context of every emanonctl message.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(emanonctl)
};

using Engine::Error;
using Engine::ErrorCode;
using Engine::Result;
using Engine::Status;
using Engine::VmBackend;
using Engine::VmBundle;
using Engine::VmLibrary;

struct Invocation
{
    QCommandLineParser &p;
    QString command;  ///< the command word ("stop", "snapshot", ...)
    QStringList args; ///< positional arguments after the command
    bool json = false;
    bool verbose = false;
    QString libraryRoot; ///< where new VMs go: --library, else the registry's default folder
    VmBackend &backend;
    /// Every VM of the user (the GUI's list, see VmRegistry); empty with --library, which
    /// names one folder only.
    std::optional<Engine::VmRegistry> registry = std::nullopt;

    QString opt(const QString &name) const { return p.value(name); }
    bool has(const QString &name) const { return p.isSet(name); }
    Engine::VmLibrary library() const { return VmLibrary(libraryRoot); }
    /// A VM by name, uuid or bundle path, in the default folder or registered elsewhere.
    Result<VmBundle> open(const QString &nameOrUuid) const
    {
        return registry ? registry->open(nameOrUuid) : library().open(nameOrUuid);
    }
    /// Every VM the GUI lists too.
    Result<QList<Engine::VmEntry>> list() const
    {
        return registry ? registry->list() : library().list();
    }
    /// The library folder holding that VM (for rename, delete, clone).
    Result<VmLibrary> libraryOf(const QString &nameOrUuid) const
    {
        return registry ? registry->libraryOf(nameOrUuid) : Result<VmLibrary>(library());
    }
    int error(const Engine::Error &e) const { return fail(e, verbose); }
    int usage(const QString &text) const
    {
        QTextStream(stderr) << "emanonctl: " << text << Qt::endl
                            << Tr::tr("Run \"emanonctl --help\" for the commands.") << Qt::endl;
        return kUsage;
    }
};

/// The VM named by the first positional argument.
Result<VmBundle> openVm(const Invocation &inv);

/// A command: its word on the command line and what runs it.
struct Command
{
    const char *name;
    int (*run)(const Invocation &inv);
};

// Each command group lives in its own cmd_*.cpp file.
int cmdHost(const Invocation &inv);
int cmdList(const Invocation &inv);
int cmdShow(const Invocation &inv);
int cmdStatus(const Invocation &inv);
int cmdCreate(const Invocation &inv);
int cmdDelete(const Invocation &inv);
int cmdClone(const Invocation &inv);
int cmdStart(const Invocation &inv);
int cmdControl(const Invocation &inv); ///< stop, pause, resume, reset, console
int cmdSupervise(const Invocation &inv);
int cmdDisk(const Invocation &inv);
int cmdMedia(const Invocation &inv);  ///< media insert|eject
int cmdFloppy(const Invocation &inv); ///< floppy create

} // namespace Ctl
