#pragma once
// The schema of a panel database on a PostgreSQL server and its own upgrade ladder
// (docs/server.md). The tables mirror the SQLite schema (storage/Schema.h) at its version 15;
// the server adds roles, grants, row-level security, SECURITY DEFINER functions and the
// audit chain kept by triggers.
//
// Ladder: table paneldesk_schema (one row, `version`); upgradeServer applies the steps in
// order, each run by the cluster's administrator inside one transaction with
// SET ROLE <db>_owner, so that the owner owns every object:
//   step 1 (0 -> 1)  createTables (ServerTables.cpp), createDataRules (ServerDataRules.cpp:
//                    the SQLite schema's triggers), createFunctions (ServerFunctions.cpp:
//                    visibility helpers, submit_sheet, lock_round, reopen_sheet),
//                    createAuditChain (ServerAuditTriggers.cpp), createNotifications
//                    (ServerNotify.cpp: live updates, ServerNotify.h), grantPrivileges
//                    (ServerRoles.cpp), createPolicies (ServerPolicies.cpp), createSheetTotals
//                    (ServerSheetTotals.cpp: the secretariat's and observers' standings),
//                    createFindingsRules (ServerFindingsRules.cpp: a finding's pending
//                    independence row), createDecisionFunctions (ServerDecisionFunctions.cpp:
//                    the chair's reopen, decide, announce, appeal, ruling and final steps);
//                    createReadHelpers (ServerReadHelpers.cpp: set-based policy helpers,
//                    before the policies), createDraftSaves (ServerDraftSaves.cpp: sheets'
//                    revisions, pd_save_score; after them), createMemberFunctions
//                    (ServerMemberFunctions.cpp), createImportRules (ServerImportRules.cpp),
//                    createSignatures (ServerSignatures.cpp: member keys, signed entries),
//                    createServerVerdicts (ServerVerdicts.cpp), createDecisionRecords
//                    (ServerDecisionRecords.cpp), createReplacePanel (ServerReplacePanel.cpp),
//                    createChangeSetup (ServerChangeSetup.cpp), createSheetImport (ServerSheetImport.cpp), createAttachedReports
//                    (ServerAttachedReports.cpp: reports attached to findings; run just
//                    before createPolicies, which enables and forces RLS on its table);
//                    ServerSchema.cpp's list is the order.
//   step 2 (1 -> 2)  createRubricBands (ServerRubricBands.cpp): rubric_bands (the SQLite
//                    schema's step 14), its grants, policy, audit and notification triggers,
//                    and replace_panel recreated to replace it with the rest.
//   step 3 (2 -> 3)  addBenchmarkTargets (ServerBenchmarkTargets.cpp): benchmark_targets,
//                    each team's configured target (issue 16; the SQLite schema's step 15),
//                    with its grant, policies, rules and notification; the results' target
//                    rule accepts a configured target; replace_panel (step 2's, with the bands) replaces these rows too
//                    (ServerReplacePanel.cpp upgradeReplacePanelForTargets), and change_setup
//                    replaces the bands and the targets (ServerChangeSetup.cpp
//                    upgradeChangeSetupForBandsAndTargets). A panel deployed
//                    at version 1 or 2 reads as having no configured targets and refuses a
//                    replace-panel that carries some until it is upgraded.
// A released step is never edited: a change is a new step.
//
// Names, for a panel database <db>: the owner <db>_owner (NOLOGIN), the groups <db>_chair,
// <db>_expert, <db>_secretariat, <db>_observer (NOLOGIN), one LOGIN role per member
// <db>.<member id> granted exactly its group (member_logins maps it to the member). The dot
// keeps the names apart: a member may well be called "chair" or "owner" (the demo's chair
// is), and "<db>_chair" is the group; the database name has no dot (checkDatabaseName), so
// no login of one panel can take the name of another panel's role either.

#include "domain/Enums.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pd::server {

inline constexpr int kServerSchemaVersion = 3;

struct PanelRoles {
    QString database;   // the panel database's name ([a-z][a-z0-9_]*, at most 40 characters)

    QString owner() const { return database + QStringLiteral("_owner"); }
    QString group(Role role) const;                  // <db>_chair ...
    QString member(const QString &memberId) const;   // <db>.<member id>
    QStringList groups() const;                      // the four groups
};

// Whether `name` may name a panel database (so that its role names fit in 63 bytes with a
// member id of up to 22 characters). InputError naming the rule otherwise.
void checkDatabaseName(const QString &name);

