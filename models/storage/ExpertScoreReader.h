#pragma once
// Reading a round's expert scores quickly: a large panel holds 100,000 of them and every
// whole refresh of the chair's window reads them all (docs/benchmarks.md).

#include "domain/Panel.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace pd {

// The round's expert scores in stored order (seq), each marked submitted when its sheet is.
// Inside the caller's transaction. StoreError on a database failure.
std::vector<ExpertScore> readExpertScores(const QSqlDatabase &db, const QString &roundId);

} // namespace pd
