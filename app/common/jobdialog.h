// JobDialog: the one way the GUI shows a long Engine::Job (disk creation, conversion, clone):
// a modal progress dialog with the job's title and stage, a Cancel button that calls
// Job::cancel(), and the job's error (summary + details) when it fails.
#pragma once

#include <QCoreApplication>

class QWidget;

namespace Engine {
class Job;
}

namespace App {

class JobDialog
{
    Q_DECLARE_TR_FUNCTIONS(JobDialog)
public:
    enum class Outcome { Succeeded = 1, Failed, Canceled };

    /// Starts `job` (if not started) and runs a modal progress dialog until it ends. A failure
    /// is shown with its details before returning, unless `showFailure` is false (the caller
    /// then shows Job::error() itself).
    static Outcome run(QWidget *parent, Engine::Job *job, bool showFailure = true);
};

} // namespace App
