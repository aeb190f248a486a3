#pragma once
// The scores of a round that the connection's member may see (row-level security decides),
// with their sheet's state, in the order they were first written (expert_scores.seq): what
// the standings count. Read by COPY (query) TO STDOUT on the connection's libpq handle and
// parsed here, ids shared between the scores that repeat them (as the SQLite reader does):
// a third of the time of the same rows through QPSQL (docs/benchmarks.md, bench_server).
// Runs inside the caller's transaction (PgStore::readSnapshot).

#include "domain/Panel.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace pd::server {

std::vector<ExpertScore> readVisibleScores(const QSqlDatabase &db, const QString &round);

} // namespace pd::server
