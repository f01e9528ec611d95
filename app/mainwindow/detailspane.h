// DetailsPane: what the selected VM is: its hardware summary, its disks with their real sizes
// (qemu-img info, read with force-share so a running VM's disks can be inspected), the run
// state with the accelerator or the crash reason, and the last lines of its QEMU log.
// Passive: the main window tells it which VM to show and when that VM changed.
#pragma once

#include "engine/backend/vmbackend.h"

#include <QWidget>

class QFormLayout;
class QImage;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace App {

class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    /// Shows a VM (`entry` loaded or damaged) with its run state. `refreshDisks` re-reads the
    /// disks' sizes (qemu-img), which a mere state change does not need.
    void showVm(const Engine::VmEntry &entry, const Engine::VmRunInfo &run, bool refreshDisks);
    /// Shows the "nothing selected" text (with the number of VMs in the library).
    void showNothing(int vmCount);

    /// Shows the VM's last frame (from VmListModel::thumbnail) next to its name; a null
    /// image hides it.
    void setPreview(const QImage &frame);

    /// How many log lines are shown at most.
    static constexpr int kLogLines = 40;
    /// Width of the preview of the last frame.
    static constexpr int kPreviewWidth = 160;

private:
    void showHardware(const Engine::VmEntry &entry);
    void showDisks(const Engine::VmBundle &bundle);
    void showLog(const QString &bundlePath);

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_preview = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_hardware = nullptr;
    QTreeWidget *m_disks = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace App
