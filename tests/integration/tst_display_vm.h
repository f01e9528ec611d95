// Shared by the display integration tests (tst_display_guest, tst_viewer_guest): a private
// VM library and runtime dir, the linux-initramfs test guest with std VGA and SPICE on a unix
// socket, started through a real supervisor (emanonctl supervise), its serial console, and
// the QMP screendump to compare against.
#pragma once

#include "display/screenshot.h"
#include "engine/library/vmlibrary.h"
#include "engine/profiles/guestprofile.h"
#include "engine/qemu/qemucommand.h"
#include "engine/runner/vmcontrol.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"

#include <memory>

#include <unistd.h>

namespace DisplayTest {

constexpr int kBootMs = 120000;

/// Private EMANON_LIBRARY / EMANON_RUNTIME_DIR / cache under `tmp`, and the emanonctl that
/// runs supervisors. Call before anything reads those variables.
inline void isolate(const QTemporaryDir &tmp)
{
    // Find the test guests before XDG_CACHE_HOME (their default home) moves.
    if (qEnvironmentVariableIsEmpty("EMANON_TEST_GUESTS") && !TestUtil::guestsRoot().isEmpty())
        qputenv("EMANON_TEST_GUESTS", TestUtil::guestsRoot().toLocal8Bit());
    qputenv("EMANON_LIBRARY", tmp.filePath(QStringLiteral("lib")).toLocal8Bit());
    qputenv("EMANON_RUNTIME_DIR", tmp.filePath(QStringLiteral("run")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", tmp.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("EMANON_CTL", EMANON_BINARY_DIR "/app/ctl/emanonctl");
}

/// True when the guest exists; skips or fails the test (EMANON_REQUIRE_GUESTS) otherwise.
inline bool haveGuest()
{
    return !TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz")).isEmpty();
}

struct Vm
{
    Engine::VmBundle bundle;
    Engine::VmRunInfo info;
    std::unique_ptr<TestUtil::GuestConsole> console;

    QString spiceSocket() const { return Engine::RuntimeFiles::spiceSocket(info.runtimeDir); }

    /// Creates `name` in the library (tablet: xhci + usb-tablet for absolute pointing).
    Engine::Status create(const QString &name, bool tablet)
    {
        using namespace Engine;
        VmConfig config;
        config.name = name;
        findProfile(QStringLiteral("linux"))->applyTo(config);
        config.memoryMiB = 256;
        config.nics.clear();
        config.display.vga = QStringLiteral("std");
        config.display.spice = true;
        config.usb.controller = tablet ? QStringLiteral("xhci") : QStringLiteral("none");
        config.usb.tablet = tablet;
        config.boot.kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
        config.boot.initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
        // video=: the mode the bochs DRM driver picks when a test loads it.
        config.boot.cmdline = QStringLiteral("video=1024x768 console=tty0 console=ttyS0 emanon.quiet");
        VmLibrary library(VmLibrary::defaultRoot());
        auto made = library.create(config);
        if (!made)
            return made.error();
        bundle = *made;
        return {};
    }

    /// Starts the VM through a supervisor and waits for the guest's "ready".
    Engine::Status startAndWaitReady()
    {
        using namespace Engine;
        auto launched = VmControl::launch(bundle.path, bundle.config);
        if (!launched)
            return launched.error();
        info = *launched;
        console = std::make_unique<TestUtil::GuestConsole>(
            RuntimeFiles::serialLog(bundle.logDir()), info.consoleSocket);
        if (!console->waitFor(QStringLiteral("EMANON: ready"), kBootMs))
            return Error(ErrorCode::Timeout, QStringLiteral("guest not ready"), console->text());
        return {};
    }

    /// Runs `cmd` in the guest and waits for its run-end line; the output lines in `out`.
    bool run(const QString &cmd, QString *out = nullptr, int timeoutMs = 30000)
    {
        console->mark();
        if (!console->send(QStringLiteral("run ") + cmd))
            return false;
        if (!console->waitFor(QStringLiteral("EMANON: run-end"), timeoutMs))
            return false;
        if (out)
            *out = console->text();
        return true;
    }

    /// QEMU's own picture of the screen (QMP screendump through the supervisor).
    QImage screendump(const QString &path)
    {
        const Engine::Status s = DisplayChannel::screendumpPng(info.controlSocket, path);
        if (!s) {
            qWarning("screendump: %s", qPrintable(s.error().toString()));
            return {};
        }
        return QImage(path).convertToFormat(QImage::Format_RGB32);
    }

    void stop()
    {
        if (info.controlSocket.isEmpty())
            return;
        Engine::VmControl control;
        if (control.connectTo(info.controlSocket, 2000))
            (void)control.request(QStringLiteral("stop"),
                                  {{QStringLiteral("force"), true}}, 15000);
        TestUtil::waitUntil([this] {
            const auto s = Engine::VmControl::query(bundle.path, bundle.config).state;
            return s == Engine::VmRunner::State::Stopped || s == Engine::VmRunner::State::Crashed;
        }, 20000);
    }
};

/// A private X server for the viewer and for grabbing what it shows.
struct Xvfb
{
    QProcess process;
    QString display;
    bool start()
    {
        for (int n = 60 + int(getpid() % 100); n < 400; ++n) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n))
                || QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            display = QStringLiteral(":%1").arg(n);
            process.start(QStringLiteral("Xvfb"), {display, QStringLiteral("-screen"), QStringLiteral("0"),
                                                    QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"),
                                                    QStringLiteral("tcp")});
            if (!process.waitForStarted(5000))
                return false;
            for (int i = 0; i < 100; ++i) {
                if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                    return true;
                if (process.state() != QProcess::Running)
                    break;
                QThread::msleep(50);
            }
            process.kill();
            process.waitForFinished();
        }
        return false;
    }
    ~Xvfb()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(5000);
        }
    }
};

/// Pixels equal, ignoring the unused alpha byte of xRGB surfaces.
inline bool samePixels(const QImage &a, const QImage &b, QString *why = nullptr)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size()) {
        if (why)
            *why = QStringLiteral("size %1x%2 vs %3x%4")
                       .arg(x.width()).arg(x.height()).arg(y.width()).arg(y.height());
        return false;
    }
    int differing = 0;
    QPoint first(-1, -1);
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const quint32 *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const quint32 *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if ((p[col] & 0xffffff) != (q[col] & 0xffffff)) {
                if (differing++ == 0)
                    first = QPoint(col, row);
            }
        }
    }
    if (differing && why)
        *why = QStringLiteral("%1 pixels differ, first at %2,%3").arg(differing).arg(first.x()).arg(first.y());
    return differing == 0;
}

} // namespace DisplayTest
