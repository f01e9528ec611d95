// GUI tests (offscreen) of the appliance import wizard and export dialog: an appliance with a
// license imports only after "I accept" (driven by keyboard), Decline imports nothing, a file
// that fails verification is refused on the report page until verification is turned off
// (loudly), every control of every page has an accessible name, a dropped .ova/.ovf/.zip
// opens the wizard, and the export dialog writes the chosen format, OVF version and digest.
// Real qemu-img converts the small fixture disks; the backend is a fake (no QEMU runs).
#include "app/appliance/exportdialog.h"
#include "app/appliance/importwizard.h"
#include "app/mainwindow/mainwindow.h"
#include "tests/support/testutil.h"
#include "tests/unit/tst_snapshotfakes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using namespace Engine;
using App::ImportApplianceWizard;

namespace {

/// Every control of `page` that Tab reaches has an accessible name.
QStringList unnamedControls(QWidget *page)
{
    QStringList out;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page) || !(w->focusPolicy() & Qt::TabFocus) || w->inherits("QScrollBar"))
            continue;
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractScrollArea") && w->objectName().startsWith(QLatin1String("qt_")))
            continue; // the viewport of a named view
        // A button's text is its accessible name (what a screen reader says).
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            out << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return out;
}

QString reportText(QWizard &wizard)
{
    auto *tree = wizard.currentPage()->findChild<QTreeWidget *>(QStringLiteral("importReport"));
    QString text;
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        text += tree->topLevelItem(i)->text(0) + QLatin1Char(' ') + tree->topLevelItem(i)->text(1) + QLatin1Char('\n');
    return text;
}

bool copyFile(const QString &from, const QString &to, const QByteArray &replace = {}, const QByteArray &with = {})
{
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    QByteArray data = in.readAll();
    if (!replace.isEmpty())
        data.replace(replace, with);
    return out.write(data) == data.size();
}

} // namespace

class TstGuiAppliance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;

    QString newLibrary() { return m_tmp.filePath(QStringLiteral("lib%1").arg(++m_n)); }

