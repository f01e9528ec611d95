// emanon-viewer VMNAME: shows a running VM's screen in an SDL2 window (see SdlViewer).
#include "display/viewer/qtviewer.h"
#include "display/viewer/sdlviewer.h"
#include "engine/core/paths.h"
#include "engine/library/vmlibrary.h"
#include "engine/qemu/qemucommand.h"
#include "engine/runner/vmcontrol.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

#include <cstdio>

using namespace Engine;

int main(int argc, char **argv)
{
    // --qt shows the VM in the DisplayWidget (the application's widget) instead of SDL2.
    bool qt = false;
    for (int i = 1; i < argc; ++i)
        qt = qt || std::strcmp(argv[i], "--qt") == 0;
    std::unique_ptr<QCoreApplication> appHolder(qt ? new QApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("emanon-viewer"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Shows a running VM's screen."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("VM"),
                                 QCoreApplication::translate("main", "Name or UUID of the VM."));
    const QCommandLineOption fullScreen(QStringLiteral("full-screen"),
                                        QCoreApplication::translate("main", "Start full screen."));
    const QCommandLineOption frames(
        QStringLiteral("report-frames"),
        QCoreApplication::translate("main", "Print the frames shown so far and the window geometry every second."));
    const QCommandLineOption qtFrontEnd(
        QStringLiteral("qt"),
        QCoreApplication::translate("main", "Use the Qt display widget instead of SDL2."));
    const QCommandLineOption hotkey(
        QStringLiteral("release-hotkey"),
        QCoreApplication::translate("main", "The key chord that releases the pointer: ctrl+alt, "
                                            "ctrl+alt+shift, rctrl, ctrl+win. Default: the one "
                                            "set in Emanon's preferences, else ctrl+alt."),
        QStringLiteral("KEYS"));
    parser.addOption(hotkey);
    parser.addOption(qtFrontEnd);
    parser.addOption(fullScreen);
    parser.addOption(frames);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    using DisplayChannel::KeyboardInput;
    // The preferences file of the GUI (Engine::settingsFilePath), where the hotkey is chosen.
    const QSettings emanonSettings(Engine::settingsFilePath(), QSettings::IniFormat);
    const QString hotkeyText =
        parser.isSet(hotkey)
            ? parser.value(hotkey)
            : emanonSettings.value(QLatin1String(KeyboardInput::kReleaseHotkeySetting)).toString();
    const QList<int> releaseHotkey = KeyboardInput::hotkeyFromString(hotkeyText);
    if (parser.isSet(hotkey) && releaseHotkey.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "Unknown release hotkey \"%1\": use modifier names "
                                            "joined by +, such as ctrl+alt or rctrl.")
                                    .arg(parser.value(hotkey))));
        return 2;
    }

    const VmLibrary library(VmLibrary::defaultRoot());
    const auto bundle = library.open(parser.positionalArguments().constFirst());
    if (!bundle) {
        std::fprintf(stderr, "%s\n", qPrintable(bundle.error().toString()));
        return 1;
    }
    const VmRunInfo info = VmControl::query(bundle->path, bundle->config);
    if (info.state != VmRunner::State::Running && info.state != VmRunner::State::Paused) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "The VM \"%1\" is not running. Start it first "
                                            "(emanonctl start %1).")
                                    .arg(bundle->name())));
        return 1;
    }
    if (!bundle->config.display.spice
        || bundle->config.display.spiceListen != QLatin1String("unix")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "The VM has no local SPICE display: turn on SPICE on a unix "
                                 "socket in its display settings.")));
        return 1;
    }

    DisplayChannel::SdlViewer::Options options;
    options.title = bundle->name();
    options.spiceSocket = RuntimeFiles::spiceSocket(info.runtimeDir);
    options.fullScreen = parser.isSet(fullScreen);
    options.reportFrames = parser.isSet(frames);
    options.releaseHotkey = releaseHotkey;
    const QString path = bundle->path;
    const VmConfig config = bundle->config;
    options.vmRunning = [path, config] {
        const auto s = VmControl::query(path, config).state;
        return s == VmRunner::State::Running || s == VmRunner::State::Paused
            || s == VmRunner::State::Starting;
    };
    if (qt) {
        DisplayChannel::QtViewer viewer(options.title, options.spiceSocket, options.vmRunning,
                                        options.fullScreen, options.reportFrames);
        viewer.widget()->setReleaseHotkey(releaseHotkey);
        QObject::connect(&viewer, &DisplayChannel::QtViewer::finished, &app,
                         &QCoreApplication::exit, Qt::QueuedConnection);
        return app.exec();
    }
    DisplayChannel::SdlViewer viewer(options);
    QObject::connect(&viewer, &DisplayChannel::SdlViewer::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    const Status started = viewer.start();
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().toString()));
        return 1;
    }
    return app.exec();
}
