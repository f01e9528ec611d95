#include "app/ctl/output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace Ctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(emanonctl)
};

int g_sigPipe[2] = {-1, -1};
void onSigint(int)
{
    const char c = 1;
    (void)::write(g_sigPipe[1], &c, 1);
}
} // namespace

void out(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void outJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                        : QJsonDocument(value.toObject());
    QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

int exitCodeFor(Engine::ErrorCode code)
{
    using Engine::ErrorCode;
    switch (code) {
    case ErrorCode::None: return kOk;
    case ErrorCode::InvalidArgument: return kUsage;
    case ErrorCode::NotFound: return kNotFound;
    case ErrorCode::StateRefused:
    case ErrorCode::Locked:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Unsupported: return kRefused;
    case ErrorCode::ProcessStart:
    case ErrorCode::ProcessFailed:
    case ErrorCode::Crashed:
    case ErrorCode::QmpConnect:
    case ErrorCode::QmpCommand:
    case ErrorCode::QmpProtocol: return kQemu;
    case ErrorCode::Timeout: return kTimeout;
    case ErrorCode::Canceled: return kCanceled;
    default: return kFailed;
    }
}

int fail(const Engine::Error &error, bool verbose)
{
    QTextStream err(stderr);
    err << "emanonctl: " << error.message << Qt::endl;
    if (verbose && !error.details.isEmpty()) {
        for (const QString &line : error.details.split(QLatin1Char('\n')))
            err << "  " << line << Qt::endl;
    } else if (!error.details.isEmpty()) {
        err << Tr::tr("  (run with --verbose for details)") << Qt::endl;
    }
    return exitCodeFor(error.code);
}

int runJob(Engine::Job *job, bool verbose)
{
    // Ctrl+C cancels the job instead of killing us, so it can clean up after itself.
    if (g_sigPipe[0] < 0 && ::pipe(g_sigPipe) != 0)
        g_sigPipe[0] = -1;
    QSocketNotifier notifier(g_sigPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, job, [job] {
        char c;
        (void)::read(g_sigPipe[0], &c, 1);
        QTextStream(stderr) << Tr::tr("Canceling...") << Qt::endl;
        job->cancel();
    });
    struct sigaction sa {};
    sa.sa_handler = onSigint;
    struct sigaction old {};
    ::sigaction(SIGINT, &sa, &old);

    const bool tty = ::isatty(STDERR_FILENO);
    int lastPrinted = -100;
    QObject::connect(job, &Engine::Job::progressChanged, job,
                     [&](int percent, const QString &stage) {
                         QTextStream err(stderr);
                         const QString label = stage.isEmpty() ? job->title() : stage;
                         if (tty) {
                             err << "\r\033[K" << (percent < 0 ? QStringLiteral("[ ... ]")
                                                               : QStringLiteral("[%1%]").arg(percent, 3))
                                 << ' ' << label << Qt::flush;
                         } else if (percent >= lastPrinted + 10 || percent == 100) {
                             err << QStringLiteral("[%1%] ").arg(percent, 3) << label << Qt::endl;
                             lastPrinted = percent;
                         }
                     });
    job->start();
    job->waitForFinished();
    ::sigaction(SIGINT, &old, nullptr);
    if (tty)
        QTextStream(stderr) << "\r\033[K" << Qt::flush;
    if (job->state() == Engine::Job::State::Succeeded)
        return kOk;
    return fail(job->error(), verbose);
}

} // namespace Ctl
