#pragma once
// Small reads around score sheets, for the sheet screens and the undo commands: cheaper than
// a whole loadPanel (which reads every user rating).

#include "domain/Panel.h"
#include "domain/SheetRecord.h"
#include "trust/Signer.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace pd {

// The id of the current (first) round; std::nullopt when the database holds none yet.
std::optional<QString> currentRoundId(const QSqlDatabase &db);

// `opener`: the signed-in member's key (nullptr: nobody). A draft sealed to its reviewer
// (storage/DraftStore.h) is read only with that reviewer's key; to anyone else it is a draft
// sheet with no score and no opinion.

// Every sheet of the current round (drafts included), in member order then team order.
std::vector<SheetRecord> readSheets(const QSqlDatabase &db, const Signer *opener);

// One stored score of the current round (with its sheet's state); std::nullopt when none.
std::optional<ExpertScore> readExpertScore(const QSqlDatabase &db, const QString &reviewer,
                                           const QString &team, const QString &item,
                                           const Signer *opener);

// Every stored score of one sheet of the current round, in stored (entry) order.
std::vector<ExpertScore> readSheetScores(const QSqlDatabase &db, const QString &reviewer,
                                         const QString &team, const Signer *opener);

} // namespace pd
