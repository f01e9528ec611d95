// AccelProbe: the decision table, the cpuinfo check, forcing, the cache, and the real host.
#include "engine/host/accelprobe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

class TstAccelProbe : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString writeCpuinfo(const char *flags)
    {
        const QString path = m_tmp.filePath(QStringLiteral("cpuinfo-%1").arg(qHash(QByteArray(flags))));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray("processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: ") + flags + "\n");
        return path;
    }

private Q_SLOTS:
    void decisionTable_data()
    {
        QTest::addColumn<bool>("kvmOk");
        QTest::addColumn<bool>("virt");
        QTest::addColumn<double>("tcgMs");
        QTest::addColumn<double>("kvmMs");
        QTest::addColumn<QString>("accel");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("no /dev/kvm") << false << true << -1.0 << -1.0 << "tcg" << "/dev/kvm";
        QTest::newRow("emulated kvm (PVM)") << true << false << 80.0 << 3200.0 << "tcg" << "vmx/svm";
        QTest::newRow("kvm calibration failed") << true << true << 80.0 << -1.0 << "tcg" << "calibration";
        QTest::newRow("kvm slower (nested)") << true << true << 80.0 << 900.0 << "tcg" << "slower";
        QTest::newRow("real hardware") << true << true << 80.0 << 30.0 << "kvm" << "hardware";
    }

    void decisionTable()
    {
        QFETCH(bool, kvmOk);
        QFETCH(bool, virt);
        QFETCH(double, tcgMs);
        QFETCH(double, kvmMs);
        QFETCH(QString, accel);
        QFETCH(QString, reasonMentions);
        const AccelVerdict v = AccelProbe::decide(kvmOk, virt, tcgMs, kvmMs);
        QCOMPARE(v.accel, accel);
        QVERIFY2(v.reason.contains(reasonMentions), qPrintable(v.reason));
    }

    void cpuFlags()
    {
        QVERIFY(AccelProbe::hasVirtExtensions("flags\t\t: fpu vme vmx sse2\n"));
        QVERIFY(AccelProbe::hasVirtExtensions("flags\t\t: fpu svm lm\n"));
        QVERIFY(!AccelProbe::hasVirtExtensions("flags\t\t: fpu vme sse2 hypervisor\n"));
        QVERIFY(!AccelProbe::hasVirtExtensions("model name\t: vmx-like svm name\nflags\t: fpu\n"));
    }

    void missingKvmDeviceChoosesTcgWithoutCalibration()
    {
        AccelProbeInputs in;
        in.kvmDevice = m_tmp.filePath(QStringLiteral("no-such-kvm"));
        in.cpuinfo = writeCpuinfo("fpu vmx");
        in.cacheFile = m_tmp.filePath(QStringLiteral("accel-1.json"));
        auto v = AccelProbe::verdict(QStringLiteral("auto"), true, in);
        QVERIFY(v.ok());
        QCOMPARE(v->accel, QStringLiteral("tcg"));
        QCOMPARE(v->tcgCalibrationMs, -1.0);
        QVERIFY(!v->fromCache);
        // Second call comes from the cache, with the same answer.
        auto again = AccelProbe::verdict(QStringLiteral("auto"), false, in);
        QVERIFY(again->fromCache);
        QCOMPARE(again->accel, QStringLiteral("tcg"));
        QCOMPARE(again->reason, v->reason);
    }

    // The cached verdict belongs to one QEMU: another binary (an upgrade) is probed afresh.
    void cacheFollowsTheQemuBinary()
    {
        const QString qemu = m_tmp.filePath(QStringLiteral("fake-qemu-system-x86_64"));
        QFile bin(qemu);
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write("#!/bin/sh\necho 'QEMU emulator version 7.2.0'\n");
        bin.close();
        AccelProbeInputs in;
        in.kvmDevice = m_tmp.filePath(QStringLiteral("no-such-kvm"));
        in.cpuinfo = writeCpuinfo("fpu");
        in.cacheFile = m_tmp.filePath(QStringLiteral("accel-binary.json"));
        in.qemuBinary = qemu;
        QVERIFY(!AccelProbe::verdict(QStringLiteral("auto"), false, in)->fromCache);
        QVERIFY(AccelProbe::verdict(QStringLiteral("auto"), false, in)->fromCache);
        QVERIFY(bin.open(QIODevice::Append));
        bin.write("# version 8.0\n");
        bin.close();
        QVERIFY(!AccelProbe::verdict(QStringLiteral("auto"), false, in)->fromCache);
        QVERIFY(AccelProbe::verdict(QStringLiteral("auto"), false, in)->fromCache);
    }

    void forcing()
    {
        AccelProbeInputs in;
        in.kvmDevice = m_tmp.filePath(QStringLiteral("no-such-kvm"));
        in.cpuinfo = writeCpuinfo("fpu");
        auto tcg = AccelProbe::verdict(QStringLiteral("tcg"), false, in);
        QCOMPARE(tcg->accel, QStringLiteral("tcg"));
        QVERIFY(tcg->reason.contains(QStringLiteral("user")));
        auto kvm = AccelProbe::verdict(QStringLiteral("kvm"), false, in);
        QVERIFY(!kvm.ok());
        QCOMPARE(kvm.error().code, ErrorCode::Unsupported);
        QVERIFY(!AccelProbe::verdict(QStringLiteral("fast"), false, in).ok());
    }

    void thisHost()
    {
        // The real host, real QEMU: where the CPU lacks vmx/svm (as on the CI machines, whose
        // /dev/kvm is software-emulated) the verdict must be TCG and say why.
        AccelProbeInputs in;
        in.cacheFile = m_tmp.filePath(QStringLiteral("accel-host.json"));
        auto v = AccelProbe::verdict(QStringLiteral("auto"), true, in);
        QVERIFY2(v.ok(), qPrintable(v.error().toString()));
        qInfo("host verdict: %s (tcg %.0f ms, kvm %.0f ms)", qPrintable(v->reason),
              v->tcgCalibrationMs, v->kvmCalibrationMs);
        if (!v->cpuHasVirtExtensions || !v->kvmDeviceUsable) {
            QCOMPARE(v->accel, QStringLiteral("tcg"));
        } else if (v->kvmCalibrationMs >= 0 && v->kvmCalibrationMs < v->tcgCalibrationMs) {
            QCOMPARE(v->accel, QStringLiteral("kvm"));
        } else {
            QCOMPARE(v->accel, QStringLiteral("tcg"));
        }
        // Where /dev/kvm exists both accelerators were measured, or the failure is reported
        // (e.g. a QEMU build without its TCG module).
        if (v->kvmDeviceUsable)
            QVERIFY2(v->tcgCalibrationMs > 0 || !v->calibrationError.isEmpty(),
                     qPrintable(v->calibrationError));
    }
};

QTEST_GUILESS_MAIN(TstAccelProbe)
#include "tst_accelprobe.moc"
