// VmControl::query: what a client (the CLI, the GUI) reads as a VM's run state from the
// supervisor's state.json and the bundle's lock, without a running QEMU.
#include "engine/config/vmconfig.h"
#include "engine/runner/runtimedir.h"
#include "engine/runner/vmcontrol.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

class TstVmControl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    VmConfig m_config;
    QString m_bundle;

    void writeState(const QString &state)
    {
        auto dir = RuntimeDir::forVm(m_config.uuid);
        QVERIFY(dir.ok());
        QFile f(*dir + QStringLiteral("/state.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // A supervisor pid that is not alive: the VM's processes are gone.
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("state"), state},
                                          {QStringLiteral("supervisorPid"), 999999999},
                                          {QStringLiteral("qemuPid"), 999999998}})
                    .toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString runtime = m_tmp.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("EMANON_RUNTIME_DIR", runtime.toUtf8());
        m_config.name = QStringLiteral("Probe");
        m_config.uuid = QUuid::createUuid();
        m_bundle = m_tmp.filePath(QStringLiteral("Probe.emanon"));
        QVERIFY(QDir().mkpath(m_bundle));
    }

    void stopRequestedAndProcessGoneIsStopped()
    {
        // The supervisor releases the lock a moment before it writes "stopped": a client that
        // reads in between sees "stopping" and no lock, which is a stop, not a crash.
        writeState(QStringLiteral("stopping"));
        const VmRunInfo info = VmControl::query(m_bundle, m_config);
        QCOMPARE(info.state, VmRunner::State::Stopped);
        QCOMPARE(info.error.code, ErrorCode::None);
    }

    void runningAndProcessGoneIsCrashed()
    {
        writeState(QStringLiteral("running"));
        const VmRunInfo info = VmControl::query(m_bundle, m_config);
        QCOMPARE(info.state, VmRunner::State::Crashed);
        QCOMPARE(info.error.code, ErrorCode::Crashed);
        QVERIFY(!info.error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstVmControl)
#include "tst_vmcontrol.moc"
