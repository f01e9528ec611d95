// QmpClient against the scripted FakeQmpServer (framing, id matching, events, errors,
// timeouts, lost connections), then once against a real QEMU without a guest.
#include "engine/host/qemubinaries.h"
#include "engine/qmp/qmpclient.h"
#include "tests/support/fakeqmpserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Engine;
using TestUtil::FakeQmpServer;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

/// Collects execute() callbacks (and an ordered log shared with the client's signals), and
/// lets a test wait for them with QSignalSpy.
class Probe : public QObject
{
    Q_OBJECT
public:
    std::vector<Result<QJsonValue>> results;
    QStringList log;

    QmpClient::Callback callback(const QString &tag)
    {
        return [this, tag](const Result<QJsonValue> &result) {
            results.push_back(result);
            log.append(QStringLiteral("reply %1").arg(tag));
            Q_EMIT called();
        };
    }

    void watch(QmpClient &client)
    {
        connect(&client, &QmpClient::eventReceived, this,
                [this](const QString &name) { log.append(QStringLiteral("event %1").arg(name)); });
        connect(&client, &QmpClient::disconnected, this,
                [this] { log.append(QStringLiteral("disconnected")); });
    }

    bool waitFor(std::size_t count, int timeoutMs = 5000)
    {
        QSignalSpy spy(this, &Probe::called);
        const QDeadlineTimer deadline(timeoutMs);
        while (results.size() < count) {
            if (!spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
                return results.size() >= count;
        }
        return true;
    }

Q_SIGNALS:
    void called();
};

class TstQmpClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeQmpServer> m_server;

    QString socketPath(const QString &name = s("q.sock")) const { return m_dir->filePath(name); }

