// SnapshotTree: parenting, deletion with re-parenting, branches, JSON round trip, reconciling
// with what the disks hold, and damaged snapshots.json files (clear error, file untouched).
#include "engine/snapshots/snapshottree.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Engine;

namespace {
SnapshotNode node(const QString &id, const QString &parent, int minute)
{
    SnapshotNode n;
    n.id = id;
    n.tag = QStringLiteral("tag-") + id;
    n.name = QStringLiteral("Name ") + id;
    n.parent = parent;
    n.createdAt = QDateTime(QDate(2026, 1, 1), QTime(10, minute), Qt::UTC);
    n.kind = SnapshotNode::Kind::Live;
    return n;
}

/// A -> B, A -> C -> D; current D.
SnapshotTree sample()
{
    SnapshotTree t;
    for (const SnapshotNode &n :
         {node(QStringLiteral("A"), {}, 1), node(QStringLiteral("B"), QStringLiteral("A"), 2),
          node(QStringLiteral("C"), QStringLiteral("A"), 3),
          node(QStringLiteral("D"), QStringLiteral("C"), 4)})
        if (const Status added = t.add(n); !added) // not Q_ASSERT: release builds drop it
            qFatal("sample tree: %s", qPrintable(added.error().toString()));
    t.setCurrent(QStringLiteral("D"));
    return t;
}

DiskSnapshotInfo info(const QString &tag, qint64 state = 0)
{
    DiskSnapshotInfo s;
    s.tag = tag;
    s.vmStateSizeBytes = state;
    s.vmClockNs = 5'000'000'000LL;
    s.created = QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC);
    return s;
}
} // namespace

class TstSnapshotTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parentsChildrenAndBranches()
    {
        const SnapshotTree t = sample();
        QCOMPARE(t.children({}), QStringList{QStringLiteral("A")});
        QCOMPARE(t.children(QStringLiteral("A")),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(t.ancestors(QStringLiteral("D")),
                 (QStringList{QStringLiteral("C"), QStringLiteral("A")}));
        // Deepest first: the order a branch is deleted in.
        QCOMPARE(t.branch(QStringLiteral("A")),
                 (QStringList{QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("C"),
                              QStringLiteral("A")}));
        SnapshotTree u = t;
        QVERIFY(!u.add(node(QStringLiteral("E"), QStringLiteral("nope"), 5)).ok());
        QCOMPARE(u.add(node(QStringLiteral("A"), {}, 5)).error().code, ErrorCode::AlreadyExists);
    }

    void deleteReparentsChildrenAndMovesCurrent()
    {
        SnapshotTree t = sample();
        QVERIFY(t.remove(QStringLiteral("A")).ok());
        QCOMPARE(t.children({}), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(t.find(QStringLiteral("D"))->parent, QStringLiteral("C"));
        QVERIFY(t.remove(QStringLiteral("D")).ok());
        QCOMPARE(t.current(), QStringLiteral("C")); // "you are here" moves up
        QCOMPARE(t.remove(QStringLiteral("D")).error().code, ErrorCode::NotFound);
    }

    void resolveByIdNameOrTag()
    {
        SnapshotTree t = sample();
        QCOMPARE(*t.resolve(QStringLiteral("B")), QStringLiteral("B"));
        QCOMPARE(*t.resolve(QStringLiteral("Name C")), QStringLiteral("C"));
        QCOMPARE(*t.resolve(QStringLiteral("tag-D")), QStringLiteral("D"));
        QCOMPARE(t.resolve(QStringLiteral("nothing")).error().code, ErrorCode::NotFound);
        t.find(QStringLiteral("B"))->name = QStringLiteral("Name C");
        QCOMPARE(t.resolve(QStringLiteral("Name C")).error().code, ErrorCode::InvalidArgument);
    }

    void jsonRoundTripKeepsEverything()
    {
        SnapshotTree t = sample();
        SnapshotNode &b = *t.find(QStringLiteral("B"));
        b.description = QStringLiteral("Before the update\nsecond line");
        b.config = QJsonObject{{QStringLiteral("memoryMiB"), 64}};
        b.screenshot = QStringLiteral("screenshots/B.png");
        b.guestRunTimeMs = 1234;
        b.vmStateSizeBytes = 99;
        b.kind = SnapshotNode::Kind::DiskOnly;
        QJsonObject withExtra = QJsonDocument::fromJson(t.toJson()).object();
        withExtra.insert(QStringLiteral("futureField"), 7);
        auto back = SnapshotTree::fromJson(QJsonDocument(withExtra).toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->current(), QStringLiteral("D"));
        QCOMPARE(back->nodes().size(), 4);
        const SnapshotNode &b2 = *back->find(QStringLiteral("B"));
        QCOMPARE(b2.description, b.description);
        QCOMPARE(b2.config, b.config);
        QCOMPARE(b2.screenshot, b.screenshot);
        QCOMPARE(b2.guestRunTimeMs, 1234);
        QCOMPARE(b2.kind, SnapshotNode::Kind::DiskOnly);
        QCOMPARE(b2.createdAt, b.createdAt);
        QCOMPARE(back->toJson(), SnapshotTree::fromJson(back->toJson())->toJson());
        QVERIFY(back->toJson().contains("futureField"));
    }

    void damagedFileIsAnErrorAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("truncated")
            << QByteArray("{\"schemaVersion\":1,\"snapshots\":[{\"id\":\"a\"")
            << int(ErrorCode::ConfigParse);
        QTest::newRow("array") << QByteArray("[1,2]") << int(ErrorCode::ConfigParse);
        QTest::newRow("newer") << QByteArray("{\"schemaVersion\":9}")
                               << int(ErrorCode::SchemaVersion);
        QTest::newRow("no tag")
            << QByteArray("{\"schemaVersion\":1,\"snapshots\":[{\"id\":\"a\",\"kind\":\"live\"}]}")
            << int(ErrorCode::ConfigParse);
        QTest::newRow("loop")
            << QByteArray("{\"schemaVersion\":1,\"snapshots\":[{\"id\":\"a\",\"tag\":\"t\","
                          "\"kind\":\"live\",\"parent\":\"b\"},"
                          "{\"id\":\"b\",\"tag\":\"u\",\"kind\":\"live\",\"parent\":\"a\"}]}")
            << int(ErrorCode::ConfigParse);
    }

    void damagedFileIsAnErrorAndUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshots.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto t = SnapshotTree::load(path);
        QVERIFY(!t.ok());
        QCOMPARE(int(t.error().code), code);
        QVERIFY2(t.error().message.contains(path), qPrintable(t.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void missingFileIsAnEmptyTreeAndSaveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshots.json"));
        auto t = SnapshotTree::load(path);
        QVERIFY(t.ok());
        QVERIFY(t->isEmpty());
        QVERIFY(sample().save(path).ok());
        auto back = SnapshotTree::load(path);
        QVERIFY(back.ok());
        QCOMPARE(back->nodes().size(), 4);
        // A folder that cannot be written: an error, the old file kept.
        QVERIFY(!sample().save(dir.filePath(QStringLiteral("missing/snapshots.json"))).ok());
    }

    void reconcileMarksMissingAndAdoptsUnknown()
    {
        SnapshotTree t = sample();
        DiskSnapshotMap disks;
        disks.insert(QStringLiteral("disk0"),
                     {info(QStringLiteral("tag-A")), info(QStringLiteral("tag-B")),
                      info(QStringLiteral("tag-C")), info(QStringLiteral("tag-D")),
                      info(QStringLiteral("outside"), 4096)});
        disks.insert(QStringLiteral("disk1"),
                     {info(QStringLiteral("tag-A")), info(QStringLiteral("tag-C")),
                      info(QStringLiteral("tag-D")), info(QStringLiteral("outside"), 0)});
        QVERIFY(t.reconcile(disks));
        const SnapshotNode &b = *t.find(QStringLiteral("B"));
        QVERIFY(b.broken);
        QVERIFY2(b.brokenReason.contains(QStringLiteral("disk1")), qPrintable(b.brokenReason));
        QVERIFY(!t.find(QStringLiteral("A"))->broken);
        const SnapshotNode *adopted = t.findByTag(QStringLiteral("outside"));
        QVERIFY(adopted);
        QVERIFY(adopted->adopted);
        QCOMPARE(adopted->name, QStringLiteral("outside"));
        QCOMPARE(adopted->kind, SnapshotNode::Kind::Live);
        QCOMPARE(adopted->guestRunTimeMs, 5000);
        QVERIFY(adopted->parent.isEmpty());
        QCOMPARE(t.nodes().size(), 5);
        QVERIFY(!t.reconcile(disks)); // stable
        // Back in the image: healed.
        disks[QStringLiteral("disk1")].append(info(QStringLiteral("tag-B")));
        QVERIFY(t.reconcile(disks));
        QVERIFY(!t.find(QStringLiteral("B"))->broken);
        QCOMPARE(t.current(), QStringLiteral("D"));
    }
};

QTEST_GUILESS_MAIN(TstSnapshotTree)
#include "tst_snapshottree.moc"
