// "Move to Host…": what the dialog offers for a VM in each state, the host list it reads and
// writes, and the figures shown at the end.
#include "app/migration/movetohostdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;
using State = VmRunner::State;

class TstGuiMoveToHost : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString hostsWith(const QStringList &names)
    {
        const QString path = m_dir.filePath(QStringLiteral("hosts-%1.json").arg(names.join(u'-')));
        HostList list;
        for (const QString &n : names) {
            HostEntry h;
            h.name = n;
            h.url = QStringLiteral("ssh://root@%1.lan").arg(n);
            if (!list.add(h))
                return {};
        }
        return list.save(path) ? path : QString();
    }

    static VmBundle vm()
    {
        VmBundle b;
        b.path = QStringLiteral("/lib/Demo.emanon");
        b.config.name = QStringLiteral("Demo");
        return b;
    }

    static QPushButton *moveButton(QDialog &d)
    {
        return d.findChild<QPushButton *>(QStringLiteral("moveButton"));
    }

private Q_SLOTS:
    void runningVmMovesLiveByDefault()
    {
        App::MoveToHostDialog d(vm(), State::Running, nullptr, hostsWith({QStringLiteral("bigbox"), QStringLiteral("nas")}));
        auto *hosts = d.findChild<QComboBox *>(QStringLiteral("hostBox"));
        QCOMPARE(hosts->count(), 2);
        QVERIFY(hosts->itemText(0).contains(QStringLiteral("ssh://root@bigbox.lan")));
        QVERIFY(d.findChild<QRadioButton *>(QStringLiteral("liveButton"))->isEnabled());
        QCOMPARE(d.mode(), MigrationMode::Live);
        hosts->setCurrentIndex(1);
        QCOMPARE(d.host().name, QStringLiteral("nas"));
        QVERIFY(moveButton(d)->isEnabled());
        d.findChild<QRadioButton *>(QStringLiteral("quickButton"))->setChecked(true);
        QCOMPARE(d.mode(), MigrationMode::Quick);
    }

    void stoppedVmCanOnlyBeCopied()
    {
        App::MoveToHostDialog d(vm(), State::Stopped, nullptr, hostsWith({QStringLiteral("bigbox")}));
        auto *live = d.findChild<QRadioButton *>(QStringLiteral("liveButton"));
        QVERIFY(!live->isEnabled());
        QVERIFY(!live->toolTip().isEmpty());
        QCOMPARE(d.mode(), MigrationMode::Quick);
    }

    void withoutHostsItSaysHowToAddOne()
    {
        App::MoveToHostDialog d(vm(), State::Running, nullptr, m_dir.filePath(QStringLiteral("none.json")));
        QCOMPARE(d.findChild<QComboBox *>(QStringLiteral("hostBox"))->count(), 0);
        QVERIFY(!moveButton(d)->isEnabled());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("hint"))->text().contains(QStringLiteral("SSH")));
        QVERIFY(d.findChild<QPushButton *>(QStringLiteral("addHostButton")));
    }

    void figuresAtTheEnd()
    {
        MigrationReport r;
        r.totalTimeMs = 2500;
        r.downtimeMs = 48;
        r.resumeDelayMs = 20;
        r.ramBytes = 110 * 1024 * 1024;
        r.diskBytes = 64 * 1024;
        r.dirtySyncCount = 3;
        const QString text = App::MoveToHostDialog::reportText(r);
        QVERIFY(text.contains(QStringLiteral("2.50 s")));
        QVERIFY(text.contains(QStringLiteral("48 ms")));
        QVERIFY(text.contains(QStringLiteral("68 ms")));
        QVERIFY(text.contains(QStringLiteral("3 passes")));
    }
};

QTEST_MAIN(TstGuiMoveToHost)
#include "tst_gui_movetohost.moc"
