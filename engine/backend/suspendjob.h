// SuspendJob: suspends one VM that a local supervisor runs (VmRunner::suspend through the
// control socket), as a Job: progress from the supervisor's suspend-progress events, success
// once the VM is Saved (QEMU gone, state in the bundle), cancel = the supervisor's
// suspend-cancel (the VM keeps running). Lives on the thread that created it.
#pragma once

#include "engine/core/job.h"
#include "engine/library/vmlibrary.h"
#include "engine/runner/vmcontrol.h"

#include <QTimer>

namespace Engine {

class SuspendJob : public Job
{
    Q_OBJECT
public:
    explicit SuspendJob(const VmBundle &vm, QObject *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] const VmBundle &vm() const { return m_vm; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void onEvent(const QJsonObject &event);
    void checkSaved();

    VmBundle m_vm;
    VmControl m_control;
    QTimer m_watch; ///< the supervisor may go before its last event arrives
};

} // namespace Engine
