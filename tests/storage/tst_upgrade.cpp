// The schema upgrade ladder: each step on its own, a file of an older version with data
// upgraded on open (data kept, version raised, upgrade audited), and a failed upgrade
// leaving the file at its old version.
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/PanelReader.h"
#include "storage/PanelWriter.h"
#include "storage/Schema.h"
#include "storage/SqliteStore.h"
#include "storage/SqliteTransaction.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {

// A database as an older PanelDesk left it: the ladder run up to `version`, then `panel`.
void makeFileAtVersion(const QString &path, int version, const Panel *panel)
{
    RawDb raw(path);
    WriteTransaction transaction(raw.db());
    schema::upgrade(raw.db(), 0, version);
    if (panel)
        writePanel(raw.db(), *panel);
    transaction.commit();
}

bool tableExists(RawDb &raw, const char *name)
{
    return raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                         .arg(QLatin1String(name)))
               .toInt() == 1;
}

} // namespace

class TestUpgrade : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("u%1.db").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void ladderIsComplete()
    {
        QCOMPARE(schema::kCurrentVersion, 2);   // a new step needs its own test here
    }

    void step1CreatesCoreTables()
    {
        const QString path = newPath();
        makeFileAtVersion(path, 1, nullptr);
        RawDb raw(path);
        QCOMPARE(schema::userVersion(raw.db()), 1);
        QCOMPARE(schema::applicationId(raw.db()), schema::kApplicationId);
        for (const char *table : {"program", "rounds", "teams", "round_teams", "categories",
                                  "benchmark_groups", "benchmarks", "benchmark_teams",
                                  "rubric_items", "user_items", "members", "member_conflicts",
                                  "benchmark_results", "sheets", "expert_scores",
                                  "user_ratings", "independence", "component_findings",
                                  "tie_resolutions", "tie_resolution_teams"})
            QVERIFY2(tableExists(raw, table), table);
        QVERIFY(!tableExists(raw, "audit_log"));
        // a version-1 file already holds a whole panel
        {
            WriteTransaction transaction(raw.db());
            writePanel(raw.db(), fullPanel());
            transaction.commit();
        }
        QCOMPARE(firstDifference(readPanel(raw.db()), fullPanel()), QString());
    }

    void step2AddsAppendOnlyAuditLog()
    {
        const QString path = newPath();
        makeFileAtVersion(path, 1, nullptr);
        RawDb raw(path);
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 1, 2);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 2);
        QVERIFY(tableExists(raw, "audit_log"));
        raw.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) "
                                "VALUES ('2026-01-15T09:00:00.000Z', 'a', 'b', 'c')"));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE audit_log SET actor = 'x'"))
                    .contains(QLatin1String("append-only")));
        QVERIFY(raw.tryExec(QStringLiteral("DELETE FROM audit_log"))
                    .contains(QLatin1String("append-only")));
    }

    void openUpgradesVersion1FileWithData()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 1, &panel);
        {
            RawDb raw(path);
            QCOMPARE(schema::userVersion(raw.db()), 1);
        }
        auto store = SqliteStore::open(path);
        QCOMPARE(firstDifference(store->loadPanel(), panel), QString());
        const auto log = store->auditLog();
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log[0].action, QStringLiteral("upgrade-schema"));
        QCOMPARE(log[0].oldValue, QStringLiteral("{\"schema\":1}"));
        QCOMPARE(log[0].newValue, QStringLiteral("{\"schema\":2}"));
        // fully usable at the new version
        ExpertScore score{QStringLiteral("e02"), QStringLiteral("lg"),
                          QStringLiteral("strategy"), 6, false, {}};
        store->setExpertScore(score, QStringLiteral("e02"));
        QCOMPARE(store->auditLog().size(), size_t(2));
        store.reset();
        RawDb raw(path);
        QCOMPARE(schema::userVersion(raw.db()), 2);
        // opening again does not upgrade again
        QCOMPARE(SqliteStore::open(path)->auditLog().size(), size_t(2));
    }

    void failedUpgradeLeavesOldVersion()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 1, &panel);
        // something in the way of step 2 (here: a table of the same name)
        RawDb(path).exec(QStringLiteral("CREATE TABLE audit_log (note TEXT)"));
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteStore::open(path));
        RawDb raw(path);
        QCOMPARE(schema::userVersion(raw.db()), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                          "WHERE name LIKE 'audit_log_no_%'")).toInt(), 0);
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
    }

    void invalidLadderRequestsAreRefused_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("same version") << 1 << 1;
        QTest::newRow("downgrade") << 2 << 1;
        QTest::newRow("beyond current") << 0 << 3;
        QTest::newRow("negative") << -1 << 1;
    }

    void invalidLadderRequestsAreRefused()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const QString path = newPath();
        RawDb raw(path);
        WriteTransaction transaction(raw.db());
        QVERIFY_THROWS_EXCEPTION(StoreError, schema::upgrade(raw.db(), from, to));
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
