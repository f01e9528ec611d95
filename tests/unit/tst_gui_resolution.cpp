// The console's Resolution menu and release hotkey without a guest agent (what legacy guests
// always are): the menu says what a size does for this card, stores it for the next start
// where the card has a preferred mode (EDID), and offers nothing it cannot do; the preferences
// keep the release hotkey.
#include "app/console/resolutionmenu.h"
#include "app/settings/preferencesdialog.h"
#include "display/input/keyboardinput.h"
#include "display/input/scancodes.h"
#include "display/spice/spiceagent.h"
#include "display/spice/spicesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DisplayChannel;

class TstGuiResolution : public QObject
{
    Q_OBJECT

    static QAction *action(QMenu &menu, const QString &name)
    {
        return menu.findChild<QAction *>(name);
    }

private Q_SLOTS:
    void agentlessStdVgaStoresThePreferredMode()
    {
        SpiceSession session;
        SpiceAgent agent(&session);
        App::ResolutionMenu menu(&agent, nullptr, QStringLiteral("std"), QString());
        QStringList saved;
        menu.setSaver([&](const QString &r) {
            saved << r;
            return QString();
        });
        QSignalSpy fit(&menu, &App::ResolutionMenu::fitWindowTo);
        QSignalSpy message(&menu, &App::ResolutionMenu::message);
        Q_EMIT menu.aboutToShow();
        // The header tells the truth: no agent, effective from the next start.
        QVERIFY(menu.actions().first()->text().contains(QStringLiteral("next start")));
        QAction *size = action(menu, QStringLiteral("resolution_800x600"));
        QVERIFY(size && size->isEnabled());
        QVERIFY(!action(menu, QStringLiteral("resizeWithWindow"))->isEnabled());
        size->trigger();
        QCOMPARE(saved, QStringList{QStringLiteral("800x600")});
        QCOMPARE(fit.count(), 1);
        QCOMPARE(fit.at(0).at(0).toSize(), QSize(800, 600));
        QVERIFY(message.at(0).at(0).toString().contains(QStringLiteral("800x600")));
        QVERIFY(agent.lastMonitorConfig().isEmpty()); // nothing went to the guest
        // Now stored: the menu shows it and offers the card's default back.
        Q_EMIT menu.aboutToShow();
        QVERIFY(action(menu, QStringLiteral("resolution_800x600"))->isChecked());
        action(menu, QStringLiteral("resolutionDefault"))->trigger();
        QCOMPARE(saved.last(), QString());
    }

    void aSaveErrorIsShownAndNothingChanges()
    {
        App::ResolutionMenu menu(nullptr, nullptr, QStringLiteral("virtio"), QString());
        menu.setSaver([](const QString &) { return QStringLiteral("The disk is full."); });
        QSignalSpy message(&menu, &App::ResolutionMenu::message);
        QSignalSpy fit(&menu, &App::ResolutionMenu::fitWindowTo);
        action(menu, QStringLiteral("resolution_1024x768"))->trigger();
        QCOMPARE(message.at(0).at(0).toString(), QStringLiteral("The disk is full."));
        QCOMPARE(fit.count(), 0);
        Q_EMIT menu.aboutToShow();
        QVERIFY(!action(menu, QStringLiteral("resolution_1024x768"))->isChecked());
    }

    void cardWithoutEdidOffersNothing()
    {
        App::ResolutionMenu menu(nullptr, nullptr, QStringLiteral("cirrus"), QString());
        int saves = 0;
        menu.setSaver([&](const QString &) {
            ++saves;
            return QString();
        });
        QVERIFY(menu.actions().first()->text().contains(QStringLiteral("inside the guest")));
        for (const QSize &s : App::ResolutionMenu::presets()) {
            QAction *a = action(menu, QStringLiteral("resolution_%1x%2").arg(s.width()).arg(s.height()));
            QVERIFY(a && !a->isEnabled());
        }
        QCOMPARE(saves, 0);
    }

    void releaseHotkeyPreference()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(App::PreferencesDialog::releaseHotkey(settings), KeyboardInput::defaultReleaseHotkey());
        App::PreferencesDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("releaseHotkeyCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), KeyboardInput::releaseHotkeyPresets().size());
        combo->setCurrentIndex(combo->findText(QStringLiteral("Right Ctrl")));
        QVERIFY(combo->currentIndex() > 0);
        dialog.accept();
        QCOMPARE(App::PreferencesDialog::releaseHotkey(settings), QList<int>{Evdev::kRightCtrl});
        // A damaged value falls back to the default instead of leaving no way out.
        settings.setValue(QLatin1String(KeyboardInput::kReleaseHotkeySetting), QStringLiteral("ctrl+q"));
        QCOMPARE(App::PreferencesDialog::releaseHotkey(settings), KeyboardInput::defaultReleaseHotkey());
    }
};

QTEST_MAIN(TstGuiResolution)
#include "tst_gui_resolution.moc"
