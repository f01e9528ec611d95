// Error: what went wrong, for the user (message, translated) and for the log (details).
// Every engine call that can fail returns Result<T> carrying one of these; exceptions never
// cross a library edge or a signal.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Engine {

/// What failed. Named after the failed action, never after the mechanism.
enum class ErrorCode {
    None = 0,         ///< never a valid error read from anywhere
    InvalidArgument,  ///< the caller asked for something malformed
    ConfigInvalid,    ///< vm.json parsed but fails validation
    ConfigParse,      ///< vm.json is not valid JSON / truncated
    SchemaVersion,    ///< vm.json written by a newer Emanon
    NotFound,         ///< VM, disk or file does not exist
    AlreadyExists,    ///< name or file already taken
    Io,               ///< read/write/rename failed (disk full, permissions)
    Locked,           ///< another process holds the VM
    StateRefused,     ///< the VM's state does not allow the operation
    ProcessStart,     ///< an external program (qemu, qemu-img) could not be started
    ProcessFailed,    ///< an external program exited with an error
    QmpConnect,       ///< the QMP socket could not be reached
    QmpProtocol,      ///< QEMU sent something we cannot understand
    QmpCommand,       ///< QEMU answered a command with an error
    Timeout,          ///< no answer in time
    Canceled,         ///< the user canceled
    Crashed,          ///< QEMU died unexpectedly
    RuntimeDir,       ///< the runtime dir is unsafe or unusable
    Unsupported,      ///< not possible on this host/profile, with the reason
};

/// A failure: `message` is a translated sentence saying what happened and what to do,
/// `details` the technical text (stderr, QMP class/desc, errno string).
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QString details;

    Error() = default;
    Error(ErrorCode c, QString msg, QString det = {})
        : code(c), message(std::move(msg)), details(std::move(det))
    {
    }

    /// "message" or "message\n  details" for logs and --verbose output.
    [[nodiscard]] QString toString(bool withDetails = true) const
    {
        if (!withDetails || details.isEmpty())
            return message;
        return message + QStringLiteral("\n  ") + details;
    }
};

/// Stable machine name of a code (for --json output and logs).
QString errorCodeName(ErrorCode code);
/// The error a JSON object {code, message, details} describes (the engine's processes send
/// errors that way); an unknown code reads as ProcessFailed, an empty object as no error.
Error errorFromJson(const QJsonObject &o);

} // namespace Engine

Q_DECLARE_METATYPE(Engine::Error)
