#include "access/Visibility.h"

#include "scoring/ScoringEngine.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <iterator>

namespace pd {
namespace {

// The signed-in member and the teams their own sheet is submitted for.
class Viewer {
public:
    Viewer(const Panel &full, const QString &memberId) : m_member(full.reviewer(memberId))
    {
        if (!m_member || m_member->role != Role::Expert)
            return;
        QHash<QString, bool> allSubmitted;   // team -> every own row submitted
        for (const ExpertScore &score : full.expertScores) {
            if (score.reviewer != memberId)
                continue;
            auto it = allSubmitted.find(score.team);
            if (it == allSubmitted.end())
                allSubmitted.insert(score.team, score.submitted);
            else
                *it = *it && score.submitted;
        }
        for (auto it = allSubmitted.cbegin(); it != allSubmitted.cend(); ++it)
            if (it.value())
                m_submittedTeams.insert(it.key());
    }

    bool known() const { return m_member != nullptr; }
    Role role() const { return m_member ? m_member->role : Role::Observer; }
    bool conflicted(const QString &team) const
    {
        return m_member && m_member->conflicts.contains(team);
    }
    bool ownSheetSubmitted(const QString &team) const { return m_submittedTeams.contains(team); }

    // Rules 1-6 for one score row (or one sheet).
    bool maySee(const QString &reviewer, const QString &team, bool submitted) const
    {
        if (!m_member || conflicted(team))
            return false;
        const bool own = reviewer == m_member->id;
        switch (m_member->role) {
        case Role::Chair:
            return own || submitted;
        case Role::Expert:
            return own || (submitted && ownSheetSubmitted(team));
        case Role::Secretariat:
        case Role::Observer:
            return false;
        }
        return false;
    }

    // What this member's standings are computed from (see visibleStandings).
    bool countsForStandings(const ExpertScore &score) const
    {
        if (!m_member || conflicted(score.team))
            return false;
        if (m_member->role == Role::Secretariat || m_member->role == Role::Observer)
            return score.submitted;
        return maySee(score.reviewer, score.team, score.submitted);
    }

private:
    const Reviewer *m_member;
    QSet<QString> m_submittedTeams;
};

template <typename Keep> Panel withExpertScores(const Panel &full, Keep keep)
{
    Panel out = full.withoutScoresAndRatings();   // the scores are copied once, filtered
    out.userRatings = full.userRatings;
    out.expertScores.reserve(full.expertScores.size());
    std::copy_if(full.expertScores.begin(), full.expertScores.end(),
                 std::back_inserter(out.expertScores), keep);
    return out;
}

Panel standingsPanel(const Panel &full, const QString &memberId)
{
    const Viewer viewer(full, memberId);
    Panel out = withExpertScores(full, [&viewer](const ExpertScore &s) {
        return viewer.countsForStandings(s);
    });
    // A server's anonymous totals (the secretariat's and observers' standings): the same rule.
    if (viewer.known() && (viewer.role() == Role::Secretariat || viewer.role() == Role::Observer))
        std::copy_if(full.anonymousSheetTotals.begin(), full.anonymousSheetTotals.end(),
                     std::back_inserter(out.anonymousSheetTotals),
                     [&viewer](const AnonymousSheetTotal &t) { return !viewer.conflicted(t.team); });
    return out;
}

} // namespace

Panel visiblePanel(const Panel &full, const QString &memberId)
{
    const Viewer viewer(full, memberId);
    Panel out = withExpertScores(full, [&viewer](const ExpertScore &s) {
        return viewer.maySee(s.reviewer, s.team, s.submitted);
    });
    if (!viewer.known() || viewer.role() == Role::Observer)
        out.userRatings.clear();
    return out;
}

bool maySeeScore(const Panel &full, const QString &memberId, const QString &reviewer,
                 const QString &team, bool submitted)
{
    return Viewer(full, memberId).maySee(reviewer, team, submitted);
}

std::vector<SheetRecord> visibleSheets(const Panel &full, const std::vector<SheetRecord> &sheets,
                                       const QString &memberId)
{
    const Viewer viewer(full, memberId);
    std::vector<SheetRecord> out;
    std::copy_if(sheets.begin(), sheets.end(), std::back_inserter(out),
                 [&viewer](const SheetRecord &sheet) {
                     return viewer.maySee(sheet.reviewer, sheet.team, sheet.submitted);
                 });
    return out;
}

Standings visibleStandings(const Panel &full, const QString &memberId)
{
    return computeStandings(standingsPanel(full, memberId));
}

Standings visibleStandings(const Panel &full, const std::vector<RatingTally> &ratingTallies,
                           const QString &memberId)
{
    return computeStandings(standingsPanel(full, memberId), ratingTallies);
}

QStringList teamsWithHiddenExpertScores(const Panel &full, const QString &memberId)
{
    const Viewer viewer(full, memberId);
    QStringList hidden;
    for (const Team &team : full.teams) {
        if (!viewer.known() || viewer.conflicted(team.id)
            || (viewer.role() == Role::Expert && !viewer.ownSheetSubmitted(team.id)))
            hidden << team.id;
    }
    return hidden;
}

} // namespace pd
