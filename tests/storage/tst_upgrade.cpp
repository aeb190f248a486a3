// The schema upgrade ladder: each step on its own, a file of an older version with data
// upgraded on open (data kept, version raised, upgrade audited), and a failed upgrade
// leaving the file at its old version.
#include "StorageTestSupport.h"

#include "decision/Fingerprint.h"
#include "decision/VersionInputs.h"
#include "domain/Errors.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelReader.h"
#include "storage/PanelWriter.h"
#include "storage/AuditLog.h"
#include "storage/Schema.h"
#include "trust/AuditChain.h"
#include "storage/SqliteStore.h"
#include "storage/SqliteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {

// The tables, triggers and indexes of a file, by name.
QStringList schemaObjects(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_schema "
                          "WHERE name NOT LIKE 'sqlite_%' ORDER BY 1"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// user_ratings as steps 1-5 left it: keyed by (round_id, seq), the natural key UNIQUE.
const QString kVersion5Ratings = QStringLiteral(R"(
    CREATE TABLE user_ratings_v5 (
        round_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        evaluator TEXT NOT NULL CONSTRAINT evaluator_id_format CHECK (length(evaluator) BETWEEN 1 AND 64 AND evaluator NOT GLOB '*[^-A-Za-z0-9_.]*'),
        team_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        rating INTEGER NOT NULL CONSTRAINT rating_integer CHECK (typeof(rating) = 'integer'),
        scale_min INTEGER NOT NULL,
        scale_max INTEGER NOT NULL,
        PRIMARY KEY (round_id, seq),
        UNIQUE (round_id, evaluator, team_id, item_id),
        CONSTRAINT rating_within_scale CHECK (rating BETWEEN scale_min AND scale_max),
        FOREIGN KEY (round_id, team_id) REFERENCES round_teams (round_id, team_id),
        FOREIGN KEY (round_id, item_id, scale_min, scale_max)
            REFERENCES user_items (round_id, id, scale_min, scale_max) ON UPDATE CASCADE
    ) WITHOUT ROWID)");

// The indexes SQLite keeps for user_ratings: "pk" for its key, "u" for a UNIQUE constraint.
QStringList ratingIndexOrigins(RawDb &raw)
{
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("SELECT origin FROM pragma_index_list('user_ratings') ORDER BY origin"));
    QStringList origins;
    while (q.next())
        origins << q.value(0).toString();
    return origins;
}

// Today's writer keeps the rating tallies of step 10 beside the ratings; an older file has
// none, so the table stands in while `panel` is written into it, and goes again.
void writePanelBeforeStep10(RawDb &raw, const Panel &panel)
{
    WriteTransaction transaction(raw.db());
    raw.exec(QStringLiteral("CREATE TABLE rating_tallies (round_id, team_id, item_id, ratings, "
                            "rating_sum, PRIMARY KEY (round_id, team_id, item_id))"));
    writePanel(raw.db(), panel);
    raw.exec(QStringLiteral("DROP TABLE rating_tallies"));
    transaction.commit();
}

