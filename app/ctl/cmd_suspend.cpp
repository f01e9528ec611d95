// emanonctl suspend VM | suspend --all | discard VM: suspend to the bundle, drop a saved state.
#include "app/ctl/invocation.h"

#include "engine/library/savedstate.h"

#include <memory>

using namespace Engine;

namespace Ctl {

namespace {
/// Suspends one VM, printing progress; Ctrl+C cancels (the VM keeps running).
int suspendOne(const Invocation &inv, const VmBundle &vm)
{
    std::unique_ptr<Job> job(inv.backend.suspendJob(vm));
    const int rc = runJob(job.get(), inv.verbose);
    if (rc == kOk)
        out(Tr::tr("%1 is saved; \"emanonctl start %1\" resumes it where it was.").arg(vm.config.name));
    return rc;
}
} // namespace

int cmdSuspend(const Invocation &inv)
{
    if (!inv.has(QStringLiteral("all"))) {
        auto vm = openVm(inv);
        if (!vm)
            return inv.error(vm.error());
        return suspendOne(inv, *vm);
    }
    if (!inv.args.isEmpty())
        return inv.usage(Tr::tr("Name a VM or give --all, not both."));
    auto entries = inv.list();
    if (!entries)
        return inv.error(entries.error());
    QList<VmBundle> running;
    for (const VmEntry &e : *entries) {
        if (!e.ok())
            continue;
        const VmBundle vm{e.path, e.config};
        const VmRunner::State state = inv.backend.query(vm).state;
        if (state == VmRunner::State::Running || state == VmRunner::State::Paused)
            running.append(vm);
    }
    if (running.isEmpty()) {
        out(Tr::tr("No VM is running."));
        return kOk;
    }
    int result = kOk;
    for (const VmBundle &vm : std::as_const(running)) {
        const int rc = suspendOne(inv, vm);
        if (rc == kCanceled)
            return rc; // Ctrl+C stops the whole run
        if (rc != kOk)
            result = rc;
    }
    return result;
}

int cmdDiscard(const Invocation &inv)
{
    auto vm = openVm(inv);
    if (!vm)
        return inv.error(vm.error());
    if (Status s = inv.backend.discardSavedState(*vm); !s)
        return inv.error(s.error());
    out(Tr::tr("The saved state of %1 was discarded; its next start boots from scratch.")
            .arg(vm->config.name));
    return kOk;
}

} // namespace Ctl