    /// Connects client to the fake server; fails the test if it does not get ready.
    bool connectClient(QmpClient &client)
    {
        const Status status = client.connectAndWait(m_server->socketPath(), 5000);
        if (!status.ok())
            qWarning("%s", qPrintable(status.error().toString()));
        return status.ok() && client.isReady();
    }

private Q_SLOTS:
    void init()
    {
        // Short paths: sun_path holds 108 bytes.
        m_dir = std::make_unique<QTemporaryDir>(s("/tmp/emanon-qmp-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<FakeQmpServer>();
        QVERIFY(m_server->listen(socketPath()));
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void greetingAndCapabilitiesGiveReady()
    {
        QmpClient client;
        QSignalSpy ready(&client, &QmpClient::ready);
        QSignalSpy failed(&client, &QmpClient::connectFailed);
        QVERIFY(!client.isReady());
        QVERIFY(client.qemuVersion().isEmpty());

        client.connectToServer(m_server->socketPath());
        QVERIFY(ready.wait());
        QCOMPARE(failed.count(), 0);
        QVERIFY(client.isReady());
        QCOMPARE(client.qemuVersion(), s("7.2.22"));
        QCOMPARE(m_server->receivedCommands(), QStringList{s("qmp_capabilities")});
        QCOMPARE(client.maxLineBytes(), qint64(64) * 1024 * 1024);
    }

    void commandReturnsValue()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        const QJsonObject status{{s("status"), s("paused")}, {s("running"), false}};
        m_server->setReply(s("query-status"), status);

        const Result<QJsonValue> result = client.executeAndWait(s("query-status"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result->toObject(), status);

        // Arguments travel; the request carries an id.
        m_server->setReply(s("screendump"));
        const QJsonObject args{{s("filename"), s("/tmp/x.png")}, {s("format"), s("png")}};
        QVERIFY(client.executeAndWait(s("screendump"), args).ok());
        const QJsonObject request = m_server->receivedRequests().last();
        QCOMPARE(request.value(s("execute")).toString(), s("screendump"));
        QCOMPARE(request.value(s("arguments")).toObject(), args);
        QVERIFY(request.value(s("id")).isDouble());
        QCOMPARE(client.pendingCount(), 0);
    }

    void errorReplyIsMapped()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        m_server->setErrorReply(s("device_add"), s("GenericError"), s("Bus 'xhci.0' not found"));

        const Result<QJsonValue> result =
            client.executeAndWait(s("device_add"), {{s("driver"), s("usb-host")}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::QmpCommand);
        QCOMPARE(result.error().details, s("GenericError: Bus 'xhci.0' not found"));
        QVERIFY2(result.error().message.contains(s("device_add")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(s("Bus 'xhci.0' not found")));
        QCOMPARE(QmpClient::errorClass(result.error()), s("GenericError"));
        QVERIFY(QmpClient::errorClass(Error(ErrorCode::Timeout, s("x"), s("a: b"))).isEmpty());
    }

    void concurrentRequestsAreMatchedById()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        QList<QJsonObject> held;
        m_server->setHandler([&held](const QJsonObject &request, FakeQmpServer &server) {
            held.append(request);
            if (held.size() < 3)
                return;
            // Answer in reverse order, each with its own command name.
            for (qsizetype i = held.size() - 1; i >= 0; --i)
                server.sendReturn(held[i], held[i].value(s("execute")));
        });

        Probe probe;
        client.execute(s("first"), {}, probe.callback(s("first")));
        client.execute(s("second"), {}, probe.callback(s("second")));
        client.execute(s("third"), {}, probe.callback(s("third")));
        QCOMPARE(client.pendingCount(), 3);
        QVERIFY(probe.waitFor(3));
        QCOMPARE(probe.log, (QStringList{s("reply third"), s("reply second"), s("reply first")}));
        QCOMPARE(probe.results[0]->toString(), s("third"));
        QCOMPARE(probe.results[1]->toString(), s("second"));
        QCOMPARE(probe.results[2]->toString(), s("first"));
        QCOMPARE(client.pendingCount(), 0);
    }

    void eventBetweenReplies()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        QList<QJsonObject> held;
        m_server->setHandler([&held](const QJsonObject &request, FakeQmpServer &server) {
            held.append(request);
            if (held.size() < 2)
                return;
            server.sendReturn(held[0], 1);
            server.sendEvent(s("SHUTDOWN"),
                             {{s("guest"), true}, {s("reason"), s("guest-shutdown")}},
                             qint64(1700000000123456));
            server.sendReturn(held[1], 2);
        });

        Probe probe;
        probe.watch(client);
        QSignalSpy events(&client, &QmpClient::eventReceived);
        client.execute(s("a"), {}, probe.callback(s("a")));
        client.execute(s("b"), {}, probe.callback(s("b")));
        QVERIFY(probe.waitFor(2));
        QCOMPARE(probe.log, (QStringList{s("reply a"), s("event SHUTDOWN"), s("reply b")}));
        QCOMPARE(events.count(), 1);
        QCOMPARE(events[0][0].toString(), s("SHUTDOWN"));
        const QJsonObject data = events[0][1].value<QJsonObject>();
        QCOMPARE(data.value(s("reason")).toString(), s("guest-shutdown"));
        QCOMPARE(data.value(s("guest")).toBool(), true);
        QCOMPARE(events[0][2].toLongLong(), qint64(1700000000123456));
    }

    void replySplitByteByByte()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        QSignalSpy warnings(&client, &QmpClient::protocolWarning);
        QSignalSpy events(&client, &QmpClient::eventReceived);
        const QJsonObject value{{s("text"), s("bytes one by one, \u00e9 included")}};
        m_server->setHandler([&value](const QJsonObject &request, FakeQmpServer &server) {
            server.sendRawInChunks(
                FakeQmpServer::encode(FakeQmpServer::eventMessage(s("RESUME"), {})) +
                    FakeQmpServer::encode(FakeQmpServer::returnMessage(request, value)),
                1);
        });

        const Result<QJsonValue> result = client.executeAndWait(s("cont"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result->toObject(), value);
        QCOMPARE(events.count(), 1);
        QCOMPARE(warnings.count(), 0);
    }

    void repliesAndEventMergedInOneWrite()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        QList<QJsonObject> held;
        m_server->setHandler([&held](const QJsonObject &request, FakeQmpServer &server) {
            held.append(request);
            if (held.size() < 2)
                return;
            server.sendRaw(FakeQmpServer::encode(FakeQmpServer::returnMessage(held[1], s("B"))) +
                           FakeQmpServer::encode(FakeQmpServer::eventMessage(s("STOP"), {})) +
                           FakeQmpServer::encode(FakeQmpServer::returnMessage(held[0], s("A"))));
        });

        Probe probe;
        probe.watch(client);
        client.execute(s("a"), {}, probe.callback(s("a")));
        client.execute(s("b"), {}, probe.callback(s("b")));
        QVERIFY(probe.waitFor(2));
        QCOMPARE(probe.log, (QStringList{s("reply b"), s("event STOP"), s("reply a")}));
        QCOMPARE(probe.results[0]->toString(), s("B"));
        QCOMPARE(probe.results[1]->toString(), s("A"));
    }

    void lastMessageWithoutNewlineWaitsForTheRest()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        m_server->setHandler([](const QJsonObject &request, FakeQmpServer &srv) {
            const QByteArray line =
                FakeQmpServer::encode(FakeQmpServer::returnMessage(request, 42));
            const QByteArray body = line.chopped(2); // a complete JSON object, no newline yet
            srv.sendRaw(body);
            srv.sendRaw("\r\n", 100);
        });
        Probe probe;
        client.execute(s("x"), {}, probe.callback(s("x")));
        QVERIFY(probe.waitFor(1));
        QVERIFY(probe.results[0].ok());
        QCOMPARE(probe.results[0]->toInt(), 42);
    }

