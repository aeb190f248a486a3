// The schema itself refuses what the rules forbid, whoever writes: raw SQL (a tool, the
// sqlite3 shell, a bug in the app) meets the same CHECK constraints, foreign keys and
// triggers, and a refused statement changes nothing.
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::test;

class TestConstraints : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;

    qint64 auditCount(RawDb &raw)
    {
        return raw.value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("constraints.db"));
        m_store = SqliteStore::create(m_path);
        m_store->replacePanel(fullPanel(), QStringLiteral("cli"));
    }

    void cleanupTestCase() { m_store.reset(); }

    void rawSqlIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");   // part of SQLite's message
        QTest::addColumn<bool>("foreignKeys");   // off: as the sqlite3 shell runs by default

        const auto row = [](const char *name, const char *sql, const char *expected,
                            bool foreignKeys = true) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(expected)
                                << foreignKeys;
        };
#define INSERT_SCORE                                                                           \
    "INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, seq, score) VALUES "
        row("score above points",
            INSERT_SCORE "('R1', 'e02', 'lg', 'technology', 100, 16)",
            "above the points");
        row("score off step",
            INSERT_SCORE "('R1', 'e02', 'lg', 'technology', 100, 7.5)",
            "not a multiple of the step");
        row("negative score",
            INSERT_SCORE "('R1', 'e02', 'lg', 'impact', 100, -1)",
            "expert_score_not_negative");
        row("score as text '7,5'",
            INSERT_SCORE "('R1', 'e02', 'lg', 'impact', 100, '7,5')",
            "must be a number");
        row("empty score",
            INSERT_SCORE "('R1', 'e02', 'lg', 'impact', 100, '')",
            "must be a number");
        row("draft score raised above points",
            "UPDATE expert_scores SET score = 10.5 WHERE reviewer_id = 'e02'",
            "above the points");
        row("score of a submitted sheet changed",
            "UPDATE expert_scores SET score = 9 WHERE reviewer_id = 'e01' AND team_id = 'lg' "
            "AND item_id = 'strategy'",
            "sheet is submitted");
        row("comment of a submitted sheet changed",
            "UPDATE expert_scores SET comment = 'x' WHERE reviewer_id = 'e03'",
            "sheet is submitted");
        row("score of a submitted sheet deleted",
            "DELETE FROM expert_scores WHERE reviewer_id = 'e01' AND item_id = 'impact'",
            "sheet is submitted");
        row("sheet for a conflicted reviewer",
            "INSERT INTO sheets (round_id, reviewer_id, team_id) VALUES ('R1', 'e02', 'nc')",
            "conflict of interest");
        row("score by a conflicted reviewer, foreign keys off",
            INSERT_SCORE "('R1', 'e03', 'lg', 'strategy', 100, 5)",
            "conflict of interest", false);
        row("conflict declared while holding a sheet",
            "INSERT INTO member_conflicts (member_id, team_id, seq) VALUES ('e02', 'lg', 99)",
            "already holds a sheet");
        row("incomplete sheet submitted",
            "UPDATE sheets SET state = 'submitted' WHERE reviewer_id = 'e02'",
            "every rubric item");
        row("sheet created as submitted",
            "INSERT INTO sheets (round_id, reviewer_id, team_id, state) "
            "VALUES ('R1', 'e02', 'upstage', 'submitted')",
            "created as a draft");
        row("unknown verdict",
            "UPDATE independence SET verdict = 'maybe', rationale = 'x' WHERE team_id = 'skt'",
            "verdict_known");
        row("pass without rationale",
            "UPDATE independence SET verdict = 'pass' WHERE team_id = 'skt'",
            "verdict_needs_rationale");
        row("fail with a blank rationale",
            "UPDATE independence SET rationale = ' \t\n' WHERE team_id = 'naver'",
            "verdict_needs_rationale");
        row("unknown weights", "UPDATE component_findings SET weights = 'borrowed'",
            "weights_known");
        row("unknown origin", "UPDATE component_findings SET origin = 'alien'", "origin_known");
        row("unknown license", "UPDATE component_findings SET license = 'gpl'",
            "license_known");
        row("unknown external control",
            "UPDATE component_findings SET external_control = 'some'",
            "external_control_known");
        row("unknown role", "UPDATE members SET role = 'king' WHERE id = 'e01'", "role_known");
        row("unknown category kind", "UPDATE categories SET kind = 'fame' WHERE id = 'user'",
            "category_kind_known");
        row("unknown normalization",
            "UPDATE benchmark_groups SET normalization = 'z_score' WHERE id = 'nia'",
            "group_normalization_known");
        row("user normalization target_ratio",
            "UPDATE categories SET user_normalization = 'target_ratio' WHERE id = 'user'",
            "user_normalization_absolute_or_best_ratio");
        row("rating above the scale",
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, "
            "scale_min, scale_max) VALUES ('R1', 999, 'u900', 'lg', 'cost', 6, 1, 5)",
            "rating_within_scale");
        row("rating with a forged scale",
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, "
            "scale_min, scale_max) VALUES ('R1', 999, 'u900', 'lg', 'cost', 50, 1, 100)",
            "FOREIGN KEY");
        row("rating 4.5",
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, "
            "scale_min, scale_max) VALUES ('R1', 999, 'u900', 'lg', 'cost', 4.5, 1, 5)",
            "rating_integer");
        row("rating lowered below the scale",
            "UPDATE user_ratings SET rating = 0 WHERE seq = 0", "rating_within_scale");
        row("scale shrunk below stored ratings",
            "UPDATE categories SET scale_max = 3 WHERE id = 'user'", "rating_within_scale");
        row("rating for an unknown team",
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, "
            "scale_min, scale_max) VALUES ('R1', 999, 'u900', 'zz', 'cost', 3, 1, 5)",
            "FOREIGN KEY");
        row("duplicate rating",
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, "
            "scale_min, scale_max) SELECT round_id, 999, evaluator, team_id, item_id, rating, "
            "scale_min, scale_max FROM user_ratings WHERE seq = 0",
            "UNIQUE");
        row("cut with eliminate and advance", "UPDATE rounds SET cut_advance = 3",
            "cut_exactly_one_of_eliminate_or_advance");
        row("cut with neither", "UPDATE rounds SET cut_eliminate = NULL",
            "cut_exactly_one_of_eliminate_or_advance");
        row("target_ratio result without target",
            "UPDATE benchmark_results SET target = NULL WHERE benchmark_id = 'nia-math'",
            "needs a target");
        row("target_ratio result with target 0",
            "UPDATE benchmark_results SET target = 0 WHERE benchmark_id = 'lg-ind-1'",
            "needs a target");
        row("malformed team id",
            "INSERT INTO teams (id, name, model) VALUES ('a b', 'x', '')", "team_id_format");
        row("benchmark weight 0", "UPDATE benchmarks SET weight = 0 WHERE id = 'mmlu'",
            "benchmark_weight_positive");
        row("rubric step 0", "UPDATE rubric_items SET step = 0 WHERE id = 'impact'",
            "rubric_step_positive");
        row("category points 0", "UPDATE categories SET points = 0 WHERE id = 'expert'",
            "category_points_positive");
        row("second program", "INSERT INTO program VALUES (2, 'x', 'y', '')", "single_program");
        row("team with inputs removed", "DELETE FROM round_teams WHERE team_id = 'lg'",
            "FOREIGN KEY");
        row("group under the expert category",
            "UPDATE benchmark_groups SET category_id = 'expert' WHERE id = 'nia'",
            "FOREIGN KEY");
        row("audit entry changed", "UPDATE audit_log SET actor = 'mallory'", "append-only");
        row("audit entry deleted", "DELETE FROM audit_log WHERE id = 1", "append-only");
        row("audit log emptied", "DELETE FROM audit_log", "append-only");
        row("audit time not UTC ISO",
            "INSERT INTO audit_log (at, actor, action, entity) "
            "VALUES ('15.01.2026', 'x', 'y', 'z')",
            "audit_time_is_utc_iso");
    }

    void rawSqlIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(bool, foreignKeys);
        const Panel before = m_store->loadPanel();
        QCOMPARE(firstDifference(before, fullPanel()), QString());
        RawDb raw(m_path, foreignKeys);
        const qint64 audits = auditCount(raw);

        const QString error = raw.tryExec(sql);
        QVERIFY2(!error.isEmpty(), "the statement was accepted");
        QVERIFY2(error.contains(expected), qPrintable(error));

        QCOMPARE(firstDifference(m_store->loadPanel(), before), QString());
        QCOMPARE(auditCount(raw), audits);
    }

    // The same kinds of statements go through when they respect the rules: the refusals
    // above are the rules, not a table that refuses everything.
    void rawSqlWithinTheRulesPasses_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("draft score changed") << QStringLiteral(
            "UPDATE expert_scores SET score = 10 WHERE reviewer_id = 'e02'");
        QTest::newRow("score added to a draft") << QStringLiteral(
            "INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, seq, score) "
            "VALUES ('R1', 'e02', 'lg', 'impact', 100, 7.3)");
        QTest::newRow("sheet for a free reviewer") << QStringLiteral(
            "INSERT INTO sheets (round_id, reviewer_id, team_id) VALUES ('R1', 'e02', 'skt')");
        QTest::newRow("rating within the scale") << QStringLiteral(
            "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, "
            "scale_min, scale_max) VALUES ('R1', 999, 'u900', 'lg', 'cost', 5, 1, 5)");
        QTest::newRow("scale widened") << QStringLiteral(
            "UPDATE categories SET scale_max = 7 WHERE id = 'user'");
        QTest::newRow("pass with rationale") << QStringLiteral(
            "UPDATE independence SET verdict = 'pass', rationale = 'ok' WHERE team_id = 'skt'");
        QTest::newRow("audit entry appended") << QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, entity) "
            "VALUES ('2026-01-15T09:00:00.000Z', 'x', 'y', 'z')");
    }

    void rawSqlWithinTheRulesPasses()
    {
        QFETCH(QString, sql);
        RawDb raw(m_path);
        raw.exec(QStringLiteral("BEGIN"));
        const QString error = raw.tryExec(sql);
        raw.exec(QStringLiteral("ROLLBACK"));   // keep the fixture as it is
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
