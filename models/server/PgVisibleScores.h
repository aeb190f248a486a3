#pragma once
// The scores of a round that the connection's member may see (row-level security decides),
// with their sheet's state, in the order they were first written (expert_scores.seq): what
// the standings count. The same rows as
//   SELECT ..., coalesce(h.state = 'submitted', false) FROM expert_scores s
//   LEFT JOIN sheets h ON (round, reviewer, team) WHERE s.round_id = ? ORDER BY s.seq
// read as the member, in a third to a half of its time (docs/benchmarks.md, bench_server):
// - by COPY (query) TO STDOUT on the connection's libpq handle (row-level security applies
//   to it as to the query), parsed here, ids shared between the scores that repeat them (as
//   the SQLite reader does), instead of 600,000 values through QPSQL;
// - the submitted sheets read apart (20,000 rows, not joined to 100,000): for the chair and
//   the secretariat (`everySheetsState`) from sheet_states(), which hands them every sheet's
//   state without the policies' cost; a score they may see is on a sheet they may see (the
//   scores' and the sheets' read policies are the same rule), so its state is the same;
// - in the table's order, sorted here by seq when it is not (a sort on the server spills the
//   rows to disk at the default work_mem).
// Runs inside the caller's transaction (PgStore::readSnapshot): one snapshot for both reads.

#include "domain/Panel.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace pd::server {

std::vector<ExpertScore> readVisibleScores(const QSqlDatabase &db, const QString &round, bool everySheetsState);

} // namespace pd::server
