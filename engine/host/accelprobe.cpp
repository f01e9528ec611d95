#include "engine/host/accelprobe.h"

#include "engine/core/atomicfile.h"
#include "engine/host/qemubinaries.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>

#include <fcntl.h>
#include <unistd.h>

namespace Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccelProbe)
};

bool kvmUsable(const QString &device)
{
    const int fd = ::open(QFile::encodeName(device).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

QString defaultCacheFile()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.cache");
    return dir + QStringLiteral("/emanon/accel.json");
}

/// Which QEMU this is, without running it (`--version` costs ~15 ms on every VM start): the
/// binary's size and time, and those of its module folders (accelerators such as TCG are
/// modules in Debian's packages; installing one changes its folder's time).
QString qemuIdentity(const QString &binary)
{
    const QFileInfo bin(QFileInfo(binary).canonicalFilePath());
    QString id = bin.filePath() + QLatin1Char(' ') + QString::number(bin.size()) + QLatin1Char(' ')
                 + QString::number(bin.lastModified().toMSecsSinceEpoch());
    const QString prefix = QFileInfo(bin.absolutePath()).absolutePath(); // /usr/bin -> /usr
    QStringList moduleDirs{prefix + QStringLiteral("/lib/qemu")};
    for (const QString &arch : QDir(prefix + QStringLiteral("/lib")).entryList({QStringLiteral("*-linux-*")}, QDir::Dirs))
        moduleDirs << prefix + QStringLiteral("/lib/") + arch + QStringLiteral("/qemu");
    for (const QString &dir : std::as_const(moduleDirs)) {
        if (const QFileInfo d(dir); d.isDir())
            id += QLatin1Char(' ') + dir + QLatin1Char(' ') + QString::number(d.lastModified().toMSecsSinceEpoch());
    }
    return id;
}

/// What the cached verdict depends on.
QString cacheKey(const QByteArray &cpuinfo, const QString &qemu, bool kvmOk)
{
    static const QRegularExpression flagsRe(QStringLiteral("^flags\\s*:(.*)$"),
                                            QRegularExpression::MultilineOption);
    const QString flags = flagsRe.match(QString::fromLatin1(cpuinfo)).captured(1);
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(QSysInfo::kernelVersion().toUtf8());
    h.addData(qemuIdentity(qemu).toUtf8());
    h.addData(flags.toUtf8());
    h.addData(kvmOk ? "kvm" : "nokvm");
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

QJsonObject AccelVerdict::toJson() const
{
    return {{QStringLiteral("accel"), accel},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("preference"), preference},
            {QStringLiteral("kvmDeviceUsable"), kvmDeviceUsable},
            {QStringLiteral("cpuHasVirtExtensions"), cpuHasVirtExtensions},
            {QStringLiteral("tcgCalibrationMs"), tcgCalibrationMs},
            {QStringLiteral("kvmCalibrationMs"), kvmCalibrationMs},
            {QStringLiteral("calibrationError"), calibrationError},
            {QStringLiteral("probedAt"), probedAt.toString(Qt::ISODate)}};
}

AccelVerdict AccelVerdict::fromJson(const QJsonObject &o)
{
    AccelVerdict v;
    v.accel = o.value(QLatin1String("accel")).toString();
    v.reason = o.value(QLatin1String("reason")).toString();
    v.preference = o.value(QLatin1String("preference")).toString();
    v.kvmDeviceUsable = o.value(QLatin1String("kvmDeviceUsable")).toBool();
    v.cpuHasVirtExtensions = o.value(QLatin1String("cpuHasVirtExtensions")).toBool();
    v.tcgCalibrationMs = o.value(QLatin1String("tcgCalibrationMs")).toDouble(-1);
    v.kvmCalibrationMs = o.value(QLatin1String("kvmCalibrationMs")).toDouble(-1);
    v.calibrationError = o.value(QLatin1String("calibrationError")).toString();
    v.probedAt = QDateTime::fromString(o.value(QLatin1String("probedAt")).toString(), Qt::ISODate);
    return v;
}

bool AccelProbe::hasVirtExtensions(const QByteArray &cpuinfo)
{
    static const QRegularExpression re(QStringLiteral("^flags\\s*:.*\\b(vmx|svm)\\b"),
                                       QRegularExpression::MultilineOption);
    return re.match(QString::fromLatin1(cpuinfo)).hasMatch();
}

AccelVerdict AccelProbe::decide(bool kvmOk, bool virtExtensions, double tcgMs, double kvmMs)
{
    AccelVerdict v;
    v.preference = QStringLiteral("auto");
    v.kvmDeviceUsable = kvmOk;
    v.cpuHasVirtExtensions = virtExtensions;
    v.tcgCalibrationMs = tcgMs;
    v.kvmCalibrationMs = kvmMs;
    v.accel = QStringLiteral("tcg");
    if (!kvmOk) {
        v.reason = Tr::tr("TCG: /dev/kvm is missing or not accessible to this user (add yourself "
                          "to the kvm group for hardware acceleration).");
    } else if (!virtExtensions) {
        v.reason = Tr::tr("TCG: /dev/kvm exists but the CPU has no VT-x/AMD-V (vmx/svm), so the "
                          "kernel emulates KVM in software; guests run faster under TCG.");
    } else if (kvmMs < 0) {
        v.reason = Tr::tr("TCG: the KVM calibration run failed, so KVM cannot be trusted here.");
    } else if (tcgMs >= 0 && kvmMs > tcgMs) {
        v.reason = Tr::tr("TCG: KVM is available but slower than TCG in the calibration run "
                          "(%1 ms against %2 ms); it is probably nested or emulated.")
                       .arg(qRound(kvmMs))
                       .arg(qRound(tcgMs));
    } else {
        v.accel = QStringLiteral("kvm");
        v.reason = Tr::tr("KVM: the CPU has hardware virtualization and KVM was faster than TCG "
                          "in the calibration run (%1 ms against %2 ms).")
                       .arg(qRound(kvmMs))
                       .arg(qRound(tcgMs));
    }
    return v;
}

Result<double> AccelProbe::calibrate(const QString &qemuBinary, const QString &accel, int timeoutMs)
{
    // SeaBIOS POST with nothing to boot, then reboot at once; -no-reboot turns that into an
    // exit. Real 16- and 32-bit code, no disk, no display: a fair, tiny guest.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(qemuBinary, {QStringLiteral("-accel"), accel, QStringLiteral("-machine"),
                         QStringLiteral("pc"), QStringLiteral("-nodefaults"),
                         QStringLiteral("-no-user-config"), QStringLiteral("-display"),
                         QStringLiteral("none"), QStringLiteral("-m"), QStringLiteral("32"),
                         QStringLiteral("-no-reboot"), QStringLiteral("-boot"),
                         QStringLiteral("reboot-timeout=0")});
    if (!p.waitForStarted(5000)) {
        return Error(ErrorCode::ProcessStart, Tr::tr("QEMU could not be started for calibration."),
                     p.errorString());
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return Error(ErrorCode::Timeout,
                     Tr::tr("The %1 calibration run did not finish in %2 s.")
                         .arg(accel)
                         .arg(timeoutMs / 1000));
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return Error(ErrorCode::ProcessFailed,
                     Tr::tr("The %1 calibration run failed.").arg(accel),
                     QString::fromUtf8(p.readAll()).trimmed());
    }
    return ms;
}

