#pragma once
// The panel setup's check and live preview (issue 16, item 1): a configuration being edited
// (program, round settings, categories, teams: domain/PanelConfiguration.h) put together with the
// stored inputs, checked by the validator, and scored as the signed-in member would see it.
// Pure: no store, no widgets.

#include "domain/Panel.h"
#include "domain/RatingTally.h"
#include "domain/SheetRecord.h"
#include "scoring/Standings.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pd {

struct ScoringInputs;

// A validator message split into the JSON path of the field and the words:
// "categories[0].points: must be greater than 0" -> {"categories[0].points", "must be …"}.
struct SetupProblem {
    QString path;
    QString message;
    QString text() const;   // "path: message"
};
SetupProblem splitProblem(const QString &validatorMessage);

struct SetupPreview {
    std::optional<SetupProblem> problem;   // the first rule the setup breaks; nothing else set then
    Panel panel;                           // the inputs with the setup (as the member sees them)
    Standings standings;                   // as `memberId` may see them (access/Visibility.h)
    QStringList hiddenTeams;               // teams whose expert figures the member may not see
};

// Checks `setup` against the stored inputs — first an input it would orphan (a team, item or
// benchmark that holds scores, domain/PanelConfiguration.h), then validatePanel on the
// combination (domain/PanelConfiguration.h withConfigurationOf) — and, when both pass, scores
// the combination for `memberId`. `sheets`: the stored sheets (PanelStore::loadSheets).
SetupPreview previewSetup(const ScoringInputs &inputs, const std::vector<SheetRecord> &sheets,
                          const Panel &setup, const QString &memberId);

} // namespace pd
