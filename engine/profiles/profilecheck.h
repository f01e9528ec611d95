// Profile checks: where a VM's config leaves what its guest OS can run.
//
// A pure function of the config (and the disks' sizes the caller measured): no I/O, safe on
// any thread. Findings are warnings (the VM runs, but the OS will misbehave: 9x with more than
// 512 MiB, NT 4.0 with ACPI on, a disk past the OS's ceiling) or errors (the OS cannot use it
// at all: a USB controller for NT 4.0, UEFI for DOS). VmConfig::validate() refuses the errors;
// the wizard and `emanonctl create/show` show both, each with the reason and what to do.
#pragma once

#include "engine/config/vmconfig.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Engine {

struct GuestProfile;

struct ProfileFinding
{
    enum class Severity { Warning = 1, Error };
    Severity severity = Severity::Warning;
    QString code;    ///< stable id for tests and --json: "memory-above-os-limit", "usb-unsupported"...
    QString field;   ///< the vm.json field it is about: "memoryMiB", "usb.controller", "disks[0]"...
    QString message; ///< translated sentence: what is wrong for this OS and what to do

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
};

/// Virtual sizes in bytes of the config's disks, by node name (from qemu-img info or the
/// sizes about to be created). Disks not listed are not size-checked.
using DiskSizes = QMap<QString, qint64>;

/// Every finding for `config` against its own profile (config.profile); none for an unknown
/// profile (validate() reports that). Ordered by field as in vm.json.
QList<ProfileFinding> checkAgainstProfile(const VmConfig &config, const DiskSizes &diskSizes = {});

/// The same against a given profile (e.g. the one the wizard is about to apply).
QList<ProfileFinding> checkAgainstProfile(const VmConfig &config, const GuestProfile &profile,
                                          const DiskSizes &diskSizes = {});

/// "warning"/"error", for --json output.
QString severityName(ProfileFinding::Severity severity);

} // namespace Engine
