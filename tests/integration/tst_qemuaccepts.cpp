// Real QEMU accepts every command line the golden tests pin down: each case is launched
// (paused, -S) with its files made real, and must reach QMP with the machine built.
// This catches a misspelt device or property that a golden file would happily keep.
#include "engine/host/qemubinaries.h"
#include "engine/qmp/qmpclient.h"
#include "engine/storage/diskimage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/qemucommandcases.h"
#include "tests/support/testutil.h"

using namespace Engine;

class TstQemuAccepts : public QObject
{
    Q_OBJECT

    static bool makeFile(const QString &path, qint64 size)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.resize(size);
    }

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = TestUtil::qemuCommandCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases[i].name)) << i;
    }

    void accepted()
    {
        QFETCH(int, index);
        TestUtil::QemuCommandCase c = TestUtil::qemuCommandCases().at(index);
        QTemporaryDir tmp(QStringLiteral("/tmp/emanon-accept-XXXXXX"));
        const QString bundle = tmp.filePath(QStringLiteral("vm.emanon"));
        LaunchContext &ctx = c.context;
        ctx.bundlePath = bundle;
        ctx.runtimeDir = tmp.filePath(QStringLiteral("rt"));
        ctx.accel = QStringLiteral("tcg"); // the accelerator is the probe's business, not this test's
        ctx.audioBackend = QStringLiteral("none");
        QDir().mkpath(ctx.runtimeDir);
        QDir().mkpath(bundle);

        for (DiskConfig &d : c.config.disks) {
            if (QDir::isAbsolutePath(d.path)) { // a host disk: stand in a raw file
                d.path = tmp.filePath(d.node + QStringLiteral(".raw"));
                QVERIFY(makeFile(d.path, 64 << 20));
            } else {
                QDir().mkpath(bundle + QStringLiteral("/disks"));
                QVERIFY(DiskImage::createNow(bundle + QLatin1Char('/') + d.path, 64 << 20, d.format).ok());
            }
        }
        for (MediaConfig &m : c.config.media) {
            if (!m.path.isEmpty()) {
                m.path = tmp.filePath(m.node + QStringLiteral(",medium.img"));
                QVERIFY(makeFile(m.path, 1474560));
            }
        }
        if (c.config.firmware == QLatin1String("uefi")) {
            if (!QFile::exists(ctx.ovmfCode))
                QSKIP("OVMF is not installed (Debian package ovmf)");
            ctx.ovmfVars = tmp.filePath(QStringLiteral("nvram.fd"));
            QVERIFY(QFile::copy(QStringLiteral("/usr/share/OVMF/OVMF_VARS_4M.fd"), ctx.ovmfVars));
        }
        if (!c.config.display.spiceListen.startsWith(QLatin1String("unix"))) {
            ctx.spicePasswordFile = tmp.filePath(QStringLiteral("spice.pass"));
            QFile pw(ctx.spicePasswordFile);
            QVERIFY(pw.open(QIODevice::WriteOnly));
            pw.write(c.config.display.spicePassword.toUtf8());
            c.config.display.spiceListen = QStringLiteral("tcp:127.0.0.1:0"); // any free port
        }
        if (!c.config.boot.kernel.isEmpty()) {
            c.config.boot.kernel = TestUtil::guestFile(QStringLiteral("linux-initramfs/vmlinuz"));
            c.config.boot.initrd = TestUtil::guestFile(QStringLiteral("linux-initramfs/initrd.img"));
            if (c.config.boot.kernel.isEmpty())
                QSKIP("test guests not built");
        }

        auto args = QemuCommand::build(c.config, ctx);
        QVERIFY2(args.ok(), qPrintable(args.error().toString()));
        auto qemu = QemuBinaries::system();
        QVERIFY(qemu.ok());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(*qemu, *args);
        QVERIFY(p.waitForStarted());
        QmpClient qmp;
        const Status connected = qmp.connectAndWait(RuntimeFiles::qmpSocket(ctx.runtimeDir), 15000);
        QVERIFY2(connected.ok(), qPrintable(connected.error().toString() + QLatin1Char('\n')
                                            + QString::fromLocal8Bit(p.readAll())
                                            + QStringLiteral("\nargv: ") + args->join(u' ')));
        auto status = qmp.executeAndWait(QStringLiteral("query-status"));
        QVERIFY(status.ok());
        const QString state = status->toObject().value(QStringLiteral("status")).toString();
        QVERIFY2(state == (!ctx.incoming.isEmpty() ? QLatin1String("inmigrate") : QLatin1String("prelaunch")),
                 qPrintable(state));
        // The devices the user chose are really there.
        auto tree = qmp.executeAndWait(QStringLiteral("qom-list"),
                                       {{QStringLiteral("path"), QStringLiteral("/machine/peripheral")}});
        QVERIFY(tree.ok());
        QStringList ids;
        for (const QJsonValue &v : tree->toArray())
            ids << v.toObject().value(QStringLiteral("name")).toString();
        for (const DiskConfig &d : c.config.disks)
            QVERIFY2(ids.contains(d.node + QStringLiteral("-dev")), qPrintable(ids.join(u' ')));
        for (const MediaConfig &m : c.config.media)
            QVERIFY2(ids.contains(m.node), qPrintable(ids.join(u' ')));
        (void)qmp.executeAndWait(QStringLiteral("quit"));
        QVERIFY(p.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TstQemuAccepts)
#include "tst_qemuaccepts.moc"
