#pragma once
// Writes panel files (`paneldesk-panel`, version 1; shared spec panel-file.md) in one
// canonical form, so that equal Panels give identical bytes (fingerprints are computed over
// them):
// - keys in the order of the spec's example, 2-space indentation, UTF-8 text unescaped;
// - the rows of benchmarks, rubric and user items, teams, reviewers, results, scores,
//   ratings, tie resolutions and independence components one per line;
// - numbers in shortest round-trip form (JsonWriter::formatNumber: 25, 0.5, 1e-7);
// - optional keys omitted at their default: program.notice "", cut.min_total unset,
//   benchmark teams [], benchmark targets [] (issue 16), result target unset, score comment "", aggregation trim 1 (unless
//   trimmed_mean), achievement_cap 1 (unless target_ratio), scale_max 100 (unless
//   absolute), evaluation_date unset; every other key is always written;
// - a final newline.
// Reading the output back gives an equal Panel. The writer does not validate: a Panel
// holding NaN or an infinity throws std::invalid_argument.

#include "domain/Panel.h"

#include <QByteArray>
#include <QString>

namespace pd {

QByteArray writePanelJson(const Panel &panel);

// Atomically replaces `path` (QSaveFile): the old file stays intact on any failure, which
// is reported as pd::StoreError naming the file.
void writePanelFile(const Panel &panel, const QString &path);

} // namespace pd
