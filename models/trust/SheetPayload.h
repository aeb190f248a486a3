#pragma once
// The canonical payload a reviewer signs when submitting a sheet (trust.md: round, team,
// reviewer, every item's score, a digest of the comments). Carried in the new_value of the
// "submit-sheet" and "sign-sheet" audit entries, so the reviewer's signature of the entry
// covers it; `verify` compares it with the sheet stored now.

#include "domain/Panel.h"

#include <QJsonObject>
#include <vector>

namespace pd {

// `scores` are the sheet's stored scores (any order; only this reviewer's for this team).
// {"round", "team", "reviewer", "scores": {item: score, ...}, "comments_sha256": hex,
//  "opinion_sha256": hex}; items in id order, comments digested as the JSON array of
// [item, comment] pairs in item order.
QJsonObject sheetPayload(const QString &round, const QString &reviewer, const QString &team,
                         const std::vector<ExpertScore> &scores, const QString &opinion);

} // namespace pd
