// VmRunner: runs one VM's QEMU process and drives it over QMP.
//
// The lifecycle is a state machine (see refusal() for which operation each state refuses):
//   Stopped -> Starting -> Running <-> Paused -> Stopping -> Stopped
//   any running state -> Crashed when QEMU dies without being asked to.
//   Running/Paused -> Saving -> Saved (suspend: the state is in the bundle, QEMU has quit);
//   Saving -> Running/Paused again when the suspend fails or is canceled.
//   Stopped/Crashed/Saved -> Starting -> Restoring -> Running when the bundle holds a saved
//   state (SavedState); a failed restore ends Stopped with the error, the saved state kept.
// Start launches QEMU paused (-S) in the VM's private runtime dir, connects QMP and the serial
// ports (SerialLog writes log/serialN.log from them), then `cont`.
// QEMU's stderr goes to <bundle>/log/qemu.log and, when a start fails, into the error details.
// The bundle lock is taken before QEMU starts and inherited by QEMU, so the VM stays locked
// exactly as long as QEMU runs. All signals are emitted on the thread that owns the runner.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/core/result.h"
#include "engine/host/accelprobe.h"
#include "engine/library/savedstate.h"
#include "engine/library/vmlock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

#include <functional>
#include <optional>

class QTimer;
class QFile;

namespace Engine {

class QmpClient;
class SerialLog;
class SuspendOperation;

/// How to start a VM (VmRunner::start).
struct VmStartOptions
{
    /// auto, kvm or tcg; empty = the VM's own setting.
    QString accelPreference;
    /// Where the accelerator probe caches its verdict (tests); empty = default.
    AccelProbeInputs probeInputs;
    QString audioBackend = QStringLiteral("none");
    int qmpConnectTimeoutMs = 15000;
    /// Start QEMU with `-incoming defer` to receive a migration stream. "defer": the caller
    /// sends migrate-incoming itself (control socket, qmp pass-through) and resumes the guest
    /// with `cont`; until then the VM is Paused. Empty: a normal cold start.
    QString incomingUri;
};

class VmRunner : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped = 1, Starting, Running, Paused, Stopping, Saving, Restoring, Crashed, Saved };
    Q_ENUM(State)
    enum class Operation { Start = 1, Pause, Resume, Reset, PowerDown, Stop, Kill, Save, Restore, Discard };
    Q_ENUM(Operation)

    using StartOptions = VmStartOptions;

    VmRunner(const QString &bundlePath, const VmConfig &config, QObject *parent = nullptr);
    ~VmRunner() override;

    /// Why `op` is refused in `state`, or nothing when it is allowed. Pure, table-tested.
    static std::optional<Error> refusal(State state, Operation op);
    /// Whether a QEMU process exists in `state`: anything but stopped, crashed or saved.
    static bool hasProcess(State state)
    {
        return state != State::Stopped && state != State::Crashed && state != State::Saved;
    }
    /// Stable lower-case name: "stopped", "running", ...
    static QString stateName(State state);
    /// Translated name for display.
    static QString stateDisplayName(State state);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const VmConfig &config() const { return m_config; }
    [[nodiscard]] QString bundlePath() const { return m_bundlePath; }
    [[nodiscard]] QString runtimeDir() const { return m_runtimeDir; }
    [[nodiscard]] qint64 qemuPid() const;
    [[nodiscard]] const AccelVerdict &accel() const { return m_accel; }
    /// The error of the last failed start or crash; code None otherwise.
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    /// The QMP connection (valid while Running/Paused/Stopping); for features built on top
    /// (snapshots, media, USB). Do not disconnect it.
    [[nodiscard]] QmpClient *qmp() const { return m_qmp; }
    /// The QEMU arguments this runner uses for `config` (what `emanonctl show --argv` prints).
    static Result<QStringList> commandLine(const QString &bundlePath, const VmConfig &config,
                                           const QString &accel, const QString &runtimeDir,
                                           const QString &audioBackend = QStringLiteral("none"),
                                           const QString &incoming = {});
    /// Where QEMU's stderr goes.
    [[nodiscard]] QString qemuLogPath() const;
    /// Types bytes on the first serial port; false when it is not connected. The runner is
    /// QEMU's only serial client (it writes log/serialN.log from the stream, see SerialLog).
    bool writeSerial(const QByteArray &bytes);

    /// Starts the VM. Returns the refusal or a set-up error at once; otherwise the outcome
    /// comes as stateChanged(Running) or startFailed(Error) (state back to Stopped).
    Status start(const StartOptions &options = VmStartOptions());
    Status pause();
    Status resume();
    Status reset();
    /// Asks the guest to shut down (ACPI power button). After timeoutMs without the guest
    /// powering off, the power is cut (QMP quit). A guest that halts its CPUs without
    /// power-off (ACPI off, e.g. NT 4.0) is detected and powered off too.
    Status powerDown(int timeoutMs = 60000);
    /// powerDown with the default timeout, or with force: QMP quit at once (QEMU flushes
    /// its disks), SIGKILL if it does not exit within 5 s. Without force, a paused VM is
    /// refused (its guest cannot react): resume it or force.
    Status stop(bool force = false, int timeoutMs = 60000);
    /// SIGKILL QEMU now. The VM ends Stopped (asked for), not Crashed.
    Status kill();
    /// Suspends the VM into its bundle (SavedState): screen thumbnail, QEMU's state streamed
    /// to saved/vmstate, saved.json, then QEMU quits and the state is Saved. Progress comes as
    /// suspendProgress, the end as suspendFinished (before the state becomes Saved). A failed
    /// or canceled suspend leaves the VM running (or paused) as it was.
    Status suspend();
    /// Cancels a suspend in progress (migrate_cancel); the VM keeps running.
    Status cancelSuspend();