namespace schema {

// The version recorded in paneldesk_schema; 0 when the table does not exist.
int serverVersion(QSqlDatabase &db);

// Brings the schema of the connected panel database from `from` to `to`
// (0 <= from < to <= kServerSchemaVersion). The connection is the cluster's administrator
// (or a role that is a member of the owner); the caller holds the transaction.
void upgradeServer(QSqlDatabase &db, const PanelRoles &roles, int from, int to);

// The steps' parts (use upgradeServer).
void createTables(QSqlDatabase &db, const PanelRoles &roles);
void createDataRules(QSqlDatabase &db, const PanelRoles &roles);
void createFunctions(QSqlDatabase &db, const PanelRoles &roles);
void createAuditChain(QSqlDatabase &db, const PanelRoles &roles);
void createNotifications(QSqlDatabase &db, const PanelRoles &roles);
void grantPrivileges(QSqlDatabase &db, const PanelRoles &roles);
void createPolicies(QSqlDatabase &db, const PanelRoles &roles);
void createSheetTotals(QSqlDatabase &db, const PanelRoles &roles);   // ServerSheetTotals.cpp
void createFindingsRules(QSqlDatabase &db, const PanelRoles &roles);      // ServerFindingsRules.cpp
void createDecisionFunctions(QSqlDatabase &db, const PanelRoles &roles);  // ServerDecisionFunctions.cpp
void createDraftSaves(QSqlDatabase &db, const PanelRoles &roles);   // ServerDraftSaves.cpp
void createReadHelpers(QSqlDatabase &db, const PanelRoles &roles);  // ServerReadHelpers.cpp
void createServerVerdicts(QSqlDatabase &db, const PanelRoles &roles);  // ServerVerdicts.cpp
void createDecisionRecords(QSqlDatabase &db, const PanelRoles &roles);  // ServerDecisionRecords.cpp
void createReplacePanel(QSqlDatabase &db, const PanelRoles &roles);     // ServerReplacePanel.cpp
void createChangeSetup(QSqlDatabase &db, const PanelRoles &roles);      // ServerChangeSetup.cpp
void createSheetImport(QSqlDatabase &db, const PanelRoles &roles);      // ServerSheetImport.cpp
void createAttachedReports(QSqlDatabase &db, const PanelRoles &roles);  // ServerAttachedReports.cpp
void createRubricBands(QSqlDatabase &db, const PanelRoles &roles);      // ServerRubricBands.cpp (step 2)

// Every table of the schema at `version`, in creation (foreign key) order (step 1's
// policies cover the tables of version 1; a later step enables RLS on its own tables).
QStringList tableNames(int version = kServerSchemaVersion);

// The CREATE FUNCTION replace_panel statement of step 1 (ServerReplacePanel.cpp), which a
// later step recreates (CREATE OR REPLACE) with its own tables.
QString replacePanelStatement();
// Step 2's replace_panel (CREATE OR REPLACE, with rubric_bands), which step 3 edits in turn.
QString replacePanelWithBandsStatement();
// The tables step 1 creates (tableNames(1); its policies are made for these).
QStringList stepOneTableNames();

// Step 3.
void addBenchmarkTargets(QSqlDatabase &db, const PanelRoles &roles);    // ServerBenchmarkTargets.cpp
void upgradeReplacePanelForTargets(QSqlDatabase &db, const PanelRoles &roles);   // ServerReplacePanel.cpp
void upgradeChangeSetupForBandsAndTargets(QSqlDatabase &db, const PanelRoles &roles);   // ServerChangeSetup.cpp

// The SECURITY DEFINER functions callable by members (EXECUTE granted to groups only).
QStringList memberFunctions();
// The chair's decision steps (ServerDecisionFunctions.cpp; EXECUTE granted to the chair only).
QStringList decisionFunctions();

// Runs one statement of a step after expanding: @OWNER@ @CHAIR@ @EXPERT@ @SECRETARIAT@
// @OBSERVER@ @MEMBERS@ (quoted role names; @MEMBERS@ is the four groups), @OWNER_NAME@, @CHAIR_NAME@,
// @EXPERT_NAME@, @SECRETARIAT_NAME@ (those groups as literals), IS_ID(col), NOT_BLANK(col), IS_DATE(col).
void execStep(QSqlDatabase &db, const PanelRoles &roles, const QString &statement);

} // namespace schema
} // namespace pd::server
