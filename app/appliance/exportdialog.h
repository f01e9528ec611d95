// ExportApplianceDialog: "Export VM": where to, the format (OVA, OVF folder, Emanon zip bundle),
// OVF 1.0 or 2.0, SHA256 or SHA1 manifest, the current state or a snapshot, and optional
// signing with a key and certificate. OK runs Appliances::ExportJob with progress and cancel
// (JobDialog) and closes only when the export worked. Keyboard: every control has a mnemonic
// and an accessible name.
#pragma once

#include "appliances/jobs/exportjob.h"
#include "engine/library/vmlibrary.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;

namespace App {

class ExportApplianceDialog : public QDialog
{
    Q_OBJECT
public:
    ExportApplianceDialog(const Engine::VmLibrary &library, const Engine::VmBundle &vm, QWidget *parent = nullptr);

    /// The export the dialog's fields describe.
    [[nodiscard]] Appliances::ExportOptions options() const;
    void setTargetPath(const QString &path);
    /// The files written; set once the export worked.
    [[nodiscard]] QStringList outputs() const { return m_outputs; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *pathRow(QFormLayout *form, const QString &label, const QString &objectName,
                       const QString &accessibleName, bool save);
    void onFormatChanged();

    const Engine::VmLibrary &m_library;
    Engine::VmBundle m_vm;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_version = nullptr;
    QComboBox *m_digest = nullptr;
    QComboBox *m_snapshot = nullptr;
    QGroupBox *m_sign = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_cert = nullptr;
    QStringList m_outputs;
};

} // namespace App
