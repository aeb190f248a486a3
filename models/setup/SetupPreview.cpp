#include "setup/SetupPreview.h"

#include "access/Visibility.h"
#include "domain/Errors.h"
#include "domain/PanelConfiguration.h"
#include "domain/PanelValidator.h"
#include "storage/RoundInputs.h"

namespace pd {

QString SetupProblem::text() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

SetupProblem splitProblem(const QString &validatorMessage)
{
    const qsizetype colon = validatorMessage.indexOf(QStringLiteral(": "));
    if (colon <= 0)
        return {QString(), validatorMessage};
    const QString path = validatorMessage.left(colon);
    if (path.contains(QLatin1Char(' ')))   // words, not a path
        return {QString(), validatorMessage};
    return {path, validatorMessage.mid(colon + 2)};
}

SetupPreview previewSetup(const ScoringInputs &inputs, const std::vector<SheetRecord> &sheets,
                          const Panel &setup, const QString &memberId)
{
    SetupPreview preview;
    if (const QString orphan = orphanedInput(inputs.panel, sheets, setup); !orphan.isEmpty()) {
        preview.problem = splitProblem(orphan);
        return preview;
    }
    const Panel combined = withConfigurationOf(inputs.panel, setup);
    try {
        validatePanel(combined);
    } catch (const InputError &error) {
        preview.problem = splitProblem(error.message());
        return preview;
    }
    preview.standings = visibleStandings(combined, inputs.ratingTallies, memberId);
    preview.hiddenTeams = teamsWithHiddenExpertScores(combined, memberId);
    preview.panel = visiblePanel(combined, memberId);
    return preview;
}

} // namespace pd
