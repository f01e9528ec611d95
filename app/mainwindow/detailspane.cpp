#include "app/mainwindow/detailspane.h"

#include "app/common/guestfamily.h"
#include "app/common/statetext.h"
#include "engine/profiles/guestprofile.h"
#include "engine/storage/diskimage.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace App {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px;color:palette(mid)'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString networkText(const Engine::VmConfig &c)
{
    QStringList parts;
    for (const Engine::NicConfig &nic : c.nics) {
        if (nic.mode == Engine::NicConfig::Mode::None)
            continue;
        QString text = DetailsPane::tr("NAT (%1)").arg(nic.model);
        if (!nic.forwards.isEmpty())
            text += DetailsPane::tr(", %n port forward(s)", nullptr, int(nic.forwards.size()));
        parts << text;
    }
    return parts.isEmpty() ? DetailsPane::tr("None") : parts.join(QStringLiteral("; "));
}

QString mediaText(const Engine::VmConfig &c)
{
    QStringList parts;
    for (const Engine::MediaConfig &m : c.media) {
        const QString kind = m.kind == Engine::MediaConfig::Kind::CdRom ? DetailsPane::tr("CD")
                                                                        : DetailsPane::tr("Floppy");
        parts << (m.path.isEmpty() ? DetailsPane::tr("%1: empty").arg(kind)
                                   : DetailsPane::tr("%1: %2").arg(kind, QFileInfo(m.path).fileName()));
    }
    return parts.isEmpty() ? DetailsPane::tr("None") : parts.join(QStringLiteral(", "));
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("VM details"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("VM name"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("detailsState"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Run state"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("detailsPreview"));
    m_preview->setAccessibleName(tr("Last screen of the VM"));
    m_preview->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_preview->hide();
    auto *head = new QHBoxLayout;
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_state);
    headText->addStretch(1);
    head->addLayout(headText, 1);
    head->addWidget(m_preview);
    layout->addLayout(head);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *hwBox = new QGroupBox(tr("Hardware"), m_body);
    auto *hwLayout = new QVBoxLayout(hwBox);
    m_hardware = new QLabel(hwBox);
    m_hardware->setObjectName(QStringLiteral("detailsHardware"));
    m_hardware->setAccessibleName(tr("Hardware summary"));
    m_hardware->setTextFormat(Qt::RichText);
    m_hardware->setWordWrap(true);
    m_hardware->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hwLayout->addWidget(m_hardware);
    body->addWidget(hwBox);

    auto *diskBox = new QGroupBox(tr("Disks"), m_body);
    auto *diskLayout = new QVBoxLayout(diskBox);
    m_disks = new QTreeWidget(diskBox);
    m_disks->setObjectName(QStringLiteral("detailsDisks"));
    m_disks->setAccessibleName(tr("Disks"));
    m_disks->setRootIsDecorated(false);
    m_disks->setHeaderLabels({tr("Disk"), tr("Format"), tr("Size"), tr("On host"), tr("File")});
    m_disks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_disks->setMaximumHeight(90);
    diskLayout->addWidget(m_disks);
    body->addWidget(diskBox);

    auto *logBox = new QGroupBox(tr("Recent log"), m_body);
    auto *logLayout = new QVBoxLayout(logBox);
    m_log = new QPlainTextEdit(logBox);
    m_log->setObjectName(QStringLiteral("detailsLog"));
    m_log->setAccessibleName(tr("Recent QEMU log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setMinimumHeight(120);
    logLayout->addWidget(m_log);
    body->addWidget(logBox, 1);
    layout->addWidget(m_body, 1);
}

void DetailsPane::showNothing(int vmCount)
{
    m_title->setText(vmCount == 0 ? tr("No virtual machines yet") : tr("No VM selected"));
    m_state->setText(vmCount == 0 ? tr("Click New to create your first virtual machine, or "
                                       "Import to bring one in.")
                                  : tr("Select a VM in the list to see its details."));
    m_body->hide();
    m_preview->hide();
}

void DetailsPane::setPreview(const QImage &frame)
{
    m_preview->setVisible(!frame.isNull());
    if (frame.isNull()) {
        m_preview->clear();
        return;
    }
    // Half the stored width: enough to recognise the screen, small next to the details.
    m_preview->setPixmap(QPixmap::fromImage(
        frame.scaledToWidth(std::min(frame.width(), kPreviewWidth), Qt::SmoothTransformation)));
}

void DetailsPane::showVm(const Engine::VmEntry &entry, const Engine::VmRunInfo &run,
                         bool refreshDisks)
{
    m_title->setText(entry.name);
    m_body->show();
    if (!entry.ok()) {
        m_state->setText(tr("This VM's definition cannot be read: %1").arg(entry.error.message));
        m_hardware->setText(entry.error.details.toHtmlEscaped());
        m_disks->clear();
        showLog(entry.path);
        return;
    }
    QString state = stateLabel(run.state);
    if (!run.accel.isEmpty() && Engine::VmRunner::hasProcess(run.state))
        state = tr("%1 with %2 (%3)").arg(state, run.accel.toUpper(), run.accelReason);
    if (run.error.code != Engine::ErrorCode::None)
        state += QLatin1Char('\n') + run.error.message;
    m_state->setText(state);
    showHardware(entry);
    if (refreshDisks)
        showDisks(Engine::VmBundle{entry.path, entry.config});
    showLog(entry.path);
}

void DetailsPane::showHardware(const Engine::VmEntry &entry)
{
    const Engine::VmConfig &c = entry.config;
    const Engine::GuestProfile *profile = Engine::findProfile(c.profile);
    QString html = QStringLiteral("<table>");
    html += row(tr("Operating system"), profile ? profile->displayName() : c.profile);
    html += row(tr("Memory"), tr("%1 MiB").arg(c.memoryMiB));
    html += row(tr("Processors"), tr("%1 × %2").arg(c.cpu.count).arg(c.cpu.model));
    html += row(tr("Machine"), tr("%1, %2 firmware, ACPI %3")
                                   .arg(c.machine, c.firmware.toUpper(),
                                        c.acpi ? tr("on") : tr("off")));
    html += row(tr("Graphics"), c.display.vga);
    html += row(tr("Sound"), c.sound);
    html += row(tr("Network"), networkText(c));
    html += row(tr("Removable media"), mediaText(c));
    html += row(tr("Boot order"), c.boot.order);
    if (!c.boot.kernel.isEmpty())
        html += row(tr("Kernel"), c.boot.kernel);
    if (!c.notes.isEmpty())
        html += row(tr("Notes"), c.notes);
    html += QStringLiteral("</table>");
    m_hardware->setText(html);
}

void DetailsPane::showDisks(const Engine::VmBundle &bundle)
{
    m_disks->clear();
    for (const Engine::DiskConfig &disk : bundle.config.disks) {
        const QString path = bundle.diskPath(disk);
        auto *item = new QTreeWidgetItem(m_disks);
        item->setText(0, QStringLiteral("%1 (%2)").arg(disk.node, Engine::diskBusName(disk.bus)));
        item->setText(4, path);
        item->setToolTip(4, path);
        auto info = Engine::DiskImage::info(path, /*forceShare=*/true);
        if (!info) {
            item->setText(1, disk.format);
            item->setText(2, info.error().message);
            item->setToolTip(2, info.error().toString());
            continue;
        }
        item->setText(1, info->format);
        item->setText(2, Engine::DiskImage::formatSize(info->virtualSizeBytes));
        item->setText(3, Engine::DiskImage::formatSize(info->actualSizeBytes));
    }
    if (bundle.config.disks.isEmpty())
        (new QTreeWidgetItem(m_disks))->setText(0, tr("No disks"));
}

void DetailsPane::showLog(const QString &bundlePath)
{
    QFile file(bundlePath + QStringLiteral("/log/qemu.log"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_log->setPlainText(tr("No log yet: the VM has not run."));
        return;
    }
    constexpr qint64 kTailBytes = 16 * 1024;
    if (file.size() > kTailBytes)
        file.seek(file.size() - kTailBytes);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.size() > kLogLines)
        lines = lines.mid(lines.size() - kLogLines);
    const QString text = lines.isEmpty() ? tr("The log is empty.") : lines.join(QLatin1Char('\n'));
    if (m_log->toPlainText() != text) {
        m_log->setPlainText(text);
        // After the layout: the newest lines are what matters.
        QTimer::singleShot(0, m_log, [log = m_log] {
            log->verticalScrollBar()->setValue(log->verticalScrollBar()->maximum());
        });
    }
}

} // namespace App
