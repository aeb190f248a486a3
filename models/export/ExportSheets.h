#pragma once
// The tables PanelDesk exports (CSV, XLSX; docs/exports.md): plain rows of cells, built from
// the round and its standings. A cell is a QVariant: a double (written as a number rounded to
// six decimals, export/ExportNumbers.h), a QString (written as text, never as a formula), or
// null (empty).

#include "domain/Panel.h"
#include "domain/RatingTally.h"
#include "scoring/Standings.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace pd {

struct ExportSheet {
    QString name;         // sheet name in a workbook (31 characters at most)
    QStringList header;
    std::vector<QVariantList> rows;
    // Per column, the decimals a spreadsheet shows of its numbers (the XLSX number format,
    // exportNumberFormat): the round's display decimals for scores, one more for means.
    // kGeneralFormat, or no entry: the General format (counts, ranks, text).
    QList<int> shownDecimals = {};
};

inline constexpr int kGeneralFormat = -1;

// One row per team in score order: score_rank, eligible_rank, team, name, every category,
// total, every benchmark group, independence, outcome, flags. Scores show the round's
// display decimals.
ExportSheet standingsSheet(const Panel &panel, const Standings &standings);

// The chair's view: each reviewer's total for each team over submitted sheets only (R3;
// drafts are never shown), one row per (reviewer, team) in panel order. Totals show the
// round's display decimals.
ExportSheet reviewerTotalsSheet(const Panel &panel);

// Per team and user item: number of ratings, their mean (shown with one decimal more than
// the round's display decimals, R8), and the scale.
ExportSheet ratingSummarySheet(const Panel &panel, const std::vector<RatingTally> &tallies);

// Text a spreadsheet would take for a formula or a command (starting with = + - @, a tab, a
// carriage return or NUL; OWASP "CSV injection") gets a leading single quote, so that it
// shows as the text it is. Other text is returned unchanged.
QString neutralizeFormula(const QString &text);

} // namespace pd
