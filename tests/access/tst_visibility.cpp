// The visibility rules (issue 3, items 5 and 6; test T10 of the reliability catalogue), for
// each role: nobody sees another member's draft, not even as a count or in an average; an
// expert sees other members' submitted scores for a team only after submitting their own
// sheet for it; nobody sees any score of a team they are conflicted with; the chair sees
// every submitted score; secretariat and observer see no score row, only standings.
#include "AccessFixtures.h"

#include "access/SheetState.h"
#include "access/Visibility.h"
#include "scoring/ScoringEngine.h"

#include <QtTest>

using namespace pd;
using namespace pd::test;

namespace {

// Rows of `reviewer` for `team` in `panel`.
int rows(const Panel &panel, const QString &reviewer, const QString &team)
{
    int n = 0;
    for (const ExpertScore &s : panel.expertScores)
        n += s.reviewer == reviewer && s.team == team;
    return n;
}

int storedRows(const QString &reviewer, const QString &team)
{
    return rows(accessPanel(), reviewer, team);
}

// Everything a screen could show of the standings, compared field by field.
QString standingsDifference(const Standings &a, const Standings &b)
{
    if (a.complete != b.complete || a.teams.size() != b.teams.size())
        return QStringLiteral("complete/size");
    for (size_t i = 0; i < a.teams.size(); ++i) {
        const TeamStanding &s = a.teams[i];
        const TeamStanding &t = b.teams[i];
        if (s.team != t.team || s.total != t.total || s.categories != t.categories
            || s.scoreRank != t.scoreRank || s.eligibleRank != t.eligibleRank
            || s.outcome != t.outcome || s.flags != t.flags)
            return s.team;
    }
    return {};
}

// Other members edit their drafts in every way: change a value, add an item, start a sheet.
Panel withOthersDraftsEdited(Panel p, const QString &viewer)
{
    for (ExpertScore &s : p.expertScores)
        if (!s.submitted && s.reviewer != viewer)
            s.score = s.score >= 5 ? s.score - 5 : s.score + 5;
    if (viewer != id("b"))
        p.expertScores.push_back({id("b"), id("x"), id("c"), 3, false, {}});
    if (viewer != id("c"))
        p.expertScores.push_back({id("c"), id("y"), id("a"), 10, false, {}});
    return p;
}

const QStringList kViewers = {id("a"), id("b"), id("c"), id("h"), id("s"), id("o"), id("nobody")};

} // namespace

class TestVisibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One row per (viewer, sheet): does the viewer get that sheet's rows?
    void rowVisibility_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("team");
        QTest::addColumn<bool>("visible");
        struct Row { const char *viewer, *reviewer, *team; bool visible; const char *why; };
        const Row table[] = {
            // expert a: own x is a draft, own y submitted, conflicted with z
            {"a", "a", "x", true, "own draft"},
            {"a", "a", "y", true, "own submitted"},
            {"a", "b", "x", false, "another's draft"},
            {"a", "c", "x", false, "submitted, but a has not submitted x"},
            {"a", "b", "y", true, "submitted, and a has submitted y"},
            {"a", "b", "z", false, "conflicted team"},
            {"a", "c", "z", false, "another's draft of a conflicted team"},
            {"a", "h", "y", false, "the chair's draft"},
            // expert b: submitted y and z, draft x
            {"b", "b", "x", true, "own draft"},
            {"b", "a", "x", false, "another's draft"},
            {"b", "c", "x", false, "submitted, but b has not submitted x"},
            {"b", "a", "y", true, "submitted, and b has submitted y"},
            {"b", "c", "z", false, "another's draft, b has submitted z"},
            {"b", "h", "y", false, "the chair's draft, b has submitted y"},
            // expert c: submitted x, no sheet for y, draft z
            {"c", "c", "x", true, "own submitted"},
            {"c", "c", "z", true, "own draft"},
            {"c", "a", "x", false, "another's draft, c has submitted x"},
            {"c", "b", "x", false, "another's draft, c has submitted x"},
            {"c", "a", "y", false, "c has no sheet for y"},
            {"c", "b", "z", false, "c's own z is a draft"},
            // chair h: every submitted sheet, own draft, no other draft
            {"h", "h", "y", true, "own draft"},
            {"h", "a", "y", true, "submitted"},
            {"h", "b", "z", true, "submitted"},
            {"h", "c", "x", true, "submitted"},
            {"h", "a", "x", false, "draft"},
            {"h", "b", "x", false, "draft"},
            {"h", "c", "z", false, "draft"},
            // secretariat, observer, unknown: no row at all
            {"s", "a", "y", false, "secretariat, submitted"},
            {"s", "b", "z", false, "secretariat, submitted"},
            {"o", "a", "y", false, "observer, submitted"},
            {"o", "c", "x", false, "observer, submitted"},
            {"nobody", "b", "y", false, "unknown member"},
        };
        for (const Row &row : table)
            QTest::addRow("%s sees %s/%s: %s", row.viewer, row.reviewer, row.team, row.why)
                << id(row.viewer) << id(row.reviewer) << id(row.team) << row.visible;
    }

    void rowVisibility()
    {
        QFETCH(QString, viewer);
        QFETCH(QString, reviewer);
        QFETCH(QString, team);
        QFETCH(bool, visible);
        const Panel full = accessPanel();
        const int stored = rows(full, reviewer, team);
        QVERIFY(stored > 0);
        // all of the sheet's rows or none of them: never a partial count
        QCOMPARE(rows(visiblePanel(full, viewer), reviewer, team), visible ? stored : 0);
        const bool submitted = sheetState(full, reviewer, team) == SheetState::Submitted;
        QCOMPARE(maySeeScore(full, viewer, reviewer, team, submitted), visible);
    }

    void noOtherDraftInAnyView()
    {
        const Panel full = accessPanel();
        for (const QString &viewer : kViewers) {
            const Panel view = visiblePanel(full, viewer);
            for (const ExpertScore &s : view.expertScores) {
                QVERIFY2(s.submitted || s.reviewer == viewer,
                         qPrintable(viewer + QStringLiteral(" sees a draft of ") + s.reviewer));
                const Reviewer *member = full.reviewer(viewer);
                QVERIFY(member && !member->conflicts.contains(s.team));
            }
            // rows are kept as stored: same values, stored order
            std::vector<ExpertScore> expected;
            for (const ExpertScore &s : full.expertScores)
                if (maySeeScore(full, viewer, s.reviewer, s.team, s.submitted))
                    expected.push_back(s);
            QVERIFY(view.expertScores == expected);
        }
    }

    void expertSeesOthersOnlyAfterSubmittingOwnSheet()
    {
        Panel full = accessPanel();
        QCOMPARE(rows(visiblePanel(full, id("a")), id("c"), id("x")), 0);
        // a completes and submits x
        full.expertScores.push_back({id("a"), id("x"), id("b"), 6, false, {}});
        QCOMPARE(rows(visiblePanel(full, id("a")), id("c"), id("x")), 0);   // complete, still a draft
        submit(full, id("a"), id("x"));
        QCOMPARE(rows(visiblePanel(full, id("a")), id("c"), id("x")), storedRows(id("c"), id("x")));
        QCOMPARE(rows(visiblePanel(full, id("a")), id("b"), id("x")), 0);   // b's x is still a draft
        // and b still does not see a's x before submitting x
        QCOMPARE(rows(visiblePanel(full, id("b")), id("a"), id("x")), 0);
        submit(full, id("b"), id("x"));
        QCOMPARE(rows(visiblePanel(full, id("b")), id("a"), id("x")), 2);
        QCOMPARE(rows(visiblePanel(full, id("a")), id("b"), id("x")), 2);
        // a reopened sheet (back to draft) hides the others again
        for (ExpertScore &s : full.expertScores)
            if (s.reviewer == id("a") && s.team == id("x"))
                s.submitted = false;
        QCOMPARE(rows(visiblePanel(full, id("a")), id("c"), id("x")), 0);
    }

    void conflictedTeamNeverVisibleEvenWithOwnRows()
    {
        // rows that should never exist (the store refuses them) are still not shown
        Panel full = accessPanel();
        full.expertScores.push_back({id("a"), id("z"), id("a"), 3, true, {}});
        full.expertScores.push_back({id("a"), id("z"), id("b"), 3, true, {}});
        QCOMPARE(rows(visiblePanel(full, id("a")), id("a"), id("z")), 0);
        QCOMPARE(rows(visiblePanel(full, id("a")), id("b"), id("z")), 0);
    }

    void observerAndSecretariatSeeNoRows()
    {
        const Panel full = accessPanel();
        const Panel observer = visiblePanel(full, id("o"));
        QVERIFY(observer.expertScores.empty());
        QVERIFY(observer.userRatings.empty());   // individual user ratings neither
        QCOMPARE(observer.teams, full.teams);
        QCOMPARE(observer.categories, full.categories);
        const Panel secretariat = visiblePanel(full, id("s"));
        QVERIFY(secretariat.expertScores.empty());
        QCOMPARE(secretariat.userRatings, full.userRatings);   // the secretariat imports them
        const Panel unknown = visiblePanel(full, id("nobody"));
        QVERIFY(unknown.expertScores.empty());
        QVERIFY(unknown.userRatings.empty());
    }

    void standingsNeverChangeWhenAnotherMemberEditsADraft()
    {
        const Panel full = accessPanel();
        for (const QString &viewer : kViewers) {
            const Panel edited = withOthersDraftsEdited(full, viewer);
            QVERIFY(!(edited.expertScores == full.expertScores));
            QCOMPARE(standingsDifference(computeStandings(visiblePanel(full, viewer)),
                                         computeStandings(visiblePanel(edited, viewer))),
                     QString());
            QCOMPARE(standingsDifference(visibleStandings(full, viewer),
                                         visibleStandings(edited, viewer)),
                     QString());
            // and the rows of the view are the same rows
            QVERIFY(visiblePanel(full, viewer).expertScores
                    == visiblePanel(edited, viewer).expertScores);
        }
    }

    void observerStandingsAreTheChairs()
    {
        const Panel full = accessPanel();
        // the observer declared no conflict: the panel's standings, without any row handed out
        QCOMPARE(standingsDifference(visibleStandings(full, id("o")), computeStandings(full)),
                 QString());
        QCOMPARE(standingsDifference(visibleStandings(full, id("h")), computeStandings(full)),
                 QString());
        QVERIFY(teamsWithHiddenExpertScores(full, id("o")).isEmpty());
        QVERIFY(teamsWithHiddenExpertScores(full, id("h")).isEmpty());
        // the secretariat is conflicted with x: x's expert score is not in their standings
        const Standings secretariat = visibleStandings(full, id("s"));
        QCOMPARE(secretariat.find(id("x"))->categoryScore(id("expert")), 0.0);
        QVERIFY(secretariat.find(id("x"))->hasFlag(flags::IncompleteExpert));
        QCOMPARE(secretariat.find(id("y"))->categoryScore(id("expert")),
                 computeStandings(full).find(id("y"))->categoryScore(id("expert")));
        QCOMPARE(teamsWithHiddenExpertScores(full, id("s")), QStringList{id("x")});
    }

    void expertStandingsShowOnlySubmittedTeams()
    {
        const Panel full = accessPanel();
        const Standings all = computeStandings(full);
        const Standings a = visibleStandings(full, id("a"));
        // y: a submitted, so the whole panel's expert score for y
        QCOMPARE(a.find(id("y"))->categoryScore(id("expert")),
                 all.find(id("y"))->categoryScore(id("expert")));
        // x (not submitted by a) and z (conflict): nothing of the others
        QCOMPARE(a.find(id("x"))->categoryScore(id("expert")), 0.0);
        QCOMPARE(a.find(id("z"))->categoryScore(id("expert")), 0.0);
        QVERIFY(all.find(id("z"))->categoryScore(id("expert")) > 0);
    }

    void hiddenTeams_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("a: x not submitted, z conflict") << id("a") << QStringList{id("x"), id("z")};
        QTest::newRow("b: x not submitted") << id("b") << QStringList{id("x")};
        QTest::newRow("c: only x submitted") << id("c") << QStringList{id("y"), id("z")};
        QTest::newRow("chair") << id("h") << QStringList{};
        QTest::newRow("secretariat: conflict x") << id("s") << QStringList{id("x")};
        QTest::newRow("observer") << id("o") << QStringList{};
        QTest::newRow("unknown") << id("nobody") << QStringList{id("x"), id("y"), id("z")};
    }

    void hiddenTeams()
    {
        QFETCH(QString, viewer);
        QFETCH(QStringList, hidden);
        QCOMPARE(pd::teamsWithHiddenExpertScores(accessPanel(), viewer), hidden);
    }

    void hiddenTeamsDoNotDependOnOthersSheets()
    {
        // whether others have submitted must not show through the hidden list
        Panel full = accessPanel();
        full.expertScores.erase(std::remove_if(full.expertScores.begin(), full.expertScores.end(),
                                               [](const ExpertScore &s) { return s.reviewer != id("a"); }),
                                full.expertScores.end());
        QCOMPARE(pd::teamsWithHiddenExpertScores(full, id("a")),
                 pd::teamsWithHiddenExpertScores(accessPanel(), id("a")));
    }

    void sheetsFollowTheSameRules()
    {
        const Panel full = accessPanel();
        std::vector<SheetRecord> sheets;
        for (const char *reviewer : {"a", "b", "c", "h"})
            for (const char *team : {"x", "y", "z"})
                if (rows(full, id(reviewer), id(team)) > 0)
                    sheets.push_back({id(reviewer), id(team),
                                      sheetState(full, id(reviewer), id(team)) == SheetState::Submitted,
                                      QStringLiteral("opinion of %1 on %2").arg(id(reviewer), id(team))});
        for (const QString &viewer : kViewers) {
            const std::vector<SheetRecord> seen = visibleSheets(full, sheets, viewer);
            std::vector<SheetRecord> expected;
            for (const SheetRecord &sheet : sheets)
                if (rows(visiblePanel(full, viewer), sheet.reviewer, sheet.team) > 0)
                    expected.push_back(sheet);
            QVERIFY2(seen == expected, qPrintable(viewer));
        }
        const std::vector<SheetRecord> chair = visibleSheets(full, sheets, id("h"));
        QCOMPARE(chair.size(), size_t(5));   // a/y, b/y, b/z, c/x submitted + own h/y draft

        // a sheet holding only an opinion (no score yet) is its reviewer's alone
        const std::vector<SheetRecord> opinionOnly = {{id("c"), id("y"), false, id("first thoughts")}};
        for (const QString &viewer : kViewers)
            QCOMPARE(visibleSheets(full, opinionOnly, viewer).size(), size_t(viewer == id("c")));
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
