#include "app/wizard/diskpage.h"

#include "engine/storage/diskimage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace App {

using Mode = NewVmChoices::DiskMode;

DiskPage::DiskPage(NewVmChoices &choices, QWidget *parent) : QWizardPage(parent), m_choices(choices)
{
    setObjectName(QStringLiteral("diskPage"));
    setTitle(tr("Hard disk"));
    setSubTitle(tr("Create a new disk, use an image you have, or pass a disk of this computer "
                   "through."));
    auto *layout = new QVBoxLayout(this);
    m_mode = new QButtonGroup(this);
    auto addMode = [&](Mode mode, const QString &name, const QString &text, QWidget *detail) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(name);
        radio->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        m_mode->addButton(radio, int(mode));
        layout->addWidget(radio);
        if (detail) {
            detail->setContentsMargins(24, 0, 0, 6);
            layout->addWidget(detail);
        }
        m_details.append(detail);
    };

    m_size = new QLineEdit(this);
    m_size->setObjectName(QStringLiteral("newDiskSize"));
    m_size->setAccessibleName(tr("Size of the new disk"));
    m_size->setPlaceholderText(tr("e.g. 8 GiB or 500 MiB"));
    addMode(Mode::New, QStringLiteral("diskNew"), tr("Create a &new disk (qcow2, grows as it is used)"),
            m_size);

    auto *existing = new QWidget(this);
    auto *existingLayout = new QVBoxLayout(existing);
    m_existing = new QLineEdit(existing);
    m_existing->setObjectName(QStringLiteral("existingPath"));
    m_existing->setAccessibleName(tr("Existing disk image"));
    existingLayout->addWidget(pathRow(m_existing, tr("Choose Disk Image"), false));
    m_attach = new QRadioButton(tr("Use the image where it is (changes go into that file)"), existing);
    m_attach->setObjectName(QStringLiteral("existingAttach"));
    m_attach->setAccessibleName(tr("Use the image where it is"));
    m_convert = new QRadioButton(tr("Copy it into the VM as a qcow2 image (the original stays "
                                    "untouched)"),
                                 existing);
    m_convert->setObjectName(QStringLiteral("existingConvert"));
    m_convert->setAccessibleName(tr("Copy it into the VM as qcow2"));
    m_convert->setChecked(true);
    m_existingInfo = new QLabel(existing);
    m_existingInfo->setObjectName(QStringLiteral("existingInfo"));
    m_existingInfo->setWordWrap(true);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_attach);
    existingLayout->addWidget(m_convert);
    existingLayout->addWidget(m_existingInfo);
    addMode(Mode::ConvertExisting, QStringLiteral("diskExisting"),
            tr("Use an &existing image (qcow2, raw, VMDK, VDI, VHD, VHDX)"), existing);

    auto *host = new QWidget(this);
    auto *hostLayout = new QVBoxLayout(host);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_hostDisk = new QLineEdit(host);
    m_hostDisk->setObjectName(QStringLiteral("hostDiskPath"));
    m_hostDisk->setAccessibleName(tr("Host disk or partition"));
    m_hostDisk->setPlaceholderText(tr("/dev/sdb or /dev/sdb1"));
    hostLayout->addWidget(pathRow(m_hostDisk, tr("Choose Host Disk"), true));
    m_readOnly = new QCheckBox(tr("&Read-only (recommended)"), host);
    m_readOnly->setObjectName(QStringLiteral("hostDiskReadOnly"));
    m_readOnly->setAccessibleName(tr("Read-only"));
    m_readOnly->setChecked(true);
    hostLayout->addWidget(m_readOnly);
    m_hostWarning = new QLabel(host);
    m_hostWarning->setObjectName(QStringLiteral("hostDiskWarning"));
    m_hostWarning->setWordWrap(true);
    m_hostWarning->setStyleSheet(QStringLiteral("color: #a05a00"));
    hostLayout->addWidget(m_hostWarning);
    addMode(Mode::HostDisk, QStringLiteral("diskHost"), tr("Pass a &host disk or partition through"),
            host);
    addMode(Mode::None, QStringLiteral("diskNone"), tr("N&o disk"), nullptr);

    layout->addStretch(1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("diskProblem"));
    m_problem->setAccessibleName(tr("Problem with the disk"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);

    m_mode->button(int(Mode::New))->setChecked(true);
    connect(m_mode, &QButtonGroup::idToggled, this, &DiskPage::update);
    connect(m_size, &QLineEdit::textChanged, this, &DiskPage::update);
    connect(m_existing, &QLineEdit::editingFinished, this, &DiskPage::inspectExisting);
    connect(m_existing, &QLineEdit::textChanged, this, [this] {
        m_existingFormat.clear();
        m_existingError.clear();
        m_existingInfo->clear();
        update();
    });
    connect(m_hostDisk, &QLineEdit::textChanged, this, &DiskPage::update);
    connect(m_readOnly, &QCheckBox::toggled, this, &DiskPage::update);
}

