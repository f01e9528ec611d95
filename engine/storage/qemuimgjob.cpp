#include "engine/storage/qemuimgjob.h"

#include "engine/host/qemubinaries.h"
#include "engine/storage/diskimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace Engine {

namespace {
constexpr int kKillAfterMs = 2000;     // SIGTERM first; SIGKILL when qemu-img ignores it
constexpr int kMaxStderrBytes = 65536; // keep the end: that is where qemu-img says why
constexpr int kMaxTailBytes = 64;      // longer than one "    (100.00/100%)\r" record
} // namespace

int QemuImgProgress::feed(const QByteArray &chunk)
{
    QByteArray data = m_tail + chunk;
    const int found = DiskImage::parseProgress(data);
    // Keep the unfinished record (after the last separator) for the next read.
    const qsizetype cut = std::max(data.lastIndexOf('\r'), data.lastIndexOf('\n'));
    m_tail = cut >= 0 ? data.mid(cut + 1) : std::move(data);
    if (m_tail.size() > kMaxTailBytes)
        m_tail = m_tail.right(kMaxTailBytes);
    if (found <= m_percent)
        return -1;
    m_percent = found;
    return found;
}

QemuImgJob::QemuImgJob(const QString &title, const QStringList &arguments, QObject *parent)
    : Job(parent), m_title(title), m_arguments(arguments)
{
    m_failureMessage = tr("qemu-img failed.");
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(kKillAfterMs);
    m_killTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

QemuImgJob::~QemuImgJob()
{
    // Destroyed while running: no signals any more, but qemu-img must not outlive us and
    // the partial output must not stay behind.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(kKillAfterMs);
    }
    if (state() == State::Running)
        discardOutput();
}

void QemuImgJob::setOutput(Output mode, const QString &outputPath, const QString &stagingPath)
{
    m_outputMode = mode;
    m_outputPath = outputPath;
    m_stagingPath = stagingPath;
}

void QemuImgJob::setFailureMessage(const QString &message)
{
    m_failureMessage = message;
}

void QemuImgJob::setStage(const QString &stage)
{
    m_stage = stage;
}

void QemuImgJob::setPresetError(const Error &error)
{
    m_presetError = error;
}

QString QemuImgJob::stagedFilePath() const
{
    if (m_outputMode != Output::Staged)
        return {};
    return stagedFilePath(m_outputPath, m_stagingPath);
}

QString QemuImgJob::stagedFilePath(const QString &outputPath, const QString &stagingPath)
{
    return stagingPath + QLatin1Char('/') + QFileInfo(outputPath).fileName();
}

void QemuImgJob::doStart()
{
    if (m_presetError.code != ErrorCode::None) {
        failSoon(m_presetError);
        return;
    }
    const Result<QString> program = QemuBinaries::img();
    if (!program) {
        failSoon(program.error());
        return;
    }
    if (const Status prepared = prepareOutput(); !prepared) {
        failSoon(prepared.error());
        return;
    }

    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProgram(program.value());
    m_process->setArguments(m_arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &QemuImgJob::readStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &QemuImgJob::readStderr);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onProcessFinished(code, int(status));
    });
    connect(m_process, &QProcess::errorOccurred, this,
            [this](QProcess::ProcessError e) { onProcessError(int(e)); });

    reportProgress(-1, m_stage);
    m_process->start();
}

void QemuImgJob::doCancel()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        m_killTimer.start();
        return; // onProcessFinished() ends the job once qemu-img is really gone
    }
    // qemu-img never ran (a preset error is still queued): nothing to stop.
    discardOutput();
    finishCanceled();
}

void QemuImgJob::failSoon(const Error &error)
{
    // From the event loop, so start() never ends the job before it returns.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            discardOutput();
            finishFailure(error);
        },
        Qt::QueuedConnection);
}