    void garbageLineIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("text") << QByteArray("this is not JSON\r\n");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{{\n", 6);
        QTest::newRow("array") << QByteArray("[1, 2, 3]\r\n");
        QTest::newRow("truncated-object") << QByteArray("{\"return\": {\r\n");
        QTest::newRow("unknown-object") << QByteArray("{\"hello\": \"world\"}\r\n");
    }

    void garbageLineIsSkipped()
    {
        QFETCH(QByteArray, garbage);
        QmpClient client;
        QVERIFY(connectClient(client));
        QSignalSpy warnings(&client, &QmpClient::protocolWarning);
        m_server->setHandler([&garbage](const QJsonObject &request, FakeQmpServer &server) {
            server.sendRaw(garbage);
            server.answer(request);
        });
        m_server->setReply(s("one"), 1);
        m_server->setReply(s("two"), 2);

        const Result<QJsonValue> one = client.executeAndWait(s("one"));
        QVERIFY2(one.ok(), qPrintable(one.error().toString()));
        QCOMPARE(one->toInt(), 1);
        QCOMPARE(warnings.count(), 1);
        QVERIFY(!warnings[0][0].toString().isEmpty());

        const Result<QJsonValue> two = client.executeAndWait(s("two"));
        QVERIFY(two.ok());
        QCOMPARE(two->toInt(), 2);
        QCOMPARE(warnings.count(), 2);
        QVERIFY(client.isReady());
    }

    void replyWithoutIdOrWithUnknownIdWarns()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        QSignalSpy warnings(&client, &QmpClient::protocolWarning);
        m_server->setHandler([](const QJsonObject &request, FakeQmpServer &server) {
            server.sendError({}, s("GenericError"), s("JSON parse error, invalid keyword 'x'"));
            server.sendReturn({{s("id"), 987654}}, s("stray"));
            server.sendReturn(request, s("mine"));
        });
        const Result<QJsonValue> result = client.executeAndWait(s("x"));
        QVERIFY(result.ok());
        QCOMPARE(result->toString(), s("mine"));
        QCOMPARE(warnings.count(), 2);
        QVERIFY2(warnings[0][0].toString().contains(s("JSON parse error")),
                 qPrintable(warnings[0][0].toString()));
        QVERIFY(warnings[1][0].toString().contains(s("987654")));
    }

    void timeoutThenLateReplyIsIgnored()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        QSignalSpy warnings(&client, &QmpClient::protocolWarning);
        QJsonObject slow;
        m_server->setHandler([&slow](const QJsonObject &request, FakeQmpServer &server) {
            if (request.value(s("execute")).toString() == s("slow")) {
                slow = request; // answered late, just before the next command's reply
                return;
            }
            server.sendReturn(slow, s("late"));
            server.sendReturn(request, s("on time"));
        });

