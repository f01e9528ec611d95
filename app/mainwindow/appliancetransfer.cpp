#include "app/mainwindow/appliancetransfer.h"

#include "app/appliance/exportdialog.h"
#include "app/appliance/importwizard.h"
#include "app/common/errordialog.h"

namespace App {

std::optional<Engine::VmBundle> ApplianceTransfer::importAppliance(QWidget *parent,
                                                                    const Engine::VmLibrary &library,
                                                                    QString sourcePath)
{
    ImportApplianceWizard wizard(library, sourcePath, parent);
    wizard.exec();
    return wizard.imported(); // set when the import worked, however the wizard was closed
}

bool ApplianceTransfer::exportVm(QWidget *parent, const Engine::VmLibrary &library,
                                 const QString &name, QString targetPath)
{
    const Engine::Result<Engine::VmBundle> vm = library.open(name);
    if (!vm) {
        showError(parent, tr("Export %1").arg(name), vm.error());
        return false;
    }
    ExportApplianceDialog dialog(library, *vm, parent);
    if (!targetPath.isEmpty())
        dialog.setTargetPath(targetPath);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace App
