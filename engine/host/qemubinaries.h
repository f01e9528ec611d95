// Where the QEMU programs are. EMANON_QEMU_SYSTEM / EMANON_QEMU_IMG override the search (tests
// use them to inject a missing or failing binary); otherwise PATH is searched.
#pragma once

#include "engine/core/result.h"

#include <QString>

namespace Engine::QemuBinaries {

/// qemu-system-x86_64, or an error saying which package to install.
Result<QString> system();
/// qemu-img, or an error saying which package to install.
Result<QString> img();

} // namespace Engine::QemuBinaries
