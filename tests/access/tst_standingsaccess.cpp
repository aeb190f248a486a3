// What the window's standings hand to a screen (access/StandingsAccess.h; trust.md "One
// door"): with nobody signed in, before an announcement the teams and nothing else — no
// figure, rank, outcome, verdict, member or finding; after it the announced version's public
// disclosure, computed from that version's own inputs (nothing entered since shows), with
// scores only of the published teams and the averages over all; a signed-in member their
// own standings.

#include "access/StandingsAccess.h"
#include "access/Visibility.h"
#include "decision/Fingerprint.h"
#include "demo/DemoPanel.h"
#include "domain/RatingTally.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"

#include <QtTest>

using namespace pd;

namespace {

ScoringInputs inputsOf(const Panel &panel)
{
    ScoringInputs inputs;
    inputs.panel = panel;
    inputs.panel.userRatings.clear();
    inputs.ratingTallies = tallyRatings(panel.userRatings);
    return inputs;
}

// Version 1 decided from `panel`, with the chair's words for the teams that need them.
DecisionVersion decided(const Panel &panel, std::optional<QDate> announced)
{
    DecisionVersion v;
    v.version = 1;
    v.inputs = canonicalInputs(panel);
    v.announcedOn = announced;
    for (const TeamStanding &t : computeStandings(panel).teams)
        v.outcomes.push_back({t.team, t.outcome,
                              t.outcome == Outcome::Advance ? QString() : u"chair's words for "_qs + t.team});
    return v;
}

RoundStatus statusOf(std::vector<DecisionVersion> versions, RoundState state)
{
    RoundStatus status;
    status.round = u"R1"_qs;
    status.state = state;
    status.versions = std::move(versions);
    return status;
}

// Nothing but the configuration and the teams (and, when `verdicts`, each verdict with its
// rationale and no finding).
void checkPanelHoldsNothingElse(const Panel &shown, const Panel &full, bool verdicts)
{
    QCOMPARE(shown.teams, full.teams);
    QCOMPARE(shown.categories, full.categories);
    QVERIFY(shown.expertScores.empty());
    QVERIFY(shown.userRatings.empty());
    QVERIFY(shown.reviewers.empty());
    QVERIFY(shown.benchmarkResults.empty());
    if (!verdicts) {
        QVERIFY(shown.independence.empty());
        return;
    }
    QCOMPARE(shown.independence.size(), full.independence.size());
    for (size_t i = 0; i < full.independence.size(); ++i) {
        QCOMPARE(int(shown.independence[i].verdict), int(full.independence[i].verdict));
        QCOMPARE(shown.independence[i].rationale, full.independence[i].rationale);
        QVERIFY(shown.independence[i].components.empty());
    }
}

bool figuresAreZero(const TeamStanding &t)
{
    for (const auto &[id, score] : t.categories)
        if (score != 0.0)
            return false;
    for (const auto &[id, score] : t.groups)
        if (score != 0.0)
            return false;
    return t.total == 0.0 && t.scoreRank == 0 && !t.eligibleRank && t.flags.isEmpty();
}

} // namespace

class TestStandingsAccess : public QObject {
    Q_OBJECT
private:
    Panel m_demo = buildDemoPanel();
    Standings m_full = computeStandings(m_demo);

private Q_SLOTS:
    void nobodyBeforeAnnouncementSeesTheTeamsOnly()
    {
        const RoundStatus status = statusOf({decided(m_demo, std::nullopt)}, RoundState::Decided);
        const ShownStandings shown = shownStandings(inputsOf(m_demo), status, std::nullopt);
        QCOMPARE(int(shown.disclosure.level), int(StandingsLevel::TeamsOnly));
        QCOMPARE(int(shown.state), int(RoundState::Decided));
        checkPanelHoldsNothingElse(shown.panel, m_demo, false);
        QCOMPARE(shown.panel.program, m_demo.program);
        QCOMPARE(shown.panel.round.name, m_demo.round.name);
        QVERIFY(shown.disclosure.reasons.isEmpty());   // the decision is not public yet
        QCOMPARE(shown.standings.teams.size(), m_demo.teams.size());
        for (size_t i = 0; i < m_demo.teams.size(); ++i) {   // team order, not score order
            const TeamStanding &t = shown.standings.teams[i];
            QCOMPARE(t.team, m_demo.teams[i].id);
            QVERIFY(figuresAreZero(t));
            QCOMPARE(int(t.outcome), int(Outcome::Pending));
            QCOMPARE(int(t.independence), int(Verdict::Pending));
        }
        QVERIFY(!shown.standings.complete);
        QCOMPARE(shown.averages.total, 0.0);
    }

