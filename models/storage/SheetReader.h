#pragma once
// Small reads around score sheets, for the sheet screens and the undo commands: cheaper than
// a whole loadPanel (which reads every user rating).

#include "domain/Panel.h"
#include "domain/SheetRecord.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace pd {

// The id of the current (first) round; std::nullopt when the database holds none yet.
std::optional<QString> currentRoundId(const QSqlDatabase &db);

// Every sheet of the current round (drafts included), in member order then team order.
std::vector<SheetRecord> readSheets(const QSqlDatabase &db);

// One stored score of the current round (with its sheet's state); std::nullopt when none.
std::optional<ExpertScore> readExpertScore(const QSqlDatabase &db, const QString &reviewer,
                                           const QString &team, const QString &item);

// Every stored score of one sheet of the current round, in stored order (seq).
std::vector<ExpertScore> readSheetScores(const QSqlDatabase &db, const QString &reviewer,
                                         const QString &team);

} // namespace pd
