// ApplianceTransfer: the Import and Export actions of the main window. Import asks for an
// appliance (.ova, .ovf, .zip) and runs Appliances::ImportJob into the library; Export asks
// where to write a VM as OVA (OVF 1.0), an OVF folder or a zip bundle and runs
// Appliances::ExportJob. Both show progress, can be canceled and show failures with their
// details (JobDialog). Modal; GUI thread.
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
    /// Imports `sourcePath` (asks for it when empty); the new VM, or nothing when canceled
    /// or failed (the failure was shown).
    static std::optional<Engine::VmBundle> importAppliance(QWidget *parent,
                                                           const Engine::VmLibrary &library,
                                                           QString sourcePath = {});
    /// Exports the VM `name` to `targetPath` (asks for it when empty); whether it worked.
    static bool exportVm(QWidget *parent, const Engine::VmLibrary &library, const QString &name,
                         QString targetPath = {});
};

} // namespace App
