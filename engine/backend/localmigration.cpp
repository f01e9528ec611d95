// LocalQemuBackend and the base VmBackend: moving VMs to other hosts (engine/migration).
#include "engine/backend/vmbackend.h"

#include "engine/migration/livemigrationjob.h"
#include "engine/migration/migrationtr.h"
#include "engine/migration/quickmigrationjob.h"

#include <QFileInfo>

namespace Engine {

Result<MigrationJob *> VmBackend::migrationJob(const VmBundle &, const HostEntry &, MigrationMode,
                                               QObject *)
{
    return Error(ErrorCode::Unsupported,
                 MigrationPrivate::Tr::tr("This kind of VM host cannot move VMs to other hosts."));
}

Result<MigrationJob *> LocalQemuBackend::migrationJob(const VmBundle &vm, const HostEntry &host,
                                                      MigrationMode mode, QObject *parent)
{
    VmLibrary library(QFileInfo(vm.path).absolutePath());
    if (mode == MigrationMode::Live)
        return static_cast<MigrationJob *>(new LiveMigrationJob(library, vm, host, parent));
    return static_cast<MigrationJob *>(new QuickMigrationJob(*this, library, vm, host, parent));
}

} // namespace Engine
