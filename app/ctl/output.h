// Output of emanonctl: results on stdout, errors on stderr, progress lines for jobs.
#pragma once

#include "engine/core/error.h"
#include "engine/core/job.h"

#include <QJsonValue>
#include <QString>

namespace Ctl {

/// Exit codes (documented in docs/cli.md and `emanonctl --help`).
enum ExitCode {
    kOk = 0,
    kFailed = 1,    ///< the operation failed
    kUsage = 2,     ///< bad command line
    kNotFound = 3,  ///< no such VM, disk or file
    kRefused = 4,   ///< the VM's state (or a lock) does not allow it
    kQemu = 5,      ///< QEMU failed to start or crashed
    kTimeout = 6,
    kCanceled = 130,
};

void out(const QString &text);
void outJson(const QJsonValue &value);
/// Prints the error (details with verbose) and returns the exit code that fits it.
int fail(const Engine::Error &error, bool verbose);
int exitCodeFor(Engine::ErrorCode code);
/// Runs a job to its end, printing progress to stderr; Ctrl+C cancels it.
int runJob(Engine::Job *job, bool verbose);

} // namespace Ctl
