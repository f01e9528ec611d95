#include "app/ctl/invocation.h"

#include "app/ctl/console.h"
#include "engine/runner/vmsupervisor.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace Engine;

namespace Ctl {

QObject *usbAutoConnectForSupervisor(VmSupervisor &supervisor, const VmConfig &config); // cmd_usb.cpp

// ---- lifecycle ---------------------------------------------------------------------------

int cmdStart(const Invocation &inv)
{
    auto vm = openVm(inv);
    if (!vm)
        return inv.error(vm.error());
    auto info = inv.backend.start(*vm, inv.opt(QStringLiteral("accel")));
    if (!info)
        return inv.error(info.error());
    if (!inv.json && info->state == VmRunner::State::Paused) // resumed from a paused suspend
        out(Tr::tr("%1 is paused, as it was when it was suspended; \"emanonctl resume %1\" runs it.")
                .arg(vm->config.name));
    else if (!inv.json)
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

int cmdControl(const Invocation &inv)
{
    const QString &command = inv.command;
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
    options.incomingUri = inv.opt(QStringLiteral("incoming"));
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
    const std::unique_ptr<QObject> usb(usbAutoConnectForSupervisor(supervisor, vm->config));
    QCoreApplication::exec();
    if (VmRunner::hasProcess(supervisor.runner().state())) {
        (void)supervisor.runner().stop(true);
        QElapsedTimer t;
        t.start();
        while (supervisor.runner().state() != VmRunner::State::Stopped && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    return exitCode;
}

} // namespace Ctl
