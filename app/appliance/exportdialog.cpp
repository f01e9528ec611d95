#include "app/appliance/exportdialog.h"

#include "app/common/jobdialog.h"
#include "engine/snapshots/snapshottree.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using Appliances::ExportOptions;

namespace App {

ExportApplianceDialog::ExportApplianceDialog(const Engine::VmLibrary &library, const Engine::VmBundle &vm,
                                             QWidget *parent)
    : QDialog(parent), m_library(library), m_vm(vm)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1").arg(vm.name()));
    setAccessibleName(tr("Export %1").arg(vm.name()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_path = pathRow(form, tr("&Save as:"), QStringLiteral("exportPathEdit"), tr("Export file"), true);
    m_path->setText(QDir::home().filePath(vm.name() + QStringLiteral(".ova")));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("OVA appliance: one file for VirtualBox, VMware and others"), int(ExportOptions::Format::Ova));
    m_format->addItem(tr("OVF folder: .ovf, .mf and disk files side by side"), int(ExportOptions::Format::Ovf));
    m_format->addItem(tr("Emanon zip bundle: everything, snapshots included"), int(ExportOptions::Format::Zip));
    form->addRow(tr("&Format:"), m_format);

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("exportVersionCombo"));
    m_version->setAccessibleName(tr("OVF version"));
    m_version->addItem(tr("OVF 1.0 (accepted by most tools)"), int(Appliances::OvfVersion::V1));
    m_version->addItem(tr("OVF 2.0"), int(Appliances::OvfVersion::V2));
    form->addRow(tr("OVF &version:"), m_version);

    m_digest = new QComboBox(this);
    m_digest->setObjectName(QStringLiteral("exportDigestCombo"));
    m_digest->setAccessibleName(tr("Manifest digest"));
    m_digest->addItem(tr("SHA256"), int(Appliances::DigestAlgorithm::Sha256));
    m_digest->addItem(tr("SHA1 (for older tools)"), int(Appliances::DigestAlgorithm::Sha1));
    form->addRow(tr("&Manifest:"), m_digest);

    m_snapshot = new QComboBox(this);
    m_snapshot->setObjectName(QStringLiteral("exportSnapshotCombo"));
    m_snapshot->setAccessibleName(tr("What to export"));
    m_snapshot->addItem(tr("The current state"), QString());
    if (const auto tree = Engine::SnapshotTree::load(vm.snapshotsJsonPath()); tree)
        for (const Engine::SnapshotNode &n : tree->nodes())
            if (!n.broken)
                m_snapshot->addItem(tr("Snapshot “%1”").arg(n.name), n.id);
    form->addRow(tr("E&xport:"), m_snapshot);

    m_sign = new QGroupBox(tr("&Sign the appliance"), this);
    m_sign->setObjectName(QStringLiteral("exportSignGroup"));
    m_sign->setAccessibleName(tr("Sign the appliance"));
    m_sign->setCheckable(true);
    m_sign->setChecked(false);
    auto *signForm = new QFormLayout(m_sign);
    m_key = pathRow(signForm, tr("Private &key (PEM):"), QStringLiteral("exportKeyEdit"), tr("Signing key"), false);
    m_cert = pathRow(signForm, tr("&Certificate (PEM):"), QStringLiteral("exportCertEdit"), tr("Signing certificate"), false);
    layout->addWidget(m_sign);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportApplianceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportApplianceDialog::onFormatChanged);
    resize(640, sizeHint().height());
}

QLineEdit *ExportApplianceDialog::pathRow(QFormLayout *form, const QString &label, const QString &objectName,
                                          const QString &accessibleName, bool save)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(objectName + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Browse: %1").arg(accessibleName));
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *l = new QLabel(label, this);
    l->setBuddy(edit);
    form->addRow(l, row);
    connect(browse, &QPushButton::clicked, this, [this, edit, accessibleName, save] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString f = save ? QFileDialog::getSaveFileName(this, accessibleName, start)
                               : QFileDialog::getOpenFileName(this, accessibleName, start,
                                                              tr("PEM files (*.pem *.key *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            edit->setText(f);
    });
    return edit;
}

void ExportApplianceDialog::onFormatChanged()
{
    const auto format = ExportOptions::Format(m_format->currentData().toInt());
    const bool ovf = format != ExportOptions::Format::Zip;
    for (QWidget *w : {static_cast<QWidget *>(m_version), static_cast<QWidget *>(m_digest),
                       static_cast<QWidget *>(m_snapshot), static_cast<QWidget *>(m_sign)})
        w->setEnabled(ovf);
    const QString suffix = format == ExportOptions::Format::Zip   ? QStringLiteral(".zip")
                           : format == ExportOptions::Format::Ovf ? QStringLiteral(".ovf")
                                                                  : QStringLiteral(".ova");
    const QFileInfo fi(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(fi.dir().filePath(fi.completeBaseName() + suffix));
}

void ExportApplianceDialog::setTargetPath(const QString &path)
{
    m_path->setText(path);
}

ExportOptions ExportApplianceDialog::options() const
{
    ExportOptions o;
    o.libraryRoot = m_library.root();
    o.vm = m_vm.name();
    o.targetPath = QFileInfo(m_path->text()).absoluteFilePath();
    o.format = ExportOptions::Format(m_format->currentData().toInt());
    if (o.format != ExportOptions::Format::Zip) {
        o.ovfVersion = Appliances::OvfVersion(m_version->currentData().toInt());
        o.digest = Appliances::DigestAlgorithm(m_digest->currentData().toInt());
        o.snapshot = m_snapshot->currentData().toString();
        if (m_sign->isChecked()) {
            o.signKeyPath = m_key->text();
            o.signCertPath = m_cert->text();
        }
    }
    return o;
}

void ExportApplianceDialog::accept()
{
    if (m_path->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to save the export."));
        m_path->setFocus();
        return;
    }
    auto *job = new Appliances::ExportJob(options());
    const bool ok = JobDialog::run(this, job) == JobDialog::Outcome::Succeeded;
    m_outputs = job->outputs();
    job->deleteLater(); // its worker may still deliver its last events
    if (ok)
        QDialog::accept();
}

} // namespace App
