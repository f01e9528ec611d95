// PackageExtractor: the one streaming pass over an appliance package.
//
// Reads every member once: the .ovf (parsed and planned at once, so a bad descriptor, an
// unaccepted EULA or a taken name stop the import before any disk data is read), the
// manifest, and the disk files, which are hashed while they are written into the target
// folder (gzip-compressed ones are inflated on the way). Verifies the manifest at the end, or
// at each member when the manifest came first. Refuses hostile packages (see PackageReader)
// and members larger than the descriptor declares. Writes only into `targetDir`, with
// exclusive creates; the caller removes the folder on failure.
//
// Runs synchronously on the calling thread (the import job's worker thread); `canceled` is
// polled between chunks and `progress` is called from this thread.
#pragma once

#include "appliances/ovf/importplan.h"
#include "appliances/ovf/ovfenvelope.h"
#include "appliances/ovf/signature.h"
#include "engine/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace Appliances {

/// A disk file whose bytes can be converted where they lie (see ExtractOptions::inPlace).
struct DiskSource
{
    ImportDisk disk;
    QString file;        ///< the package file (the .ova) or the disk file itself
    qint64 offset = 0;   ///< where the disk's bytes start in `file`
    qint64 sizeBytes = 0;
    int diskCount = 0;   ///< disks of the plan, for progress
};

struct ExtractOptions
{
    QString sourcePath;
    QString targetDir;        ///< an existing, empty folder
    QString libraryRoot;      ///< for the name check; empty: no check
    QString nameOverride;
    QString profileOverride;
    bool verify = true;       ///< false: no manifest check (reported as a warning)
    bool acceptEula = true;
    bool planOnly = false;    ///< stop after the .ovf and the .mf/.cert right after it (dry run)
    QString trustStore;       ///< PEM file of trusted certificates for the .cert; empty: system
    std::function<bool()> canceled;
    std::function<void(qint64 doneBytes, qint64 totalBytes)> progress;
    /// When set, a disk member whose bytes lie unchanged on disk (uncompressed tar, folder)
    /// is not extracted: this is called before its bytes are hashed, so the caller can convert
    /// it at once, in parallel with the verifying pass. Called on the extractor's thread.
    std::function<void(const DiskSource &source)> inPlace;
};

struct ExtractOutcome
{
    OvfEnvelope envelope;
    ImportPlan plan;
    QHash<QString, QString> files; ///< href -> extracted path (disk files only)
    QSet<QString> inPlace;         ///< hrefs handed to ExtractOptions::inPlace instead
    bool hadManifest = false;
    bool signedPackage = false;
    std::optional<SignatureCheck> signature; ///< set when the package has a .cert and a manifest
};

class PackageExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Appliances::PackageExtractor)
public:
    static Engine::Result<ExtractOutcome> run(const ExtractOptions &options);
};

} // namespace Appliances
