// MediaPage: the install media: a CD/DVD image (ISO) and a floppy image, both optional. The
// VM boots from what is inserted here first (floppy, then CD, then the hard disk).
#pragma once

#include "app/wizard/newvmchoices.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace App {

class MediaPage : public QWizardPage
{
    Q_OBJECT
public:
    MediaPage(NewVmChoices &choices, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] QString problem() const;

private:
    QWidget *fileRow(QLineEdit *edit, const QString &title, const QString &filter);

    NewVmChoices &m_choices;
    QLineEdit *m_iso = nullptr;
    QLineEdit *m_floppy = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace App