Q_SIGNALS:
    void stateChanged(Engine::VmRunner::State state, Engine::VmRunner::State previous);
    void startFailed(const Engine::Error &error);
    /// QEMU died without being asked to; state is Crashed.
    void crashed(const Engine::Error &error);
    /// The guest stopped its CPUs without powering off (shut down with ACPI off).
    void guestHalted();
    /// A power-down timed out and the power was cut.
    void powerDownTimedOut();
    /// Every QMP event, for features built on top.
    void qmpEvent(const QString &name, const QJsonObject &data);
    /// One line of QEMU's stderr.
    void qemuMessage(const QString &line);
    /// Bytes the guest sent on its first serial port (already in log/serial0.log).
    void serialReceived(const QByteArray &bytes);
    void suspendProgress(int percent, const QString &stage);
    /// Error code None: the state is saved (QEMU quits next); Canceled; or why it failed.
    void suspendFinished(const Engine::Error &error);

private:
    void setState(State s);
    void failStart(const Error &error);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void onQmpReady();
    void connectSerials(const std::function<void()> &then);
    void runGuest();
    void ensureHaltPoll();
    void restoreSavedState();
    void onSuspendFinished(const Error &error);
    void quitQemu();
    void onQmpEvent(const QString &name, const QJsonObject &data);
    void onStderr();
    void pollHalted();
    void logEvent(const QString &text);
    Status checkDisks() const;
    /// Files QEMU needs besides the disks: the UEFI variable store, the SPICE password.
    Status prepareFiles() const;
    static QString ovmfCodePath();
    QString stderrTail() const;

    QString m_bundlePath;
    VmConfig m_config;
    State m_state = State::Stopped;
    QString m_runtimeDir;
    AccelVerdict m_accel;
    Error m_lastError;
    VmLock m_lock;
    QProcess *m_process = nullptr;
    QmpClient *m_qmp = nullptr;
    QFile *m_log = nullptr;
    QList<SerialLog *> m_serials; ///< one per serial port, connected before the guest runs
    QTimer *m_powerDownTimer = nullptr;
    QTimer *m_haltPoll = nullptr;
    QTimer *m_killTimer = nullptr;
    QStringList m_stderrLines; ///< last lines, for error details
    bool m_stopRequested = false;  ///< we asked QEMU to end (quit/kill/power-down)
    bool m_shutdownEvent = false;  ///< QEMU reported SHUTDOWN before exiting
    bool m_holdIncoming = false;   ///< started with incomingUri "defer": no cont of our own
    QElapsedTimer m_haltSince;
    std::optional<SavedStateInfo> m_restoreFrom; ///< the saved state this start restores
    SuspendOperation *m_suspend = nullptr;
    State m_stateBeforeSave = State::Running;
    bool m_saved = false; ///< the suspend completed: QEMU's exit makes the VM Saved
};

} // namespace Engine

Q_DECLARE_METATYPE(Engine::VmRunner::State)
