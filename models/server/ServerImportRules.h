#pragma once
// Server schema step 1: what the imports on a server need beyond the grants and policies of
// ServerRoles.cpp / ServerPolicies.cpp (docs/server.md, "Imports on a server").
//
// Ratings go in through COPY (server/PgRatingCopy.cpp). PostgreSQL 15 refuses COPY FROM into a
// table with row-level security for any role the policies apply to ("COPY FROM not supported
// with row-level security", 0A000; FORCE applies it to the owner as well), so the rows are
// copied into a TEMP table of the session (no RLS there: it is the session's own) and moved
// with one INSERT ... SELECT, which the policies check. TEMP on the panel database is
// therefore granted to the chair and the secretariat (the groups that import ratings); the
// SECURITY DEFINER functions all pin search_path = public, pg_temp, so a temporary table
// cannot stand in for one of theirs.
//
// user_ratings and rating_tallies are inputs of the round's decision: statement-level
// triggers (one check per statement, not per row: an import is 100,000s of rows) refuse a
// change while a round they touch is not open, or holds a decision version (55000).

#include "server/ServerSchema.h"

#include <QSqlDatabase>

namespace pd::server::schema {

void createImportRules(QSqlDatabase &db, const PanelRoles &roles);

} // namespace pd::server::schema