// A database as an older PanelDesk left it, with `panel` in it. The panel is written by
// today's writer at the current version, then the later steps are undone by hand (each
// undo mirrors its step), because older writers no longer exist.
void makeFileAtVersion(const QString &path, int version, const Panel *panel)
{
    RawDb raw(path);
    WriteTransaction transaction(raw.db());
    schema::upgrade(raw.db(), 0, schema::kCurrentVersion);
    if (panel)
        writePanel(raw.db(), *panel);
    if (version < 12)
        raw.exec(QStringLiteral("ALTER TABLE decisions DROP COLUMN rating_rows"));   // step 12
    if (version < 11)
        raw.exec(QStringLiteral("ALTER TABLE sheets DROP COLUMN version"));   // step 11
    if (version < 10)
        raw.exec(QStringLiteral("DROP TABLE rating_tallies"));   // step 10
    if (version < 9) {
        // step 9 (SchemaSealedDrafts.cpp): its triggers and table
        for (const char *trigger : {"sealed_drafts_insert", "sealed_drafts_update",
                                    "sealed_drafts_delete", "sheets_submit_sealed"})
            raw.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger));
        raw.exec(QStringLiteral("DROP TABLE sealed_drafts"));
    }
    if (version < 8)
        raw.exec(QStringLiteral("DROP TABLE sign_in_failures"));   // step 8
    if (version < 7) {
        // step 7 (SchemaAuditChain.cpp): the chain and key columns
        for (const char *sql : {"ALTER TABLE audit_log DROP COLUMN prev_hash",
                                "ALTER TABLE audit_log DROP COLUMN hash",
                                "ALTER TABLE audit_log DROP COLUMN signer",
                                "ALTER TABLE audit_log DROP COLUMN signature",
                                "ALTER TABLE members DROP COLUMN public_key",
                                "ALTER TABLE members DROP COLUMN sealed_key"})
            raw.exec(QString::fromLatin1(sql));
    }
    if (version < 6) {
        // step 6 (SchemaRatingKey.cpp): user_ratings back to its step-1 form, rows kept
        raw.exec(kVersion5Ratings);
        raw.exec(QStringLiteral("INSERT INTO user_ratings_v5 SELECT round_id, seq, evaluator, "
                                "team_id, item_id, rating, scale_min, scale_max FROM user_ratings"));
        raw.exec(QStringLiteral("DROP TABLE user_ratings"));
        raw.exec(QStringLiteral("ALTER TABLE user_ratings_v5 RENAME TO user_ratings"));
    }
    if (version < 5) {
        // step 5 (SchemaDecisions.cpp): its triggers, its tables children first, the column
        QSqlQuery triggers(raw.db());
        triggers.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name GLOB 'lock_*' "
            "OR name GLOB 'decision*' OR name GLOB 'appeal*')"));
        QStringList names;
        while (triggers.next())
            names << triggers.value(0).toString();
        triggers.finish();
        for (const QString &name : std::as_const(names))
            raw.exec(QStringLiteral("DROP TRIGGER ") + name);
        for (const char *table : {"appeal_rulings", "appeal_committee", "appeals",
                                  "decision_events", "decision_outcomes", "decisions"})
            raw.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table));
        raw.exec(QStringLiteral("ALTER TABLE rounds DROP COLUMN lifecycle"));
    }
    if (version < 4)
        raw.exec(QStringLiteral("DROP TABLE benchmark_mappings"));
    if (version < 3) {
        for (const char *sql : {"DROP TRIGGER component_notes_no_conflict",
                                "DROP TABLE component_notes",
                                "DROP TRIGGER component_named_on_insert",
                                "DROP TRIGGER component_named_on_update",
                                "ALTER TABLE component_findings DROP COLUMN evidence_file"})
            raw.exec(QString::fromLatin1(sql));
    }
    if (version < 2) {
        for (const char *sql : {"DROP TRIGGER audit_log_no_update",
                                "DROP TRIGGER audit_log_no_delete", "DROP TABLE audit_log"})
            raw.exec(QString::fromLatin1(sql));
    }
    raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    transaction.commit();
}

