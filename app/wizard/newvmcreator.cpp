#include "app/wizard/newvmcreator.h"

#include "engine/storage/diskimage.h"
#include "engine/storage/qemuimgjob.h"

#include <QDir>

namespace App {

Engine::Result<Engine::VmBundle> NewVmCreator::create(Engine::VmLibrary &library,
                                                      const NewVmChoices &choices,
                                                      const JobRunner &runJob)
{
    auto created = library.create(choices.toConfig(), choices.newDisks());
    if (!created || choices.diskMode != NewVmChoices::DiskMode::ConvertExisting)
        return created;

    Engine::VmBundle bundle = *created;
    const QString relative = QStringLiteral("disks/disk0.qcow2");
    QDir().mkpath(bundle.disksDir());
    std::unique_ptr<Engine::QemuImgJob> job(Engine::DiskImage::convert(
        choices.existingPath, bundle.resolve(relative), QStringLiteral("qcow2"),
        choices.existingFormat));
    const bool converted = runJob(job.get());
    const Engine::Error jobError = job->error();
    const bool canceled = job->state() == Engine::Job::State::Canceled;
    job.reset();
    if (!converted) {
        (void)library.remove(bundle.name());
        if (canceled)
            return Engine::Error(Engine::ErrorCode::Canceled,
                                 tr("Creating %1 was canceled; nothing was kept.").arg(bundle.name()));
        return jobError;
    }
    Engine::DiskConfig disk;
    disk.node = QStringLiteral("disk0");
    disk.path = relative;
    disk.format = QStringLiteral("qcow2");
    disk.bus = choices.diskBus();
    bundle.config.disks.append(disk);
    if (Engine::Status saved = library.save(bundle); !saved) {
        (void)library.remove(bundle.name());
        return saved.error();
    }
    return bundle;
}

} // namespace App
