#include "engine/migration/migrationtarget.h"

#include "engine/core/atomicfile.h"
#include "engine/migration/migrationtr.h"
#include "engine/runner/vmcontrol.h"
#include "engine/storage/diskimage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace Engine {

using MigrationPrivate::Tr;

namespace {
constexpr int kLaunchTimeoutMs = 60000;

QJsonObject errorJson(const Error &e)
{
    return {{QStringLiteral("code"), errorCodeName(e.code)},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("details"), e.details}};
}

/// A free TCP port on `address` (QEMU then binds it; the window between is tiny).
int freePort(const QHostAddress &address)
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return -1;
    return probe.serverPort();
}

QHostAddress bindAddress(const QString &address)
{
    QHostAddress a(address);
    return a.isNull() ? QHostAddress(QHostAddress::AnyIPv4) : a;
}
} // namespace

MigrationTarget::MigrationTarget(VmLibrary library, int inputFd, QFile *output, QObject *parent)
    : QObject(parent), m_library(std::move(library)), m_inputFd(inputFd), m_output(output)
{
}

MigrationTarget::~MigrationTarget() = default;

void MigrationTarget::emitLine(const QJsonObject &o)
{
    m_output->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    m_output->flush();
}

bool MigrationTarget::readInput()
{
    char buf[4096];
    const ssize_t n = ::read(m_inputFd, buf, sizeof buf);
    if (n <= 0) {
        m_inputEnded = true;
        return false;
    }
    m_inputBuffer.append(buf, n);
    return true;
}

Result<QJsonObject> MigrationTarget::readRequest()
{
    // The first request comes before anything else happens: a blocking read is fine.
    while (!m_inputBuffer.contains('\n') && readInput()) {
    }
    const qsizetype nl = m_inputBuffer.indexOf('\n');
    const QByteArray line = nl < 0 ? m_inputBuffer : m_inputBuffer.left(nl);
    m_inputBuffer.remove(0, nl < 0 ? m_inputBuffer.size() : nl + 1);
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("The migration request from the source host is malformed."),
                     QString::fromUtf8(line.left(200)));
    }
    return doc.object();
}

Status MigrationTarget::run()
{
    auto request = readRequest();
    Status s = request ? prepare(*request) : Status(request.error());
    if (s)
        s = waitForFinish();
    if (s)
        s = finish();
    if (!s) {
        abort();
        emitLine({{QStringLiteral("event"), QStringLiteral("error")},
                  {QStringLiteral("error"), errorJson(s.error())}});
        return s;
    }
    emitLine({{QStringLiteral("event"), QStringLiteral("running")},
              {QStringLiteral("bundle"), m_bundle.path},
              {QStringLiteral("resumeDelayMs"), m_receivedAt.isValid() ? m_receivedAt.elapsed() : -1}});
    // The disk exports served the source's mirror, which ended before "finish": they go now,
    // after the guest runs, so that they do not add to its pause ("hard": the source's NBD
    // client may not have hung up yet).
    for (const QString &id : std::as_const(m_exports))
        (void)qmp(QStringLiteral("block-export-del"), {{QStringLiteral("id"), id},
                                                      {QStringLiteral("mode"), QStringLiteral("hard")}});
    if (!m_exports.isEmpty())
        (void)qmp(QStringLiteral("nbd-server-stop"));
    return {};
}

Status MigrationTarget::prepare(const QJsonObject &request)
{
    if (Status s = createBundle(request); !s)
        return s;
    return startIncoming(request);
}

