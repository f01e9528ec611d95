#include "app/common/jobdialog.h"

#include "app/common/errordialog.h"
#include "engine/core/job.h"

#include <QEventLoop>
#include <QProgressDialog>

namespace App {

JobDialog::Outcome JobDialog::run(QWidget *parent, Engine::Job *job, bool showFailure)
{
    QProgressDialog dialog(job->title(), tr("Cancel"), 0, 100, parent);
    dialog.setObjectName(QStringLiteral("jobDialog"));
    dialog.setWindowTitle(job->title());
    dialog.setAccessibleName(job->title());
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    QEventLoop loop;
    QObject::connect(job, &Engine::Job::progressChanged, &dialog,
                     [&dialog, job](int percent, const QString &stage) {
                         if (percent < 0) {
                             dialog.setRange(0, 0);
                         } else {
                             dialog.setRange(0, 100);
                             dialog.setValue(percent);
                         }
                         dialog.setLabelText(stage.isEmpty() ? job->title() : stage);
                     });
    QObject::connect(&dialog, &QProgressDialog::canceled, job, &Engine::Job::cancel);
    QObject::connect(job, &Engine::Job::finished, &loop, &QEventLoop::quit);
    if (job->state() == Engine::Job::State::Idle)
        job->start();
    if (!job->isFinished())
        loop.exec();
    dialog.close();

    switch (job->state()) {
    case Engine::Job::State::Succeeded:
        return Outcome::Succeeded;
    case Engine::Job::State::Canceled:
        return Outcome::Canceled;
    default:
        if (showFailure)
            showError(parent, job->title(), job->error());
        return Outcome::Failed;
    }
}

} // namespace App
