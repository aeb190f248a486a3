#pragma once
// Shared by the upgrade tests (storage.upgrade: the ladder and steps 1-6, the open and a
// failed upgrade; storage.laterupgrades: steps 7 and on): files made at an older schema
// version with data, and what they hold. Header only; not a test itself.

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

namespace pd::test {

// The tables, triggers and indexes of a file, by name.
inline QStringList schemaObjects(const QSqlDatabase &db)
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
inline const QString kVersion5Ratings = QStringLiteral(R"(
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
inline QStringList ratingIndexOrigins(RawDb &raw)
{
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("SELECT origin FROM pragma_index_list('user_ratings') ORDER BY origin"));
    QStringList origins;
    while (q.next())
        origins << q.value(0).toString();
    return origins;
}

// Today's writer keeps the rating tallies of step 10 beside the ratings, empties the rubric
// bands of step 14 with the rubric items and deletes the configured targets of step 15
// (`panel` has neither); an older file has none of these tables, so they stand in while
// `panel` is written into it, and go again.
inline void writePanelBeforeStep10(RawDb &raw, const Panel &panel)
{
    WriteTransaction transaction(raw.db());
    raw.exec(QStringLiteral("CREATE TABLE rating_tallies (round_id, team_id, item_id, ratings, "
                            "rating_sum, PRIMARY KEY (round_id, team_id, item_id))"));
    raw.exec(QStringLiteral("CREATE TABLE rubric_bands (round_id, item_id, seq, from_score, description)"));
    raw.exec(QStringLiteral("CREATE TABLE benchmark_targets (round_id, benchmark_id, team_id, seq, target)"));
    writePanel(raw.db(), panel);
    raw.exec(QStringLiteral("DROP TABLE benchmark_targets"));
    raw.exec(QStringLiteral("DROP TABLE rubric_bands"));
    raw.exec(QStringLiteral("DROP TABLE rating_tallies"));
    transaction.commit();
}

// A database as an older PanelDesk left it, with `panel` in it. The panel is written by
// today's writer at the current version, then the later steps are undone by hand (each
// undo mirrors its step), because older writers no longer exist.
inline void makeFileAtVersion(const QString &path, int version, const Panel *panel)
{
    RawDb raw(path);
    WriteTransaction transaction(raw.db());
    schema::upgrade(raw.db(), 0, schema::kCurrentVersion);
    if (panel)
        writePanel(raw.db(), *panel);
    if (version < 15) {
        // step 15 (SchemaBenchmarkTargets.cpp): the table (its triggers go with it) and the
        // results' target triggers of step 1 as they were
        raw.exec(QStringLiteral("DROP TABLE benchmark_targets"));
        raw.exec(QStringLiteral("DROP TRIGGER benchmark_results_target_insert"));
        raw.exec(QStringLiteral("DROP TRIGGER benchmark_results_target_update"));
        for (const char *operation : {"insert", "update"})
            raw.exec(QStringLiteral(
                "CREATE TRIGGER benchmark_results_target_%1 BEFORE %2 ON benchmark_results "
                "WHEN (NEW.target IS NULL OR NEW.target <= 0) "
                "AND (SELECT g.normalization FROM benchmarks b "
                "JOIN benchmark_groups g ON g.round_id = b.round_id AND g.id = b.group_id "
                "WHERE b.round_id = NEW.round_id AND b.id = NEW.benchmark_id) = 'target_ratio' "
                "BEGIN SELECT RAISE(ABORT, 'a result in a target_ratio group needs a target above 0'); END")
                         .arg(QLatin1String(operation), QString::fromLatin1(operation).toUpper()));
    }
    if (version < 14)
        raw.exec(QStringLiteral("DROP TABLE rubric_bands"));   // step 14
    if (version < 13)
        raw.exec(QStringLiteral("DROP TABLE attached_reports"));   // step 13 (its triggers go with it)
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
inline Panel versionTwoPanel()
{
    Panel panel = fullPanel();
    for (Independence &entry : panel.independence)
        for (ComponentFinding &finding : entry.components)
            finding.evidenceFile.clear();
    return panel;
}

inline bool tableExists(RawDb &raw, const char *name)
{
    return raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                         .arg(QLatin1String(name)))
               .toInt() == 1;
}

} // namespace pd::test
