// emanonctl import / export: appliances (OVA, OVF folder, zip bundle).
#include "app/ctl/invocation.h"

#include "appliances/jobs/exportjob.h"
#include "appliances/jobs/importjob.h"

#include <QFileInfo>

using namespace Engine;
using namespace Appliances;

namespace Ctl {

namespace {

QString kindLabel(ReportLine::Kind kind)
{
    switch (kind) {
    case ReportLine::Kind::Changed:
        return Tr::tr("changed");
    case ReportLine::Kind::Dropped:
        return Tr::tr("left out");
    case ReportLine::Kind::Warning:
        return Tr::tr("WARNING");
    case ReportLine::Kind::Info:
        break;
    }
    return Tr::tr("note");
}

void printPlan(const ImportPlan &plan, bool toStderr)
{
    QTextStream s(toStderr ? stderr : stdout);
    const VmConfig &c = plan.config;
    s << Tr::tr("VM:       %1 (profile %2)").arg(c.name, c.profile) << Qt::endl;
    s << Tr::tr("Hardware: %1 CPU(s), %2 MiB, %3 disk(s), %4 network card(s), sound %5")
             .arg(c.cpu.count).arg(c.memoryMiB).arg(c.disks.size()).arg(c.nics.size()).arg(c.sound)
      << Qt::endl;
    for (const ImportDisk &d : plan.disks)
        s << Tr::tr("Disk:     %1 <- %2 (%3 bytes)").arg(d.node, d.fileHref.isEmpty() ? Tr::tr("new blank disk") : d.fileHref)
                 .arg(d.capacityBytes) << Qt::endl;
    for (const ReportLine &l : plan.report)
        s << QStringLiteral("[%1] ").arg(kindLabel(l.kind)) << l.text << Qt::endl;
}

/// A damaged or hostile appliance is a failed operation (1), not a usage error (2).
int failed(const Invocation &inv, const Error &error)
{
    const int rc = inv.error(error);
    return rc == kUsage ? kFailed : rc;
}

int cmdImport(const Invocation &inv)
{
    if (inv.args.size() != 1)
        return inv.usage(Tr::tr("import FILE [--name N] [--profile P] [--dry-run] [--no-verify] [--accept-eula]"));
    ImportOptions o;
    o.sourcePath = QFileInfo(inv.args[0]).absoluteFilePath();
    o.libraryRoot = inv.libraryRoot;
    o.name = inv.opt(QStringLiteral("name"));
    o.profile = inv.opt(QStringLiteral("profile"));
    o.verify = !inv.has(QStringLiteral("no-verify"));
    o.acceptEula = inv.has(QStringLiteral("accept-eula"));
    Result<ImportPlan> plan = ImportJob::inspect(o);
    if (!plan)
        return failed(inv, plan.error());
    if (inv.has(QStringLiteral("dry-run"))) {
        printPlan(*plan, false);
        for (const QString &eula : plan->eulas)
            out(Tr::tr("License agreement (accept with --accept-eula):") + QLatin1Char('\n') + eula);
        return kOk;
    }
    if (!plan->eulas.isEmpty() && !o.acceptEula) {
        for (const QString &eula : plan->eulas)
            QTextStream(stderr) << eula << Qt::endl;
        return inv.error(Error(ErrorCode::StateRefused,
                               Tr::tr("The appliance has the license agreement above. Read it and run the "
                                      "import again with --accept-eula to accept it.")));
    }
    if (!o.verify)
        QTextStream(stderr) << Tr::tr("WARNING: importing WITHOUT verifying the appliance's manifest (--no-verify).")
                            << Qt::endl;
    ImportJob job(o);
    const int rc = runJob(&job, inv.verbose);
    if (rc == kUsage)
        return kFailed; // runJob printed the error
    if (rc != kOk)
        return rc;
    printPlan(job.plan(), true);
    out(Tr::tr("Imported \"%1\" into %2").arg(job.bundle().name(), job.bundle().path));
    return kOk;
}

int cmdExport(const Invocation &inv)
{
    if (inv.args.size() != 2)
        return inv.usage(Tr::tr("export VM FILE [--format ova|ovf|zip] [--ovf-version 1.0|2.0] [--digest sha1|sha256] "
                                "[--snapshot SNAP] [--sign KEY --cert CERT]"));
    ExportOptions o;
    o.libraryRoot = inv.libraryRoot;
    o.vm = inv.args[0];
    o.targetPath = QFileInfo(inv.args[1]).absoluteFilePath();
    const QString format = inv.has(QStringLiteral("format")) ? inv.opt(QStringLiteral("format")).toLower()
                           : o.targetPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? QStringLiteral("zip")
                           : o.targetPath.endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive) ? QStringLiteral("ovf")
                                                                                                : QStringLiteral("ova");
    if (format == QLatin1String("ova"))
        o.format = ExportOptions::Format::Ova;
    else if (format == QLatin1String("ovf"))
        o.format = ExportOptions::Format::Ovf;
    else if (format == QLatin1String("zip"))
        o.format = ExportOptions::Format::Zip;
    else
        return inv.usage(Tr::tr("--format is ova, ovf or zip."));
    o.snapshot = inv.opt(QStringLiteral("snapshot"));
    const QString version = inv.opt(QStringLiteral("ovf-version"));
    if (version == QLatin1String("2.0"))
        o.ovfVersion = OvfVersion::V2;
    else if (!version.isEmpty() && version != QLatin1String("1.0"))
        return inv.usage(Tr::tr("--ovf-version is 1.0 or 2.0."));
    const QString digest = inv.opt(QStringLiteral("digest")).toLower();
    if (digest == QLatin1String("sha1"))
        o.digest = DigestAlgorithm::Sha1;
    else if (!digest.isEmpty() && digest != QLatin1String("sha256"))
        return inv.usage(Tr::tr("--digest is sha1 or sha256."));
    o.signKeyPath = inv.has(QStringLiteral("sign")) ? QFileInfo(inv.opt(QStringLiteral("sign"))).absoluteFilePath() : QString();
    o.signCertPath = inv.has(QStringLiteral("cert")) ? QFileInfo(inv.opt(QStringLiteral("cert"))).absoluteFilePath() : QString();
    ExportJob job(o);
    const int rc = runJob(&job, inv.verbose);
    if (rc != kOk)
        return rc;
    for (const QString &f : job.outputs())
        out(Tr::tr("Wrote %1").arg(f));
    return kOk;
}

} // namespace

int cmdAppliance(const Invocation &inv)
{
    return inv.command == QLatin1String("import") ? cmdImport(inv) : cmdExport(inv);
}

} // namespace Ctl
