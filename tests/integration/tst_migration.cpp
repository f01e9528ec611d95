// Moving VMs between two Emanon hosts: two network namespaces on this machine, each with its
// own library, runtime dir and sshd (tests/support/twohosts.h), the real emanonctl on both
// sides, real QEMU running the linux-initramfs test guest. Skips (saying why) where namespaces
// or sshd cannot be had, e.g. without root.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include "tests/support/guestconsole.h"
#include "tests/support/testutil.h"
#include "tests/support/twohosts.h"

#include <optional>

#include <signal.h>

using TestUtil::CtlRun;
using TestUtil::GuestConsole;
using Host = TestUtil::TwoHosts::Host;

namespace {

// The ping stream of the live case: busybox ping in the guest, one echo request every 0.2 s to
// the gateway of QEMU's user-mode network. slirp answers ICMP echo to its own addresses itself
// (checked: 10.0.2.2 answers with ttl 255, 10.0.2.99 does not answer at all), so every request
// and reply goes through the guest's e1000 and the slirp stack, whose state the migration must
// carry. The log is in the guest's tmpfs: a reboot would lose it and the ping process.
constexpr int kPingIntervalMs = 200;
const QString kPingPeer = QStringLiteral("10.0.2.2");

/// A pattern for `literal` in serial0.log. The log is exactly the serial stream (the runner
/// writes it; QEMU 7.2's own logfile= doubled characters, "outt", which needed slack here).
QString literalPattern(const QString &literal)
{
    return QRegularExpression::escape(literal);
}

/// What the guest made of its ping log (the awk in TstMigration::pingSummary()).
struct PingStream
{
    int answered = -1; ///< replies from kPingPeer
    int first = -1;    ///< their first and last sequence numbers
    int last = -1;
    int largestGap = -1;  ///< the longest run of unanswered sequence numbers between replies
    int outOfOrder = -1;  ///< replies whose seq is not above the one before (a second ping)
    int transmitted = -1; ///< ping's statistics, printed when SIGINT ends it; -1 without them
    int received = -1;

    /// Requests never answered between the first and the last answer.
    [[nodiscard]] int missing() const { return last - first + 1 - answered; }
};

} // namespace

