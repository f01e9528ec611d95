// emanon: the desktop application. Everything lives in emanon_app; this file wires the
// collaborators together (library, backend, settings) and shows the main window.
#include "app/common/errordialog.h"
#include "app/common/language.h"
#include "app/mainwindow/mainwindow.h"
#include "engine/backend/vmbackend.h"
#include "engine/core/paths.h"
#include "engine/library/vmlibrary.h"
#include "engine/library/vmregistry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QTreeView>
#include <QTimer>

#include <cstdio>

namespace {

/// bench/app: with EMANON_BENCH_FIRST_PAINT set, prints the milliseconds from the start of
/// main() to the first paint of the VM list and quits.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &clock) : m_clock(clock) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-ms %lld\n", static_cast<long long>(m_clock.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("emanon"));
    QApplication::setApplicationDisplayName(QStringLiteral("Emanon"));
    QApplication::setApplicationVersion(QStringLiteral(EMANON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("emanon"));

    QSettings settings(Engine::settingsFilePath(), QSettings::IniFormat);
    App::Language::install(&app, App::Language::stored(settings));

    // Every VM of the user: the default library folder and bundles registered elsewhere,
    // the same list emanonctl reads. A damaged list is reported and left alone (not saved
    // over): the default folder is still listed.
    auto loaded = Engine::VmRegistry::load(Engine::VmRegistry::defaultFilePath());
    Engine::VmRegistry registry = loaded ? *loaded : Engine::VmRegistry();
    Engine::VmLibrary library(registry.defaultRoot());
    Engine::LocalQemuBackend backend;
    App::MainWindow window(library, backend, settings);
    window.setRegistry(&registry);
    if (!loaded)
        QTimer::singleShot(0, &window, [&window, error = loaded.error()] {
            App::showError(&window, QCoreApplication::translate("main", "The list of your VMs cannot be read"), error);
        });
    FirstPaintProbe probe(clock);
    if (qEnvironmentVariableIsSet("EMANON_BENCH_FIRST_PAINT"))
        window.listView()->viewport()->installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
