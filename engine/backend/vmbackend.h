// VmBackend: the one interface through which everything above the engine runs VMs.
//
// The local QEMU backend (LocalQemuBackend: a supervisor process per VM, no daemon) is the
// default; a libvirt backend for remote hosts can implement the same interface later. Nothing
// above the engine should know which backend runs a VM. Snapshot and migration operations
// join this interface as they are built. Calls are synchronous and short (they return once
// the request was accepted); long work is a Job.
#pragma once

#include "engine/core/result.h"
#include "engine/library/vmlibrary.h"
#include "engine/runner/vmcontrol.h"
#include "engine/runner/vmrunner.h"

namespace Engine {

class VmBackend
{
public:
    using Operation = VmRunner::Operation;

    virtual ~VmBackend() = default;

    /// Stable id: "local", later "libvirt".
    [[nodiscard]] virtual QString id() const = 0;
    /// What the VM is doing now, as any process can tell.
    virtual VmRunInfo query(const VmBundle &vm) = 0;
    /// Starts the VM; returns once it runs (or why it could not).
    virtual Result<VmRunInfo> start(const VmBundle &vm, const QString &accelPreference = {}) = 0;
    /// Pause, Resume, Reset, PowerDown (args: timeoutMs), Stop (args: force, timeoutMs), Kill.
    virtual Status request(const VmBundle &vm, Operation op, const QJsonObject &args = {}) = 0;
    /// Where the first serial port can be reached (a unix socket path), if it can.
    virtual Result<QString> consoleEndpoint(const VmBundle &vm) = 0;
};

/// Runs VMs as local QEMU processes, each owned by an `emanonctl supervise` process.
class LocalQemuBackend : public VmBackend
{
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("local"); }
    VmRunInfo query(const VmBundle &vm) override;
    Result<VmRunInfo> start(const VmBundle &vm, const QString &accelPreference = {}) override;
    Status request(const VmBundle &vm, Operation op, const QJsonObject &args = {}) override;
    Result<QString> consoleEndpoint(const VmBundle &vm) override;
};

} // namespace Engine
