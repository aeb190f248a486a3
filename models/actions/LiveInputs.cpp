#include "actions/LiveInputs.h"

#include <algorithm>

namespace pd {

void LiveInputs::reload(const PanelStore &store)
{
    m_inputs = store.loadScoringInputs();
}

void LiveInputs::sheetChanged(const PanelStore &store, const QString &reviewer, const QString &team)
{
    if (!m_inputs) {
        reload(store);
        return;
    }
    replaceSheetScores(m_inputs->panel, reviewer, team, store.loadSheetScores(reviewer, team));
}

void LiveInputs::findingsChanged(const PanelStore &store, const QString &team)
{
    if (!m_inputs) {
        reload(store);
        return;
    }
    const TeamFindings findings = store.loadFindings(team);
    replaceIndependence(m_inputs->panel,
                        Independence{team, findings.verdict, findings.rationale, findings.findings()});
}

const ScoringInputs &LiveInputs::inputs() const
{
    static const ScoringInputs kEmpty;   // immutable: shared by every empty LiveInputs
    return m_inputs ? *m_inputs : kEmpty;
}

void replaceSheetScores(Panel &panel, const QString &reviewer, const QString &team,
                        const std::vector<ExpertScore> &scores)
{
    auto &all = panel.expertScores;
    const auto ofSheet = [&](const ExpertScore &s) { return s.reviewer == reviewer && s.team == team; };
    const auto first = std::find_if(all.begin(), all.end(), ofSheet);
    const auto at = first - all.begin();
    all.erase(std::remove_if(all.begin(), all.end(), ofSheet), all.end());
    all.insert(all.begin() + std::min<std::ptrdiff_t>(at, std::ssize(all)), scores.begin(), scores.end());
}

void replaceIndependence(Panel &panel, const Independence &record)
{
    for (Independence &existing : panel.independence)
        if (existing.team == record.team) {
            existing = record;
            return;
        }
    panel.independence.push_back(record);
}

} // namespace pd
