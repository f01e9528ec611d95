// The VM configurations the QEMU command line is tested with: one per profile and option
// family. The unit test compares their argv with golden files; the integration test has real
// QEMU accept each of them.
#pragma once

#include "engine/config/vmconfig.h"
#include "engine/qemu/qemucommand.h"

#include <QList>

namespace TestUtil {

struct QemuCommandCase
{
    QString name; ///< golden file: tests/data/qemucommand/<name>.args
    Engine::VmConfig config;
    Engine::LaunchContext context;
};

/// A fixed launch context with made-up paths (golden files must not depend on the machine).
Engine::LaunchContext sampleContext();
/// A VM named "Test VM" with one disk, an empty CD drive and a NAT NIC, from `profile`.
Engine::VmConfig sampleConfig(const char *profile);
/// Every case with a golden file.
QList<QemuCommandCase> qemuCommandCases();

} // namespace TestUtil
