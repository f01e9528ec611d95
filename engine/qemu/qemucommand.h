// QemuCommand: the QEMU command line for a VM, built by one pure function from its VmConfig and
// the launch context (paths, chosen accelerator). No I/O, no globals: golden-tested.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/result.h"

#include <QStringList>

namespace Engine {

/// Everything the command line needs that is not in vm.json.
struct LaunchContext
{
    QString bundlePath;   ///< absolute bundle folder; relative disk paths resolve against it
    QString runtimeDir;   ///< 0700 folder for sockets and the pid file
    QString accel;        ///< resolved accelerator: "kvm" or "tcg" (never "auto")
    QString audioBackend = QStringLiteral("none"); ///< QEMU audiodev driver: none, pa, alsa...
    QString ovmfCode;     ///< UEFI firmware code image (firmware == uefi)
    QString ovmfVars;     ///< this VM's UEFI variable store (firmware == uefi)
    QString spicePasswordFile; ///< file holding the SPICE password (TCP listener only)
    /// `-incoming` URI: "defer" (then QMP migrate-incoming, e.g. to resume a saved state) or a
    /// listening URI such as "tcp:0.0.0.0:4444" (a live-migration target). Empty: a normal start.
    QString incoming;
};

/// Fixed socket and file names inside the runtime dir.
namespace RuntimeFiles {
inline QString qmpSocket(const QString &runtimeDir) { return runtimeDir + QStringLiteral("/qmp.sock"); }
inline QString spiceSocket(const QString &runtimeDir) { return runtimeDir + QStringLiteral("/spice.sock"); }
inline QString serialSocket(const QString &runtimeDir, int index = 0)
{
    return runtimeDir + QStringLiteral("/serial%1.sock").arg(index);
}
inline QString pidFile(const QString &runtimeDir) { return runtimeDir + QStringLiteral("/qemu.pid"); }
inline QString serialLog(const QString &logDir, int index = 0)
{
    return logDir + QStringLiteral("/serial%1.log").arg(index);
}
} // namespace RuntimeFiles

namespace QemuCommand {

/// The arguments (without the program) for qemu-system-x86_64. Fails when the config cannot
/// be expressed (e.g. more IDE devices than the machine has slots), with the reason.
Result<QStringList> build(const VmConfig &config, const LaunchContext &context);

/// Escapes a value for QEMU's key=value option syntax (',' becomes ',,').
QString escapeOptionValue(const QString &value);

/// True for the q35 family (AHCI built in, no IDE, no floppy controller).
bool isQ35(const QString &machine);

} // namespace QemuCommand
} // namespace Engine
