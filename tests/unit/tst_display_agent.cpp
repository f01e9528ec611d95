// What the display library decides on its own, without a guest: the agent's clipboard-type
// and monitor-configuration mapping, that SpiceAgent does nothing without an agent (legacy
// guests), and how a frame's damage is merged before a front end paints it.
#include "display/spice/agentformats.h"
#include "display/spice/spiceagent.h"
#include "display/spice/spicesession.h"

#include <QSignalSpy>
#include <QTest>

using namespace DisplayChannel;

class TstDisplayAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clipboardTypesMapToMime()
    {
        QCOMPARE(clipboardTypeOf(QStringLiteral("text/plain")), ClipboardType::Text);
        QCOMPARE(clipboardTypeOf(QStringLiteral("text/plain;charset=utf-8")), ClipboardType::Text);
        QCOMPARE(clipboardTypeOf(QStringLiteral("image/png")), ClipboardType::Png);
        QCOMPARE(clipboardTypeOf(QStringLiteral("image/jpg")), ClipboardType::Jpeg);
        QCOMPARE(clipboardTypeOf(QStringLiteral("text/html")), ClipboardType::None);
        for (ClipboardType t : {ClipboardType::Text, ClipboardType::Png, ClipboardType::Bmp,
                                ClipboardType::Tiff, ClipboardType::Jpeg})
            QCOMPARE(clipboardTypeOf(mimeTypeOf(t)), t);
        QVERIFY(mimeTypeOf(ClipboardType::None).isEmpty());
    }

    void whatTheGuestIsOffered()
    {
        // A rich-text copy on the host: the guest gets plain text.
        QCOMPARE(typesToOffer({QStringLiteral("text/html"), QStringLiteral("text/plain")}, false),
                 QList<ClipboardType>{ClipboardType::Text});
        // An image (Qt converts any image format to PNG).
        QCOMPARE(typesToOffer({QStringLiteral("application/x-qt-image")}, true),
                 QList<ClipboardType>{ClipboardType::Png});
        QVERIFY(typesToOffer({QStringLiteral("text/uri-list")}, false).isEmpty());
        // From the guest: text wins over images, PNG over the others.
        QCOMPARE(preferredType({ClipboardType::Bmp, ClipboardType::Text}), ClipboardType::Text);
        QCOMPARE(preferredType({ClipboardType::Tiff, ClipboardType::Png}), ClipboardType::Png);
        QCOMPARE(preferredType({}), ClipboardType::None);
    }

    void monitorConfigForAWindow()
    {
        QCOMPARE(monitorConfigFor(QSize(1001, 700)), QRect(0, 0, 1000, 700));
        QCOMPARE(monitorConfigFor(QSize(1920, 1080)), QRect(0, 0, 1920, 1080));
        QCOMPARE(monitorConfigFor(QSize(100, 50)), QRect(0, 0, 640, 480));
        QCOMPARE(monitorConfigFor(QSize(9000, 9000)), QRect(0, 0, 8192, 8192));
        QVERIFY(monitorConfigFor(QSize()).isEmpty());
    }

    void withoutAnAgentNothingIsSent()
    {
        SpiceSession session;
        SpiceAgent agent(&session);
        QSignalSpy changed(&agent, &SpiceAgent::agentConnectedChanged);
        QVERIFY(!agent.agentConnected());
        QVERIFY(!agent.canResize());
        agent.requestSize(QSize(800, 600));
        QVERIFY(!agent.setResolution(QSize(800, 600)));
        QTest::qWait(SpiceAgent::kResizeDelayMs + 100);
        QVERIFY(agent.lastMonitorConfig().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void frameDamageIsMerged()
    {
        // QEMU's VGA sends a full-screen change as 32-pixel columns whose tops differ by a
        // line: one box, not a piece per band.
        QRegion columns;
        for (int x = 0; x < 1024; x += 32)
            columns += QRect(x, x < 512 ? 321 : 320, 32, x < 512 ? 447 : 448);
        QCOMPARE(SpiceSession::simplifyDamage(columns), QRegion(QRect(0, 320, 1024, 448)));
        // Two small changes far apart stay two pieces (a cursor blink and a clock).
        const QRegion apart = QRegion(0, 0, 8, 16) + QRegion(1000, 750, 24, 16);
        QCOMPARE(SpiceSession::simplifyDamage(apart), apart);
        // Many pieces become their box.
        QRegion many;
        for (int i = 0; i < SpiceSession::kMaxDamageRects + 1; ++i)
            many += QRect(i * 100, i * 70, 4, 4);
        QCOMPARE(SpiceSession::simplifyDamage(many).rectCount(), 1);
    }
};

QTEST_MAIN(TstDisplayAgent)
#include "tst_display_agent.moc"
