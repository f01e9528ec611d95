// VmRunner: which operation each state refuses (the whole table), and that refusals say why.
#include "engine/runner/vmrunner.h"

#include <QTest>

using namespace Engine;
using State = VmRunner::State;
using Op = VmRunner::Operation;

class TstVmRunnerStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("allowed"); // operations allowed, by letter
        // S start, P pause, R resume, X reset, D power-down, T stop, K kill, V save (suspend),
        // L restore, Y discard the saved state
        QTest::newRow("stopped") << int(State::Stopped) << "S";
        QTest::newRow("starting") << int(State::Starting) << "TK";
        QTest::newRow("running") << int(State::Running) << "PXDTKV";
        QTest::newRow("paused") << int(State::Paused) << "RXTKV";
        QTest::newRow("stopping") << int(State::Stopping) << "TK";
        QTest::newRow("saving") << int(State::Saving) << "K";
        QTest::newRow("restoring") << int(State::Restoring) << "TK";
        QTest::newRow("crashed") << int(State::Crashed) << "S";
        QTest::newRow("saved") << int(State::Saved) << "SLY";
    }

    void table()
    {
        QFETCH(int, state);
        QFETCH(QString, allowed);
        const QList<QPair<QChar, Op>> ops = {
            {u'S', Op::Start}, {u'P', Op::Pause},     {u'R', Op::Resume},
            {u'X', Op::Reset}, {u'D', Op::PowerDown}, {u'T', Op::Stop},
            {u'K', Op::Kill},  {u'V', Op::Save},      {u'L', Op::Restore},
            {u'Y', Op::Discard}};
        for (const auto &[letter, op] : ops) {
            const auto why = VmRunner::refusal(State(state), op);
            const bool expectAllowed = allowed.contains(letter);
            QVERIFY2(why.has_value() != expectAllowed,
                     qPrintable(QStringLiteral("op %1 in %2").arg(letter).arg(
                         VmRunner::stateName(State(state)))));
            if (why) {
                QCOMPARE(why->code, ErrorCode::StateRefused);
                QVERIFY(!why->message.isEmpty());
            }
        }
    }

    void pausedPowerDownSaysResumeFirst()
    {
        const auto why = VmRunner::refusal(State::Paused, Op::PowerDown);
        QVERIFY(why->message.contains(QStringLiteral("Resume")));
    }

    void operationsOnAStoppedRunnerAreRefusedWithoutQemu()
    {
        VmConfig c;
        c.name = QStringLiteral("idle");
        c.uuid = QUuid::createUuid();
        VmRunner runner(QStringLiteral("/nonexistent"), c);
        QCOMPARE(runner.state(), State::Stopped);
        QVERIFY(!runner.pause().ok());
        QVERIFY(!runner.resume().ok());
        QVERIFY(!runner.reset().ok());
        QVERIFY(!runner.powerDown().ok());
        QVERIFY(!runner.stop().ok());
        QCOMPARE(runner.kill().error().code, ErrorCode::StateRefused);
    }
};

QTEST_GUILESS_MAIN(TstVmRunnerStates)
#include "tst_vmrunner_states.moc"