Status MigrationTarget::createBundle(const QJsonObject &request)
{
    auto config = VmConfig::fromJsonObject(request.value(QLatin1String("vm")).toObject());
    if (!config)
        return config.error();
    if (Status s = m_library.ensureExists(); !s)
        return s;
    for (const QString &key : {config->uuid.toString(QUuid::WithoutBraces), config->name}) {
        if (m_library.open(key)) {
            return Error(ErrorCode::AlreadyExists,
                         Tr::tr("This host already has a VM named \"%1\" (or with its id). "
                                "Rename or delete it there first.")
                             .arg(config->name));
        }
    }
    const QString finalPath = m_library.root() + QLatin1Char('/') + config->name
                              + QStringLiteral(".emanon");
    const QString staging = m_library.root() + QStringLiteral("/.migrating-")
                            + config->uuid.toString(QUuid::WithoutBraces);
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging + QStringLiteral("/disks"))) {
        return Error(ErrorCode::Io, Tr::tr("The VM library on this host is not writable."),
                     staging);
    }
    m_bundle = VmBundle{staging, *config};
    if (!request.value(QLatin1String("shared")).toBool()) {
        const QJsonArray disks = request.value(QLatin1String("disks")).toArray();
        for (const QJsonValue &v : disks) {
            const QJsonObject d = v.toObject();
            const QString node = d.value(QLatin1String("node")).toString();
            for (const DiskConfig &dc : std::as_const(config->disks)) {
                if (dc.node != node)
                    continue;
                // An empty image of the same virtual size: the source mirrors every block.
                QProcess img;
                img.start(QStringLiteral("qemu-img"),
                          {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                           dc.format, m_bundle.diskPath(dc),
                           QString::number(d.value(QLatin1String("virtualSize")).toInteger())});
                if (!img.waitForFinished(60000) || img.exitCode() != 0) {
                    QDir(staging).removeRecursively();
                    return Error(ErrorCode::ProcessFailed,
                                 Tr::tr("The disk %1 could not be created on this host.").arg(node),
                                 QString::fromLocal8Bit(img.readAllStandardError()));
                }
            }
        }
    }
    if (Status s = writeFileAtomic(staging + QStringLiteral("/vm.json"), config->toJson()); !s) {
        QDir(staging).removeRecursively();
        return s;
    }
    if (QFileInfo::exists(finalPath) || !QDir().rename(staging, finalPath)) {
        QDir(staging).removeRecursively();
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("The VM's folder could not be created in the library of this host."),
                     finalPath);
    }
    m_bundle.path = finalPath;
    m_bundleCreated = true;
    return {};
}

Result<QJsonValue> MigrationTarget::qmp(const QString &command, const QJsonObject &args)
{
    return m_control->request(QStringLiteral("qmp"), {{QStringLiteral("execute"), command},
                                                      {QStringLiteral("arguments"), args}});
}

Status MigrationTarget::startIncoming(const QJsonObject &request)
{
    auto info = VmControl::launch(m_bundle.path, m_bundle.config, {}, kLaunchTimeoutMs,
                                  QStringLiteral("defer"));
    if (!info)
        return info.error();
    m_launched = true;
    m_control = new VmControl(this);
    if (Status s = m_control->connectTo(info->controlSocket); !s)
        return s;
    connect(m_control, &VmControl::eventReceived, this, [this](const QJsonObject &e) {
        if (e.value(QLatin1String("name")).toString() != QLatin1String("MIGRATION"))
            return;
        m_migrationStatus = e.value(QLatin1String("data")).toObject().value(QLatin1String("status")).toString();
        if (m_migrationStatus == QLatin1String("completed") && !m_receivedAt.isValid())
            m_receivedAt.start();
    });

    const QString address = request.value(QLatin1String("address")).toString();
    const QHostAddress bind = bindAddress(address);
    const QString host = bind.toString();
    auto check = [](const Result<QJsonValue> &r) -> Status {
        if (!r)
            return r.error();
        return {};
    };
    if (Status s = check(qmp(QStringLiteral("migrate-set-capabilities"),
                             {{QStringLiteral("capabilities"),
                               QJsonArray{QJsonObject{{QStringLiteral("capability"), QStringLiteral("events")},
                                                      {QStringLiteral("state"), true}}}}}));
        !s)
        return s;
    const QString tlsDir = request.value(QLatin1String("tlsDir")).toString();
    if (!tlsDir.isEmpty()) {
        if (Status s = check(qmp(QStringLiteral("object-add"),
                                 {{QStringLiteral("qom-type"), QStringLiteral("tls-creds-x509")},
                                  {QStringLiteral("id"), QStringLiteral("mig-tls")},
                                  {QStringLiteral("dir"), tlsDir},
                                  {QStringLiteral("endpoint"), QStringLiteral("server")},
                                  {QStringLiteral("verify-peer"), true}}));
            !s)
            return s;
        if (Status s = check(qmp(QStringLiteral("migrate-set-parameters"),
                                 {{QStringLiteral("tls-creds"), QStringLiteral("mig-tls")}}));
            !s)
            return s;
    }
    QJsonObject ready{{QStringLiteral("event"), QStringLiteral("ready")}};
    if (!request.value(QLatin1String("shared")).toBool() && !m_bundle.config.disks.isEmpty()) {
        const int nbdPort = freePort(bind);
        const QJsonObject addr{{QStringLiteral("type"), QStringLiteral("inet")},
                               {QStringLiteral("data"),
                                QJsonObject{{QStringLiteral("host"), host},
                                            {QStringLiteral("port"), QString::number(nbdPort)}}}};
        if (Status s = check(qmp(QStringLiteral("nbd-server-start"), {{QStringLiteral("addr"), addr}})); !s)
            return s;
        for (const DiskConfig &d : std::as_const(m_bundle.config.disks)) {
            if (d.readOnly)
                continue;
            const QString id = QStringLiteral("mig-") + d.node;
            if (Status s = check(qmp(QStringLiteral("block-export-add"),
                                     {{QStringLiteral("type"), QStringLiteral("nbd")},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("node-name"), d.node},
                                      {QStringLiteral("name"), d.node},
                                      {QStringLiteral("writable"), true}}));
                !s)
                return s;
            m_exports << id;
        }
        ready.insert(QStringLiteral("nbd"), QJsonObject{{QStringLiteral("host"), host},
                                                        {QStringLiteral("port"), nbdPort}});
    }
    const QString uri = QStringLiteral("tcp:%1:%2").arg(host).arg(freePort(bind));
    if (Status s = check(qmp(QStringLiteral("migrate-incoming"), {{QStringLiteral("uri"), uri}})); !s)
        return s;
    ready.insert(QStringLiteral("uri"), uri);
    emitLine(ready);
    return {};
}

