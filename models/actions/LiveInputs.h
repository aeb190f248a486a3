#pragma once
// The scoring inputs an open window shows, kept between refreshes so that a change made in
// this window re-reads only what it changed (issue 4: the standings and charts follow a
// submitted sheet or a recorded verdict at once, without re-tallying millions of ratings).
//
//  - reload(): everything, as PanelStore::loadScoringInputs reads it (open, tab switch,
//    File > Reload: changes made on another PC arrive here);
//  - sheetChanged(): one sheet's scores and state (submitted or reopened in this window);
//  - findingsChanged(): one team's verdict and components (recorded in this window).
//
// After sheetChanged or findingsChanged the inputs give the same standings as a fresh
// reload would (tests/actions/tst_liveinputs.cpp proves it). Drafts are kept as the store
// returns them; callers filter with access/Visibility.h as before.

#include "storage/PanelStore.h"

#include <optional>

namespace pd {

class LiveInputs {
public:
    // Reads everything; StoreError when the store cannot be read.
    void reload(const PanelStore &store);
    // Re-reads the scores of the sheet (reviewer, team); without a loaded round: reload().
    void sheetChanged(const PanelStore &store, const QString &reviewer, const QString &team);
    // Re-reads the verdict and findings of `team`; without a loaded round: reload().
    void findingsChanged(const PanelStore &store, const QString &team);

    bool isLoaded() const { return m_inputs.has_value(); }
    // The inputs (empty before the first reload).
    const ScoringInputs &inputs() const;
    void clear() { m_inputs.reset(); }

private:
    std::optional<ScoringInputs> m_inputs;
};

// The pure part of sheetChanged: `scores` (every stored score of the sheet) replace the
// panel's scores of (reviewer, team), keeping the position of the sheet's first score.
void replaceSheetScores(Panel &panel, const QString &reviewer, const QString &team,
                        const std::vector<ExpertScore> &scores);

// The pure part of findingsChanged: the team's independence record replaced (or added at the
// end when the panel had none for it).
void replaceIndependence(Panel &panel, const Independence &record);

} // namespace pd
