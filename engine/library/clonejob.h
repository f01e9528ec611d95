// CloneJob: the Job of VmLibrary::cloneFull() (a full copy of a VM, every disk converted).
#pragma once

#include "engine/library/vmlibrary.h"

#include <QPointer>

namespace Engine {

/// Job of VmLibrary::cloneFull(). Copies the disks one after the other; progress is the share
/// of all disks' virtual size copied so far, the stage names the disk being copied.
/// Signal order as every Job: started -> progressChanged* -> succeeded | failed | canceled.
/// Lives on the thread that created it. Destroying it while running cancels and cleans up.
class CloneJob : public Job
{
    Q_OBJECT
public:
    ~CloneJob() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString sourceName() const { return m_source; }
    [[nodiscard]] QString newName() const { return m_newName; }
    /// The new VM; valid after succeeded().
    [[nodiscard]] const VmBundle &bundle() const { return m_result; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    friend class VmLibrary;
    CloneJob(VmLibrary library, QString source, QString newName, QObject *parent);

    struct Copy
    {
        QString node;
        QString source;
        QString sourceFormat;
        QString target;
        qint64 weight = 1;
    };

    void startNextDisk();
    void onDiskProgress(int percent);
    void onDiskSucceeded();
    void onDiskFailed(const Engine::Error &error);
    void onDiskCanceled();
    void fail(const Error &error);
    void cleanUp();
    [[nodiscard]] QString stageText() const;

    VmLibrary m_library;
    QString m_source;
    QString m_newName;
    VmLock m_sourceLock;
    VmConfig m_config;
    QString m_tempPath;
    QList<Copy> m_copies;
    int m_index = 0;
    qint64 m_totalWeight = 0;
    qint64 m_doneWeight = 0;
    QPointer<QemuImgJob> m_current;
    VmBundle m_result;
};

} // namespace Engine
