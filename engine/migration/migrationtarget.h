// MigrationTarget: the receiving end of a live migration, run on the target host by the hidden
// `emanonctl migrate-target live` command that the source starts over SSH.
//
// Protocol (JSON lines; the SSH session is the control channel, so a source that goes away
// closes stdin and the target cleans up):
//   stdin  line 1  {"vm": <vm.json>, "disks": [{"node","virtualSize"}], "shared": bool,
//                   "address": "IP", "tlsDir": ""}
//   stdout         {"event":"ready","uri":"tcp:IP:PORT","nbd":{"host","port"}} once QEMU listens
//   stdout         {"event":"received"} when the whole migration stream has arrived
//   stdin          {"op":"finish"}: stop the disk export, resume the guest
//   stdout         {"event":"running","bundle":PATH,"resumeDelayMs":N}, exit 0 (N: from the
//                  end of the stream to the guest running here)
//   stdin          {"op":"abort"} or end of input: the target VM is ended and its bundle removed
//   stdout         {"event":"error","error":{code,message,details}}, exit 1
// Until "finish" the VM exists on this host only as a paused, incoming QEMU in a fresh bundle.
#pragma once

#include "engine/core/result.h"
#include "engine/library/vmlibrary.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

class QFile;

namespace Engine {

class VmControl;

class MigrationTarget : public QObject
{
    Q_OBJECT
public:
    /// Reads requests from the file descriptor `inputFd` (stdin), writes events to `output`.
    MigrationTarget(VmLibrary library, int inputFd, QFile *output, QObject *parent = nullptr);
    ~MigrationTarget() override;

    /// Runs the whole protocol (spins an event loop); returns when done. Success = the guest
    /// runs here.
    Status run();

private:
    Status prepare(const QJsonObject &request);
    Status createBundle(const QJsonObject &request);
    Status startIncoming(const QJsonObject &request);
    Result<QJsonValue> qmp(const QString &command, const QJsonObject &args = {});
    Status waitForFinish();
    Status finish();
    void abort();
    void emitLine(const QJsonObject &o);
    Result<QJsonObject> readRequest();
    /// Reads what stdin has; false at end of input.
    bool readInput();

    VmLibrary m_library;
    int m_inputFd;
    QFile *m_output;
    QByteArray m_inputBuffer;
    bool m_inputEnded = false;
    VmControl *m_control = nullptr;
    VmBundle m_bundle;
    QStringList m_exports;
    bool m_bundleCreated = false;
    bool m_launched = false;
    QString m_migrationStatus;
    QString m_migrationError;
    QElapsedTimer m_receivedAt; ///< since the whole stream arrived: the guest waits on us
};

} // namespace Engine