        Probe probe;
        QElapsedTimer clock;
        clock.start();
        client.execute(s("slow"), {}, probe.callback(s("slow")), 200);
        QVERIFY(probe.waitFor(1));
        QVERIFY(clock.elapsed() >= 190);
        QCOMPARE(probe.results[0].error().code, ErrorCode::Timeout);
        QVERIFY(probe.results[0].error().message.contains(s("slow")));
        QCOMPARE(client.pendingCount(), 0);

        const Result<QJsonValue> next = client.executeAndWait(s("next"));
        QVERIFY(next.ok());
        QCOMPARE(next->toString(), s("on time"));
        QCOMPARE(probe.results.size(), std::size_t(1)); // no second call for "slow"
        QCOMPARE(warnings.count(), 0);
        QVERIFY(client.isReady());
    }

    void serverDiesMidReply()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        QList<QJsonObject> held;
        m_server->setHandler([&held](const QJsonObject &request, FakeQmpServer &server) {
            held.append(request);
            if (held.size() < 2)
                return;
            const QByteArray reply =
                FakeQmpServer::encode(FakeQmpServer::returnMessage(held[0], s("never whole")));
            server.sendRaw(reply.left(reply.size() / 2));
            server.closeConnection();
        });

        Probe probe;
        probe.watch(client);
        QSignalSpy disconnected(&client, &QmpClient::disconnected);
        QSignalSpy warnings(&client, &QmpClient::protocolWarning);
        client.execute(s("query-status"), {}, probe.callback(s("a")));
        client.execute(s("query-block"), {}, probe.callback(s("b")));
        QVERIFY(disconnected.wait());
        QCOMPARE(disconnected.count(), 1);
        QCOMPARE(probe.results.size(), std::size_t(2));
        QCOMPARE(probe.log, (QStringList{s("reply a"), s("reply b"), s("disconnected")}));
        for (const auto &result : probe.results) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::QmpConnect);
            QVERIFY(result.error().message.contains(s("connection to QEMU was lost")));
        }
        QVERIFY(probe.results[0].error().message.contains(s("query-status")));
        QVERIFY(!client.isReady());
        QCOMPARE(warnings.count(), 1); // the truncated message

        // Afterwards: an error, never from inside execute().
        client.execute(s("query-status"), {}, probe.callback(s("after")));
        QCOMPARE(probe.results.size(), std::size_t(2));
        QVERIFY(probe.waitFor(3));
        QCOMPARE(probe.results[2].error().code, ErrorCode::QmpConnect);
        QCOMPARE(disconnected.count(), 1);
    }

    void executeWhenNotReadyFailsOnNextTurn()
    {
        QmpClient client;
        Probe probe;
        client.execute(s("query-status"), {}, probe.callback(s("x")));
        QVERIFY(probe.results.empty());
        QVERIFY(probe.waitFor(1));
        QCOMPARE(probe.results[0].error().code, ErrorCode::QmpConnect);
        QVERIFY(probe.results[0].error().message.contains(s("query-status")));
    }

    void connectingToMissingSocketFailsInTime()
    {
        QmpClient client;
        const QString missing = socketPath(s("missing.sock"));
        QElapsedTimer clock;
        clock.start();
        const Status status = client.connectAndWait(missing, 300);
        const qint64 elapsedMs = clock.elapsed();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::QmpConnect);
        QVERIFY2(status.error().message.contains(missing), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(s("-qmp")));
        QVERIFY(!status.error().details.isEmpty());
        QVERIFY2(elapsedMs >= 290 && elapsedMs < 3000, qPrintable(QString::number(elapsedMs)));
        QVERIFY(!client.isReady());
    }

    void socketCreatedLaterIsFound()
    {
        // QEMU creates its socket some time after it starts: the client keeps trying.
        m_server->close();
        const QString path = socketPath(s("late.sock"));
        QTimer::singleShot(250, m_server.get(), [this, path] { QVERIFY(m_server->listen(path)); });
        QmpClient client;
        const Status status = client.connectAndWait(path, 5000);
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void badGreetingFails_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<int>("code");
        QTest::newRow("hmp-monitor")
            << QByteArray("QEMU 7.2.22 monitor - type 'help' for more information\r\n(qemu) ")
            << int(ErrorCode::QmpProtocol);
        QTest::newRow("other-json")
            << QByteArray("{\"hello\": 1}\r\n") << int(ErrorCode::QmpProtocol);
        QTest::newRow("silent") << QByteArray() << int(ErrorCode::Timeout);
    }

    void badGreetingFails()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(int, code);
        m_server->setGreeting(greeting);
        QmpClient client;
        QSignalSpy failed(&client, &QmpClient::connectFailed);
        QSignalSpy disconnected(&client, &QmpClient::disconnected);
        const Status status = client.connectAndWait(m_server->socketPath(), 500);
        QVERIFY(!status.ok());
        QCOMPARE(int(status.error().code), code);
        QVERIFY2(status.error().message.contains(m_server->socketPath()),
                 qPrintable(status.error().message));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(disconnected.count(), 0);
        QVERIFY(!client.isReady());
        QVERIFY(m_server->receivedCommands().isEmpty());
    }

    void refusedCapabilitiesFail()
    {
        m_server->setCapabilitiesError(s("GenericError"), s("Monitor is busy"));
        QmpClient client;
        const Status status = client.connectAndWait(m_server->socketPath(), 2000);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::QmpCommand);
        QVERIFY(status.error().message.contains(s("Monitor is busy")));
        QCOMPARE(status.error().details, s("GenericError: Monitor is busy"));
        QVERIFY(!client.isReady());
    }

    void oversizedLineClosesConnection()
    {
        QmpClient client;
        client.setMaxLineBytes(4096);
        QVERIFY(connectClient(client));
        m_server->setHandler([](const QJsonObject &, FakeQmpServer &server) {
            server.sendRaw(QByteArray("{\"return\": \"") + QByteArray(8192, 'x'));
        });
        Probe probe;
        probe.watch(client);
        client.execute(s("huge"), {}, probe.callback(s("huge")));
        QVERIFY(probe.waitFor(1));
        QCOMPARE(probe.results[0].error().code, ErrorCode::QmpProtocol);
        QVERIFY(probe.results[0].error().message.contains(s("huge")));
        QCOMPARE(probe.log, (QStringList{s("reply huge"), s("disconnected")}));
        QVERIFY(!client.isReady());
    }

    void disconnectFromServerCancelsPending()
    {
        QmpClient client;
        QVERIFY(connectClient(client));
        m_server->setNoReply(s("slow"));
        Probe probe;
        probe.watch(client);
        client.execute(s("slow"), {}, probe.callback(s("slow")));
        QVERIFY(m_server->waitForCommand(s("slow")));
        client.disconnectFromServer();
        QCOMPARE(probe.log, (QStringList{s("reply slow"), s("disconnected")}));
        QCOMPARE(probe.results[0].error().code, ErrorCode::Canceled);
        QVERIFY(!client.isReady());
        client.disconnectFromServer(); // twice: nothing more
        QCOMPARE(probe.log.size(), 2);

        // The same client connects again.
        QVERIFY(connectClient(client));
        QCOMPARE(m_server->connectionCount(), 2);
    }

    void destroyingClientDropsPendingCallbacks()
    {
        Probe probe;
        auto client = std::make_unique<QmpClient>();
        QVERIFY(connectClient(*client));
        m_server->setReply(s("slow"), 1, 100);
        client->execute(s("slow"), {}, probe.callback(s("slow")));
        QVERIFY(m_server->waitForCommand(s("slow")));
        QSignalSpy gone(m_server.get(), &FakeQmpServer::clientDisconnected);
        client.reset();
        QVERIFY(gone.wait());
        QVERIFY(!probe.waitFor(1, 300)); // the reply time passes without a call
        QVERIFY(probe.results.empty());
    }

    void callbackMayDestroyClient()
    {
        Probe probe;
        auto *client = new QmpClient;
        QVERIFY(connectClient(*client));
        QList<QJsonObject> held;
        m_server->setHandler([&held](const QJsonObject &request, FakeQmpServer &server) {
            held.append(request);
            if (held.size() < 2)
                return;
            server.sendRaw(FakeQmpServer::encode(FakeQmpServer::returnMessage(held[0], 1)) +
                           FakeQmpServer::encode(FakeQmpServer::returnMessage(held[1], 2)));
        });
        QPointer<QmpClient> guard = client;
        client->execute(s("a"), {}, [&probe, client](const Result<QJsonValue> &result) {
            delete client; // with the second reply still in its buffer
            probe.callback(s("a"))(result);
        });
        client->execute(s("b"), {}, probe.callback(s("b")));
        QVERIFY(probe.waitFor(1));
        QVERIFY(guard.isNull());
        QVERIFY(!probe.waitFor(2, 200));
        QCOMPARE(probe.log, QStringList{s("reply a")});
    }

    void realQemu()
    {
        const Result<QString> qemu = QemuBinaries::system();
        if (!qemu.ok())
            QSKIP(qPrintable(qemu.error().message));

        const QString path = socketPath(s("real.sock"));
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(*qemu, {s("-machine"), s("none"), s("-nodefaults"), s("-display"), s("none"),
                              s("-qmp"), s("unix:%1,server=on,wait=off").arg(path)});
        auto killer = qScopeGuard([&process] {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished(5000);
            }
        });
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));

        QmpClient client;
        QSignalSpy events(&client, &QmpClient::eventReceived);
        QSignalSpy disconnected(&client, &QmpClient::disconnected);
        QSignalSpy warnings(&client, &QmpClient::protocolWarning);
        const Status connected = client.connectAndWait(path, 15000);
        QVERIFY2(connected.ok(), qPrintable(connected.error().toString()));
        QVERIFY(!client.qemuVersion().isEmpty());

        const Result<QJsonValue> status = client.executeAndWait(s("query-status"));
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        const QString runState = status->toObject().value(s("status")).toString();
        QVERIFY2(runState == s("prelaunch") || runState == s("running"), qPrintable(runState));

        const Result<QJsonValue> version = client.executeAndWait(s("query-version"));
        QVERIFY2(version.ok(), qPrintable(version.error().toString()));
        const QJsonObject v = version->toObject().value(s("qemu")).toObject();
        QCOMPARE(client.qemuVersion(), s("%1.%2.%3")
                                           .arg(v.value(s("major")).toInt())
                                           .arg(v.value(s("minor")).toInt())
                                           .arg(v.value(s("micro")).toInt()));

        const Result<QJsonValue> unknown = client.executeAndWait(s("no-such-command"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::QmpCommand);
        QCOMPARE(QmpClient::errorClass(unknown.error()), s("CommandNotFound"));
        QVERIFY(unknown.error().message.contains(s("no-such-command")));

        QSignalSpy finished(&process, &QProcess::finished);
        Probe probe;
        client.execute(s("quit"), {}, probe.callback(s("quit")));
        QVERIFY(disconnected.count() == 1 || disconnected.wait(10000));
        QCOMPARE(probe.results.size(), std::size_t(1));
        // QEMU normally answers before closing; a lost answer is a QmpConnect, never a hang.
        QVERIFY(probe.results[0].ok() || probe.results[0].error().code == ErrorCode::QmpConnect);
        bool sawShutdown = false;
        for (const auto &event : events) {
            if (event[0].toString() == s("SHUTDOWN")) {
                sawShutdown = true;
                QCOMPARE(event[1].value<QJsonObject>().value(s("reason")).toString(),
                         s("host-qmp-quit"));
                QVERIFY(event[2].toLongLong() > 0);
            }
        }
        QVERIFY(sawShutdown);
        QCOMPARE(warnings.count(), 0);
        // (waitForFinished() would be false if QProcess noticed the exit already.)
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstQmpClient)
#include "tst_qmpclient.moc"
