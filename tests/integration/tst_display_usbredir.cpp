// SPICE USB redirection against a real QEMU: the VM's usb-redir slots (one spicevmc channel
// each) reach spice-client-glib's USB device manager through our SpiceSession, so the client
// sees the number of free slots the VM was given; a VM without slots says so; asking for a
// device the client does not see fails with the reason, asynchronously. Redirecting a real
// device needs host USB (a stick, or dummy_hcd + a gadget): where there is none the last test
// is skipped with that reason.
#include "display/spice/spicesession.h"
#include "display/usb/spiceusbredirector.h"

#include <QFileInfo>
#include <QSignalSpy>

#include "tst_display_vm.h"

using namespace Engine;
using DisplayChannel::SpiceSession;
using DisplayChannel::SpiceUsbRedirector;

class TstDisplayUsbRedir : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DisplayTest::Vm m_vm;
    SpiceSession *m_session = nullptr;

    static bool connectSession(SpiceSession &session, const QString &socket)
    {
        QSignalSpy connected(&session, &SpiceSession::connected);
        session.connectToSocket(socket);
        return connected.wait(30000) || !connected.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DisplayTest::isolate(m_tmp);
        EMANON_REQUIRE_GUESTS_OR_SKIP(!DisplayTest::haveGuest());
        QVERIFY(m_vm.create(QStringLiteral("Redir"), true).ok());
        QCOMPARE(m_vm.bundle.config.usb.redirectSlots, 2); // the default
        const Status s = m_vm.startAndWaitReady();
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        m_session = new SpiceSession(this);
        QVERIFY(connectSession(*m_session, m_vm.spiceSocket()));
    }

    void cleanupTestCase()
    {
        delete m_session;
        m_vm.stop();
    }

    void clientSeesTheVmsSlots()
    {
        SpiceUsbRedirector redirector(m_session);
        // The usbredir channels open after the main channel: wait for both.
        QTRY_COMPARE_WITH_TIMEOUT(redirector.freeSlots(), 2, 20000);
        const Status available = redirector.availability();
        QVERIFY2(available.ok(), qPrintable(available.error().toString()));
    }

    void unknownDeviceFailsWithTheReasonLater()
    {
        SpiceUsbRedirector redirector(m_session);
        QTRY_COMPARE_WITH_TIMEOUT(redirector.freeSlots(), 2, 20000);
        const Status can = redirector.canRedirect(250, 127);
        QVERIFY(!can);
        QCOMPARE(can.error().code, ErrorCode::NotFound);
        QVERIFY(!redirector.isConnected(250, 127));
        QSignalSpy finished(&redirector, &SpiceUsbRedirector::connectFinished);
        redirector.connectDevice(250, 127);
        QCOMPARE(finished.size(), 0); // never from inside the call
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toInt(), 250);
        QCOMPARE(finished.at(0).at(2).value<Error>().code, ErrorCode::NotFound);
        QCOMPARE(redirector.freeSlots(), 2);
    }

    void disconnectedSessionSaysSo()
    {
        SpiceSession idle;
        SpiceUsbRedirector redirector(&idle);
        const Status s = redirector.availability();
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("not connected")), qPrintable(s.error().message));
        QCOMPARE(redirector.freeSlots(), 0);
        QVERIFY(redirector.devices().isEmpty());
    }

    void redirectARealDevice()
    {
        if (!QFileInfo::exists(QStringLiteral("/sys/bus/usb")))
            QSKIP("this host has no USB (/sys/bus/usb is missing, no dummy_hcd): a real device "
                  "cannot be redirected here");
        SpiceUsbRedirector redirector(m_session);
        QTRY_COMPARE_WITH_TIMEOUT(redirector.freeSlots(), 2, 20000);
        QList<SpiceUsbRedirector::Device> candidates;
        for (const auto &d : redirector.devices()) {
            if (redirector.canRedirect(d.bus, d.address))
                candidates << d;
        }
        if (candidates.isEmpty())
            QSKIP("no host USB device this user may redirect");
        const auto d = candidates.first();
        QSignalSpy finished(&redirector, &SpiceUsbRedirector::connectFinished);
        redirector.connectDevice(d.bus, d.address);
        QVERIFY(finished.wait(30000));
        const auto e = finished.at(0).at(2).value<Error>();
        QVERIFY2(e.code == ErrorCode::None, qPrintable(e.toString()));
        QVERIFY(redirector.isConnected(d.bus, d.address));
        QCOMPARE(redirector.freeSlots(), 1);
        QSignalSpy gone(&redirector, &SpiceUsbRedirector::disconnectFinished);
        redirector.disconnectDevice(d.bus, d.address);
        QVERIFY(gone.wait(30000));
        QCOMPARE(redirector.freeSlots(), 2);
    }
};

QTEST_MAIN(TstDisplayUsbRedir)
#include "tst_display_usbredir.moc"