class TstMigration : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestUtil::TwoHosts> m_hosts;
    QString m_kernel;
    QString m_initrd;

    QJsonObject json(const CtlRun &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    QJsonObject status(const Host &h, const QString &vm)
    {
        return json(m_hosts->ctl(h, {QStringLiteral("status"), vm, QStringLiteral("--json")}, 30000));
    }

    QStringList vmNames(const Host &h)
    {
        QStringList names;
        const QJsonArray vms = QJsonDocument::fromJson(
            m_hosts->ctl(h, {QStringLiteral("list"), QStringLiteral("--json")}, 30000).out.toUtf8()).array();
        for (const QJsonValue &v : vms)
            names << v.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

    QString bundle(const Host &h, const QString &vm) const
    {
        return h.library + QLatin1Char('/') + vm + QStringLiteral(".emanon");
    }

    /// Creates and starts a VM on `h`; returns its console once the guest is ready.
    std::unique_ptr<GuestConsole> startGuest(const Host &h, const QString &vm, int memoryMiB = 256)
    {
        const CtlRun c = m_hosts->ctl(h, {QStringLiteral("create"), vm, QStringLiteral("--profile"),
                                          QStringLiteral("linux"), QStringLiteral("--memory"),
                                          QString::number(memoryMiB), QStringLiteral("--disk"),
                                          QStringLiteral("64M"), QStringLiteral("--kernel"), m_kernel,
                                          QStringLiteral("--initrd"), m_initrd, QStringLiteral("--append"),
                                          QStringLiteral("console=tty0 console=ttyS0 emanon.quiet")});
        if (c.exitCode != 0) {
            qWarning("create: %s", qPrintable(c.err));
            return nullptr;
        }
        // Made before the start, so that it sees the whole boot.
        GuestConsole boot(bundle(h, vm) + QStringLiteral("/log/serial0.log"), {});
        const CtlRun s = m_hosts->ctl(h, {QStringLiteral("start"), vm, QStringLiteral("--json")});
        if (s.exitCode != 0) {
            qWarning("start: %s", qPrintable(s.err));
            return nullptr;
        }
        if (!boot.waitFor(QStringLiteral("EMANON: ready"), 90000))
            return nullptr;
        return consoleOf(h, vm);
    }

    std::unique_ptr<GuestConsole> consoleOf(const Host &h, const QString &vm)
    {
        const QJsonObject st = status(h, vm);
        auto c = std::make_unique<GuestConsole>(bundle(h, vm) + QStringLiteral("/log/serial0.log"),
                                                st.value(QStringLiteral("consoleSocket")).toString());
        return c;
    }

    /// The guest's uptime in seconds (it only grows while the same boot goes on); -1 if silent.
    double uptime(GuestConsole &console)
    {
        console.mark();
        if (!console.send(QStringLiteral("uptime")) || !console.waitFor(QStringLiteral("EMANON: uptime "), 30000))
            return -1;
        static const QRegularExpression re(QStringLiteral("EMANON: uptime ([0-9.]+)"));
        if (!TestUtil::waitUntil([&] { return re.match(console.text()).hasMatch(); }, 5000))
            return -1;
        return re.match(console.text()).captured(1).toDouble();
    }

    /// "run CMD" in the guest: CMD's output lines, or nothing if it timed out or failed.
    std::optional<QStringList> runInGuest(GuestConsole &console, const QString &cmd,
                                          int timeoutMs = 60000)
    {
        console.mark();
        static const QRegularExpression end(literalPattern(QStringLiteral("EMANON: run-end ")) +
                                            QStringLiteral("(\\d+)\\n"));
        static const QRegularExpression out(QStringLiteral("^") +
                                            literalPattern(QStringLiteral("EMANON: out ")) +
                                            QStringLiteral("(.*)$"));
        if (!console.send(QStringLiteral("run ") + cmd) ||
            !TestUtil::waitUntil([&] { return end.match(console.text()).hasMatch(); }, timeoutMs))
            return std::nullopt;
        const QString text = console.text();
        if (end.match(text).captured(1).toInt() != 0)
            return std::nullopt;
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (const auto m = out.match(line); m.hasMatch())
                lines << m.captured(1);
        }
        return lines;
    }

    /// Runs `cmd`, which prints `tag` and its numbers twice on one line ("tag 3 7 tag 3 7"), and
    /// returns the numbers once both halves agree (a doubled character in the log makes them
    /// differ: then it asks again, up to three times). Empty if it never got them.
    QList<int> guestNumbers(GuestConsole &console, const QString &cmd, const QString &tag)
    {
        const QRegularExpression half(literalPattern(tag) + QStringLiteral("((?: +-?\\d+)+)"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto out = runInGuest(console, cmd);
            if (!out)
                continue;
            for (const QString &line : *out) {
                auto it = half.globalMatch(line);
                QStringList halves;
                while (it.hasNext())
                    halves << it.next().captured(1).simplified();
                if (halves.size() == 2 && halves.at(0) == halves.at(1)) {
                    QList<int> numbers;
                    for (const QString &n : halves.at(0).split(QLatin1Char(' ')))
                        numbers << n.toInt();
                    return numbers;
                }
            }
        }
        return {};
    }

    /// Waits (in the guest, 20 s at most) until the ping log holds `atLeast` replies; returns
    /// how many it holds, -1 if there is no log.
    int pingReplies(GuestConsole &console, int atLeast)
    {
        const QString cmd = QStringLiteral(
            "i=0; while [ $(grep -c seq= /tmp/ping.log) -lt %1 ] && [ $i -lt 200 ];"
            " do sleep 0.1; i=$((i+1)); done;"
            " n=$(grep -c seq= /tmp/ping.log) && echo \"ping-count $n ping-count $n\"")
                                .arg(atLeast);
        const QList<int> n = guestNumbers(console, cmd, QStringLiteral("ping-count"));
        return n.size() == 1 ? n.first() : -1;
    }

    /// DHCP, then the ping stream in the background; returns the replies it got (at least 5
    /// unless it fails), -1 if it could not start.
    int startPingStream(GuestConsole &console)
    {
        console.mark();
        static const QRegularExpression leased(literalPattern(QStringLiteral("EMANON: dhcp eth0 ")));
        if (!console.send(QStringLiteral("dhcp")) ||
            !TestUtil::waitUntil([&] { return leased.match(console.text()).hasMatch(); }, 30000))
            return -1;
        const QString ping = QStringLiteral("ping -i %1 -w 600 %2 >/tmp/ping.log 2>&1 &")
                                 .arg(kPingIntervalMs / 1000.0)
                                 .arg(kPingPeer);
        return runInGuest(console, ping) ? pingReplies(console, 5) : -1;
    }

    /// Waits for `atLeast` replies, ends the stream with SIGINT (ping prints its statistics)
    /// and sums up the log in the guest: a few numbers cross the serial port, not every line.
    PingStream endPingStream(GuestConsole &console, int atLeast)
    {
        PingStream p;
        if (pingReplies(console, atLeast) < 0)
            return p;
        const QString stop = QStringLiteral(
            "kill -INT $(pidof ping) && i=0 &&"
            " while pidof ping >/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done");
        if (!runInGuest(console, stop))
            return p;
        const QString awk = QStringLiteral(
            "s=$(awk 'BEGIN { tx = -1; rx = -1 }"
            " / bytes from %1: seq=/ { sub(/.*seq=/, \"\"); s = $1 + 0;"
            "  if (n && s <= last) bad++; if (n && s - last - 1 > gap) gap = s - last - 1;"
            "  if (!n) first = s; last = s; n++ }"
            " / packets transmitted, / { tx = $1; rx = $4 }"
            " END { printf \"%d %d %d %d %d %d %d\", n, first, last, gap, bad, tx, rx }'"
            " /tmp/ping.log) && echo \"ping-summary $s ping-summary $s\"")
                                .arg(kPingPeer);
        const QList<int> n = guestNumbers(console, awk, QStringLiteral("ping-summary"));
        if (n.size() == 7) {
            p.answered = n.at(0);
            p.first = n.at(1);
            p.last = n.at(2);
            p.largestGap = n.at(3);
            p.outOfOrder = n.at(4);
            p.transmitted = n.at(5);
            p.received = n.at(6);
        }
        return p;
    }

    /// The stream went on through the hand-over: replies before and after it, in one sequence,
    /// and no more lost than the guest's pause explains.
    void checkPingStream(const PingStream &ping, int beforeMove, int onTarget, qint64 guestPauseMs)
    {
        qInfo("ping stream: %d sent, %d received, %d missing, largest gap %d; %d replies before "
              "the move, %d by the first answer on the target, guest paused %lld ms",
              ping.transmitted, ping.received, ping.missing(), ping.largestGap, beforeMove,
              onTarget, guestPauseMs);
        QVERIFY2(ping.transmitted > 0,
                 "no ping statistics: the ping started before the move did not last until SIGINT");
        QCOMPARE(ping.answered, ping.received);
        // One ping process: a restarted one would begin at seq 0 again.
        QCOMPARE(ping.outOfOrder, 0);
        QCOMPARE(ping.first, 0);
        QVERIFY(beforeMove >= 5);
        // Replies that came after the guest answered on the target (the source is gone by then).
        QVERIFY2(ping.received >= onTarget + 10,
                 qPrintable(QStringLiteral("%1 replies, %2 when the target answered")
                                .arg(ping.received)
                                .arg(onTarget)));
        // The guest does not run while it is paused (its clocks stop with QEMU's virtual clock), so
        // it sends nothing then: only the echo in flight when the source stopped can be lost. One
        // more per interval of pause, should the guest's clock have gone on.
        const int allowed = 1 + int(qMax<qint64>(guestPauseMs, 0) / kPingIntervalMs);
        QVERIFY2(ping.missing() <= allowed,
                 qPrintable(QStringLiteral("%1 echoes lost, the pause explains %2")
                                .arg(ping.missing())
                                .arg(allowed)));
        // Also the one in flight when SIGINT came.
        QVERIFY(ping.transmitted - ping.received <= ping.missing() + 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
        m_initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
        EMANON_REQUIRE_GUESTS_OR_SKIP(m_kernel.isEmpty());
        m_hosts = std::make_unique<TestUtil::TwoHosts>();
        const QString why = m_hosts->setUp();
        if (!why.isEmpty()) {
            m_hosts.reset();
            QSKIP(qPrintable(QStringLiteral("two hosts on one machine need network namespaces and sshd: ") + why));
        }
        QCOMPARE(m_hosts->ctl(m_hosts->a, m_hosts->hostAddArgs(QStringLiteral("b"), m_hosts->b)).exitCode, 0);
        QCOMPARE(m_hosts->ctl(m_hosts->b, m_hosts->hostAddArgs(QStringLiteral("a"), m_hosts->a)).exitCode, 0);
    }

    void cleanupTestCase() { m_hosts.reset(); }

    void hostListIsKeptAndTheHostAnswers()
    {
        const CtlRun list = m_hosts->ctl(m_hosts->a, {QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray hosts = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("b"));
        QVERIFY(QFile::exists(m_hosts->a.configDir + QStringLiteral("/hosts.json")));
        // Over SSH into the other namespace, where the other library is.
        const CtlRun check = m_hosts->ctl(m_hosts->a, {QStringLiteral("host"), QStringLiteral("check"),
                                                       QStringLiteral("b"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(json(check).value(QStringLiteral("library")).toString(), m_hosts->b.library);
        // A second host of the same name is refused, an unknown one named.
        QCOMPARE(m_hosts->ctl(m_hosts->a, m_hosts->hostAddArgs(QStringLiteral("b"), m_hosts->b)).exitCode, 4);
        const CtlRun unknown = m_hosts->ctl(m_hosts->a, {QStringLiteral("migrate"), QStringLiteral("x"), QStringLiteral("nowhere")});
        QVERIFY(unknown.exitCode != 0);
    }

    void liveMigrationKeepsTheGuestRunning()
    {
        const QString vm = QStringLiteral("live1");
        auto console = startGuest(m_hosts->a, vm);
        QVERIFY(console);
        // A mark on the disk, written through to it: the copy must carry it.
        console->mark();
        QVERIFY(console->send(QStringLiteral("run echo MIGRATED-DISK-MARK | dd of=/dev/vda bs=512 conv=sync && sync")));
        QVERIFY(console->waitFor(QStringLiteral("EMANON: run-end 0"), 30000));
        // A ping stream that goes on during the whole move (see kPingPeer).
        const int pingsBefore = startPingStream(*console);
        QVERIFY2(pingsBefore >= 5,
                 qPrintable(QStringLiteral("%1 ping replies before the move").arg(pingsBefore)));
        const double before = uptime(*console);
        QVERIFY(before > 0);

        const CtlRun m = m_hosts->ctl(m_hosts->a, {QStringLiteral("migrate"), vm, QStringLiteral("b"),
                                                   QStringLiteral("--live"), QStringLiteral("--json")});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err + m.out));
        const QJsonObject report = json(m);
        qInfo("live migration: total %lld ms, downtime %lld ms, RAM %lld bytes in %lld passes, disk %lld bytes",
              report.value(QStringLiteral("totalTimeMs")).toInteger(), report.value(QStringLiteral("downtimeMs")).toInteger(),
              report.value(QStringLiteral("ramBytes")).toInteger(), report.value(QStringLiteral("passes")).toInteger(),
              report.value(QStringLiteral("diskBytes")).toInteger());
        QVERIFY(report.value(QStringLiteral("downtimeMs")).toInteger() >= 0);
        QVERIFY(report.value(QStringLiteral("ramBytes")).toInteger() > 0);
        QVERIFY(report.value(QStringLiteral("passes")).toInteger() >= 1);
        QVERIFY(report.value(QStringLiteral("diskBytes")).toInteger() > 0);

        // It runs there, and is gone here.
        QCOMPARE(status(m_hosts->b, vm).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(!vmNames(m_hosts->a).contains(vm));
        QVERIFY(!QFile::exists(bundle(m_hosts->a, vm)));

        // Same boot: the uptime went on, and the target never saw the guest start.
        auto there = consoleOf(m_hosts->b, vm);
        const double after = uptime(*there);
        QVERIFY2(after > before, qPrintable(QStringLiteral("uptime %1 -> %2").arg(before).arg(after)));
        QFile targetLog(bundle(m_hosts->b, vm) + QStringLiteral("/log/serial0.log"));
        QVERIFY(targetLog.open(QIODevice::ReadOnly));
        QVERIFY(!targetLog.readAll().contains("EMANON: init"));

        // The ping stream went on through the move: its replies so far, then at least ten more.
        const int pingsOnTarget = pingReplies(*there, 0);
        QVERIFY(pingsOnTarget >= pingsBefore);
        checkPingStream(endPingStream(*there, pingsOnTarget + 10), pingsBefore, pingsOnTarget,
                        report.value(QStringLiteral("guestPauseMs")).toInteger());
        if (QTest::currentTestFailed())
            return;

        // The disk came along: power off there and read the image.
        QCOMPARE(m_hosts->ctl(m_hosts->b, {QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
        const QString raw = m_hosts->tmpPath(QStringLiteral("live1.raw"));
        QProcess img;
        img.start(QStringLiteral("qemu-img"), {QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"),
                                               bundle(m_hosts->b, vm) + QStringLiteral("/disks/disk0.qcow2"), raw});
        QVERIFY(img.waitForFinished(60000) && img.exitCode() == 0);
        QFile disk(raw);
        QVERIFY(disk.open(QIODevice::ReadOnly));
        QVERIFY(disk.read(64).startsWith("MIGRATED-DISK-MARK"));
    }

    void liveMigrationOverTls()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed: no certificates for the TLS case");
        // A CA, a server certificate for B's address and a client certificate, where QEMU's
        // tls-creds-x509 looks for them.
        const QString dir = m_hosts->tmpPath(QStringLiteral("tls"));
        QVERIFY(QDir().mkpath(dir));
        const QString script = QStringLiteral(
            "set -e; cd \"$1\";"
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca-cert.pem -days 2 -subj /CN=ca 2>/dev/null;"
            "openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out server.csr -subj /CN=$2 2>/dev/null;"
            "printf 'subjectAltName=IP:%s\\nextendedKeyUsage=serverAuth\\n' $2 > server.ext;"
            "openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -out server-cert.pem -days 2 -extfile server.ext 2>/dev/null;"
            "openssl req -newkey rsa:2048 -nodes -keyout client-key.pem -out client.csr -subj /CN=client 2>/dev/null;"
            "printf 'extendedKeyUsage=clientAuth\\n' > client.ext;"
            "openssl x509 -req -in client.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -out client-cert.pem -days 2 -extfile client.ext 2>/dev/null");
        QProcess certs;
        certs.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral("certs"), dir, m_hosts->b.address});
        QVERIFY(certs.waitForFinished(60000) && certs.exitCode() == 0);
        QCOMPARE(m_hosts->ctl(m_hosts->a, m_hosts->hostAddArgs(QStringLiteral("secure"), m_hosts->b)
                                              << QStringLiteral("--tls-dir") << dir).exitCode, 0);

        const QString vm = QStringLiteral("tls1");
        auto console = startGuest(m_hosts->a, vm);
        QVERIFY(console);
        const double before = uptime(*console);
        const CtlRun m = m_hosts->ctl(m_hosts->a, {QStringLiteral("migrate"), vm, QStringLiteral("secure"),
                                                   QStringLiteral("--json")});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err + m.out));
        QCOMPARE(json(m).value(QStringLiteral("tls")).toBool(), true);
        QCOMPARE(json(m).value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        auto there = consoleOf(m_hosts->b, vm);
        QVERIFY(uptime(*there) > before);
        QCOMPARE(m_hosts->ctl(m_hosts->b, {QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
    }

    void killedTargetLeavesTheSourceRunning()
    {
        const QString vm = QStringLiteral("live2");
        auto console = startGuest(m_hosts->a, vm);
        QVERIFY(console);
        // 96 MiB of random data in the guest's RAM and a 4 MiB/s cap: the stream takes a while.
        console->mark();
        QVERIFY(console->send(QStringLiteral("run dd if=/dev/urandom of=/tmp/fill bs=1M count=96")));
        QVERIFY(console->waitFor(QStringLiteral("EMANON: run-end 0"), 120000));
        QCOMPARE(m_hosts->ctl(m_hosts->a, m_hosts->hostAddArgs(QStringLiteral("slow"), m_hosts->b)
                                              << QStringLiteral("--bandwidth") << QStringLiteral("4")).exitCode, 0);

        std::unique_ptr<QProcess> migrate(m_hosts->startCtl(m_hosts->a, {QStringLiteral("migrate"), vm, QStringLiteral("slow"),
                                                                          QStringLiteral("--live")}));
        // The target's QEMU exists once the VM shows up there, waiting for the stream.
        qint64 targetQemu = 0;
        QVERIFY(TestUtil::waitUntil([&] {
            targetQemu = status(m_hosts->b, vm).value(QStringLiteral("qemuPid")).toInteger();
            return targetQemu > 0;
        }, 60000));
        QTest::qWait(3000); // well into the RAM copy
        QCOMPARE(migrate->state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(targetQemu), SIGKILL), 0);
        QVERIFY(migrate->waitForFinished(120000));
        const QString err = QString::fromUtf8(migrate->readAllStandardError());
        qInfo("the source says: %s", qPrintable(err.trimmed()));
        QVERIFY(migrate->exitCode() != 0 && migrate->exitCode() != 2);
        QVERIFY2(err.contains(QStringLiteral("slow")), qPrintable(err));

        // Still here, still the same boot, and nothing left over there.
        QCOMPARE(status(m_hosts->a, vm).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        console->mark();
        QVERIFY(console->send(QStringLiteral("echo still-here")));
        QVERIFY(console->waitFor(QStringLiteral("EMANON: echo still-here"), 30000));
        QVERIFY(TestUtil::waitUntil([&] { return !vmNames(m_hosts->b).contains(vm); }, 30000));
        QVERIFY(!QFile::exists(bundle(m_hosts->b, vm)));
        QCOMPARE(m_hosts->ctl(m_hosts->a, {QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
    }

    void quickMigrationResumesThere()
    {
        const QString vm = QStringLiteral("quick1");
        auto console = startGuest(m_hosts->a, vm);
        QVERIFY(console);
        const double before = uptime(*console);
        QVERIFY(before > 0);
        const CtlRun m = m_hosts->ctl(m_hosts->a, {QStringLiteral("migrate"), vm, QStringLiteral("b"),
                                                   QStringLiteral("--quick"), QStringLiteral("--json")});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err + m.out));
        qInfo("quick migration: total %lld ms, copied %lld bytes",
              json(m).value(QStringLiteral("totalTimeMs")).toInteger(), json(m).value(QStringLiteral("diskBytes")).toInteger());
        QCOMPARE(status(m_hosts->b, vm).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(!vmNames(m_hosts->a).contains(vm));
        auto there = consoleOf(m_hosts->b, vm);
        const double after = uptime(*there);
        QVERIFY2(after > before, qPrintable(QStringLiteral("uptime %1 -> %2").arg(before).arg(after)));
        QFile targetLog(bundle(m_hosts->b, vm) + QStringLiteral("/log/serial0.log"));
        QVERIFY(targetLog.open(QIODevice::ReadOnly));
        QVERIFY(!targetLog.readAll().contains("EMANON: init"));
        // Clean-up, not what this test is about (stopping a resumed VM has its own tests); an
        // odd ending is worth a line in the log.
        const CtlRun stop = m_hosts->ctl(m_hosts->b, {QStringLiteral("stop"), vm, QStringLiteral("--force"), QStringLiteral("--verbose")});
        if (stop.exitCode != 0)
            qWarning("stopping the resumed VM on b: exit %d: %s", stop.exitCode, qPrintable(stop.err));
    }

    void failedQuickMigrationKeepsTheSource()
    {
        // The target already has a VM of that name: nothing may be lost or doubled.
        const QString vm = QStringLiteral("quick2");
        QCOMPARE(m_hosts->ctl(m_hosts->b, {QStringLiteral("create"), vm, QStringLiteral("--profile"),
                                           QStringLiteral("linux")}).exitCode, 0);
        auto console = startGuest(m_hosts->a, vm);
        QVERIFY(console);
        const qint64 qemuBefore = status(m_hosts->a, vm).value(QStringLiteral("qemuPid")).toInteger();
        const CtlRun m = m_hosts->ctl(m_hosts->a, {QStringLiteral("migrate"), vm, QStringLiteral("b"), QStringLiteral("--quick")});
        QVERIFY(m.exitCode != 0);
        QVERIFY2(m.err.contains(vm), qPrintable(m.err));
        QCOMPARE(status(m_hosts->a, vm).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(QFile::exists(bundle(m_hosts->a, vm)));
        auto same = consoleOf(m_hosts->a, vm);
        QVERIFY(same->send(QStringLiteral("echo after-refusal")));
        QVERIFY(same->waitFor(QStringLiteral("EMANON: echo after-refusal"), 30000));
        // Refused before anything happened: the guest was not even suspended (same QEMU).
        QCOMPARE(status(m_hosts->a, vm).value(QStringLiteral("qemuPid")).toInteger(), qemuBefore);
        QCOMPARE(m_hosts->ctl(m_hosts->a, {QStringLiteral("stop"), vm, QStringLiteral("--force")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TstMigration)
#include "tst_migration.moc"