Status MigrationTarget::waitForFinish()
{
    QEventLoop loop;
    bool finishAsked = false;
    QSocketNotifier notifier(m_inputFd, QSocketNotifier::Read);
    auto decide = [&] {
        if (m_migrationStatus == QLatin1String("failed") || m_migrationStatus == QLatin1String("cancelled")
            || m_inputEnded || (finishAsked && m_migrationStatus == QLatin1String("completed")))
            loop.quit();
    };
    connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        if (!readInput())
            notifier.setEnabled(false);
        qsizetype nl;
        while ((nl = m_inputBuffer.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(m_inputBuffer.left(nl)).object();
            m_inputBuffer.remove(0, nl + 1);
            const QString op = o.value(QLatin1String("op")).toString();
            if (op == QLatin1String("finish"))
                finishAsked = true;
            else if (op == QLatin1String("abort"))
                m_inputEnded = true;
        }
        decide();
    });
    connect(m_control, &VmControl::eventReceived, &loop, [&] { decide(); });
    bool vmGone = false;
    connect(m_control, &VmControl::disconnected, &loop, [&] {
        vmGone = true;
        loop.quit();
    });
    decide();
    if (!finishAsked || m_migrationStatus != QLatin1String("completed"))
        loop.exec();
    if (vmGone) {
        return Error(ErrorCode::Crashed,
                     Tr::tr("The VM process on the target host ended during the migration."));
    }
    if (m_migrationStatus == QLatin1String("failed") || m_migrationStatus == QLatin1String("cancelled")) {
        auto q = qmp(QStringLiteral("query-migrate"));
        return Error(ErrorCode::ProcessFailed,
                     Tr::tr("The target host could not receive the VM."),
                     q ? q->toObject().value(QLatin1String("error-desc")).toString() : QString());
    }
    if (m_inputEnded && !finishAsked)
        return Error(ErrorCode::Canceled, Tr::tr("The source host ended the migration."));
    return {};
}

Status MigrationTarget::finish()
{
    auto r = qmp(QStringLiteral("cont"));
    if (!r)
        return r.error();
    return {};
}

void MigrationTarget::abort()
{
    if (m_launched) {
        const VmRunInfo info = VmControl::query(m_bundle.path, m_bundle.config);
        if (m_control)
            (void)m_control->request(QStringLiteral("kill"), {}, 5000);
        QElapsedTimer t;
        t.start();
        while (VmLock::isLocked(m_bundle.path) && t.elapsed() < 10000)
            QThread::msleep(50);
        if (VmLock::isLocked(m_bundle.path))
            (void)VmControl::terminateOrphan(m_bundle.path, m_bundle.config, info);
    }
    // Only the bundle this migration made: it never held anything but the incoming copy.
    if (m_bundleCreated)
        QDir(m_bundle.path).removeRecursively();
}

} // namespace Engine
