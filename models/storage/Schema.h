#pragma once
// The database schema of a PanelDesk file and its upgrade ladder.
//
// A PanelDesk file is an SQLite database with PRAGMA application_id = kApplicationId
// ('PDK1') and PRAGMA user_version = the schema version it was last written with.
//
// Ladder (each step is one function, run in order, all inside the caller's single
// BEGIN IMMEDIATE transaction, so a file is upgraded completely or not at all):
//   step 1 (0 -> 1)  createCoreTables: program, rounds and their configuration, teams,
//                    members, conflicts, benchmark results, sheets and expert scores,
//                    user ratings, independence verdicts and component findings, with
//                    their CHECK constraints, foreign keys and triggers; stamps
//                    application_id.
//   step 2 (1 -> 2)  addAuditLog: the append-only audit_log (UPDATE and DELETE refused by
//                    triggers).
//   step 3 (2 -> 3)  addFindingNotes: component_findings.evidence_file, components must be
//                    named, and component_notes (one note per member and component,
//                    removed with the component; none from a conflicted member).
//   step 4 (3 -> 4)  addBenchmarkMappings: benchmark_mappings (lm-evaluation-harness task
//                    and metric -> benchmark, with a scale factor), kept across imports.
//   step 5 (4 -> 5)  addDecisions: rounds.lifecycle (inputs frozen by trigger outside
//                    `open`), decision versions with outcomes, fingerprints and events, and
//                    the appeals register; all append-only (SchemaDecisions.cpp).
//   step 6 (5 -> 6)  keyRatingsByWhatTheyRate: user_ratings keyed by (round, evaluator,
//                    team, item) instead of (round, seq) plus a UNIQUE index on those: one
//                    B-tree instead of two; seq a plain column (SchemaRatingKey.cpp).
//   step 7 (6 -> 7)  addAuditChain: audit_log.prev_hash, hash, signer, signature (the
//                    entries before it hashed into the chain, unsigned); members.public_key
//                    and sealed_key (SchemaAuditChain.cpp, trust/AuditChain.h).
//   step 8 (7 -> 8)  addSignInThrottle: sign_in_failures (consecutive failed sign-ins of a
//                    member and the time of the last one), so that the CLI's sign-in is
//                    throttled across processes (SchemaSignInThrottle.cpp).
//   step 9 (8 -> 9)  addSealedDrafts: sealed_drafts (a draft sheet's scores, comments and
//                    opinion sealed to its reviewer's key; frozen with the inputs outside
//                    `open`; none on a submitted sheet) (SchemaSealedDrafts.cpp).
//   step 10 (9 -> 10) addRatingTallies: rating_tallies (count and sum of the user ratings
//                    per round, team and item), kept by every writer of user_ratings in the
//                    same transaction and compared with the ratings by the database check;
//                    filled from the stored ratings (SchemaRatingTallies.cpp).
//   step 11 (10 -> 11) addSheetVersions: sheets.version, the audit id of the sheet's last
//                    change, so that a save from a stale copy is refused
//                    (SchemaSheetVersions.cpp, SheetVersions.h).
//   step 12 (11 -> 12) addDecisionRatingRows: decisions.rating_rows; a version decided from
//                    now on stores its inputs without their rating rows, which are the
//                    round's ratings (SchemaDecisionRatingRows.cpp, decision/VersionInputs.h).
//   step 13 (12 -> 13) addAttachedReports: attached_reports (provenance reports attached as
//                    evidence to a component: exact bytes, SHA-256, who and when; never
//                    updated; removed with the component) (SchemaAttachedReports.cpp).
//   step 14 (13 -> 14) addRubricBands: rubric_bands (a description per score band of a
//                    rubric item, domain/Panel.h RubricBand; written and deleted with the
//                    rubric items, before them) (SchemaRubricBands.cpp).
//   step 15 (14 -> 15) addBenchmarkTargets: benchmark_targets (each team's target on a
//                    benchmark of a target_ratio group, configured with the round; written
//                    and deleted with the benchmarks, before them), and the results' target
//                    triggers of step 1 accept a result without a target when its team's
//                    target is configured (SchemaBenchmarkTargets.cpp).
// A step is never edited once released: a change to the schema is a new step. A file with
// a user_version above kCurrentVersion is refused (written by a newer PanelDesk).

#include <QSqlDatabase>

namespace pd::schema {

inline constexpr int kApplicationId = 0x50444B31;   // "PDK1"
inline constexpr int kCurrentVersion = 15;

// Brings the schema from version `from` to version `to` (from < to <= kCurrentVersion) and
// writes user_version = to. The caller holds a WriteTransaction. StoreError on failure.
void upgrade(QSqlDatabase &db, int from, int to);

// PRAGMA user_version / application_id of an open connection.
int userVersion(const QSqlDatabase &db);
int applicationId(const QSqlDatabase &db);

// The steps (exposed for the upgrade tests; use upgrade()).
void createCoreTables(QSqlDatabase &db);   // 0 -> 1
void addAuditLog(QSqlDatabase &db);        // 1 -> 2
void addFindingNotes(QSqlDatabase &db);    // 2 -> 3
void addBenchmarkMappings(QSqlDatabase &db);   // 3 -> 4
void addDecisions(QSqlDatabase &db);       // 4 -> 5
void keyRatingsByWhatTheyRate(QSqlDatabase &db);   // 5 -> 6
void addAuditChain(QSqlDatabase &db);      // 6 -> 7
void addSignInThrottle(QSqlDatabase &db);  // 7 -> 8
void addSealedDrafts(QSqlDatabase &db);    // 8 -> 9
void addRatingTallies(QSqlDatabase &db);   // 9 -> 10
void addSheetVersions(QSqlDatabase &db);   // 10 -> 11
void addDecisionRatingRows(QSqlDatabase &db);   // 11 -> 12
void addAttachedReports(QSqlDatabase &db);      // 12 -> 13
void addRubricBands(QSqlDatabase &db);          // 13 -> 14
void addBenchmarkTargets(QSqlDatabase &db);     // 14 -> 15

} // namespace pd::schema
