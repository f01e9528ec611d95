#include "engine/core/job.h"

#include <QEventLoop>
#include <QTimer>

namespace Engine {

Job::Job(QObject *parent) : QObject(parent) {}

Job::~Job() = default;

void Job::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    Q_EMIT started();
    if (m_cancelRequested) {
        finishCanceled();
        return;
    }
    doStart();
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_state == State::Running)
        doCancel();
}

bool Job::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Canceled;
}

bool Job::waitForFinished(int timeoutMs)
{
    if (isFinished())
        return true;
    QEventLoop loop;
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    if (timeoutMs >= 0) {
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
    }
    loop.exec();
    return isFinished();
}

void Job::reportProgress(int percent, const QString &stage)
{
    if (m_state != State::Running)
        return;
    const int clamped = percent < 0 ? -1 : std::min(percent, 100);
    if (clamped == m_percent && stage == m_stage)
        return;
    m_percent = clamped;
    m_stage = stage;
    Q_EMIT progressChanged(m_percent, m_stage);
}

void Job::finishSuccess()
{
    if (m_state != State::Running)
        return;
    m_state = State::Succeeded;
    Q_EMIT succeeded();
    Q_EMIT finished();
}

void Job::finishFailure(const Error &error)
{
    if (m_state != State::Running)
        return;
    m_state = State::Failed;
    m_error = error;
    Q_EMIT failed(error);
    Q_EMIT finished();
}

void Job::finishCanceled()
{
    if (m_state != State::Running)
        return;
    m_state = State::Canceled;
    m_error = Error(ErrorCode::Canceled, tr("The operation was canceled."));
    Q_EMIT canceled();
    Q_EMIT finished();
}

} // namespace Engine
