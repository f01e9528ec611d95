#include "engine/core/error.h"

namespace Engine {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::ConfigInvalid: return QStringLiteral("config-invalid");
    case ErrorCode::ConfigParse: return QStringLiteral("config-parse");
    case ErrorCode::SchemaVersion: return QStringLiteral("schema-version");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::StateRefused: return QStringLiteral("state-refused");
    case ErrorCode::ProcessStart: return QStringLiteral("process-start");
    case ErrorCode::ProcessFailed: return QStringLiteral("process-failed");
    case ErrorCode::QmpConnect: return QStringLiteral("qmp-connect");
    case ErrorCode::QmpProtocol: return QStringLiteral("qmp-protocol");
    case ErrorCode::QmpCommand: return QStringLiteral("qmp-command");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Canceled: return QStringLiteral("canceled");
    case ErrorCode::Crashed: return QStringLiteral("crashed");
    case ErrorCode::RuntimeDir: return QStringLiteral("runtime-dir");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    }
    return QStringLiteral("unknown");
}

Error errorFromJson(const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    const QString code = o.value(QLatin1String("code")).toString();
    ErrorCode c = ErrorCode::ProcessFailed;
    for (int i = 1; i <= int(ErrorCode::Unsupported); ++i) {
        if (errorCodeName(ErrorCode(i)) == code)
            c = ErrorCode(i);
    }
    return Error(c, o.value(QLatin1String("message")).toString(),
                 o.value(QLatin1String("details")).toString());
}

} // namespace Engine
