// VmControl: how the CLI and the GUI see and drive a VM that a supervisor runs.
//
// The run state is discoverable from the runtime dir, not kept in one process's memory:
// state.json says what the supervisor last reported, and the bundle lock says whether a QEMU
// still holds the VM (a "running" state.json whose lock is free means the supervisor died).
// Requests go over control.sock; several clients may be connected at once.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/result.h"
#include "engine/runner/vmrunner.h"

#include <QJsonObject>
#include <QLocalSocket>
#include <QMap>

namespace Engine {

/// What a VM is doing, as far as any process can tell.
struct VmRunInfo
{
    VmRunner::State state = VmRunner::State::Stopped;
    qint64 qemuPid = 0;
    qint64 supervisorPid = 0;
    QString accel;
    QString accelReason;
    QString runtimeDir;
    QString startedAt;
    QString controlSocket; ///< the supervisor's request socket (unique per launch)
    QString consoleSocket; ///< the serial console fan-out
    Error error; ///< why it crashed or failed to start; code None otherwise
    [[nodiscard]] QJsonObject toJson() const;
};

class VmControl : public QObject
{
    Q_OBJECT
public:
    explicit VmControl(QObject *parent = nullptr);

    /// The state of the VM with this config, from its runtime dir and bundle lock.
    static VmRunInfo query(const QString &bundlePath, const VmConfig &config);

    /// Starts the VM in a detached supervisor (`emanonctl supervise`) and waits until it runs,
    /// fails or timeoutMs passes. Refuses a VM that is already running. `incomingUri`: see
    /// VmStartOptions::incomingUri (the VM then comes up Paused, waiting for a migration).
    static Result<VmRunInfo> launch(const QString &bundlePath, const VmConfig &config,
                                    const QString &accelPreference = {},
                                    int timeoutMs = 60000, const QString &incomingUri = {});

    /// Ends a QEMU whose supervisor died (SIGTERM, then SIGKILL after 5 s) and records the VM
    /// as stopped. Only for that case: a live supervisor is asked through its socket.
    static Status terminateOrphan(const QString &bundlePath, const VmConfig &config,
                                  const VmRunInfo &info);

    /// The emanonctl program that runs supervisors: $EMANON_CTL, else next to this program.
    static Result<QString> supervisorProgram();

    /// Connects to a running VM's control socket (VmRunInfo::controlSocket).
    Status connectTo(const QString &controlSocket, int timeoutMs = 5000);
    /// Sends {"op":op,...args} and waits for the answer.
    Result<QJsonValue> request(const QString &op, const QJsonObject &args = {},
                               int timeoutMs = 30000);

Q_SIGNALS:
    /// The supervisor reported a state change (name as VmRunner::stateName) or an event.
    void stateChanged(const QString &state, const QJsonObject &info);
    void eventReceived(const QJsonObject &event);
    void disconnected();

private:
    void onReadyRead();

    QLocalSocket m_socket;
    QByteArray m_buffer;
    int m_nextId = 1;
    QMap<int, QJsonObject> m_replies;
};

} // namespace Engine
