#include "app/mainwindow/appliancetransfer.h"

#include "app/common/jobdialog.h"
#include "appliances/jobs/exportjob.h"
#include "appliances/jobs/importjob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace App {

std::optional<Engine::VmBundle> ApplianceTransfer::importAppliance(QWidget *parent,
                                                                    const Engine::VmLibrary &library,
                                                                    QString sourcePath)
{
    if (sourcePath.isEmpty()) {
        sourcePath = QFileDialog::getOpenFileName(
            parent, tr("Import Appliance"), QDir::homePath(),
            tr("Appliances (*.ova *.ovf *.zip);;All files (*)"));
        if (sourcePath.isEmpty())
            return std::nullopt;
    }
    Appliances::ImportOptions options;
    options.sourcePath = sourcePath;
    options.libraryRoot = library.root();
    // Deleted from the event loop: the job's worker may still deliver its last events.
    auto *job = new Appliances::ImportJob(options);
    const bool ok = JobDialog::run(parent, job) == JobDialog::Outcome::Succeeded;
    const Engine::VmBundle bundle = job->bundle();
    job->deleteLater();
    if (!ok)
        return std::nullopt;
    return bundle;
}

bool ApplianceTransfer::exportVm(QWidget *parent, const Engine::VmLibrary &library,
                                 const QString &name, QString targetPath)
{
    if (targetPath.isEmpty()) {
        QString filter;
        targetPath = QFileDialog::getSaveFileName(
            parent, tr("Export %1").arg(name), QDir::home().filePath(name + QStringLiteral(".ova")),
            tr("OVA appliance (*.ova);;OVF folder (*.ovf);;Emanon bundle as zip (*.zip)"), &filter);
        if (targetPath.isEmpty())
            return false;
    }
    Appliances::ExportOptions options;
    options.libraryRoot = library.root();
    options.vm = name;
    options.targetPath = targetPath;
    const QString suffix = QFileInfo(targetPath).suffix().toLower();
    options.format = suffix == QLatin1String("zip")   ? Appliances::ExportOptions::Format::Zip
                     : suffix == QLatin1String("ovf") ? Appliances::ExportOptions::Format::Ovf
                                                      : Appliances::ExportOptions::Format::Ova;
    auto *job = new Appliances::ExportJob(options);
    const bool ok = JobDialog::run(parent, job) == JobDialog::Outcome::Succeeded;
    job->deleteLater();
    return ok;
}

} // namespace App
