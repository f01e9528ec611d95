// VmSupervisor: the process that owns one running VM (VirtualBox's VBoxHeadless, in our terms).
//
// `emanonctl supervise BUNDLE` runs one, detached from the terminal, so a VM outlives the CLI
// or GUI that started it. It runs a VmRunner and publishes, in the VM's runtime dir:
//   state.json   the run state, rewritten atomically at each change (readable by anyone)
//   control.*.sock JSON-lines requests from any number of clients (VmControl), events back
//                  (suspend: request "suspend", events suspend-progress, suspend-finished,
//                  then state "saved"; "suspend-cancel" cancels)
//   console.*.sock the first serial port, fanned out to any number of clients
// It exits when the VM has stopped, crashed or been saved, after writing the final state.
#pragma once

#include "engine/runner/vmrunner.h"

#include <QJsonObject>
#include <QList>

class QLocalServer;
class QLocalSocket;

namespace Engine {

class UsbHotplug;

class VmSupervisor : public QObject
{
    Q_OBJECT
public:
    VmSupervisor(const QString &bundlePath, const VmConfig &config, const QString &launchId,
                 QObject *parent = nullptr);
    ~VmSupervisor() override;

    /// Starts the VM and the servers. An error here means nothing runs (state.json says why).
    Status start(const VmStartOptions &options);
    [[nodiscard]] VmRunner &runner() { return m_runner; }
    /// The USB devices this supervisor plugged in (auto-connect rules use it directly).
    [[nodiscard]] UsbHotplug &usb() { return *m_usb; }

Q_SIGNALS:
    /// The VM has ended; `exitCode` 0 for a clean stop, 1 for a crash or failed start.
    void finished(int exitCode);

private:
    void onStateChanged(VmRunner::State state);
    void writeState();
    void broadcast(const QJsonObject &message);
    void onControlConnection();
    void handleRequest(QLocalSocket *client, const QJsonObject &request);
    void reply(QLocalSocket *client, const QJsonValue &id, const Status &status,
               const QJsonValue &result = {});
    void onConsoleConnection();
    void shutdownServers();

    VmRunner m_runner;
    UsbHotplug *m_usb = nullptr; ///< usb-attach/-detach/-list requests
    QString m_launchId;
    QLocalServer *m_control = nullptr;
    QLocalServer *m_console = nullptr;
    QList<QLocalSocket *> m_controlClients;
    QList<QLocalSocket *> m_consoleClients;
    QString m_runtimeDir;
    QString m_startedAt;
    QString m_controlPath;
    QString m_consolePath;
    Error m_startError; ///< why start() was refused, for state.json
};

} // namespace Engine
