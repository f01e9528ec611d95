// RuntimeDir: private (0700, ours, no symlink) folders, and socket paths that fit sun_path.
#include "engine/core/atomicfile.h"
#include "engine/runner/runtimedir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Engine;

class TstRuntimeDir : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    static int mode(const QString &path)
    {
        struct stat st {};
        ::stat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 0777;
    }

private Q_SLOTS:
    void createsPrivateFolders()
    {
        const QString base = m_tmp.filePath(QStringLiteral("rt"));
        qputenv("EMANON_RUNTIME_DIR", base.toUtf8());
        const QUuid id = QUuid::createUuid();
        auto dir = RuntimeDir::forVm(id);
        QVERIFY2(dir.ok(), qPrintable(dir.error().toString()));
        QCOMPARE(*dir, base + QLatin1Char('/') + id.toString(QUuid::WithoutBraces));
        QCOMPARE(mode(base), 0700);
        QCOMPARE(mode(*dir), 0700);
        qunsetenv("EMANON_RUNTIME_DIR");
    }

    void looseModeIsTightened()
    {
        const QString d = m_tmp.filePath(QStringLiteral("loose"));
        QVERIFY(QDir().mkpath(d));
        ::chmod(QFile::encodeName(d).constData(), 0777);
        QVERIFY(RuntimeDir::ensurePrivateDir(d).ok());
        QCOMPARE(mode(d), 0700);
    }

    void symlinkIsRefused()
    {
        const QString target = m_tmp.filePath(QStringLiteral("target"));
        const QString link = m_tmp.filePath(QStringLiteral("link"));
        QVERIFY(QDir().mkpath(target));
        QVERIFY(QFile::link(target, link));
        const Status s = RuntimeDir::ensurePrivateDir(link);
        QCOMPARE(s.error().code, ErrorCode::RuntimeDir);
        QVERIFY(s.error().message.contains(QStringLiteral("symbolic link")));
    }

    void foreignFolderIsRefused()
    {
        QString foreign = QStringLiteral("/tmp"); // root's, when we are not root
        if (::geteuid() == 0) {
            foreign = m_tmp.filePath(QStringLiteral("nobody"));
            QVERIFY(QDir().mkpath(foreign));
            QVERIFY(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
        }
        const Status s = RuntimeDir::ensurePrivateDir(foreign);
        QCOMPARE(s.error().code, ErrorCode::RuntimeDir);
        QVERIFY(s.error().message.contains(QStringLiteral("another user")));
    }

    void socketPathLength()
    {
        QVERIFY(RuntimeDir::checkSocketPaths(QStringLiteral("/run/user/1000/emanon/6c0b3f0e-7f7e-4a53-9d3c-2b1c1d6e5f70")).ok());
        const Status s = RuntimeDir::checkSocketPaths(QStringLiteral("/") + QString(100, u'x'));
        QCOMPARE(s.error().code, ErrorCode::RuntimeDir);
        QVERIFY(s.error().message.contains(QStringLiteral("too long")));
        // Nothing was created for a refused path.
        qputenv("EMANON_RUNTIME_DIR", m_tmp.filePath(QString(100, u'y')).toUtf8());
        QVERIFY(!RuntimeDir::forVm(QUuid::createUuid()).ok());
        qunsetenv("EMANON_RUNTIME_DIR");
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QString(100, u'y')) + QStringLiteral("/x")));
    }

    // state.json and its kind: replaced in one step, nothing left behind, the old file kept when
    // the write cannot happen.
    void runtimeFileReplacedAtomically()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("files"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/state.json");
        QVERIFY(writeRuntimeFileAtomic(path, "first").ok());
        QVERIFY(writeRuntimeFileAtomic(path, "second").ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("state.json")});

        ::chmod(QFile::encodeName(dir).constData(), 0500);
        const bool root = ::geteuid() == 0; // root writes anyway
        const Status s = writeRuntimeFileAtomic(path, "third");
        ::chmod(QFile::encodeName(dir).constData(), 0700);
        if (!root) {
            QVERIFY(!s.ok());
            QVERIFY(s.error().message.contains(path));
            QFile again(path);
            QVERIFY(again.open(QIODevice::ReadOnly));
            QCOMPARE(again.readAll(), QByteArray("second"));
        }
        const Status missing = writeRuntimeFileAtomic(dir + QStringLiteral("/no/such/state.json"), "x");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("no/such")));
    }
};

QTEST_GUILESS_MAIN(TstRuntimeDir)
#include "tst_runtimedir.moc"
