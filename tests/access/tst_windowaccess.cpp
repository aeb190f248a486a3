// The window's role rules (access/WindowAccess.h; test T17 for the window): every question
// the window asks, for nobody, an observer, an expert, an expert with a conflict of interest,
// the secretariat and the chair, against the table written out here (not derived from the
// rules). Also which standings each of them sees before and after an announcement
// (access/StandingsAccess.h).

#include "access/StandingsAccess.h"
#include "access/WindowAccess.h"

#include <QtTest>

using namespace pd;

namespace {

struct Question {
    const char *name;
    bool (*rule)(const Viewer &);
    // expected for: nobody, observer, expert, conflicted expert, secretariat, chair
    const char *expected;
};

const Question kQuestions[] = {
    {"standings tab", maySeeStandings, "111111"},
    {"my sheets tab", mayFillSheets, "001101"},
    {"independence tab", mayOpenFindings, "001111"},
    {"charts tab", maySeeCharts, "000001"},
    {"sensitivity tab", maySeeSensitivity, "000001"},
    {"agreement tab", maySeeAgreement, "000001"},
    {"progress tab", maySeeProgress, "000001"},
    {"audit log tab", maySeeAuditLog, "000001"},
    {"server chain check", mayVerifyServerChain, "000001"},
    {"decision tab", mayRunDecision, "000001"},
    {"reopen a sheet", mayReopenSheets, "000001"},
    {"import benchmarks", mayImportBenchmarks, "000011"},
    {"import ratings", mayImportRatings, "000011"},
    {"import sheets", mayImportSheets, "000001"},
    {"export own sheets", mayExportOwnSheets, "001101"},
    {"manage members", mayManageMembers, "000011"},
    {"own conflicts and passphrase", mayEditOwnMembership, "011111"},
};

struct Named {
    const char *name;
    Viewer viewer;
};

std::vector<Named> viewers()
{
    const auto member = [](const char *id, Role role, QStringList conflicts = {}) {
        return Viewer(Member{QString::fromLatin1(id), QString::fromLatin1(id), role, conflicts, true});
    };
    return {{"nobody", std::nullopt},
            {"observer", member("o", Role::Observer)},
            {"expert", member("e", Role::Expert)},
            {"conflicted expert", member("c", Role::Expert, {u"x"_qs})},
            {"secretariat", member("s", Role::Secretariat)},
            {"chair", member("h", Role::Chair)}};
}

RoundStatus statusWith(std::vector<DecisionVersion> versions, RoundState state)
{
    RoundStatus status;
    status.round = u"R1"_qs;
    status.state = state;
    status.versions = std::move(versions);
    return status;
}

DecisionVersion version(int number, std::optional<QDate> announced)
{
    DecisionVersion v;
    v.version = number;
    v.announcedOn = announced;
    return v;
}

} // namespace

class TestWindowAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<int>("question");
        QTest::addColumn<int>("viewer");
        const std::vector<Named> all = viewers();
        for (int q = 0; q < int(std::size(kQuestions)); ++q)
            for (int v = 0; v < int(all.size()); ++v)
                QTest::addRow("%s / %s", kQuestions[q].name, all[size_t(v)].name) << q << v;
    }
    void matrix()
    {
        QFETCH(int, question);
        QFETCH(int, viewer);
        const Question &q = kQuestions[question];
        QCOMPARE(int(strlen(q.expected)), int(viewers().size()));
        const bool expected = q.expected[viewer] == '1';
        QCOMPARE(q.rule(viewers()[size_t(viewer)].viewer), expected);
    }

    // Decision > Start next round…: the chair, and only once the round is final.
    void nextRoundOnlyChairOnFinal()
    {
        const std::vector<Named> all = viewers();
        for (const RoundState state : {RoundState::Open, RoundState::Scoring, RoundState::Locked,
                                       RoundState::Decided, RoundState::Announced, RoundState::Final})
            for (size_t v = 0; v < all.size(); ++v)
                QVERIFY2(mayStartNextRound(all[v].viewer, state)
                             == (state == RoundState::Final && v + 1 == all.size()),
                         all[v].name);
    }

    // A conflict closes that team's sheet, and only that one; nobody opens a sheet.
    void sheetOfTeam_data()
    {
        QTest::addColumn<int>("viewer");
        QTest::addColumn<bool>("teamX");
        QTest::addColumn<bool>("teamY");
        const bool expected[][2] = {{false, false}, {false, false}, {true, true},
                                    {false, true},  {false, false}, {true, true}};
        const std::vector<Named> all = viewers();
        for (int v = 0; v < int(all.size()); ++v)
            QTest::newRow(all[size_t(v)].name) << v << expected[v][0] << expected[v][1];
    }
    void sheetOfTeam()
    {
        QFETCH(int, viewer);
        QFETCH(bool, teamX);
        QFETCH(bool, teamY);
        QCOMPARE(mayOpenSheetOf(viewers()[size_t(viewer)].viewer, u"x"_qs), teamX);
        QCOMPARE(mayOpenSheetOf(viewers()[size_t(viewer)].viewer, u"y"_qs), teamY);
    }

    // Which standings: members their own at every state; nobody the teams only until a
    // version is announced, then its public disclosure (also once reopened on appeal, and
    // while a later version is decided but not announced).
    void standingsLevels_data()
    {
        QTest::addColumn<int>("viewer");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("shownVersion");
        const std::vector<Named> all = viewers();
        const char *statuses[] = {"open", "locked", "decided", "announced", "reopened on appeal",
                                  "v2 decided", "final"};
        const int nobodyLevel[] = {int(StandingsLevel::TeamsOnly), int(StandingsLevel::TeamsOnly),
                                   int(StandingsLevel::TeamsOnly), int(StandingsLevel::Public),
                                   int(StandingsLevel::Public),    int(StandingsLevel::Public),
                                   int(StandingsLevel::Public)};
        const int announced[] = {0, 0, 0, 1, 1, 1, 1};
        for (int v = 0; v < int(all.size()); ++v)
            for (int s = 0; s < 7; ++s)
                QTest::addRow("%s / %s", all[size_t(v)].name, statuses[s])
                    << v << s << (v == 0 ? nobodyLevel[s] : int(StandingsLevel::Member)) << announced[s];
    }
    void standingsLevels()
    {
        QFETCH(int, viewer);
        QFETCH(int, status);
        QFETCH(int, level);
        QFETCH(int, shownVersion);
        const QDate day(2026, 1, 20);
        DecisionVersion reopened = version(1, day);
        reopened.reopenedOn = day.addDays(3);
        DecisionVersion final = version(1, day);
        final.finalOn = day.addDays(12);
        const RoundStatus statuses[] = {
            statusWith({}, RoundState::Scoring),
            statusWith({}, RoundState::Locked),
            statusWith({version(1, std::nullopt)}, RoundState::Decided),
            statusWith({version(1, day)}, RoundState::Announced),
            statusWith({reopened}, RoundState::Scoring),
            statusWith({reopened, version(2, std::nullopt)}, RoundState::Decided),
            statusWith({final}, RoundState::Final),
        };
        const RoundStatus &s = statuses[status];
        QCOMPARE(int(standingsLevel(viewers()[size_t(viewer)].viewer, s)), level);
        const DecisionVersion *v = announcedVersion(s);
        QCOMPARE(v ? v->version : 0, shownVersion);
    }

    // What each level's disclosure lets a screen show, cell by cell.
    void disclosureCells()
    {
        StandingsDisclosure member;
        QVERIFY(member.showsTotal(u"x"_qs) && member.showsRank(u"x"_qs) && member.showsOutcomes()
                && member.showsFlags() && member.showsMargins() && member.showsAverages()
                && member.showsFindingsFlag() && !member.hidesAnything());
        member.hiddenExpertTeams = {u"x"_qs};
        QVERIFY(!member.showsTotal(u"x"_qs) && member.showsTotal(u"y"_qs));
        QVERIFY(!member.showsCategory(u"x"_qs, CategoryKind::Expert));
        QVERIFY(member.showsCategory(u"x"_qs, CategoryKind::Benchmark));
        QVERIFY(!member.showsRank(u"y"_qs) && !member.showsOutcomes() && !member.showsMargins()
                && !member.showsAverages() && member.hidesAnything());

        StandingsDisclosure published;
        published.level = StandingsLevel::Public;
        published.publishedTeams = {u"x"_qs, u"y"_qs};
        QVERIFY(published.showsTotal(u"x"_qs) && !published.showsTotal(u"z"_qs));
        QVERIFY(published.showsRank(u"x"_qs) && !published.showsRank(u"z"_qs));
        QVERIFY(!published.showsGroups(u"z"_qs) && !published.showsCategory(u"z"_qs, CategoryKind::User));
        QVERIFY(published.showsOutcomes() && published.showsVerdicts() && published.showsAverages());
        QVERIFY(!published.showsFlags() && !published.showsMargins() && !published.showsFindingsFlag());
        QVERIFY(published.showsCutBetween(u"x"_qs, u"y"_qs));
        QVERIFY(!published.showsCutBetween(u"x"_qs, u"z"_qs));
        CutLine line;
        line.lastAbove = u"x"_qs;
        line.firstBelow = u"z"_qs;
        line.margins.insert(u"x"_qs, 3.0);
        const CutLine shown = published.shownCut(line);
        QVERIFY(!shown.lastAbove && !shown.firstBelow && shown.margins.isEmpty());

        StandingsDisclosure teamsOnly;
        teamsOnly.level = StandingsLevel::TeamsOnly;
        QVERIFY(!teamsOnly.showsTotal(u"x"_qs) && !teamsOnly.showsRank(u"x"_qs)
                && !teamsOnly.showsOutcomes() && !teamsOnly.showsVerdicts()
                && !teamsOnly.showsAverages() && !teamsOnly.showsGroups(u"x"_qs)
                && !teamsOnly.showsCategory(u"x"_qs, CategoryKind::Benchmark));
    }
};

QTEST_GUILESS_MAIN(TestWindowAccess)
#include "tst_windowaccess.moc"
