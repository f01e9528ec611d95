// The translations are complete and up to date: lupdate run over the sources (into a copy of
// translations/*.ts) finds exactly the messages the .ts files hold, no Japanese entry is
// unfinished, and German covers the main window and the new-VM wizard. After adding strings:
// `cmake --build build --target update_translations`, then translate.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = Message{context, {}, {}, false};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            current.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            if (type != QLatin1String("obsolete") && type != QLatin1String("vanished"))
                messages.append(current);
        }
    }
    return messages;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> out;
    for (const Message &m : messages)
        out.insert(m.context + QLatin1String(" | ") + m.source + QLatin1String(" | ") + m.comment);
    return out;
}

QString lupdateProgram()
{
    for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                               QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)}) {
        const QString candidate = dir + QStringLiteral("/lupdate");
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

const QString kSource = QStringLiteral(EMANON_SOURCE_DIR);

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFilesMatchTheSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void tsFilesMatchTheSources()
    {
        QFETCH(QString, language);
        const QString lupdate = lupdateProgram();
        QVERIFY2(!lupdate.isEmpty(), "lupdate not found (install qt6-l10n-tools)");
        const QString original = kSource + QStringLiteral("/translations/emanon_%1.ts").arg(language);
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QFileInfo(original).fileName());
        QVERIFY(QFile::copy(original, copy));
        QProcess p;
        p.setWorkingDirectory(kSource);
        p.setProcessChannelMode(QProcess::MergedChannels);
        // The options of qt_add_lupdate in translations/CMakeLists.txt.
        p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-I"), kSource,
                          QStringLiteral("engine"), QStringLiteral("app"), QStringLiteral("display"),
                          QStringLiteral("usb"), QStringLiteral("appliances"), QStringLiteral("-ts"),
                          copy});
        QVERIFY(p.waitForFinished(100000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());

        const QSet<QString> have = keys(readTs(original));
        const QSet<QString> want = keys(readTs(copy));
        QStringList missing(want.begin(), want.end());
        missing.removeIf([&](const QString &k) { return have.contains(k); });
        QStringList stale(have.begin(), have.end());
        stale.removeIf([&](const QString &k) { return want.contains(k); });
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date (run the update_translations target): "
                                           "%2 new message(s), e.g. %3; %4 gone, e.g. %5")
                                .arg(QFileInfo(original).fileName())
                                .arg(missing.size())
                                .arg(missing.mid(0, 5).join(QStringLiteral("; ")))
                                .arg(stale.size())
                                .arg(stale.mid(0, 5).join(QStringLiteral("; ")))));
    }

    void japaneseIsComplete()
    {
        QStringList unfinished;
        for (const Message &m : readTs(kSource + QStringLiteral("/translations/emanon_ja.ts"))) {
            if (m.unfinished)
                unfinished << m.context + QLatin1String(": ") + m.source;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 Japanese entries are unfinished, e.g.:\n%2")
                                .arg(unfinished.size())
                                .arg(unfinished.mid(0, 10).join(QLatin1Char('\n')))));
    }

    void germanCoversMainWindowAndWizard()
    {
        const QStringList contexts{
            QStringLiteral("App::MainWindow"),  QStringLiteral("App::VmActions"),
            QStringLiteral("App::VmListModel"), QStringLiteral("App::DetailsPane"),
            QStringLiteral("App::HostPanel"),   QStringLiteral("App::ProfilePage"),
            QStringLiteral("App::NamePage"),    QStringLiteral("App::HardwarePage"),
            QStringLiteral("App::DiskPage"),    QStringLiteral("App::MediaPage"),
            QStringLiteral("App::NetworkPage"), QStringLiteral("App::SummaryPage"),
            QStringLiteral("App::NewVmWizard"), QStringLiteral("NewVmChoices")};
        QStringList unfinished;
        int covered = 0;
        for (const Message &m : readTs(kSource + QStringLiteral("/translations/emanon_de.ts"))) {
            if (!contexts.contains(m.context))
                continue;
            ++covered;
            if (m.unfinished)
                unfinished << m.context + QLatin1String(": ") + m.source;
        }
        QVERIFY(covered > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
