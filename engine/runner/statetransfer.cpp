#include "engine/runner/statetransfer.h"

#include "engine/qmp/qmpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

#include <cstdio>
#include <unistd.h>

namespace Engine {

namespace {
constexpr int kPollMs = 200;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Engine::VmRunner)
};

QJsonObject eventsCapability()
{
    return {{QStringLiteral("capabilities"),
             QJsonArray{QJsonObject{{QStringLiteral("capability"), QStringLiteral("events")},
                                    {QStringLiteral("state"), true}}}}};
}
} // namespace

QString execCatUri(const QString &file)
{
    QString quoted = file;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("exec:cat '%1'").arg(quoted);
}

void captureThumbnail(QmpClient *qmp, const QString &path, std::function<void(const Status &)> done)
{
    const QFileInfo target(path);
    const QString temp = target.absolutePath() + QStringLiteral("/.") + target.fileName()
                         + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid());
    qmp->execute(QStringLiteral("screendump"),
                 {{QStringLiteral("filename"), temp}, {QStringLiteral("format"), QStringLiteral("png")}},
                 [temp, path, done](const Result<QJsonValue> &r) {
                     Status s;
                     if (!r) {
                         QFile::remove(temp);
                         s = Error(r.error().code, Tr::tr("The screen could not be captured."),
                                   r.error().toString());
                     } else if (std::rename(QFile::encodeName(temp).constData(),
                                            QFile::encodeName(path).constData())
                                != 0) {
                         QFile::remove(temp);
                         s = Error(ErrorCode::Io, Tr::tr("The screen could not be captured."),
                                   path);
                     }
                     if (done)
                         done(s);
                 });
}

// ---- suspend ------------------------------------------------------------------------------

SuspendOperation::SuspendOperation(QmpClient *qmp, const QString &bundlePath,
                                   const QString &runtimeDir, const VmConfig &config,
                                   bool guestPaused, QObject *parent)
    : QObject(parent), m_qmp(qmp), m_bundlePath(bundlePath),
      m_socketPath(runtimeDir + QStringLiteral("/vmstate.sock")), m_config(config),
      m_guestPaused(guestPaused)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SuspendOperation::poll);
}

SuspendOperation::~SuspendOperation()
{
    if (!m_ended) {
        m_file.close();
        QFile::remove(SavedState::partialStreamPath(m_bundlePath));
    }
}

void SuspendOperation::start()
{
    // A running VM has no saved state (a restore drops it); anything left is stale.
    (void)SavedState::discard(m_bundlePath);
    QDir().mkpath(SavedState::dir(m_bundlePath));
    m_file.setFileName(SavedState::partialStreamPath(m_bundlePath));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        end(Error(ErrorCode::Io, Tr::tr("The saved state could not be written in the VM's folder."),
                  m_file.fileName() + QStringLiteral(": ") + m_file.errorString()));
        return;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_socketPath);
    if (!m_server->listen(m_socketPath)) {
        end(Error(ErrorCode::RuntimeDir, Tr::tr("The VM's state could not be saved."),
                  m_socketPath + QStringLiteral(": ") + m_server->errorString()));
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SuspendOperation::onConnection);
    Q_EMIT progress(0, Tr::tr("Capturing the screen"));
    // The thumbnail is a nicety: a VM without a display still suspends.
    captureThumbnail(m_qmp, SavedState::thumbnailPath(m_bundlePath),
                     [this, guard = QPointer<SuspendOperation>(this)](const Status &) {
                         if (guard && !m_ended)
                             startMigration();
                     });
}

void SuspendOperation::startMigration()
{
    m_qmp->execute(QStringLiteral("migrate-set-capabilities"), eventsCapability(),
                   [](const Result<QJsonValue> &) {});
    m_migrating = true;
    m_qmp->execute(QStringLiteral("migrate"),
                   {{QStringLiteral("uri"), QStringLiteral("unix:") + m_socketPath}},
                   [this, guard = QPointer<SuspendOperation>(this)](const Result<QJsonValue> &r) {
                       if (!guard || m_ended)
                           return;
                       if (!r) {
                           m_migrating = false;
                           fail(Error(r.error().code,
                                      Tr::tr("QEMU could not save the VM's state."),
                                      r.error().toString()));
                           return;
                       }
                       Q_EMIT progress(0, Tr::tr("Saving memory"));
                       m_poll.start();
                   });
}

void SuspendOperation::onConnection()
{
    QLocalSocket *s = m_server->nextPendingConnection();
    if (!s)
        return;
    if (m_stream) { // only QEMU connects; anything else is dropped
        s->abort();
        s->deleteLater();
        return;
    }
    m_stream = s;
    m_stream->setParent(this);
    m_server->close(); // nobody else may connect
    connect(m_stream, &QLocalSocket::readyRead, this, &SuspendOperation::onData);
    connect(m_stream, &QLocalSocket::disconnected, this, [this] {
        onData();
        m_streamDone = true;
        finishIfComplete();
    });
}

void SuspendOperation::onData()
{
    if (m_ended || !m_stream)
        return;
    const QByteArray chunk = m_stream->readAll();
    if (chunk.isEmpty())
        return;
    if (m_file.write(chunk) != chunk.size()) {
        fail(Error(ErrorCode::Io,
                   Tr::tr("The saved state could not be written (is the disk full?). The VM "
                          "keeps running."),
                   m_file.fileName() + QStringLiteral(": ") + m_file.errorString()));
        return;
    }
    m_hash.addData(chunk);
    m_bytes += chunk.size();
}