Result<AccelVerdict> AccelProbe::verdict(const QString &preference, bool refresh,
                                         const Inputs &inputs)
{
    const bool kvmOk = kvmUsable(inputs.kvmDevice);
    QByteArray cpuinfo;
    if (QFile f(inputs.cpuinfo); f.open(QIODevice::ReadOnly))
        cpuinfo = f.readAll();
    const bool virt = hasVirtExtensions(cpuinfo);

    if (preference == QLatin1String("tcg")) {
        AccelVerdict v = decide(kvmOk, virt, -1, -1);
        v.accel = QStringLiteral("tcg");
        v.preference = preference;
        v.reason = Tr::tr("TCG: chosen by the user.");
        v.probedAt = QDateTime::currentDateTimeUtc();
        return v;
    }
    if (preference == QLatin1String("kvm")) {
        if (!kvmOk) {
            return Error(ErrorCode::Unsupported,
                         Tr::tr("KVM was asked for, but /dev/kvm is missing or not accessible. "
                                "Choose automatic or TCG acceleration, or add yourself to the "
                                "kvm group."));
        }
        AccelVerdict v = decide(kvmOk, virt, -1, -1);
        v.accel = QStringLiteral("kvm");
        v.preference = preference;
        v.reason = virt ? Tr::tr("KVM: chosen by the user.")
                        : Tr::tr("KVM: chosen by the user, although the CPU has no VT-x/AMD-V; "
                                 "guests may run very slowly.");
        v.probedAt = QDateTime::currentDateTimeUtc();
        return v;
    }
    if (preference != QLatin1String("auto")) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("Acceleration must be auto, kvm or tcg, not \"%1\".").arg(preference));
    }

    QString qemu = inputs.qemuBinary;
    if (qemu.isEmpty()) {
        auto found = QemuBinaries::system();
        if (!found)
            return found.error();
        qemu = *found;
    }
    const QString cacheFile = inputs.cacheFile.isEmpty() ? defaultCacheFile() : inputs.cacheFile;
    const QString key = cacheKey(cpuinfo, qemu, kvmOk);
    if (!refresh) {
        if (auto bytes = readFile(cacheFile, 64 * 1024); bytes) {
            const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
            if (o.value(QLatin1String("key")).toString() == key) {
                const AccelVerdict cached =
                    AccelVerdict::fromJson(o.value(QLatin1String("verdict")).toObject());
                if (cached.probedAt.isValid()) {
                    // Decide again from the cached facts: the reason comes out in the
                    // user's current language.
                    AccelVerdict v = decide(cached.kvmDeviceUsable, cached.cpuHasVirtExtensions,
                                            cached.tcgCalibrationMs, cached.kvmCalibrationMs);
                    v.probedAt = cached.probedAt;
                    v.calibrationError = cached.calibrationError;
                    v.fromCache = true;
                    return v;
                }
            }
        }
    }

    double tcgMs = -1;
    double kvmMs = -1;
    QStringList calibrationErrors;
    // Calibrate only where the answer could be KVM, or where /dev/kvm exists and the user
    // deserves the figures that rule it out.
    if (kvmOk) {
        if (auto t = calibrate(qemu, QStringLiteral("tcg")); t)
            tcgMs = *t;
        else
            calibrationErrors << t.error().toString();
        if (auto k = calibrate(qemu, QStringLiteral("kvm")); k)
            kvmMs = *k;
        else
            calibrationErrors << k.error().toString();
    }
    AccelVerdict v = decide(kvmOk, virt, tcgMs, kvmMs);
    v.calibrationError = calibrationErrors.join(QLatin1Char('\n'));
    v.probedAt = QDateTime::currentDateTimeUtc();
    QDir().mkpath(QFileInfo(cacheFile).absolutePath());
    // A failed cache write only costs a re-probe next time.
    (void)writeFileAtomic(cacheFile,
                          QJsonDocument(QJsonObject{{QStringLiteral("key"), key},
                                                    {QStringLiteral("verdict"), v.toJson()}})
                              .toJson());
    return v;
}

} // namespace Engine
