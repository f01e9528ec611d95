// ImportJob: an appliance (.ova tar or zip, or .ovf with its files) becomes a VM bundle.
//
// An Emanon zip bundle (BundleImporter) is unpacked by the worker instead, checked, and moved
// into the library under a free name; its disks are not converted.
//
// Stages: read the package once on a worker thread (PackageExtractor: parse, plan, verify the
// manifest while extracting into a hidden staging folder in the library), convert each disk to
// qcow2 with qemu-img (QemuImgJob, cancellable, with progress), then create the bundle through
// VmLibrary and move the disks in. A disk whose bytes lie unchanged on disk (uncompressed tar
// OVA, OVF folder) is not extracted: qemu-img converts it where it lies (a raw offset/size
// window on the package) while the worker's pass verifies the same bytes; a failed
// verification cancels the conversion and fails the import. A failure or cancel at any point removes the
// staging folder and any bundle the job created; nothing is written outside the library.
// Progress: 30 % for reading the package, 70 % for converting disks.
// Signal order as every Job. Lives on the thread that created it; destroying it while
// running cancels and cleans up.
#pragma once

#include "appliances/jobs/bundleimport.h"
#include "appliances/jobs/packageextractor.h"
#include "engine/core/job.h"
#include "engine/library/vmlibrary.h"

#include <QPointer>

#include <atomic>

class QThread;

namespace Engine {
class QemuImgJob;
}

namespace Appliances {

struct ImportOptions
{
    QString sourcePath;
    QString libraryRoot;
    QString name;        ///< empty: the appliance's name
    QString profile;     ///< empty: chosen from the appliance's OS
    bool verify = true;  ///< false: import without checking the manifest (reported loudly)
    bool acceptEula = false;
};

class ImportJob : public Engine::Job
{
    Q_OBJECT
public:
    explicit ImportJob(ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    /// Reads only the descriptor and returns the plan and report (for a dry run and for the
    /// wizard's report page). Nothing is written.
    static Engine::Result<ImportPlan> inspect(const ImportOptions &options);

    [[nodiscard]] QString title() const override;
    /// The plan and report; complete once the package has been read.
    [[nodiscard]] const ImportPlan &plan() const { return m_outcome.plan; }
    /// The new VM; valid after succeeded().
    [[nodiscard]] const Engine::VmBundle &bundle() const { return m_bundle; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void onExtracted();
    void enqueue(const DiskSource &source);
    void advance();
    void startConvert(const DiskSource &source);
    void onConvertFinished();
    void updateProgress(const QString &stage);
    void commit();
    void commitBundle();
    void fail(const Engine::Error &error);
    void cleanUp();
    Engine::Result<QString> sourceFormat(const DiskSource &source) const;

    ImportOptions m_options;
    QString m_staging;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_readPercent{-1};
    std::optional<Engine::Result<ExtractOutcome>> m_extracted;
    std::optional<Engine::Result<BundleOutcome>> m_unpacked;
    bool m_isBundle = false;
    QString m_bundleDir;
    ExtractOutcome m_outcome;
    bool m_readDone = false;
    std::optional<Engine::Error> m_pendingError;
    QList<DiskSource> m_queue;
    DiskSource m_currentSource;
    QPointer<Engine::QemuImgJob> m_current;
    int m_diskTotal = 0;
    int m_disksDone = 0;
    int m_convertPercent = 0;
    Engine::VmBundle m_bundle;
    QString m_createdBundle;
};

} // namespace Appliances
