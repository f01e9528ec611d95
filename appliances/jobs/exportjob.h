// ExportJob: a VM bundle becomes an appliance: an OVA (one tar file), an OVF folder (.ovf,
// .mf and .vmdk files side by side), or a zip of the whole bundle.
//
// OVA/OVF: each disk is converted to a streamOptimized VMDK with qemu-img (QemuImgJob,
// cancellable, progress), the descriptor is written (OvfWriter), then a worker thread packs
// the files into a ustar archive (.ovf first, the manifest last; pax size headers for members
// over 8 GiB, written by libarchive) hashing each file in the same pass, or, for a folder,
// hashes them and writes the manifest. Zip: QuaZip with zip64 on, the .lock file left out.
// Everything is made in a hidden staging folder beside the target and renamed into place at
// the end (never replacing an existing file); failure or cancel removes it. The VM is locked
// (VmLock) for the whole export, so it cannot start meanwhile.
// Progress: OVA/OVF 0-80 % converting disks, 80-100 % packing. Lives on its creating thread.
#pragma once

#include "appliances/ovf/manifest.h"
#include "appliances/ovf/ovfenvelope.h"
#include "engine/core/job.h"
#include "engine/library/vmlibrary.h"
#include "engine/library/vmlock.h"

#include <QPointer>

#include <atomic>

class QThread;

namespace Engine {
class QemuImgJob;
}

namespace Appliances {

struct ExportOptions
{
    enum class Format { Ova = 1, Ovf, Zip };
    QString libraryRoot;
    QString vm;                 ///< name or uuid
    QString targetPath;         ///< the .ova / .ovf / .zip file to create
    Format format = Format::Ova;
    OvfVersion ovfVersion = OvfVersion::V1;
    DigestAlgorithm digest = DigestAlgorithm::Sha256;
    /// OVA/OVF: a snapshot (id, name or tag) to export instead of the current state: its disk
    /// contents (qemu-img -l) and, when the snapshot recorded it, the VM's settings then.
    QString snapshot;
    /// OVA/OVF: sign the manifest with this PEM private key and add a .cert holding the
    /// signature and the PEM certificate `signCertPath` (as ovftool does). Empty: unsigned.
    QString signKeyPath;
    QString signCertPath;
};

class ExportJob : public Engine::Job
{
    Q_OBJECT
public:
    explicit ExportJob(ExportOptions options, QObject *parent = nullptr);
    ~ExportJob() override;

    [[nodiscard]] QString title() const override;
    /// The files written (absolute paths); valid after succeeded().
    [[nodiscard]] QStringList outputs() const { return m_outputs; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    Engine::Status prepare();
    Engine::Status prepareSnapshot();
    Engine::Status prepareSigning();
    Engine::Result<QByteArray> certFor(const QByteArray &manifest) const;
    void convertNext();
    void onConvertFinished();
    void startPacking();
    void onPacked();
    void fail(const Engine::Error &error);
    void cleanUp();
    Engine::Status packOva(const QStringList &files);
    Engine::Status packFolder(const QStringList &files);
    Engine::Status packZip();
    void workerProgress(qint64 done, qint64 total);

    ExportOptions m_options;
    Engine::VmBundle m_bundle;
    Engine::VmLock m_lock;
    QString m_staging;
    QString m_baseName;
    QString m_snapshotTag;
    QList<qint64> m_capacities;
    int m_diskIndex = 0;
    QPointer<Engine::QemuImgJob> m_current;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_packPercent{-1};
    Engine::Status m_packResult;
    QStringList m_outputs;
    QByteArray m_signKey;
    QByteArray m_signCert;
};

} // namespace Appliances
