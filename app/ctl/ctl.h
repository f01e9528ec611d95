// emanonctl: parses the command line and runs one command against the VM library.
#pragma once

#include <QStringList>

namespace Ctl {

/// Runs emanonctl with `arguments` (argv, program name first); returns the exit code.
int run(const QStringList &arguments);

} // namespace Ctl
