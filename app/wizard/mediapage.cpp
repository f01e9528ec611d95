#include "app/wizard/mediapage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace App {

MediaPage::MediaPage(NewVmChoices &choices, QWidget *parent) : QWizardPage(parent), m_choices(choices)
{
    setObjectName(QStringLiteral("mediaPage"));
    setTitle(tr("Installation media"));
    setSubTitle(tr("Insert the CD or floppy to install from. Both are optional and can be "
                   "changed later in the VM's settings."));
    auto *form = new QFormLayout(this);
    m_iso = new QLineEdit(this);
    m_iso->setObjectName(QStringLiteral("isoPath"));
    m_iso->setAccessibleName(tr("CD/DVD image"));
    m_iso->setPlaceholderText(tr("No CD inserted"));
    form->addRow(tr("&CD/DVD image:"),
                 fileRow(m_iso, tr("Choose CD/DVD Image"), tr("CD/DVD images (*.iso);;All files (*)")));
    m_floppy = new QLineEdit(this);
    m_floppy->setObjectName(QStringLiteral("floppyPath"));
    m_floppy->setAccessibleName(tr("Floppy image"));
    m_floppy->setPlaceholderText(tr("No floppy inserted"));
    form->addRow(tr("&Floppy image:"),
                 fileRow(m_floppy, tr("Choose Floppy Image"),
                         tr("Floppy images (*.img *.ima *.flp *.vfd);;All files (*)")));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mediaProblem"));
    m_problem->setAccessibleName(tr("Problem with the media"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_problem);
    for (QLineEdit *edit : {m_iso, m_floppy}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_problem->setText(problem());
            Q_EMIT completeChanged();
        });
    }
}

QWidget *MediaPage::fileRow(QLineEdit *edit, const QString &title, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setAccessibleName(title);
    auto *clear = new QPushButton(tr("Eject"), row);
    clear->setAccessibleName(tr("Eject %1").arg(edit->accessibleName()));
    layout->addWidget(browse);
    layout->addWidget(clear);
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString file = QFileDialog::getOpenFileName(this, title, QFileInfo(edit->text()).path(),
                                                          filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    connect(clear, &QPushButton::clicked, edit, &QLineEdit::clear);
    return row;
}

QString MediaPage::problem() const
{
    for (const QLineEdit *edit : {m_iso, m_floppy}) {
        const QString path = edit->text().trimmed();
        if (path.isEmpty())
            continue;
        const QFileInfo info(path);
        if (!info.exists())
            return tr("%1 does not exist.").arg(path);
        if (!info.isFile() || !info.isReadable())
            return tr("%1 is not a file you may read.").arg(path);
    }
    if (!m_floppy->text().trimmed().isEmpty()
        && QFileInfo(m_floppy->text().trimmed()).size() > 4 * 1024 * 1024)
        return tr("%1 is larger than any floppy disk (at most 2.88 MB).").arg(m_floppy->text().trimmed());
    return {};
}

bool MediaPage::isComplete() const
{
    return problem().isEmpty();
}

bool MediaPage::validatePage()
{
    if (!isComplete())
        return false;
    auto absolute = [](const QString &p) {
        return p.trimmed().isEmpty() ? QString() : QFileInfo(p.trimmed()).absoluteFilePath();
    };
    m_choices.isoPath = absolute(m_iso->text());
    m_choices.floppyPath = absolute(m_floppy->text());
    return true;
}

} // namespace App
