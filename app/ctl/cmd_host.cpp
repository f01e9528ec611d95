#include "app/ctl/invocation.h"

#include "engine/host/accelprobe.h"
#include "engine/host/qemubinaries.h"

#include <QJsonObject>
#include <QProcess>

using namespace Engine;

namespace Ctl {

// ---- host -------------------------------------------------------------------------------

int cmdHosts(const Invocation &inv); // cmd_migrate.cpp: host add|remove|list|check

int cmdHost(const Invocation &inv)
{
    if (!inv.args.isEmpty())
        return cmdHosts(inv);
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

} // namespace Ctl
