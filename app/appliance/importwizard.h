// ImportApplianceWizard: "Import appliance": pick a file (.ova, .ovf, zip) -> the import report
// (what maps to what, what was left out or chosen instead, manifest and signature status, loud
// when verification is off) -> one page per license agreement (accept, or Decline ends the
// import) -> name, guest profile and location -> progress with cancel. Runs
// Appliances::ImportJob; a cancelled or failed import leaves nothing. Started with a file (drag
// and drop) it opens on the report page. Keyboard: every control is reachable with Tab, has a
// mnemonic and an accessible name.
#pragma once

#include "appliances/ovf/importplan.h"
#include "engine/library/vmlibrary.h"

#include <QWizard>

#include <optional>

namespace Appliances {
class ImportJob;
}

namespace App {

/// What the pages decide, shared by them.
struct ImportChoices
{
    QString sourcePath;
    bool verify = true;
    QString name;
    QString profile; ///< empty: the appliance's
    std::optional<Appliances::ImportPlan> plan;
    Engine::Error inspectError; ///< why reading the appliance failed (plan empty)
};

class ImportApplianceWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId = 0, ReportPageId = 1, EulaPageBase = 10, NamePageId = 80, ProgressPageId = 90 };

    ImportApplianceWizard(const Engine::VmLibrary &library, const QString &sourcePath = {},
                          QWidget *parent = nullptr);
    ~ImportApplianceWizard() override;

    [[nodiscard]] ImportChoices &choices() { return m_choices; }
    [[nodiscard]] const Engine::VmLibrary &library() const { return m_library; }
    /// The imported VM; set once the import succeeded.
    [[nodiscard]] const std::optional<Engine::VmBundle> &imported() const { return m_imported; }

    /// Reads the appliance's descriptor (and manifest, .cert) again with the current choices,
    /// and makes one license page per license agreement.
    void inspect();
    /// Starts the import with the current choices (the progress page).
    Appliances::ImportJob *startImport();
    void setImported(const Engine::VmBundle &bundle) { m_imported = bundle; }

public Q_SLOTS:
    /// Cancel: a running import is cancelled first (it removes what it made), then the wizard closes.
    void reject() override;

private:
    void setEulaPages(const QStringList &eulas);

    const Engine::VmLibrary &m_library;
    ImportChoices m_choices;
    int m_eulaPages = 0;
    Appliances::ImportJob *m_job = nullptr;
    std::optional<Engine::VmBundle> m_imported;
};

} // namespace App
