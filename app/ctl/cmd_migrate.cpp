// emanonctl host add|remove|list|check, migrate, and the hidden migrate-target that the source
// host runs here over SSH (engine/migration).
#include "app/ctl/invocation.h"

#include "engine/migration/bundlemanifest.h"
#include "engine/migration/hostlist.h"
#include "engine/migration/incomingbundle.h"
#include "engine/migration/migrationjob.h"
#include "engine/migration/migrationtarget.h"
#include "engine/migration/sshtransport.h"
#include "engine/runner/vmcontrol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace Engine;

namespace Ctl {

namespace {

int hostAdd(const Invocation &inv)
{
    if (inv.args.size() != 3)
        return inv.usage(Tr::tr("host add NAME ssh://user@host[:port] [options]"));
    HostEntry h;
    h.name = inv.args.at(1);
    h.url = inv.args.at(2);
    h.identity = inv.opt(QStringLiteral("identity"));
    if (inv.has(QStringLiteral("remote-emanonctl")))
        h.emanonctl = inv.opt(QStringLiteral("remote-emanonctl"));
    for (const QString &kv : inv.p.values(QStringLiteral("remote-env"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return inv.usage(Tr::tr("--remote-env takes NAME=VALUE."));
        h.env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    h.sshOptions = inv.p.values(QStringLiteral("ssh-option"));
    h.migrationAddress = inv.opt(QStringLiteral("address"));
    h.tlsDir = inv.opt(QStringLiteral("tls-dir"));
    h.sharedStorage = inv.has(QStringLiteral("shared-storage"));
    if (inv.has(QStringLiteral("bandwidth"))) {
        bool ok = false;
        h.maxBandwidthMiBs = inv.opt(QStringLiteral("bandwidth")).toInt(&ok);
        if (!ok)
            return inv.usage(Tr::tr("--bandwidth takes MiB/s."));
    }
    auto list = HostList::load();
    if (!list)
        return inv.error(list.error());
    if (Status s = list->add(h, inv.has(QStringLiteral("replace"))); !s)
        return inv.error(s.error());
    if (Status s = list->save(); !s)
        return inv.error(s.error());
    if (inv.json)
        outJson(h.toJson());
    else
        out(Tr::tr("Host %1 added (%2).").arg(h.name, h.url));
    return kOk;
}

int hostCheck(const Invocation &inv, const HostEntry &host)
{
    auto info = SshTransport(host).runCtlJson({QStringLiteral("migrate-target"), QStringLiteral("info")});
    if (!info)
        return inv.error(info.error());
    if (inv.json) {
        outJson(*info);
        return kOk;
    }
    out(Tr::tr("%1 answers: Emanon %2, library %3")
            .arg(host.name, info->value(QLatin1String("version")).toString(),
                 info->value(QLatin1String("library")).toString()));
    return kOk;
}

} // namespace

/// host add|remove|list|check (cmd_host.cpp hands these over).
int cmdHosts(const Invocation &inv)
{
    const QString sub = inv.args.first();
    if (sub == QLatin1String("add"))
        return hostAdd(inv);
    auto list = HostList::load();
    if (!list)
        return inv.error(list.error());
    if (sub == QLatin1String("list")) {
        if (inv.json) {
            QJsonArray a;
            for (const HostEntry &h : list->hosts())
                a.append(h.toJson());
            outJson(a);
            return kOk;
        }
        for (const HostEntry &h : list->hosts())
            out(QStringLiteral("%1\t%2").arg(h.name, h.url));
        return kOk;
    }
    if (inv.args.size() != 2)
        return inv.usage(Tr::tr("host %1 NAME").arg(sub));
    if (sub == QLatin1String("remove")) {
        if (Status s = list->remove(inv.args.at(1)); !s)
            return inv.error(s.error());
        if (Status s = list->save(); !s)
            return inv.error(s.error());
        return kOk;
    }
    if (sub == QLatin1String("check")) {
        auto host = list->find(inv.args.at(1));
        return host ? hostCheck(inv, *host) : inv.error(host.error());
    }
    return inv.usage(Tr::tr("Unknown host command \"%1\".").arg(sub));
}

int cmdMigrate(const Invocation &inv)
{
    if (inv.args.size() != 2)
        return inv.usage(Tr::tr("migrate VM HOST [--live|--quick]"));
    if (inv.has(QStringLiteral("live")) && inv.has(QStringLiteral("quick")))
        return inv.usage(Tr::tr("Choose --live or --quick, not both."));
    auto vm = openVm(inv);
    if (!vm)
        return inv.error(vm.error());
    auto list = HostList::load();
    if (!list)
        return inv.error(list.error());
    auto host = list->find(inv.args.at(1));
    if (!host)
        return inv.error(host.error());
    // Live by default for a VM that runs; a stopped or saved one can only move quick (cold).
    const VmRunInfo info = inv.backend.query(*vm);
    const bool runs = info.state == VmRunner::State::Running || info.state == VmRunner::State::Paused;
    MigrationMode mode = runs ? MigrationMode::Live : MigrationMode::Quick;
    if (inv.has(QStringLiteral("quick")))
        mode = MigrationMode::Quick;
    if (inv.has(QStringLiteral("live")))
        mode = MigrationMode::Live;
    auto job = inv.backend.migrationJob(*vm, *host, mode);
    if (!job)
        return inv.error(job.error());
    std::unique_ptr<MigrationJob> owned(*job);
    const int code = runJob(owned.get(), inv.verbose);
    const MigrationReport &report = owned->report();
    if (inv.json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("ok"), code == kOk);
        outJson(o);
    } else if (code == kOk) {
        out(Tr::tr("%1 now runs on %2.").arg(vm->config.name, host->name));
        for (const QString &line : report.summaryLines())
            out(QStringLiteral("  ") + line);
    }
    return code;
}

/// The target side, started by the source over SSH; not for people.
int cmdMigrateTarget(const Invocation &inv)
{
    const QString sub = inv.args.value(0);
    VmLibrary library = inv.library();
    if (sub == QLatin1String("info")) {
        QJsonObject o{{QStringLiteral("library"), library.root()},
                      {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
        outJson(o);
        return kOk;
    }
    if (sub == QLatin1String("live")) {
        QFile output;
        (void)output.open(stdout, QIODevice::WriteOnly);
        MigrationTarget target(library, STDIN_FILENO, &output);
        const Status s = target.run();
        return s ? kOk : exitCodeFor(s.error().code);
    }
    const QUuid uuid = QUuid::fromString(inv.args.value(1));
    if (sub == QLatin1String("receive")) {
        auto staging = IncomingBundle::prepare(library, uuid, inv.args.value(2));
        if (!staging)
            return inv.error(staging.error());
        outJson(QJsonObject{{QStringLiteral("staging"), *staging}});
        return kOk;
    }
    if (sub == QLatin1String("adopt")) {
        QFile input;
        (void)input.open(stdin, QIODevice::ReadOnly);
        const QJsonObject manifest = QJsonDocument::fromJson(input.readAll()).object();
        auto bundle = IncomingBundle::adopt(library, uuid, BundleManifest::fromJson(manifest));
        if (!bundle)
            return inv.error(bundle.error());
        outJson(QJsonObject{{QStringLiteral("bundle"), *bundle}});
        return kOk;
    }
    if (sub == QLatin1String("drop")) {
        const Status s = IncomingBundle::drop(library, uuid);
        return s ? kOk : inv.error(s.error());
    }
    return inv.usage(QStringLiteral("migrate-target info|live|receive|adopt|drop"));
}

} // namespace Ctl
