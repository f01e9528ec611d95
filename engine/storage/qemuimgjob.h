// QemuImgJob: one qemu-img run (create, convert) as an Engine::Job.
//
// Runs on the thread that owns it and drives QProcess asynchronously; signal order is Job's
// (started -> progressChanged* -> succeeded / failed / canceled -> finished). Failures found
// before qemu-img runs (bad arguments, missing binary, output already there) are delivered
// from the event loop after started(), never from inside start(), so callers may connect,
// start and only then wait. The job owns the output it creates and removes it again on failure,
// cancel or destruction; it never removes a file that existed before it started.
#pragma once

#include "engine/core/job.h"
#include "engine/core/result.h"

#include <QByteArray>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace Engine {

/// Accumulates qemu-img `-p` output across pipe reads. A progress record may be split over two
/// reads; the percentage never goes backwards. Pure, no I/O.
class QemuImgProgress
{
public:
    /// Feeds one chunk of stdout. Returns the new percentage when it rose, else -1.
    int feed(const QByteArray &chunk);
    /// Highest percentage seen so far, or -1.
    [[nodiscard]] int percent() const { return m_percent; }

private:
    QByteArray m_tail;
    int m_percent = -1;
};

/// Runs qemu-img for one operation. Progress is parsed from `-p` output
/// ("    (12.34/100%)\r"); cancel() sends SIGTERM and SIGKILL after 2 s, then removes the
/// partial output this job created. A failure carries qemu-img's stderr in Error::details.
class QemuImgJob : public Job
{
    Q_OBJECT
public:
    /// What the job does with its output path: decides what success commits and what a
    /// failure or cancel removes.
    enum class Output
    {
        None = 0, ///< no output file: nothing is created or removed
        /// outputPath is created exclusively at start (refused with AlreadyExists when it is
        /// there) and qemu-img writes into it; removed on failure/cancel.
        Reserve,
        /// stagingPath (a directory) is created exclusively at start and qemu-img writes
        /// stagingPath/<file name of outputPath>; on success that file is renamed to outputPath
        /// without overwriting and the directory removed; on failure/cancel the directory goes.
        /// A staged file keeps its final name, which matters for formats that embed it (vmdk).
        Staged,
    };
    Q_ENUM(Output)

    /// \a title is shown by progress displays ("Converting disk image"); \a arguments follow
    /// the qemu-img program name. The job is not started.
    QemuImgJob(const QString &title, const QStringList &arguments, QObject *parent = nullptr);
    ~QemuImgJob() override;

    /// Declares the output handling (see Output). Call before start().
    void setOutput(Output mode, const QString &outputPath, const QString &stagingPath = {});
    /// The translated sentence a qemu-img failure reports ("Could not convert …").
    void setFailureMessage(const QString &message);
    /// The stage shown while qemu-img runs ("Copying data").
    void setStage(const QString &stage);
    /// Makes the job fail with \a error once started, without running qemu-img. Used for
    /// problems found while building the job, so every caller sees them the same way.
    void setPresetError(const Error &error);

    [[nodiscard]] QString title() const override { return m_title; }
    /// The arguments after "qemu-img" (for logs and tests).
    [[nodiscard]] QStringList arguments() const { return m_arguments; }
    [[nodiscard]] Output outputMode() const { return m_outputMode; }
    [[nodiscard]] QString outputPath() const { return m_outputPath; }
    /// Where qemu-img writes while a Staged job runs: stagingPath/<file name of outputPath>.
    [[nodiscard]] QString stagedFilePath() const;
    /// stagingPath/<file name of outputPath>: where a Staged job's qemu-img must write.
    static QString stagedFilePath(const QString &outputPath, const QString &stagingPath);
    /// The error set with setPresetError(), code None when there is none.
    [[nodiscard]] const Error &presetError() const { return m_presetError; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void failSoon(const Error &error);
    Status prepareOutput();
    Status commitOutput();
    void discardOutput();
    void readStdout();
    void readStderr();
    void onProcessFinished(int exitCode, int exitStatus);
    void onProcessError(int processError);
    [[nodiscard]] QString stderrText() const;

    QString m_title;
    QStringList m_arguments;
    Output m_outputMode = Output::None;
    QString m_outputPath;
    QString m_stagingPath;
    QString m_failureMessage;
    QString m_stage;
    Error m_presetError;

    QProcess *m_process = nullptr;
    QTimer m_killTimer;
    QemuImgProgress m_progress;
    QByteArray m_stderr;
    bool m_outputCreated = false; ///< we created the reserved file / staging directory
};

} // namespace Engine
