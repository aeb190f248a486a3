// The schema upgrade ladder: steps 1 to 6 each on its own (steps 7 and on:
// tst_laterupgrades.cpp), a file of an older version with data upgraded on open (data kept,
// version raised, upgrade audited), and a failed upgrade leaving the file at its old version.
#include "UpgradeTestSupport.h"

#include <QtTest>

using namespace pd;
using namespace pd::test;

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
        QCOMPARE(schema::kCurrentVersion, 15);   // a new step needs its own test here (7 on: tst_laterupgrades.cpp)
    }

    void step1CreatesCoreTables()
    {
        const QString path = newPath();
        {
            RawDb raw(path);
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 0, 1);
            transaction.commit();
        }
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
    }

    // The hand-made older files of makeFileAtVersion have exactly the objects of real ones.
    void olderFilesMatchTheLadder()
    {
        for (int version = 1; version < schema::kCurrentVersion; ++version) {
            const QString real = newPath();
            {
                RawDb raw(real);
                WriteTransaction transaction(raw.db());
                schema::upgrade(raw.db(), 0, version);
                transaction.commit();
            }
            const QString made = newPath();
            const Panel panel = versionTwoPanel();
            makeFileAtVersion(made, version, &panel);
            QCOMPARE(schemaObjects(RawDb(made).db()), schemaObjects(RawDb(real).db()));
        }
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

    void step3AddsEvidenceFileAndComponentNotes()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();   // has component findings
        QVERIFY(!panel.independence.empty() && !panel.independence[0].components.empty());
        {
            // a version-2 file
            RawDb raw(path);
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 0, 2);
            transaction.commit();
        }
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "component_notes"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 2, 3);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 3);
        QVERIFY(tableExists(raw, "component_notes"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM pragma_table_info("
                                          "'component_findings') WHERE name = 'evidence_file'"))
                     .toInt(),
                 1);
        // the whole panel round-trips at version 3, evidence file included
        Panel withFile = panel;
        withFile.independence[0].components[0].evidenceFile = QStringLiteral("docs/report.pdf#s2");
        writePanelBeforeStep10(raw, withFile);
        QCOMPARE(firstDifference(readPanel(raw.db()), withFile), QString());
        // a blank component name is refused by the schema itself
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE component_findings SET component = '  '"))
                    .contains(QLatin1String("needs a name")));
        // notes go with their component
        raw.exec(QStringLiteral("INSERT INTO component_notes VALUES ('%1', "
                                "(SELECT min(seq) FROM component_findings), 'e01', 'checked', "
                                "'2026-01-10T00:00:00.000Z')").arg(withFile.round.id));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM component_notes")).toInt(), 1);
        raw.exec(QStringLiteral("DELETE FROM component_findings"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM component_notes")).toInt(), 0);
    }

    void step4AddsBenchmarkMappings()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 3, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "benchmark_mappings"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 3, 4);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 4);
        QVERIFY(tableExists(raw, "benchmark_mappings"));
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        raw.exec(QStringLiteral("INSERT INTO benchmark_mappings (round_id, seq, task, metric, "
                                "benchmark_id, scale) VALUES ('R1', 0, 'mmlu', 'acc,none', 'mmlu', 100)"));
        // a scale of 0, an unknown source and a benchmark mapped twice are refused
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO benchmark_mappings (round_id, seq, task, "
                                           "metric, benchmark_id, scale) VALUES ('R1', 1, 'gpqa', "
                                           "'acc,none', 'gpqa', 0)")).contains(QLatin1String("mapping_scale_positive")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO benchmark_mappings (round_id, seq, source, "
                                           "task, metric, benchmark_id) VALUES ('R1', 1, 'x', "
                                           "'gpqa', 'acc,none', 'gpqa')")).contains(QLatin1String("mapping_source_known")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO benchmark_mappings (round_id, seq, task, "
                                           "metric, benchmark_id) VALUES ('R1', 1, 'mmlu2', "
                                           "'acc,none', 'mmlu')")).contains(QLatin1String("UNIQUE")));
        // the mapping survives a whole-panel rewrite (no foreign key into the round's benchmarks)
        writePanelBeforeStep10(raw, panel);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM benchmark_mappings")).toInt(), 1);
    }

    void step5AddsLifecycleDecisionsAndAppeals()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 4, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "decisions"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 4, 5);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 5);
        for (const char *table : {"decisions", "decision_outcomes", "decision_events", "appeals",
                                  "appeal_committee", "appeal_rulings"})
            QVERIFY2(tableExists(raw, table), table);
        // existing rounds are open; the data reads back unchanged
        QCOMPARE(raw.value(QStringLiteral("SELECT lifecycle FROM rounds")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        QVERIFY(!raw.tryExec(QStringLiteral("UPDATE rounds SET lifecycle = 'closed'")).isEmpty());
        // locked: inputs refuse changes
        raw.exec(QStringLiteral("UPDATE rounds SET lifecycle = 'locked'"));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE expert_scores SET comment = 'x'"))
                    .contains(QLatin1String("locked")));
        QVERIFY(raw.tryExec(QStringLiteral("DELETE FROM sheets")).contains(QLatin1String("locked")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE benchmark_results SET score = score + 1.0"))
                    .contains(QLatin1String("locked")));
        raw.exec(QStringLiteral("UPDATE rounds SET lifecycle = 'open'"));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE benchmark_results SET score = score + 1.0"))
                    .isEmpty());
    }

    // A version-5 file holding ratings (in an order that is not the key's) keeps them, in
    // their order, with one B-tree: the key is (round, evaluator, team, item), which still
    // refuses a duplicate; the constraints and foreign keys are those of version 5.
    void step6KeysRatingsByWhatTheyRate()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        QVERIFY(panel.userRatings.size() >= 30);
        makeFileAtVersion(path, 5, &panel);
        RawDb raw(path);
        QCOMPARE(ratingIndexOrigins(raw), QStringList({QStringLiteral("pk"), QStringLiteral("u")}));
        const QVariant before = raw.value(QStringLiteral(
            "SELECT group_concat(seq || evaluator || team_id || item_id || rating, ' ') FROM "
            "(SELECT * FROM user_ratings ORDER BY seq)"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 5, 6);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 6);
        QCOMPARE(ratingIndexOrigins(raw), QStringList({QStringLiteral("pk")}));
        QCOMPARE(raw.value(QStringLiteral(
                     "SELECT group_concat(name, ',') FROM pragma_index_info("
                     "(SELECT name FROM pragma_index_list('user_ratings')))")).toString(),
                 QStringLiteral("round_id,evaluator,team_id,item_id"));
        QCOMPARE(raw.value(QStringLiteral(
                     "SELECT group_concat(seq || evaluator || team_id || item_id || rating, ' ') "
                     "FROM (SELECT * FROM user_ratings ORDER BY seq)")),
                 before);
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        // the constraints of version 5, unchanged
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 500, 'u001', "
                                           "'lg', 'usability', 3, 1, 5)"))
                    .contains(QLatin1String("UNIQUE constraint failed")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 501, 'u 1', "
                                           "'lg', 'usability', 3, 1, 5)"))
                    .contains(QLatin1String("evaluator_id_format")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 502, 'x1', "
                                           "'lg', 'usability', 6, 1, 5)"))
                    .contains(QLatin1String("rating_within_scale")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 503, 'x1', "
                                           "'lg', 'usability', 4.5, 1, 5)"))
                    .contains(QLatin1String("rating_integer")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 504, 'x1', "
                                           "'kakao', 'usability', 3, 1, 5)"))
                    .contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 505, 'x1', "
                                           "'lg', 'usability', 3, 0, 10)"))
                    .contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 506, 'x1', "
                                           "'lg', 'usability', 3, 1, 5)")).isEmpty());
    }

    void openUpgradesVersion1FileWithData()
    {
        const QString path = newPath();
        const Panel panel = versionTwoPanel();
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
        QCOMPARE(log[0].newValue, QStringLiteral("{\"schema\":%1}").arg(schema::kCurrentVersion));
        // fully usable at the new version
        ExpertScore score{QStringLiteral("e02"), QStringLiteral("lg"),
                          QStringLiteral("strategy"), 6, false, {}};
        store->setExpertScore(score, QStringLiteral("e02"));
        QCOMPARE(store->auditLog().size(), size_t(2));
        store.reset();
        RawDb raw(path);
        QCOMPARE(schema::userVersion(raw.db()), schema::kCurrentVersion);
        // opening again does not upgrade again
        QCOMPARE(SqliteStore::open(path)->auditLog().size(), size_t(2));
    }

    void failedUpgradeLeavesOldVersion()
    {
        const QString path = newPath();
        const Panel panel = versionTwoPanel();
        makeFileAtVersion(path, 1, &panel);
        // something in the way of step 2 (here: a table of the same name)
        RawDb(path).exec(QStringLiteral("CREATE TABLE audit_log (note TEXT)"));
        const QStringList objectsBefore = schemaObjects(RawDb(path).db());
        QVERIFY_THROWS_EXCEPTION(StoreError, SqliteStore::open(path));
        RawDb raw(path);
        QCOMPARE(schema::userVersion(raw.db()), 1);
        QCOMPARE(schemaObjects(raw.db()), objectsBefore);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                          "WHERE name LIKE 'audit_log_no_%'")).toInt(), 0);
        // the data is still there (the current reader needs version 3 columns, so count)
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM expert_scores")).toInt(),
                 int(panel.expertScores.size()));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM component_findings")).toInt(), 4);
    }

    void invalidLadderRequestsAreRefused_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("same version") << 1 << 1;
        QTest::newRow("downgrade") << 2 << 1;
        QTest::newRow("beyond current") << 0 << schema::kCurrentVersion + 1;
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
