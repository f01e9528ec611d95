// DiskPage: the VM's hard disk: a new qcow2 image of a given size, an existing image
// (qcow2, raw, VMDK, VDI, VHD/VHDX) attached as it is or converted into a qcow2 copy, a raw
// host disk or partition passed through (read-only by default, with a warning), or none.
// An existing image is inspected with qemu-img when chosen, so a damaged or busy image is
// reported here and not at the end.
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace App {

class DiskPage : public QWizardPage
{
    Q_OBJECT
public:
    DiskPage(NewVmChoices &choices, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// What is wrong with the current choice, or an empty string.
    [[nodiscard]] QString problem() const;

private:
    void update();
    void inspectExisting();
    QWidget *pathRow(QLineEdit *edit, const QString &browseName, bool hostDevice);

    NewVmChoices &m_choices;
    QString m_initializedFor;
    QButtonGroup *m_mode = nullptr;
    QLineEdit *m_size = nullptr;
    QLineEdit *m_existing = nullptr;
    QRadioButton *m_attach = nullptr;
    QRadioButton *m_convert = nullptr;
    QLabel *m_existingInfo = nullptr;
    QString m_existingFormat;
    QString m_existingError;
    QLineEdit *m_hostDisk = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QLabel *m_hostWarning = nullptr;
    QLabel *m_problem = nullptr;
    QList<QWidget *> m_details; ///< per mode, enabled only when its mode is chosen
};

} // namespace App