private Q_SLOTS:
    void licensedApplianceImportsOnlyAfterAccept()
    {
        const VmLibrary library(newLibrary());
        ImportApplianceWizard wizard(library, TestUtil::dataPath(QStringLiteral("ovf/v0.9.ovf")));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportApplianceWizard::ReportPageId));
        const QString report = reportText(wizard);
        QVERIFY2(report.contains(QStringLiteral("lsilogic")), qPrintable(report)); // what was chosen instead
        QVERIFY2(report.contains(QStringLiteral("input.vmdk")), qPrintable(report)); // what maps to what
        QVERIFY2(unnamedControls(wizard.currentPage()).isEmpty(), qPrintable(unnamedControls(wizard.currentPage()).join(u' ')));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportApplianceWizard::EulaPageBase));
        auto *text = wizard.currentPage()->findChild<QWidget *>(QStringLiteral("eulaText"));
        QVERIFY(text->property("plainText").toString().contains(QStringLiteral("How lovely is thy legalese!")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(unnamedControls(wizard.currentPage()).isEmpty(), qPrintable(unnamedControls(wizard.currentPage()).join(u' ')));
        wizard.next(); // refused: not accepted yet
        QCOMPARE(wizard.currentId(), int(ImportApplianceWizard::EulaPageBase));
        auto *accept = wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("eulaAccept"));
        accept->setFocus();
        QTest::keyClick(accept, Qt::Key_Space); // the keyboard accepts
        QVERIFY(accept->isChecked());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportApplianceWizard::NamePageId));
        auto *name = wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("importNameEdit"));
        QVERIFY(!name->text().isEmpty()); // defaults from the OVF
        QVERIFY2(unnamedControls(wizard.currentPage()).isEmpty(), qPrintable(unnamedControls(wizard.currentPage()).join(u' ')));
        name->setText(QStringLiteral("Licensed"));
        QVERIFY(!QFileInfo::exists(library.bundlePathFor(QStringLiteral("Licensed"))));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportApplianceWizard::ProgressPageId));
        QVERIFY2(unnamedControls(wizard.currentPage()).isEmpty(), qPrintable(unnamedControls(wizard.currentPage()).join(u' ')));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imported().has_value(), 60000);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        auto *result = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("importResult"));
        QVERIFY2(result->text().contains(QStringLiteral("Imported “Licensed”")), qPrintable(result->text()));
        const auto vm = library.open(QStringLiteral("Licensed"));
        QVERIFY2(vm.ok(), qPrintable(vm.error().toString()));
        QCOMPARE(vm->config.disks.size(), 1);
        QVERIFY(QFileInfo(vm->diskPath(vm->config.disks[0])).isFile());
    }

    void decliningTheLicenseImportsNothing()
    {
        const QString root = newLibrary();
        const VmLibrary library(root);
        ImportApplianceWizard wizard(library, TestUtil::dataPath(QStringLiteral("ovf/v0.9.ovf")));
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportApplianceWizard::EulaPageBase));
        auto *decline = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("eulaDecline"));
        QTest::mouseClick(decline, Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!wizard.isVisible());
        QVERIFY(!wizard.imported());
        QVERIFY(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void failedVerificationIsRefusedUntilTurnedOffLoudly()
    {
        // The descriptor changed after the manifest was made.
        const QString dir = m_tmp.filePath(QStringLiteral("changed"));
        QDir().mkpath(dir);
        for (const QString &f : {QStringLiteral("ubuntu.2.0.mf"), QStringLiteral("ubuntu.2.0-disk1.vmdk")})
            QVERIFY(copyFile(TestUtil::dataPath(QStringLiteral("ovf/") + f), dir + QLatin1Char('/') + f));
        QVERIFY(copyFile(TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf")), dir + QStringLiteral("/ubuntu.2.0.ovf"),
                         "</Envelope>", "<!-- changed --></Envelope>"));
        const VmLibrary library(newLibrary());
        ImportApplianceWizard wizard(library, dir + QStringLiteral("/ubuntu.2.0.ovf"));
        wizard.show();
        auto *error = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("importReportError"));
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("does not match")), qPrintable(error->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *loud = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("importNotVerified"));
        QVERIFY(!loud->isVisible());
        wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("importVerifyCheck"))->setChecked(false);
        QVERIFY(loud->isVisible());
        QVERIFY(loud->text().contains(QStringLiteral("VERIFICATION IS OFF")));
        QVERIFY(!error->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void droppedApplianceOpensTheWizard()
    {
        VmLibrary library(newLibrary());
        SnapshotFakes::FakeBackend backend;
        backend.state = VmRunner::State::Stopped;
        QSettings settings(m_tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        App::MainWindow window(library, backend, settings);
        window.show();

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_tmp.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        const QString ovf = TestUtil::dataPath(QStringLiteral("ovf/ubuntu.2.0.ovf"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(ovf)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());

        QString openedOn;
        int page = -1;
        QTimer catcher;
        catcher.setInterval(50);
        connect(&catcher, &QTimer::timeout, this, [&] {
            auto *w = qobject_cast<ImportApplianceWizard *>(QApplication::activeModalWidget());
            if (!w)
                return;
            catcher.stop();
            openedOn = w->choices().sourcePath;
            page = w->currentId();
            w->reject();
        });
        catcher.start();
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(openedOn, ovf, 20000);
        QCOMPARE(page, int(ImportApplianceWizard::ReportPageId));
    }

    void exportDialogWritesTheChosenFormat()
    {
        const VmLibrary library(newLibrary());
        VmConfig c;
        c.name = QStringLiteral("Exported");
        auto vm = VmLibrary(library.root()).create(c, {{QStringLiteral("disk0"), 16 << 20}});
        QVERIFY2(vm.ok(), qPrintable(vm.error().toString()));
        App::ExportApplianceDialog dialog(library, *vm);
        dialog.show();
        QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(u' ')));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        auto *version = dialog.findChild<QComboBox *>(QStringLiteral("exportVersionCombo"));
        auto *digest = dialog.findChild<QComboBox *>(QStringLiteral("exportDigestCombo"));
        format->setCurrentIndex(2); // zip: OVF choices do not apply
        QVERIFY(!version->isEnabled());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("exportPathEdit"))->text().endsWith(QLatin1String(".zip")));
        format->setCurrentIndex(1);
        QVERIFY(version->isEnabled());
        version->setCurrentIndex(1);
        digest->setCurrentIndex(1);
        const QString out = m_tmp.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        dialog.setTargetPath(out + QStringLiteral("/folder.ovf"));
        dialog.accept(); // runs the export with its progress dialog
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QFile mf(out + QStringLiteral("/folder.mf"));
        QVERIFY(mf.open(QIODevice::ReadOnly));
        QVERIFY(mf.readAll().startsWith("SHA1("));
        QFile ovfFile(out + QStringLiteral("/folder.ovf"));
        QVERIFY(ovfFile.open(QIODevice::ReadOnly));
        QVERIFY(ovfFile.readAll().contains("http://schemas.dmtf.org/ovf/envelope/2"));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/folder-disk0.vmdk")));
    }
};

QTEST_MAIN(TstGuiAppliance)
#include "tst_gui_appliance.moc"
