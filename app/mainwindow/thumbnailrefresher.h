// ThumbnailRefresher: keeps the last frame of running VMs fresh for the VM list. Every
// kIntervalMs it asks the backend for a screen capture of each running VM (on a worker
// thread, one VM after the other, never two rounds at once), shrinks it to
// ThumbnailCache::kWidth and writes `<bundle>/thumbnail.png` atomically (QSaveFile). The file
// stays when the VM stops, so the list keeps showing the last frame. The list notices the new
// file through ThumbnailCache::checkForChanges(); nothing here touches the model's rows.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QObject>
#include <QTimer>

namespace App {

class VmListModel;

class ThumbnailRefresher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 10000;
    static constexpr int kFirstRoundMs = 2000;

    ThumbnailRefresher(Engine::VmBackend &backend, VmListModel *model, QObject *parent = nullptr);
    ~ThumbnailRefresher() override;

    /// Captures the screen of `vm` now (blocking) and writes its thumbnail.
    static Engine::Status capture(Engine::VmBackend &backend, const Engine::VmBundle &vm);

public Q_SLOTS:
    /// Starts a round now unless one is running.
    void refreshNow();

Q_SIGNALS:
    /// A round ended; `written` are the bundles that got a new thumbnail.
    void roundFinished(const QStringList &written);

private:
    Engine::VmBackend &m_backend;
    VmListModel *m_model;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace App