void SuspendOperation::poll()
{
    m_qmp->execute(QStringLiteral("query-migrate"), {},
                   [this, guard = QPointer<SuspendOperation>(this)](const Result<QJsonValue> &r) {
        if (!guard || m_ended || !r)
            return;
        const QJsonObject o = r->toObject();
        const QString status = o.value(QLatin1String("status")).toString();
        if (status == QLatin1String("completed")) {
            m_poll.stop();
            m_migrating = false;
            m_qemuDone = true;
            Q_EMIT progress(100, Tr::tr("Writing the saved state"));
            finishIfComplete();
        } else if (status == QLatin1String("failed")) {
            m_migrating = false;
            fail(Error(ErrorCode::QmpCommand,
                       Tr::tr("QEMU could not save the VM's state. The VM keeps running."),
                       o.value(QLatin1String("error-desc")).toString()));
        } else if (status == QLatin1String("cancelled")) {
            m_migrating = false;
            end(Error(ErrorCode::Canceled, Tr::tr("Suspending was canceled; the VM keeps running.")));
        } else {
            const QJsonObject ram = o.value(QLatin1String("ram")).toObject();
            const double total = ram.value(QLatin1String("total")).toDouble();
            const double remaining = ram.value(QLatin1String("remaining")).toDouble();
            if (total > 0)
                Q_EMIT progress(qBound(0, int((total - remaining) * 100 / total), 99),
                                Tr::tr("Saving memory"));
        }
    });
}

void SuspendOperation::finishIfComplete()
{
    if (m_ended || !m_qemuDone || !m_streamDone)
        return;
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0) {
        fail(Error(ErrorCode::Io, Tr::tr("The saved state could not be written (is the disk full?)."),
                   m_file.fileName() + QStringLiteral(": ") + m_file.errorString()));
        return;
    }
    m_file.close();
    SavedStateInfo info;
    info.sizeBytes = m_bytes;
    info.sha256 = QString::fromLatin1(m_hash.result().toHex());
    info.savedAt = QDateTime::currentDateTimeUtc();
    info.qemuVersion = m_qmp->qemuVersion();
    info.fingerprint = SavedState::fingerprint(m_config);
    info.guestPaused = m_guestPaused;
    if (m_bytes == 0) {
        fail(Error(ErrorCode::QmpProtocol, Tr::tr("QEMU wrote an empty saved state."), m_socketPath));
        return;
    }
    if (Status s = SavedState::commit(m_bundlePath, info); !s) {
        fail(s.error());
        return;
    }
    end(Error());
}

void SuspendOperation::cancel()
{
    if (m_ended)
        return;
    m_cancelRequested = true;
    if (!m_migrating) {
        end(Error(ErrorCode::Canceled, Tr::tr("Suspending was canceled; the VM keeps running.")));
        return;
    }
    m_qmp->execute(QStringLiteral("migrate_cancel"), {}, [](const Result<QJsonValue> &) {});
}

void SuspendOperation::fail(const Error &error)
{
    if (m_migrating)
        m_qmp->execute(QStringLiteral("migrate_cancel"), {}, [](const Result<QJsonValue> &) {});
    m_migrating = false;
    end(error);
}

void SuspendOperation::end(const Error &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_poll.stop();
    if (m_server)
        m_server->close();
    if (m_stream)
        m_stream->abort();
    if (error.code != ErrorCode::None) {
        m_file.close();
        QFile::remove(SavedState::partialStreamPath(m_bundlePath));
        QDir().rmdir(SavedState::dir(m_bundlePath));
    }
    Q_EMIT finished(error);
}

// ---- restore ------------------------------------------------------------------------------

RestoreOperation::RestoreOperation(QmpClient *qmp, const QString &streamPath,
                                   const SavedStateInfo &info, QObject *parent)
    : QObject(parent), m_qmp(qmp), m_streamPath(streamPath), m_info(info)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &RestoreOperation::poll);
}

void RestoreOperation::start()
{
    if (m_qmp->qemuVersion() != m_info.qemuVersion) {
        end(Error(ErrorCode::Unsupported,
                  Tr::tr("it was saved by QEMU %1 and this is QEMU %2.")
                      .arg(m_info.qemuVersion, m_qmp->qemuVersion())));
        return;
    }
    m_qmp->execute(QStringLiteral("migrate-set-capabilities"), eventsCapability(),
                   [](const Result<QJsonValue> &) {});
    m_qmp->execute(QStringLiteral("migrate-incoming"),
                   {{QStringLiteral("uri"), execCatUri(m_streamPath)}},
                   [this, guard = QPointer<RestoreOperation>(this)](const Result<QJsonValue> &r) {
                       if (!guard || m_ended)
                           return;
                       if (!r) {
                           end(Error(r.error().code, Tr::tr("QEMU refused to load it."),
                                     r.error().toString()));
                           return;
                       }
                       m_poll.start();
                   });
}

void RestoreOperation::poll()
{
    m_qmp->execute(QStringLiteral("query-migrate"), {},
                   [this, guard = QPointer<RestoreOperation>(this)](const Result<QJsonValue> &r) {
        if (!guard || m_ended || !r)
            return;
        const QJsonObject o = r->toObject();
        const QString status = o.value(QLatin1String("status")).toString();
        if (status == QLatin1String("completed"))
            end(Error());
        else if (status == QLatin1String("failed"))
            end(Error(ErrorCode::QmpCommand, Tr::tr("QEMU could not load it."),
                      o.value(QLatin1String("error-desc")).toString()));
    });
}

void RestoreOperation::end(const Error &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_poll.stop();
    Q_EMIT finished(error);
}

} // namespace Engine