// fullPanel() without what version 2 could not store.
Panel versionTwoPanel()
{
    Panel panel = fullPanel();
    for (Independence &entry : panel.independence)
        for (ComponentFinding &finding : entry.components)
            finding.evidenceFile.clear();
    return panel;
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
        QCOMPARE(schema::kCurrentVersion, 12);   // a new step needs its own test here
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

    // A version-6 file with audit entries: step 7 hashes them into the chain (unsigned, "before
    // schema 7"), keeps every field, and the chain verifies; a later change to one of them is
    // named; members keep their passphrases and get keys at their next sign-in.
    void step7ChainsTheAuditLog()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 6, &panel);
        QVERIFY(SqliteStore::open(path)->auditLog().size() == 1);   // the upgrade's own entry
        // Build the version-6 history by hand: three entries written by a version-6 PanelDesk.
        const QString old = newPath();
        makeFileAtVersion(old, 6, &panel);
        {
            RawDb raw(old);
            for (int i = 1; i <= 3; ++i)
                raw.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, new_value, reason) "
                                        "VALUES ('2026-01-0%1T09:00:00.000Z', 'e01', 'expert-score', "
                                        "'expert_scores/R1/e01/lg/strategy', '{\"score\":%1}', '')").arg(i));
        }
        std::vector<AuditEntry> before;
        {
            RawDb raw(old);
            before = readAuditLog(raw.db());
            QCOMPARE(before.size(), size_t(3));
            QVERIFY(before[0].hash.isEmpty());
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 6, 7);
            transaction.commit();
            QCOMPARE(schema::userVersion(raw.db()), 7);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                              "'audit_log_no_update'")).toInt(), 1);
            QVERIFY(raw.tryExec(QStringLiteral("UPDATE audit_log SET reason = 'x'")).contains(QLatin1String("append-only")));
        }
        auto store = SqliteStore::open(old);   // and on to the current version, with its entry
        const std::vector<AuditEntry> after = store->auditLog();
        QCOMPARE(after.size(), size_t(4));
        QCOMPARE(after[3].action, QStringLiteral("upgrade-schema"));
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(after[i].newValue, before[i].newValue);
            QCOMPARE(after[i].at, before[i].at);
            QCOMPARE(after[i].hash.size(), 32);
            QCOMPARE(after[i].prevHash, i == 0 ? QByteArray() : after[i - 1].hash);
            QVERIFY(after[i].signature.isEmpty());
        }
        const chain::ChainReport report = chain::verifyChain(after);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.unsignedBeforeChain, qint64(3));
        QCOMPARE(firstDifference(store->loadPanel(), panel), QString());
        store.reset();
        {
            RawDb raw(old);
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            raw.exec(QStringLiteral("UPDATE audit_log SET new_value = '{\"score\":9}' WHERE id = 2"));
        }
        const chain::ChainReport tampered = chain::verifyChain(SqliteStore::open(old)->auditLog());
        QCOMPARE(tampered.firstBad, qint64(2));
    }

    void step8AddsSignInThrottle()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 7, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "sign_in_failures"));
        const QVariant before = raw.value(QStringLiteral(
            "SELECT group_concat(reviewer_id || team_id || item_id || score, ' ') FROM "
            "(SELECT * FROM expert_scores ORDER BY 1, 2, 3, 4)"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 7, 8);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 8);
        QVERIFY(tableExists(raw, "sign_in_failures"));
        QCOMPARE(raw.value(QStringLiteral(
                     "SELECT group_concat(reviewer_id || team_id || item_id || score, ' ') FROM "
                     "(SELECT * FROM expert_scores ORDER BY 1, 2, 3, 4)")),
                 before);
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sign_in_failures")).toInt(), 0);
        // one row per known member, a positive integer count and an integer time
        const QString member = panel.reviewers.front().id;
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO sign_in_failures VALUES ('%1', 2, 1000)")
                                .arg(member)).isEmpty());
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO sign_in_failures VALUES ('%1', 3, 1000)")
                                .arg(member)).contains(QLatin1String("UNIQUE")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO sign_in_failures VALUES ('nobody', 1, 1)"))
                    .contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE sign_in_failures SET failures = 0"))
                    .contains(QLatin1String("failures_positive")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE sign_in_failures SET last_failure_ms = 'x'"))
                    .contains(QLatin1String("last_failure_integer")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step9AddsSealedDrafts()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 8, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "sealed_drafts"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 8, 9);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 9);
        QVERIFY(tableExists(raw, "sealed_drafts"));
        // nothing moves at the upgrade: drafts are sealed at their reviewer's sign-in
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sealed_drafts")).toInt(), 0);
        const QString draft = raw.value(QStringLiteral(
            "SELECT quote(round_id) || ', ' || quote(reviewer_id) || ', ' || quote(team_id) "
            "FROM sheets WHERE state = 'draft' LIMIT 1")).toString();
        const QString submitted = raw.value(QStringLiteral(
            "SELECT quote(round_id) || ', ' || quote(reviewer_id) || ', ' || quote(team_id) "
            "FROM sheets WHERE state = 'submitted' LIMIT 1")).toString();
        QVERIFY(!draft.isEmpty() && !submitted.isEmpty());
        const auto insert = [&](const QString &sheet, const char *blob) {
            return raw.tryExec(QStringLiteral("INSERT INTO sealed_drafts VALUES (%1, %2)")
                                   .arg(sheet, QLatin1String(blob)));
        };
        QVERIFY(insert(draft, "X'00'").contains(QLatin1String("sealed_draft_marked")));
        QVERIFY(insert(draft, "'PDD1 as text'").contains(QLatin1String("sealed_draft_marked")));
        QVERIFY(insert(submitted, "X'5044443100'").contains(QLatin1String("holds no sealed draft")));
        QVERIFY(insert(QStringLiteral("'R1', 'nobody', 'lg'"), "X'5044443100'")
                    .contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(insert(draft, "X'5044443100'").isEmpty());
        QVERIFY(raw.tryExec(QStringLiteral(
                    "UPDATE sheets SET state = 'submitted' WHERE EXISTS (SELECT 1 FROM "
                    "sealed_drafts d WHERE d.round_id = sheets.round_id AND "
                    "d.reviewer_id = sheets.reviewer_id AND d.team_id = sheets.team_id)"))
                    .contains(QLatin1String("opened before")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step10AddsRatingTalliesFromTheStoredRatings()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        QVERIFY(panel.userRatings.size() > 2);
        makeFileAtVersion(path, 9, &panel);
        RawDb raw(path);
        QVERIFY(!tableExists(raw, "rating_tallies"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 9, 10);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 10);
        QVERIFY(tableExists(raw, "rating_tallies"));
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        // filled from the ratings: exactly their counts and sums per (round, team, item)
        const auto lines = [&](const QString &sql) {
            QSqlQuery q(raw.db());
            q.exec(sql);
            QStringList out;
            while (q.next())
                out << QStringLiteral("%1/%2/%3 %4 %5").arg(q.value(0).toString(), q.value(1).toString(),
                                                            q.value(2).toString(), q.value(3).toString(),
                                                            q.value(4).toString());
            return out;
        };
        const QStringList tallies = lines(QStringLiteral(
            "SELECT round_id, team_id, item_id, ratings, rating_sum FROM rating_tallies ORDER BY 1, 2, 3"));
        QVERIFY(!tallies.isEmpty());
        QCOMPARE(tallies, lines(QStringLiteral("SELECT round_id, team_id, item_id, count(*), sum(rating) "
                                               "FROM user_ratings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
        const QString key = raw.value(QStringLiteral(
            "SELECT quote(round_id) || ', ' || quote(team_id) || ', ' || quote(item_id) "
            "FROM rating_tallies LIMIT 1")).toString();
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO rating_tallies VALUES (%1, 1, 1)").arg(key))
                    .contains(QLatin1String("UNIQUE")));
        QVERIFY(raw.tryExec(QStringLiteral("INSERT INTO rating_tallies VALUES ('R1', 'nobody', "
                                           "'usability', 1, 1)")).contains(QLatin1String("FOREIGN KEY")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE rating_tallies SET ratings = 0"))
                    .contains(QLatin1String("tally_count_positive")));
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE rating_tallies SET rating_sum = 1.5"))
                    .contains(QLatin1String("tally_sum_integer")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step11AddsSheetVersions()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        makeFileAtVersion(path, 10, &panel);
        RawDb raw(path);
        QVERIFY(raw.tryExec(QStringLiteral("SELECT version FROM sheets")).contains(u"no such column"));
        {
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 10, 11);
            transaction.commit();
        }
        QCOMPARE(schema::userVersion(raw.db()), 11);
        QCOMPARE(firstDifference(readPanel(raw.db()), panel), QString());
        const int sheets = raw.value(QStringLiteral("SELECT count(*) FROM sheets")).toInt();
        QVERIFY(sheets > 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sheets WHERE version = 1")).toInt(), sheets);
        for (const char *bad : {"0", "-3", "'x'", "1.5", "NULL"})
            QVERIFY2(!raw.tryExec(QStringLiteral("UPDATE sheets SET version = %1").arg(QLatin1String(bad)))
                          .isEmpty(),
                     bad);
        QVERIFY(raw.tryExec(QStringLiteral("UPDATE sheets SET version = 42")).isEmpty());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // A version decided before step 12 holds its whole inputs: it keeps them (rating_rows
    // NULL) and reads back as it is; a new one may say how many of the round's ratings are
    // its rating rows.
    void step12AddsDecisionRatingRows()
    {
        const QString path = newPath();
        const Panel panel = fullPanel();
        QVERIFY(!panel.userRatings.empty());
        makeFileAtVersion(path, 11, &panel);
        const QByteArray whole = canonicalInputs(panel);
        const QString fingerprint = sha256Hex(whole);
        {
            RawDb raw(path);
            QVERIFY(raw.tryExec(QStringLiteral("SELECT rating_rows FROM decisions")).contains(u"no such column"));
            QSqlQuery insert(raw.db());
            insert.prepare(QStringLiteral(
                "INSERT INTO decisions (round_id, version, decided_on, decided_by, recorded_at, fingerprint, "
                "inputs, standings) VALUES (?, 1, '2026-01-14', (SELECT id FROM members ORDER BY id LIMIT 1), "
                "'2026-01-14T09:00:00.000Z', ?, ?, ?)"));
            insert.addBindValue(panel.round.id);
            insert.addBindValue(fingerprint);
            insert.addBindValue(whole);
            insert.addBindValue(standingsJson(computeStandings(panel)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            WriteTransaction transaction(raw.db());
            schema::upgrade(raw.db(), 11, 12);
            transaction.commit();
            QCOMPARE(schema::userVersion(raw.db()), 12);
            QVERIFY(raw.value(QStringLiteral("SELECT rating_rows FROM decisions")).isNull());
            QVERIFY(!raw.tryExec(QStringLiteral("UPDATE decisions SET rating_rows = 3")).isEmpty());   // append-only
            for (const char *bad : {"-1", "'x'", "1.5"})
                QVERIFY2(!raw.tryExec(QStringLiteral(
                             "INSERT INTO decisions SELECT round_id, 2, decided_on, decided_by, recorded_at, "
                             "fingerprint, inputs, standings, %1 FROM decisions").arg(QLatin1String(bad))).isEmpty(),
                         bad);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        const auto store = SqliteStore::open(path);
        const RoundStatus status = store->loadRoundStatus();
        QCOMPARE(status.versions.size(), size_t(1));
        const DecisionVersion &v = status.versions.front();
        QVERIFY(!v.ratingRows.has_value());
        QCOMPARE(v.inputs, whole);
        QCOMPARE(versionInputs(*store, v).fingerprint, fingerprint);
        const TalliedPanel read = versionPanel(v, {});
        QCOMPARE(standingsJson(computeStandings(read.panel, read.tallies)), v.standings);
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
