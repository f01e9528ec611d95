// Suspend to and resume from the bundle's saved state (SavedState), over QMP.
//
// SuspendOperation: QEMU migrates the running VM into a unix socket that this object serves
// (`migrate unix:...`), and the bytes go into saved/vmstate.partial, hashed as they arrive. The
// stream is complete when QEMU reports the migration `completed` AND closes the socket; then
// the file is fsync'd and committed (saved.json last). Reading the stream ourselves (rather
// than `exec:cat > file`) tells exactly when the last byte is on disk: QEMU SIGTERMs an exec
// helper that has not exited when it closes the channel, which can cut the file short.
// Cancel = `migrate_cancel`: the VM keeps running, the partial file is removed.
//
// RestoreOperation: on a QEMU started with `-incoming defer`, checks the QEMU version (from
// the QMP greeting), then
// `migrate-incoming exec:cat FILE` and waits for `completed`. A stream QEMU cannot load makes
// QEMU exit; the runner reports that.
//
// Both live on the runner's thread and emit finished() exactly once (Error code None on
// success, Canceled when canceled).
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/error.h"
#include "engine/library/savedstate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace Engine {

class QmpClient;

/// Writes a PNG of the screen to `path` (QMP screendump to a temp file, then rename), and
/// calls `done` with the outcome. Works while the VM runs or is paused.
void captureThumbnail(QmpClient *qmp, const QString &path,
                      std::function<void(const Status &)> done = {});

/// "exec:cat 'FILE'" with FILE quoted for /bin/sh.
QString execCatUri(const QString &file);

class SuspendOperation : public QObject
{
    Q_OBJECT
public:
    /// `guestPaused`: the VM is paused (recorded, so that it resumes paused).
    SuspendOperation(QmpClient *qmp, const QString &bundlePath, const QString &runtimeDir,
                     const VmConfig &config, bool guestPaused, QObject *parent = nullptr);
    ~SuspendOperation() override;
    void start();
    void cancel();

Q_SIGNALS:
    void progress(int percent, const QString &stage);
    void finished(const Engine::Error &error);

private:
    void startMigration();
    void onConnection();
    void onData();
    void poll();
    void finishIfComplete();
    void fail(const Error &error);
    void end(const Error &error);

    QmpClient *m_qmp;
    QString m_bundlePath;
    QString m_socketPath;
    VmConfig m_config;
    bool m_guestPaused = false;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_stream = nullptr;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
    QTimer m_poll;
    bool m_migrating = false;
    bool m_qemuDone = false;
    bool m_streamDone = false;
    bool m_cancelRequested = false;
    bool m_ended = false;
};

class RestoreOperation : public QObject
{
    Q_OBJECT
public:
    RestoreOperation(QmpClient *qmp, const QString &streamPath, const SavedStateInfo &info,
                     QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const Engine::Error &error);

private:
    void poll();
    void end(const Error &error);

    QmpClient *m_qmp;
    QString m_streamPath;
    SavedStateInfo m_info;
    QTimer m_poll;
    bool m_ended = false;
};

} // namespace Engine
