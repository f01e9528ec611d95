// BundleImporter: an Emanon zip bundle (what `export --format zip` writes: the whole
// `<name>.emanon` folder, snapshots included) unpacked into a staging folder, checked and
// prepared to become a VM of the library.
//
// Hostile archives are refused like hostile OVAs: every member must lie under the one
// `<name>.emanon/` folder, with plain path components (no "..", no absolute paths, no control
// characters), only files and folders (no links, devices), each name once, no member larger
// than its header says (zip bomb), the whole no larger than the free space. vm.json must be a
// valid VmConfig. Disk images must be self-contained or backed by a file inside the bundle;
// anything that names a host file (a disk outside the bundle, a CD image or kernel by absolute
// path) is left out and reported. A taken name gets a new one ("Name (2)") unless the caller
// chose the name; a uuid already in the library is replaced, with new MAC addresses.
//
// Runs synchronously on the calling thread (the import job's worker thread).
#pragma once

#include "appliances/ovf/importplan.h"
#include "engine/core/result.h"

#include <QCoreApplication>

#include <functional>

namespace Appliances {

struct BundleOptions
{
    QString sourcePath;
    QString targetDir;      ///< an existing, empty folder; the bundle is unpacked below it
    QString libraryRoot;    ///< for the name and uuid checks; empty: none (a preview)
    QString nameOverride;   ///< empty: the bundle's name (renamed when taken)
    bool planOnly = false;  ///< read vm.json only (dry run)
    std::function<bool()> canceled;
    std::function<void(qint64 doneBytes, qint64 totalBytes)> progress;
};

struct BundleOutcome
{
    ImportPlan plan;        ///< config (final name, uuid), report; no disks to convert
    QString bundleDir;      ///< the unpacked `<name>.emanon` folder inside targetDir
};

class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::BundleImporter)
public:
    /// Whether `path` is a zip whose members all lie under one `<name>.emanon/` folder that
    /// holds a vm.json.
    static bool isBundle(const QString &path);
    static Engine::Result<BundleOutcome> run(const BundleOptions &options);
};

} // namespace Appliances