Status QemuImgJob::prepareOutput()
{
    switch (m_outputMode) {
    case Output::None:
        return {};
    case Output::Reserve: {
        // O_EXCL: a file that appeared since the job was built is still never overwritten.
        QFile file(m_outputPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(m_outputPath)) {
                return Error(ErrorCode::AlreadyExists,
                             tr("%1 already exists. Choose another name or remove it first.")
                                 .arg(QDir::toNativeSeparators(m_outputPath)));
            }
            return Error(ErrorCode::Io,
                         tr("Could not create %1.").arg(QDir::toNativeSeparators(m_outputPath)),
                         file.errorString());
        }
        m_outputCreated = true;
        return {};
    }
    case Output::Staged: {
        if (QFileInfo::exists(m_outputPath)) {
            return Error(ErrorCode::AlreadyExists,
                         tr("%1 already exists. Choose another name or remove it first.")
                             .arg(QDir::toNativeSeparators(m_outputPath)));
        }
        if (QFileInfo::exists(m_stagingPath)) {
            return Error(ErrorCode::AlreadyExists,
                         tr("%1 is left over from an interrupted operation, or in use by one "
                            "that is running. Remove it when nothing uses it, then try again.")
                             .arg(QDir::toNativeSeparators(m_stagingPath)));
        }
        // mkdir fails when the directory appeared meanwhile: we only ever delete our own.
        if (!QDir().mkdir(m_stagingPath)) {
            return Error(
                ErrorCode::Io,
                tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_stagingPath)));
        }
        m_outputCreated = true;
        return {};
    }
    }
    return {};
}

Status QemuImgJob::commitOutput()
{
    if (m_outputMode != Output::Staged)
        return {};
    // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE or link()).
    if (!QFile::rename(stagedFilePath(), m_outputPath)) {
        if (QFileInfo::exists(m_outputPath)) {
            return Error(ErrorCode::AlreadyExists,
                         tr("%1 appeared while the operation ran and was left alone. Choose "
                            "another name.")
                             .arg(QDir::toNativeSeparators(m_outputPath)));
        }
        return Error(
            ErrorCode::Io,
            tr("Could not move the result to %1.").arg(QDir::toNativeSeparators(m_outputPath)));
    }
    QDir().rmdir(m_stagingPath);
    m_outputCreated = false;
    return {};
}

void QemuImgJob::discardOutput()
{
    if (!m_outputCreated)
        return;
    m_outputCreated = false;
    switch (m_outputMode) {
    case Output::None:
        break;
    case Output::Reserve:
        QFile::remove(m_outputPath);
        break;
    case Output::Staged:
        QDir(m_stagingPath).removeRecursively();
        break;
    }
}

void QemuImgJob::readStdout()
{
    const int percent = m_progress.feed(m_process->readAllStandardOutput());
    if (percent >= 0)
        reportProgress(percent, m_stage);
}

void QemuImgJob::readStderr()
{
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > kMaxStderrBytes)
        m_stderr = m_stderr.right(kMaxStderrBytes);
}

QString QemuImgJob::stderrText() const
{
    return QString::fromLocal8Bit(m_stderr).trimmed();
}

void QemuImgJob::onProcessFinished(int exitCode, int exitStatus)
{
    m_killTimer.stop();
    readStdout();
    readStderr();
    m_process->deleteLater();
    m_process = nullptr;

    // A clean exit wins over a cancel that came too late: the work is complete.
    if (exitStatus == QProcess::NormalExit && exitCode == 0) {
        if (const Status committed = commitOutput(); !committed) {
            discardOutput();
            finishFailure(committed.error());
            return;
        }
        reportProgress(100, m_stage);
        finishSuccess();
        return;
    }
    discardOutput();
    if (cancelRequested()) {
        finishCanceled();
        return;
    }
    QString details = stderrText();
    if (exitStatus != QProcess::NormalExit)
        details += QStringLiteral("\n(qemu-img was killed by a signal)");
    else if (details.isEmpty())
        details = QStringLiteral("qemu-img exited with status %1").arg(exitCode);
    finishFailure(Error(ErrorCode::ProcessFailed, m_failureMessage, details.trimmed()));
}

void QemuImgJob::onProcessError(int processError)
{
    // Only a failed start ends the job here; every other error is followed by finished().
    if (processError != QProcess::FailedToStart || !m_process)
        return;
    const QString details = m_process->errorString();
    m_process->deleteLater();
    m_process = nullptr;
    discardOutput();
    if (cancelRequested()) {
        finishCanceled();
        return;
    }
    finishFailure(Error(ErrorCode::ProcessStart,
                        tr("qemu-img could not be started. Check that the qemu-utils package "
                           "is installed correctly."),
                        details));
}

} // namespace Engine
