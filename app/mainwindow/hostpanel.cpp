#include "app/mainwindow/hostpanel.h"

#include "engine/host/accelprobe.h"
#include "engine/host/qemubinaries.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>

namespace App {

namespace {

struct HostFacts
{
    Engine::Result<Engine::AccelVerdict> verdict = Engine::Error();
    QString qemuVersion;
    QString qemuError;
};

HostFacts gather(bool refresh)
{
    HostFacts facts;
    facts.verdict = Engine::AccelProbe::verdict(QStringLiteral("auto"), refresh);
    auto qemu = Engine::QemuBinaries::system();
    if (!qemu) {
        facts.qemuError = qemu.error().message;
        return facts;
    }
    QProcess p;
    p.start(*qemu, {QStringLiteral("--version")});
    if (p.waitForFinished(10000))
        facts.qemuVersion = QString::fromUtf8(p.readAllStandardOutput()).section(u'\n', 0, 0);
    return facts;
}

} // namespace

HostPanel::HostPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hostPanel"));
    setAccessibleName(tr("Host"));
    auto *layout = new QGridLayout(this);
    auto *accelLabel = new QLabel(tr("Accelerator:"), this);
    m_accel = new QLabel(tr("Checking…"), this);
    m_accel->setObjectName(QStringLiteral("hostAccel"));
    m_accel->setAccessibleName(tr("Accelerator"));
    QFont bold = m_accel->font();
    bold.setBold(true);
    m_accel->setFont(bold);
    accelLabel->setBuddy(m_accel);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("hostAccelReason"));
    m_reason->setAccessibleName(tr("Why this accelerator"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *qemuLabel = new QLabel(tr("QEMU:"), this);
    m_qemu = new QLabel(tr("Checking…"), this);
    m_qemu->setObjectName(QStringLiteral("hostQemu"));
    m_qemu->setAccessibleName(tr("QEMU version"));
    m_qemu->setTextInteractionFlags(Qt::TextSelectableByMouse);
    qemuLabel->setBuddy(m_qemu);
    layout->addWidget(accelLabel, 0, 0);
    layout->addWidget(m_accel, 0, 1);
    layout->addWidget(qemuLabel, 0, 2);
    layout->addWidget(m_qemu, 0, 3);
    layout->addWidget(m_reason, 1, 0, 1, 4);
    layout->setColumnStretch(3, 1);
}

QString HostPanel::acceleratorText() const
{
    return m_accel->text();
}

void HostPanel::probe(bool refresh)
{
    auto *watcher = new QFutureWatcher<HostFacts>(this);
    connect(watcher, &QFutureWatcher<HostFacts>::finished, this, [this, watcher] {
        const HostFacts facts = watcher->result();
        watcher->deleteLater();
        if (facts.verdict) {
            m_accel->setText(facts.verdict->accel.toUpper());
            m_reason->setText(facts.verdict->reason);
        } else {
            m_accel->setText(tr("Unknown"));
            m_reason->setText(facts.verdict.error().message);
            m_reason->setToolTip(facts.verdict.error().details);
        }
        m_qemu->setText(!facts.qemuVersion.isEmpty() ? facts.qemuVersion
                        : !facts.qemuError.isEmpty() ? facts.qemuError
                                                     : tr("not found"));
        Q_EMIT probed();
    });
    watcher->setFuture(QtConcurrent::run(gather, refresh));
}

} // namespace App
