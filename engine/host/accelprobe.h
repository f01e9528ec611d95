// AccelProbe: decides whether QEMU should use KVM or TCG on this host, and says why.
//
// /dev/kvm alone proves nothing: on nested hosts without VT-x/AMD-V the kernel may emulate KVM
// (e.g. PVM), and an unmodified guest then runs 15-50x slower than under TCG. So KVM is chosen
// only when /dev/kvm is usable, the CPU has vmx or svm, and a calibration run (SeaBIOS to
// "no bootable device", once under each accelerator) shows KVM is really faster. The verdict is
// cached (keyed by kernel, QEMU version and CPU flags) and the user can force either.
// Synchronous: runs at most two short QEMU processes (a few seconds) on a cache miss.
#pragma once

#include "engine/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Engine {

struct AccelVerdict
{
    QString accel;        ///< "kvm" or "tcg"
    QString reason;       ///< translated sentence: why this accelerator
    QString preference;   ///< what was asked: auto, kvm or tcg
    bool kvmDeviceUsable = false; ///< /dev/kvm exists and we may open it read-write
    bool cpuHasVirtExtensions = false; ///< vmx or svm in /proc/cpuinfo
    double tcgCalibrationMs = -1; ///< time of the calibration run, -1 when not run
    double kvmCalibrationMs = -1;
    /// Why a calibration run failed (QEMU's message), empty when both ran or none was needed.
    QString calibrationError;
    bool fromCache = false;
    QDateTime probedAt;

    [[nodiscard]] QJsonObject toJson() const;
    static AccelVerdict fromJson(const QJsonObject &o);
};

/// Host facts and places the probe reads, overridable by tests.
struct AccelProbeInputs
{
    QString kvmDevice = QStringLiteral("/dev/kvm");
    QString cpuinfo = QStringLiteral("/proc/cpuinfo");
    QString cacheFile;  ///< empty: <cache dir>/emanon/accel.json
    QString qemuBinary; ///< empty: QemuBinaries::system()
};

class AccelProbe
{
public:
    using Inputs = AccelProbeInputs;

    /// The verdict for `preference` (auto, kvm, tcg). With auto, uses the cache unless
    /// `refresh`; kvm/tcg are honoured as asked (kvm fails with the reason if unusable).
    static Result<AccelVerdict> verdict(const QString &preference = QStringLiteral("auto"),
                                        bool refresh = false, const Inputs &inputs = AccelProbeInputs());

    /// The decision from the measured facts; pure, table-tested. Calibration times < 0 mean
    /// "not measured".
    static AccelVerdict decide(bool kvmUsable, bool virtExtensions, double tcgMs, double kvmMs);

    /// Time of the calibration guest under `accel`, in ms; an error if QEMU fails.
    static Result<double> calibrate(const QString &qemuBinary, const QString &accel,
                                    int timeoutMs = 15000);

    /// Whether the cpuinfo text lists vmx or svm.
    static bool hasVirtExtensions(const QByteArray &cpuinfo);
};

} // namespace Engine
