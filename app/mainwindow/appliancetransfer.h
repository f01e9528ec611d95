// ApplianceTransfer: the Import and Export actions of the main window. Import opens the import
// wizard (app/appliance/importwizard.h: file, report and licenses, name, progress) into the
// library; Export opens the export dialog (format, OVF version, digest, snapshot, signing) and
// runs Appliances::ExportJob with progress and cancel. Modal; GUI thread.
#pragma once

#include "engine/library/vmlibrary.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace App {

class ApplianceTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ApplianceTransfer)
public:
    /// The import wizard, on `sourcePath` when given (else it asks for the file); the new VM,
    /// or nothing when canceled or failed (the wizard showed why).
    static std::optional<Engine::VmBundle> importAppliance(QWidget *parent,
                                                           const Engine::VmLibrary &library,
                                                           QString sourcePath = {});
    /// The export dialog for the VM `name`, `targetPath` filled in when given; whether it worked.
    static bool exportVm(QWidget *parent, const Engine::VmLibrary &library, const QString &name,
                         QString targetPath = {});
};

} // namespace App
