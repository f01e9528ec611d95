// The serial console of a running VM in the terminal: what the guest prints appears on stdout,
// what the user types goes to the guest. Ctrl+] detaches (the VM keeps running).
#pragma once

#include <QString>

namespace Ctl {

/// Attaches to the VM's console fan-out socket until the VM stops or the user detaches.
/// Returns an exit code.
int attachConsole(const QString &consoleSocket, bool verbose);

} // namespace Ctl
