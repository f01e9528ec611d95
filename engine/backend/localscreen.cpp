// Screen captures of a running VM (for the VM list's thumbnails), through the VM's
// supervisor: a QMP screendump into a hidden file next to the target, renamed into place.
#include "engine/backend/vmbackend.h"
#include "engine/runner/vmcontrol.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmBackend)
};

constexpr int kScreendumpTimeoutMs = 5000;
} // namespace

Status VmBackend::captureScreen(const VmBundle &, const QString &)
{
    return Error(ErrorCode::Unsupported, Tr::tr("This kind of VM host cannot capture the screen."));
}

Status LocalQemuBackend::captureScreen(const VmBundle &vm, const QString &pngPath)
{
    const VmRunInfo info = query(vm);
    if (info.controlSocket.isEmpty()
        || (info.state != VmRunner::State::Running && info.state != VmRunner::State::Paused)) {
        return Error(ErrorCode::StateRefused,
                     Tr::tr("%1 is not running; it is %2.")
                         .arg(vm.config.name, VmRunner::stateDisplayName(info.state)));
    }
    const QFileInfo target(pngPath);
    // QEMU writes the file itself (it runs as this user): first into a hidden temp file, so
    // a reader never sees half a PNG.
    const QString temp = target.absolutePath() + QStringLiteral("/.") + target.fileName()
                         + QStringLiteral(".%1.part").arg(QCoreApplication::applicationPid());
    VmControl control;
    if (Status s = control.connectTo(info.controlSocket); !s)
        return s;
    auto r = control.request(
        QStringLiteral("qmp"),
        {{QStringLiteral("execute"), QStringLiteral("screendump")},
         {QStringLiteral("arguments"),
          QJsonObject{{QStringLiteral("filename"), temp}, {QStringLiteral("format"), QStringLiteral("png")}}},
         {QStringLiteral("timeoutMs"), kScreendumpTimeoutMs}},
        kScreendumpTimeoutMs * 2);
    if (!r) {
        QFile::remove(temp);
        return Error(r.error().code, Tr::tr("The screen of %1 could not be captured.").arg(vm.config.name),
                     r.error().toString());
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(pngPath).constData()) != 0) {
        QFile::remove(temp);
        return Error(ErrorCode::Io, Tr::tr("The screen of %1 could not be captured.").arg(vm.config.name),
                     pngPath);
    }
    return {};
}

} // namespace Engine
