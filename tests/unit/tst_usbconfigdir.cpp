// One config folder for all of Emanon (Engine::configDir): the VM registry, the host list, the
// USB "never connect" list and the GUI's preferences all follow $EMANON_CONFIG_DIR, else the
// user's config location ($XDG_CONFIG_HOME/emanon). Tests and the migration bench set EMANON_CONFIG_DIR to keep two
// "hosts" apart, so none of the three may ignore it. (Named tst_usb* to link the USB library.)
#include "engine/core/paths.h"
#include "engine/library/vmregistry.h"
#include "engine/migration/hostlist.h"
#include "usb/filter/usbpreferences.h"

#include "tests/support/emanonctlrun.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

class TstUsbConfigDir : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    /// Sets (or, with an empty value, unsets) an environment variable for one test.
    static void setEnv(const char *name, const QString &value)
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value.toLocal8Bit());
    }

    static QString dirOf(const QString &file) { return QFileInfo(file).absolutePath(); }

private Q_SLOTS:
    void init()
    {
        setEnv("EMANON_REGISTRY", {});
        setEnv("EMANON_CONFIG_DIR", {});
    }

    void cleanupTestCase()
    {
        setEnv("EMANON_CONFIG_DIR", {});
    }

    void allThreeFollowEmanonConfigDir()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("hostA/config"));
        setEnv("EMANON_CONFIG_DIR", dir + QStringLiteral("/")); // a trailing slash is harmless
        QCOMPARE(configDir(), dir);
        QCOMPARE(VmRegistry::defaultFilePath(), dir + QStringLiteral("/libraries.json"));
        QCOMPARE(HostList::defaultPath(), dir + QStringLiteral("/hosts.json"));
        QCOMPARE(Usb::UsbPreferences::defaultPath(), dir + QStringLiteral("/usb.json"));
    }

    void relativeConfigDirIsMadeAbsolute()
    {
        setEnv("EMANON_CONFIG_DIR", QStringLiteral("some/where/../config"));
        const QString expected = QDir::cleanPath(QDir::currentPath() + QStringLiteral("/some/config"));
        QCOMPARE(configDir(), expected);
        QCOMPARE(dirOf(Usb::UsbPreferences::defaultPath()), expected);
        QCOMPARE(dirOf(HostList::defaultPath()), expected);
    }

    void withoutItAllThreeAreInTheUsersConfigLocation()
    {
        const QString xdg = m_tmp.filePath(QStringLiteral("xdg-config"));
        const QByteArray oldXdg = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", xdg.toLocal8Bit());
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                                 + QStringLiteral("/emanon");
        QCOMPARE(expected, xdg + QStringLiteral("/emanon"));
        QCOMPARE(configDir(), expected);
        QCOMPARE(VmRegistry::defaultFilePath(), expected + QStringLiteral("/libraries.json"));
        QCOMPARE(HostList::defaultPath(), expected + QStringLiteral("/hosts.json"));
        QCOMPARE(Usb::UsbPreferences::defaultPath(), expected + QStringLiteral("/usb.json"));
        if (oldXdg.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldXdg);
    }

    void preferencesFileIsInTheConfigFolder()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("prefs"));
        setEnv("EMANON_CONFIG_DIR", dir);
        QCOMPARE(settingsFilePath(), dir + QStringLiteral("/emanon.conf"));
        QVERIFY(!QFileInfo::exists(dir)); // asking for the path creates nothing
    }

    void preferencesOfOlderVersionsAreCarriedOver()
    {
        // Older versions let Qt choose "<config>/Unknown Organization/emanon.conf".
        const QString xdg = m_tmp.filePath(QStringLiteral("xdg-legacy"));
        const QByteArray oldXdg = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", xdg.toLocal8Bit());
        {
            QSettings legacy(xdg + QStringLiteral("/Unknown Organization/emanon.conf"), QSettings::IniFormat);
            legacy.setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));
        }
        const QString path = settingsFilePath();
        QCOMPARE(path, xdg + QStringLiteral("/emanon/emanon.conf"));
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("ja"));
        {
            QSettings now(path, QSettings::IniFormat);
            now.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        }
        QCOMPARE(settingsFilePath(), path); // copied once: the user's later choice stays
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("de"));
        if (oldXdg.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldXdg);
    }

    void registryVariableStillWinsForTheRegistryOnly()
    {
        const QString registry = m_tmp.filePath(QStringLiteral("elsewhere/list.json"));
        setEnv("EMANON_REGISTRY", registry);
        setEnv("EMANON_CONFIG_DIR", m_tmp.filePath(QStringLiteral("cfg")));
        QCOMPARE(VmRegistry::defaultFilePath(), registry);
        QCOMPARE(HostList::defaultPath(), m_tmp.filePath(QStringLiteral("cfg/hosts.json")));
    }

    void emanonctlKeepsTheNeverListInEmanonConfigDir()
    {
        // What a user (or the two-host bench) sees: `usb never add` writes this host's usb.json,
        // not the one in ~/.config of the account.
        const QString dir = m_tmp.filePath(QStringLiteral("ctl-config"));
        const QString xdg = m_tmp.filePath(QStringLiteral("ctl-xdg"));
        const QMap<QString, QString> env{{QStringLiteral("EMANON_CONFIG_DIR"), dir},
                                         {QStringLiteral("XDG_CONFIG_HOME"), xdg},
                                         {QStringLiteral("EMANON_LIBRARY"), m_tmp.filePath(QStringLiteral("lib"))}};
        const auto add = TestUtil::runEmanonCtl({QStringLiteral("usb"), QStringLiteral("never"),
                                                 QStringLiteral("add"), QStringLiteral("413c:2107")},
                                                env);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err + add.out));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/usb.json")));
        QVERIFY(!QFileInfo::exists(xdg + QStringLiteral("/emanon/usb.json")));
        const auto list = TestUtil::runEmanonCtl({QStringLiteral("usb"), QStringLiteral("never"),
                                                  QStringLiteral("list")},
                                                 env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("413c")), qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(TstUsbConfigDir)
#include "tst_usbconfigdir.moc"
