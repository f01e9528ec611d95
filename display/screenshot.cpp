#include "display/screenshot.h"

#include "display/spice/spicesession.h"
#include "engine/runner/vmcontrol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace DisplayChannel {

using Engine::Error;
using Engine::ErrorCode;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayChannel::Screenshot", text);
}
} // namespace

Engine::Status saveSurfacePng(const SpiceSession &session, const QString &pngPath)
{
    const QImage frame = session.primaryImage();
    if (frame.isNull()) {
        return Error(ErrorCode::StateRefused,
                     tr("There is no picture to save yet: wait until the VM's screen is shown."));
    }
    // Drop the unused alpha byte so the PNG is opaque (xRGB surfaces carry garbage there).
    if (!frame.convertToFormat(QImage::Format_RGB888).save(pngPath, "PNG")) {
        return Error(ErrorCode::Io,
                     tr("Could not save the screenshot. Check that the folder exists and is "
                        "writable."),
                     pngPath);
    }
    return {};
}

Engine::Status screendumpPng(const QString &controlSocket, const QString &pngPath, int timeoutMs)
{
    const QString absolute = QFileInfo(pngPath).absoluteFilePath();
    Engine::VmControl control;
    const Engine::Status linked = control.connectTo(controlSocket, timeoutMs);
    if (!linked)
        return linked.error();
    const QJsonObject args{
        {QStringLiteral("execute"), QStringLiteral("screendump")},
        {QStringLiteral("arguments"),
         QJsonObject{{QStringLiteral("filename"), absolute},
                     {QStringLiteral("format"), QStringLiteral("png")}}},
        {QStringLiteral("timeoutMs"), timeoutMs}};
    const auto answer = control.request(QStringLiteral("qmp"), args, timeoutMs + 1000);
    if (!answer) {
        Error e = answer.error();
        e.message = tr("QEMU could not take a screenshot of the VM: %1").arg(e.message);
        return e;
    }
    if (!QFileInfo::exists(absolute)) {
        return Error(ErrorCode::Io,
                     tr("QEMU reported a screenshot but the file is missing. Check that the "
                        "folder is writable."),
                     absolute);
    }
    return {};
}

} // namespace DisplayChannel
