// NewVmCreator: makes the VM the wizard describes. Creates the bundle through
// VmLibrary::create (with a new qcow2 disk when asked); for "copy an existing image" it then
// converts the image into the bundle's disks/ folder as a Job (progress, cancel) and saves
// the definition with the new disk. A failed or canceled conversion moves the half-made VM
// to the library's trash, so the library never lists a VM without the disk the user chose.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <functional>

namespace Engine {
class Job;
}

namespace App {

class NewVmCreator
{
    Q_DECLARE_TR_FUNCTIONS(NewVmCreator)
public:
    /// Runs a job to its end and says whether it succeeded (the GUI shows a progress dialog;
    /// tests may simply wait).
    using JobRunner = std::function<bool(Engine::Job *)>;

    static Engine::Result<Engine::VmBundle> create(Engine::VmLibrary &library,
                                                   const NewVmChoices &choices,
                                                   const JobRunner &runJob);
};

} // namespace App
