// Job: the one shape of every long operation (create disk, convert, import, snapshot, migrate).
//
// Signal order is guaranteed: started -> progressChanged* -> exactly one of
// succeeded / failed(Error) / canceled, then finished. Jobs run on the thread that owns them
// (they drive QProcess / sockets asynchronously); cancel() may be called at any time, also
// before start() or after the end (then it does nothing).
#pragma once

#include "engine/core/error.h"

#include <QObject>

namespace Engine {

class Job : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle = 0, Running, Succeeded, Failed, Canceled };
    Q_ENUM(State)

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    /// Starts the work. Calling it twice does nothing.
    void start();
    /// Asks the job to stop; it ends with canceled() (or its natural end if that came first).
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isFinished() const;
    [[nodiscard]] const Error &error() const { return m_error; }
    /// Last reported progress, 0..100, or -1 when unknown.
    [[nodiscard]] int percent() const { return m_percent; }
    [[nodiscard]] QString stage() const { return m_stage; }
    /// A short translated title ("Converting disk"), for progress displays.
    [[nodiscard]] virtual QString title() const = 0;

    /// Runs a nested event loop until the job ends (for the CLI and tests).
    /// Returns false on timeout (the job keeps running). timeoutMs < 0 waits forever.
    bool waitForFinished(int timeoutMs = -1);

Q_SIGNALS:
    void started();
    void progressChanged(int percent, const QString &stage);
    void succeeded();
    void failed(const Engine::Error &error);
    void canceled();
    void finished();

protected:
    virtual void doStart() = 0;
    /// Stop the work; call finishCanceled() when it is really stopped (may be at once).
    virtual void doCancel() = 0;

    void reportProgress(int percent, const QString &stage = {});
    void finishSuccess();
    void finishFailure(const Error &error);
    void finishCanceled();
    [[nodiscard]] bool cancelRequested() const { return m_cancelRequested; }

private:
    State m_state = State::Idle;
    Error m_error;
    int m_percent = -1;
    QString m_stage;
    bool m_cancelRequested = false;
};

} // namespace Engine
