#include "engine/backend/suspendjob.h"

#include "engine/library/savedstate.h"

namespace Engine {

SuspendJob::SuspendJob(const VmBundle &vm, QObject *parent) : Job(parent), m_vm(vm)
{
    m_watch.setInterval(500);
    connect(&m_watch, &QTimer::timeout, this, &SuspendJob::checkSaved);
    connect(&m_control, &VmControl::eventReceived, this, &SuspendJob::onEvent);
    connect(&m_control, &VmControl::disconnected, this, &SuspendJob::checkSaved);
}

QString SuspendJob::title() const
{
    return tr("Suspending %1").arg(m_vm.config.name);
}

void SuspendJob::doStart()
{
    const VmRunInfo info = VmControl::query(m_vm.path, m_vm.config);
    if (auto why = VmRunner::refusal(info.state, VmRunner::Operation::Save)) {
        finishFailure(Error(why->code,
                            tr("%1 cannot be suspended: it is %2.")
                                .arg(m_vm.config.name, VmRunner::stateDisplayName(info.state)),
                            why->details));
        return;
    }
    if (Status s = m_control.connectTo(info.controlSocket); !s) {
        finishFailure(s.error());
        return;
    }
    reportProgress(0, tr("Preparing"));
    auto r = m_control.request(QStringLiteral("suspend"));
    if (isFinished())
        return;
    if (!r) {
        finishFailure(r.error());
        return;
    }
    m_watch.start();
}

void SuspendJob::doCancel()
{
    if (m_control.request(QStringLiteral("suspend-cancel"), {}, 5000))
        return; // suspend-finished (canceled) follows
    // Not suspending (any more): the natural end is near, or it never began.
    checkSaved();
    if (!isFinished())
        finishCanceled();
}

void SuspendJob::onEvent(const QJsonObject &event)
{
    if (isFinished())
        return;
    const QString name = event.value(QLatin1String("event")).toString();
    if (name == QLatin1String("suspend-progress")) {
        reportProgress(event.value(QLatin1String("percent")).toInt(-1),
                       event.value(QLatin1String("stage")).toString());
    } else if (name == QLatin1String("suspend-finished")) {
        if (event.value(QLatin1String("ok")).toBool()) {
            reportProgress(100, tr("Stopping QEMU"));
            return; // success once QEMU is gone and the VM shows Saved
        }
        Error e = errorFromJson(event.value(QLatin1String("error")).toObject());
        if (e.code == ErrorCode::None) // a failure always fails, even one that says nothing
            e.code = ErrorCode::ProcessFailed;
        if (e.code == ErrorCode::Canceled)
            finishCanceled();
        else
            finishFailure(e);
    } else if (name == QLatin1String("state")) {
        if (event.value(QLatin1String("state")).toString() == QLatin1String("saved"))
            checkSaved();
        else if (event.value(QLatin1String("state")).toString() == QLatin1String("crashed")) {
            Error e = errorFromJson(event.value(QLatin1String("error")).toObject());
            if (e.code == ErrorCode::None)
                e.code = ErrorCode::Crashed;
            finishFailure(e);
        }
    }
}

void SuspendJob::checkSaved()
{
    if (isFinished())
        return;
    const VmRunInfo info = VmControl::query(m_vm.path, m_vm.config);
    if (info.state == VmRunner::State::Saved) {
        m_watch.stop();
        finishSuccess();
    } else if (info.state == VmRunner::State::Stopped || info.state == VmRunner::State::Crashed) {
        m_watch.stop();
        finishFailure(info.error.code != ErrorCode::None
                          ? info.error
                          : Error(ErrorCode::ProcessFailed,
                                  tr("%1 stopped while it was being suspended; its state was "
                                     "not saved.")
                                      .arg(m_vm.config.name)));
    }
}

} // namespace Engine
