#include "app/settings/storagesettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace App {

namespace {
enum DiskColumn { NodeColumn = 0, FileColumn, FormatColumn, BusColumn, ReadOnlyColumn };

QList<QPair<QString, QString>> busItems()
{
    return {{QStringLiteral("ide"), QStringLiteral("IDE")},
            {QStringLiteral("sata"), QStringLiteral("SATA")},
            {QStringLiteral("scsi"), QStringLiteral("SCSI")},
            {QStringLiteral("virtio"), QStringLiteral("virtio")}};
}

QWidget *fileRow(QWidget *parent, QLineEdit *edit, const QString &title)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(StorageSettingsPage::tr("Browse…"), row);
    browse->setAccessibleName(title);
    auto *eject = new QPushButton(StorageSettingsPage::tr("Eject"), row);
    eject->setAccessibleName(StorageSettingsPage::tr("Eject %1").arg(edit->accessibleName()));
    layout->addWidget(browse);
    layout->addWidget(eject);
    QObject::connect(browse, &QPushButton::clicked, row, [row, edit, title] {
        const QString file = QFileDialog::getOpenFileName(row, title, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    QObject::connect(eject, &QPushButton::clicked, edit, &QLineEdit::clear);
    return row;
}
} // namespace

StorageSettingsPage::StorageSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("storageSettings"));
    auto *layout = new QVBoxLayout(this);
    auto *disksBox = new QGroupBox(tr("Disks"), this);
    m_disksBox = disksBox;
    auto *disksLayout = new QVBoxLayout(disksBox);
    m_disks = new QTableWidget(0, 5, disksBox);
    m_disks->setObjectName(QStringLiteral("settingsDisks"));
    m_disks->setAccessibleName(tr("Disks"));
    m_disks->setHorizontalHeaderLabels({tr("Disk"), tr("File"), tr("Format"), tr("Bus"), tr("Read-only")});
    m_disks->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_disks->verticalHeader()->hide();
    disksLayout->addWidget(m_disks);
    layout->addWidget(disksBox, 1);

    auto *mediaBox = new QGroupBox(tr("Removable media"), this);
    auto *form = new QFormLayout(mediaBox);
    m_cd = new QLineEdit(mediaBox);
    m_cd->setObjectName(QStringLiteral("settingsCd"));
    m_cd->setAccessibleName(tr("CD/DVD image"));
    m_cd->setPlaceholderText(tr("Empty"));
    form->addRow(tr("&CD/DVD image:"), fileRow(mediaBox, m_cd, tr("Choose CD/DVD Image")));
    m_floppy = new QLineEdit(mediaBox);
    m_floppy->setObjectName(QStringLiteral("settingsFloppy"));
    m_floppy->setAccessibleName(tr("Floppy image"));
    m_floppy->setPlaceholderText(tr("Empty"));
    form->addRow(tr("&Floppy image:"), fileRow(mediaBox, m_floppy, tr("Choose Floppy Image")));
    layout->addWidget(mediaBox);
}

void StorageSettingsPage::setMediaOnly(bool mediaOnly)
{
    m_disksBox->setEnabled(!mediaOnly);
}

void StorageSettingsPage::load(const Engine::VmConfig &c)
{
    m_disks->setRowCount(0);
    for (const Engine::DiskConfig &d : c.disks) {
        const int row = m_disks->rowCount();
        m_disks->insertRow(row);
        auto *node = new QTableWidgetItem(d.node);
        node->setFlags(node->flags() & ~Qt::ItemIsEditable);
        m_disks->setItem(row, NodeColumn, node);
        m_disks->setItem(row, FileColumn, new QTableWidgetItem(d.path));
        auto *format = valueCombo(m_disks, tr("Format of %1").arg(d.node),
                                  {{QStringLiteral("qcow2"), QStringLiteral("qcow2")},
                                   {QStringLiteral("raw"), QStringLiteral("raw")},
                                   {QStringLiteral("vmdk"), QStringLiteral("VMDK")},
                                   {QStringLiteral("vdi"), QStringLiteral("VDI")},
                                   {QStringLiteral("vpc"), QStringLiteral("VHD")},
                                   {QStringLiteral("vhdx"), QStringLiteral("VHDX")}});
        setComboValue(format, d.format);
        m_disks->setCellWidget(row, FormatColumn, format);
        auto *bus = valueCombo(m_disks, tr("Bus of %1").arg(d.node), busItems());
        setComboValue(bus, Engine::diskBusName(d.bus));
        m_disks->setCellWidget(row, BusColumn, bus);
        auto *readOnly = new QCheckBox(m_disks);
        readOnly->setAccessibleName(tr("%1 is read-only").arg(d.node));
        readOnly->setChecked(d.readOnly);
        m_disks->setCellWidget(row, ReadOnlyColumn, readOnly);
    }
    m_cd->clear();
    m_floppy->clear();
    for (const Engine::MediaConfig &m : c.media) {
        if (m.kind == Engine::MediaConfig::Kind::CdRom && m_cd->text().isEmpty())
            m_cd->setText(m.path);
        else if (m.kind == Engine::MediaConfig::Kind::Floppy && m_floppy->text().isEmpty())
            m_floppy->setText(m.path);
    }
}

void StorageSettingsPage::store(Engine::VmConfig &c) const
{
    for (int row = 0; row < m_disks->rowCount() && row < c.disks.size(); ++row) {
        Engine::DiskConfig &d = c.disks[row];
        d.path = m_disks->item(row, FileColumn)->text();
        d.format = comboValue(qobject_cast<QComboBox *>(m_disks->cellWidget(row, FormatColumn)));
        d.bus = Engine::diskBusFromName(comboValue(qobject_cast<QComboBox *>(m_disks->cellWidget(row, BusColumn))))
                    .value_or(d.bus);
        d.readOnly = qobject_cast<QCheckBox *>(m_disks->cellWidget(row, ReadOnlyColumn))->isChecked();
    }
    auto setMedium = [&c](Engine::MediaConfig::Kind kind, const QString &path) {
        for (Engine::MediaConfig &m : c.media) {
            if (m.kind == kind) {
                m.path = path;
                return;
            }
        }
        if (path.isEmpty())
            return;
        Engine::MediaConfig m;
        m.kind = kind;
        const bool cd = kind == Engine::MediaConfig::Kind::CdRom;
        m.node = cd ? QStringLiteral("cd0") : QStringLiteral("fd0");
        m.bus = cd ? Engine::DiskBus::Ide : Engine::DiskBus::Floppy;
        m.path = path;
        c.media.append(m);
    };
    setMedium(Engine::MediaConfig::Kind::CdRom, m_cd->text().trimmed());
    setMedium(Engine::MediaConfig::Kind::Floppy, m_floppy->text().trimmed());
}

} // namespace App