QWidget *DiskPage::pathRow(QLineEdit *edit, const QString &browseTitle, bool hostDevice)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setAccessibleName(browseTitle);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, browseTitle, hostDevice] {
        const QString start = hostDevice ? QStringLiteral("/dev") : QFileInfo(edit->text()).path();
        const QString filter = hostDevice ? QString()
                                          : tr("Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi "
                                               "*.vhd *.vhdx);;All files (*)");
        const QString file = QFileDialog::getOpenFileName(this, browseTitle, start, filter);
        if (file.isEmpty())
            return;
        edit->setText(file);
        if (edit == m_existing)
            inspectExisting();
    });
    return row;
}

void DiskPage::initializePage()
{
    const Engine::GuestProfile *p = m_choices.profile();
    if (!p || m_initializedFor == m_choices.profileId)
        return;
    m_initializedFor = m_choices.profileId;
    m_size->setText(tr("%1 GiB").arg(p->defaultDiskGiB));
    update();
}

void DiskPage::inspectExisting()
{
    const QString path = m_existing->text().trimmed();
    m_existingFormat.clear();
    m_existingError.clear();
    if (path.isEmpty()) {
        m_existingInfo->clear();
        update();
        return;
    }
    auto info = Engine::DiskImage::info(QFileInfo(path).absoluteFilePath());
    if (!info) {
        m_existingError = info.error().message;
        m_existingInfo->setText(info.error().message);
        m_existingInfo->setToolTip(info.error().details);
    } else {
        m_existingFormat = info->format;
        m_existingInfo->setText(tr("%1 image, %2 (%3 on disk)")
                                    .arg(info->format,
                                         Engine::DiskImage::formatSize(info->virtualSizeBytes),
                                         Engine::DiskImage::formatSize(info->actualSizeBytes)));
        m_existingInfo->setToolTip({});
    }
    update();
}

QString DiskPage::problem() const
{
    switch (Mode(m_mode->checkedId())) {
    case Mode::New: {
        const auto bytes = Engine::DiskImage::parseSize(m_size->text());
        if (!bytes || *bytes < 1024 * 1024)
            return tr("Enter the disk's size, at least 1 MiB (e.g. 8 GiB or 500 MiB).");
        return {};
    }
    case Mode::AttachExisting:
    case Mode::ConvertExisting:
        if (m_existing->text().trimmed().isEmpty())
            return tr("Choose the disk image to use.");
        if (!QFileInfo::exists(m_existing->text().trimmed()))
            return tr("%1 does not exist.").arg(m_existing->text().trimmed());
        return m_existingError;
    case Mode::HostDisk:
        if (m_hostDisk->text().trimmed().isEmpty())
            return tr("Enter the host disk or partition, e.g. /dev/sdb.");
        if (!QFileInfo::exists(m_hostDisk->text().trimmed()))
            return tr("%1 does not exist.").arg(m_hostDisk->text().trimmed());
        if (!QFileInfo(m_hostDisk->text().trimmed()).isReadable())
            return tr("You may not read %1. Add yourself to the group that owns it (often "
                      "“disk”) and log in again.")
                .arg(m_hostDisk->text().trimmed());
        return {};
    case Mode::None:
        return {};
    }
    return {};
}

void DiskPage::update()
{
    const int mode = m_mode->checkedId();
    const QList<int> modes{int(Mode::New), int(Mode::ConvertExisting), int(Mode::HostDisk),
                           int(Mode::None)};
    for (int i = 0; i < m_details.size(); ++i) {
        if (m_details.at(i))
            m_details.at(i)->setEnabled(modes.at(i) == mode);
    }
    NewVmChoices probe = m_choices;
    probe.diskMode = Mode::HostDisk;
    probe.hostDiskReadOnly = m_readOnly->isChecked();
    QString warning = m_readOnly->isChecked()
                          ? tr("The guest sees the disk as it is on this computer, but cannot "
                               "change it.")
                          : tr("Warning: the guest writes to this disk directly. Never let a "
                               "VM write to a disk or partition this computer has mounted: "
                               "both would corrupt it.");
    if (probe.diskBus() != (m_choices.profile() ? m_choices.profile()->diskBus
                                                : Engine::DiskBus::Ide))
        warning += QLatin1Char(' ')
                   + tr("IDE and SATA disks cannot be read-only, so it is attached to a SCSI "
                        "controller: the guest needs a SCSI driver.");
    m_hostWarning->setText(warning);
    m_problem->setText(problem());
    Q_EMIT completeChanged();
}

bool DiskPage::isComplete() const
{
    return problem().isEmpty();
}

bool DiskPage::validatePage()
{
    if (m_mode->checkedId() == int(Mode::ConvertExisting) && m_existingFormat.isEmpty())
        inspectExisting(); // typed or pasted without leaving the field
    if (!isComplete())
        return false;
    Mode mode = Mode(m_mode->checkedId());
    if (mode == Mode::ConvertExisting && m_attach->isChecked())
        mode = Mode::AttachExisting;
    m_choices.diskMode = mode;
    m_choices.newDiskBytes = Engine::DiskImage::parseSize(m_size->text()).value_or(0);
    m_choices.existingPath = QFileInfo(m_existing->text().trimmed()).absoluteFilePath();
    m_choices.existingFormat = m_existingFormat;
    m_choices.hostDiskPath = m_hostDisk->text().trimmed();
    m_choices.hostDiskReadOnly = m_readOnly->isChecked();
    return true;
}

} // namespace App
