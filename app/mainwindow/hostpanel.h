// HostPanel: what this host offers: the accelerator the probe chose and why, and the QEMU
// version. The probe may run calibration guests for a few seconds on a cache miss, so it runs
// on a worker thread; the panel shows "Checking…" until the answer arrives.
#pragma once

#include <QWidget>

class QLabel;

namespace App {

class HostPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HostPanel(QWidget *parent = nullptr);

    /// Starts the probe (cached verdict unless `refresh`) and the QEMU version query.
    void probe(bool refresh = false);
    [[nodiscard]] QString acceleratorText() const;

Q_SIGNALS:
    /// The probe answered (text as shown).
    void probed();

private:
    QLabel *m_accel = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_qemu = nullptr;
};

} // namespace App