    void nobodyAfterAnnouncementSeesThePublicDisclosure()
    {
        const DecisionVersion version = decided(m_demo, QDate(2026, 1, 20));
        const RoundStatus status = statusOf({version}, RoundState::Announced);
        const ShownStandings shown = shownStandings(inputsOf(m_demo), status, std::nullopt);
        QCOMPARE(int(shown.disclosure.level), int(StandingsLevel::Public));
        QCOMPARE(shown.version, 1);
        QCOMPARE(shown.announcedOn, std::optional<QDate>(QDate(2026, 1, 20)));
        checkPanelHoldsNothingElse(shown.panel, m_demo, true);
        QCOMPARE(shown.standings.teams.size(), m_full.teams.size());
        for (size_t i = 0; i < m_full.teams.size(); ++i) {
            const TeamStanding &t = shown.standings.teams[i];
            QCOMPARE(t.team, m_full.teams[i].team);
            QVERIFY2(figuresAreZero(t), qPrintable(t.team));   // no team published
            QCOMPARE(int(t.outcome), int(version.outcomeOf(t.team)->outcome));
            QCOMPARE(int(t.independence), int(m_full.teams[i].independence));
            QCOMPARE(int(t.independenceSuggested), int(t.independence));   // findings not published
            QCOMPARE(shown.disclosure.reasons.value(t.team), version.outcomeOf(t.team)->reason);
        }
        // the averages over every team are published
        QCOMPARE(shown.averages.total, m_full.averageTotal());
        for (const Category &c : m_demo.categories)
            QCOMPARE(shown.averages.category(c.id), m_full.averageCategory(c.id));
        QVERIFY(shown.disclosure.showsAverages() && shown.disclosure.showsOutcomes());
    }

    void publishedTeamsShowTheirScores()
    {
        const RoundStatus status = statusOf({decided(m_demo, QDate(2026, 1, 20))}, RoundState::Announced);
        const ShownStandings shown =
            shownStandings(inputsOf(m_demo), status, std::nullopt, {u"lg"_qs, u"no-such-team"_qs});
        QCOMPARE(shown.disclosure.publishedTeams, QStringList{u"lg"_qs});
        for (size_t i = 0; i < m_full.teams.size(); ++i) {
            const TeamStanding &t = shown.standings.teams[i];
            const TeamStanding &f = m_full.teams[i];
            if (t.team == u"lg") {
                QCOMPARE(t.total, f.total);
                QCOMPARE(t.categories, f.categories);
                QCOMPARE(t.groups, f.groups);
                QCOMPARE(t.scoreRank, f.scoreRank);
                QVERIFY(t.total > 0.0);
            } else {
                QVERIFY2(figuresAreZero(t), qPrintable(t.team));
            }
        }
    }

    // The disclosure is the announced version's: scores changed since (a sheet reopened and
    // edited, a new version decided and not announced) change nothing of it.
    void publicDisclosureIsTheAnnouncedVersions()
    {
        DecisionVersion first = decided(m_demo, QDate(2026, 1, 20));
        first.reopenedOn = QDate(2026, 1, 23);
        Panel changed = m_demo;
        for (ExpertScore &s : changed.expertScores)
            s.score = 0.0;
        DecisionVersion second = decided(changed, std::nullopt);
        second.version = 2;
        const RoundStatus status = statusOf({first, second}, RoundState::Decided);
        const ShownStandings before =
            shownStandings(inputsOf(m_demo), statusOf({decided(m_demo, QDate(2026, 1, 20))}, RoundState::Announced),
                           std::nullopt, {u"lg"_qs});
        const ShownStandings after = shownStandings(inputsOf(changed), status, std::nullopt, {u"lg"_qs});
        QCOMPARE(after.version, 1);
        QVERIFY(after.reopened);
        QCOMPARE(after.averages, before.averages);
        QCOMPARE(after.standings.teams.size(), before.standings.teams.size());
        for (size_t i = 0; i < before.standings.teams.size(); ++i) {
            QCOMPARE(after.standings.teams[i].team, before.standings.teams[i].team);
            QCOMPARE(after.standings.teams[i].total, before.standings.teams[i].total);
            QCOMPARE(int(after.standings.teams[i].outcome), int(before.standings.teams[i].outcome));
        }
    }

    // Signed in, every role sees their own standings, before and after an announcement.
    void membersSeeTheirOwnStandings_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("announced");
        for (const char *id : {"chair", "e01", "secretariat"})
            for (bool announced : {false, true})
                QTest::addRow("%s %s", id, announced ? "announced" : "before") << QString::fromLatin1(id) << announced;
    }
    void membersSeeTheirOwnStandings()
    {
        QFETCH(QString, member);
        QFETCH(bool, announced);
        Panel panel = m_demo;
        // a draft of e02 that no one else may count
        for (ExpertScore &s : panel.expertScores)
            if (s.reviewer == u"e02" && s.team == u"lg")
                s.submitted = false;
        const Reviewer *r = panel.reviewer(member);
        QVERIFY(r);
        const Viewer viewer = Member{r->id, r->name, r->role, r->conflicts, true};
        const RoundStatus status = statusOf(announced ? std::vector<DecisionVersion>{decided(m_demo, QDate(2026, 1, 20))}
                                                      : std::vector<DecisionVersion>{},
                                            announced ? RoundState::Announced : RoundState::Scoring);
        const ShownStandings shown = shownStandings(inputsOf(panel), status, viewer);
        QCOMPARE(int(shown.disclosure.level), int(StandingsLevel::Member));
        QCOMPARE(shown.disclosure.hiddenExpertTeams, teamsWithHiddenExpertScores(panel, member));
        const Standings expected = visibleStandings(panel, member);
        QCOMPARE(shown.standings.teams.size(), expected.teams.size());
        for (size_t i = 0; i < expected.teams.size(); ++i) {
            QCOMPARE(shown.standings.teams[i].team, expected.teams[i].team);
            QCOMPARE(shown.standings.teams[i].total, expected.teams[i].total);
        }
        QVERIFY(shown.panel.expertScores.empty() && shown.panel.userRatings.empty());
    }
};

QTEST_GUILESS_MAIN(TestStandingsAccess)
#include "tst_standingsaccess.moc"
