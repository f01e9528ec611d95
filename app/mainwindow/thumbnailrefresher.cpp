#include "app/mainwindow/thumbnailrefresher.h"

#include "app/mainwindow/thumbnailcache.h"
#include "app/mainwindow/vmlistmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QImage>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace App {

ThumbnailRefresher::ThumbnailRefresher(Engine::VmBackend &backend, VmListModel *model,
                                       QObject *parent)
    : QObject(parent), m_backend(backend), m_model(model)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ThumbnailRefresher::refreshNow);
    m_timer.start();
    // VMs that already run when the window opens get a fresh frame soon, not in 10 s.
    QTimer::singleShot(kFirstRoundMs, this, &ThumbnailRefresher::refreshNow);
}

ThumbnailRefresher::~ThumbnailRefresher() = default;

Engine::Status ThumbnailRefresher::capture(Engine::VmBackend &backend, const Engine::VmBundle &vm)
{
    const QString target = ThumbnailCache::pathFor(vm.path);
    const QString raw = vm.path + QStringLiteral("/.thumbnail-capture.png");
    if (Engine::Status s = backend.captureScreen(vm, raw); !s)
        return s;
    const QImage frame = ThumbnailCache::shrink(QImage(raw));
    QFile::remove(raw);
    if (frame.isNull()) {
        return Engine::Error(Engine::ErrorCode::Io,
                             QCoreApplication::translate("ThumbnailRefresher",
                                                         "The screen capture could not be read."),
                             raw);
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !frame.save(&file, "PNG") || !file.commit()) {
        return Engine::Error(Engine::ErrorCode::Io,
                             QCoreApplication::translate("ThumbnailRefresher",
                                                         "The thumbnail could not be saved."),
                             target + QStringLiteral(": ") + file.errorString());
    }
    return {};
}

void ThumbnailRefresher::refreshNow()
{
    if (m_busy)
        return;
    QList<Engine::VmBundle> running;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Engine::VmEntry &e = m_model->entry(row);
        // A paused screen does not change: its frame was taken while it ran.
        if (e.ok() && m_model->runInfo(row).state == Engine::VmRunner::State::Running)
            running.append(Engine::VmBundle{e.path, e.config});
    }
    if (running.isEmpty()) {
        Q_EMIT roundFinished({});
        return;
    }
    m_busy = true;
    Engine::VmBackend *backend = &m_backend;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QStringList written = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        Q_EMIT roundFinished(written);
    });
    watcher->setFuture(QtConcurrent::run([backend, running] {
        QStringList written;
        for (const Engine::VmBundle &vm : running) {
            // A VM without a display, or one that stopped meanwhile, keeps its last frame.
            if (capture(*backend, vm))
                written << vm.path;
        }
        return written;
    }));
}

} // namespace App
