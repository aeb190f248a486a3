// The independence verdicts on a server (docs/visibility.md: "The verdict is public within the
// panel: everyone's standings show it"). An observer reads no component finding and nobody
// reads the findings of a team they declared a conflict with, yet their standings show every
// team's verdict, the verdict the findings suggest (R5) and the verdict_differs_from_rules
// flag, as a file shows them: through team_verdicts(round) (ServerVerdicts.cpp). Per member,
// the standings from the server equal, byte for byte, the standings the same member is shown
// from the same panel in a SQLite file; the function's suggestion equals suggestVerdict on
// every combination of a component's attributes; it hands out nothing of the components.
#include "ServerPanelSupport.h"

#include "access/StandingsAccess.h"
#include "access/Visibility.h"
#include "actions/PanelDatabase.h"
#include "io/StandingsJson.h"
#include "scoring/IndependenceRules.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelLocation.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("verdicts");
const QString kRulesDb = QStringLiteral("verdict_rules");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

ComponentFinding component(const char *name, Origin origin, License license, Weights weights,
                           ExternalControl control)
{
    return {QString::fromLatin1(name), origin, QStringLiteral("source"), license, weights, control,
            QStringLiteral("evidence"), QString()};
}

Independence &findingsOf(Panel &panel, const QString &team)
{
    for (Independence &i : panel.independence)
        if (i.team == team)
            return i;
    panel.independence.push_back({team, Verdict::Pending, {}, {}});
    return panel.independence.back();
}

// The visibility panel (drafts, e03 conflicted with nc, the chair with skt, an observer) with
// verdicts that differ from what the findings suggest, on conflicted teams too: skt passed
// although a component reuses weights (flagged), nc passed with a component under outside
// control (flagged), lg passed with an undetermined component (suggestion pending, no flag).
Panel verdictsPanel()
{
    Panel panel = test::visibilityPanel();
    findingsOf(panel, QStringLiteral("skt")).components.push_back(
        component("encoder", Origin::OpenSource, License::Permissive, Weights::Reused, ExternalControl::None));
    Independence &nc = findingsOf(panel, QStringLiteral("nc"));
    nc.verdict = Verdict::Pass;
    nc.rationale = QStringLiteral("reviewed");
    nc.components.push_back(
        component("planner", Origin::ThirdParty, License::Permissive, Weights::Initialized, ExternalControl::Present));
    findingsOf(panel, QStringLiteral("lg")).components.push_back(
        component("tokenizer", Origin::OpenSource, License::Permissive, Weights::Initialized, ExternalControl::Possible));
    return panel;
}

} // namespace

class TestServerVerdicts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    test::DeployedPanel m_panel;

    std::unique_ptr<PanelStore> open(const QString &member)
    {
        return PanelLocation::parse(address(m_panel.database))
            .open(ServerLogin{member, m_panel.logins.at(member).password});
    }

    static Member memberOf(const PanelStore &store, const QString &id)
    {
        for (const Member &m : store.members())
            if (m.id == id)
                return m;
        return Member{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Panel panel = verdictsPanel();
        // the panel tells the cases apart: two flagged teams, one of them conflicted for the chair
        const Standings whole = computeStandings(panel);
        int flagged = 0;
        for (const TeamStanding &row : whole.teams)
            flagged += row.flags.contains(QLatin1String(flags::VerdictDiffers)) ? 1 : 0;
        QCOMPARE(flagged, 2);
        m_file = m_dir.filePath(QStringLiteral("verdicts.paneldesk"));
        createDatabase(panel, m_file, {});
        m_panel = test::deployForTest(kDb, panel);
    }

    // Per member: the standings from the server are the standings from the file, with every
    // verdict, suggestion and flag (and the independence rows, verdicts and rationales).
    void standingsShowTheFilesVerdicts_data()
    {
        QTest::addColumn<QString>("member");
        QTest::newRow("observer") << QStringLiteral("obs");
        QTest::newRow("secretariat") << QStringLiteral("secretariat");
        QTest::newRow("chair, conflicted with skt") << QStringLiteral("chair");
        QTest::newRow("e03, conflicted with nc") << QStringLiteral("e03");
        QTest::newRow("e02") << QStringLiteral("e02");
    }
    void standingsShowTheFilesVerdicts()
    {
        QFETCH(QString, member);
        const std::unique_ptr<PanelStore> file = PanelLocation::parse(m_file).open();
        const std::unique_ptr<PanelStore> server = open(member);
        const Member fileViewer = memberOf(*file, member);
        const Member serverViewer = memberOf(*server, member);
        QCOMPARE(serverViewer.id, member);
        QCOMPARE(serverViewer.conflicts, fileViewer.conflicts);

        const ScoringInputs fileInputs = file->loadScoringInputs();
        const ScoringInputs serverInputs = server->loadScoringInputs();
        const ShownStandings expected = shownStandings(fileInputs, file->loadRoundStatus(), fileViewer);
        const ShownStandings shown = shownStandings(serverInputs, server->loadRoundStatus(), serverViewer);
        QCOMPARE(int(shown.disclosure.level), int(StandingsLevel::Member));
        QCOMPARE(shown.panel.independence, expected.panel.independence);   // verdicts, rationales
        for (std::size_t i = 0; i < expected.standings.teams.size(); ++i) {
            const TeamStanding &want = expected.standings.teams.at(i);
            const TeamStanding &got = shown.standings.teams.at(i);
            QCOMPARE(got.team, want.team);
            QCOMPARE(int(got.independence), int(want.independence));
            QCOMPARE(int(got.independenceSuggested), int(want.independenceSuggested));
            QCOMPARE(got.flags, want.flags);
        }
        const QList<QByteArray> shownLines = standingsJson(shown.standings).split('\n');
        const QList<QByteArray> expectedLines = standingsJson(expected.standings).split('\n');
        for (qsizetype i = 0; i < std::min(shownLines.size(), expectedLines.size()); ++i)
            QCOMPARE(shownLines.at(i), expectedLines.at(i));   // the first line that differs
        QCOMPARE(shownLines.size(), expectedLines.size());
        // The whole panel read (loadPanel) gives the same verdicts to the standings.
        const Standings fromPanel = visibleStandings(server->loadPanel(), serverViewer.id);
        for (std::size_t i = 0; i < expected.standings.teams.size(); ++i)
            QCOMPARE(int(fromPanel.teams.at(i).independenceSuggested),
                     int(expected.standings.teams.at(i).independenceSuggested));
    }

    // What the function hands out: per team its verdict, rationale and suggestion, every team
    // (a conflicted one too, as in a file), nothing of the components; the observer still
    // reads no finding, and someone who is not a member of the panel gets nothing.
    void theFunctionHandsOutNoComponent()
    {
        QSqlDatabase obs = test::memberDb(m_panel, QStringLiteral("obs"));
        QCOMPARE(test::outcomeOf(obs, QStringLiteral("SELECT * FROM component_findings")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(obs, QStringLiteral("SELECT * FROM component_notes")), QStringLiteral("42501"));
        QSqlDatabase e03 = test::memberDb(m_panel, QStringLiteral("e03"));
        QCOMPARE(test::scalarOf(e03, QStringLiteral("SELECT count(*) FROM component_findings WHERE team_id = 'nc'")).toInt(), 0);
        const QString round = test::scalarOf(obs, QStringLiteral("SELECT id FROM rounds")).toString();
        const QString sql = QStringLiteral("SELECT team_id, verdict, suggested FROM team_verdicts('%1') ORDER BY team_id").arg(round);
        QStringList expected;
        const Panel panel = verdictsPanel();
        std::vector<Independence> sorted = panel.independence;
        std::sort(sorted.begin(), sorted.end(), [](const Independence &a, const Independence &b) { return a.team < b.team; });
        for (const Independence &i : sorted)
            expected << QStringLiteral("%1|%2|%3").arg(i.team, toString(i.verdict), toString(suggestVerdict(i.components).verdict));
        QCOMPARE(test::rowsOf(obs, sql), expected);
        QCOMPARE(test::rowsOf(e03, sql), expected);
        QSqlQuery columns(obs);
        QVERIFY(columns.exec(QStringLiteral("SELECT * FROM team_verdicts('%1') LIMIT 1").arg(round)) && columns.next());
        QCOMPARE(columns.record().count(), 4);   // team, verdict, rationale, suggestion
        QCOMPARE(test::scalarOf(test::panelAdmin(m_panel.database),
                                QStringLiteral("SELECT has_function_privilege('public', 'team_verdicts(text)', 'EXECUTE')")).toBool(),
                 false);
    }

    // R5 for the verdict alone, the server's against suggestVerdict: every combination of one
    // component's attributes, and pairs of components of each kind (clean, undetermined,
    // failing), in both orders.
    void theServersSuggestionIsR5()
    {
        Panel panel = buildDemoPanel();
        const test::DeployedPanel rules = test::deployForTest(kRulesDb, panel);
        QSqlDatabase admin = test::panelAdmin(rules.database);
        const QString round = panel.round.id;
        const QString team = QStringLiteral("lg");
        const auto serverSays = [&](const std::vector<ComponentFinding> &components) {
            server::execServer(admin, QStringLiteral("DELETE FROM component_findings WHERE round_id = %1 AND team_id = %2")
                                          .arg(server::quoteLiteral(round), server::quoteLiteral(team)));
            for (const ComponentFinding &c : components)
                server::execServer(admin, QStringLiteral(
                    "INSERT INTO component_findings (round_id, team_id, component, origin, source, license, "
                    "weights, external_control, evidence) VALUES (%1, %2, %3, %4, 's', %5, %6, %7, 'e')")
                    .arg(server::quoteLiteral(round), server::quoteLiteral(team), server::quoteLiteral(c.component),
                         server::quoteLiteral(toString(c.origin)), server::quoteLiteral(toString(c.license)),
                         server::quoteLiteral(toString(c.weights)), server::quoteLiteral(toString(c.externalControl))));
            return test::scalarOf(admin, QStringLiteral("SELECT pd_suggested_verdict(%1, %2)")
                                             .arg(server::quoteLiteral(round), server::quoteLiteral(team))).toString();
        };
        QCOMPARE(serverSays({}), toString(suggestVerdict({}).verdict));
        int checked = 0;
        std::vector<ComponentFinding> kinds[3];   // clean, undetermined, failing
        for (Origin o : {Origin::InHouse, Origin::OpenSource, Origin::ThirdParty})
            for (License l : {License::Own, License::Permissive, License::Restricted, License::Proprietary})
                for (Weights w : {Weights::Initialized, Weights::Reused, Weights::ReusedFrozen, Weights::NotApplicable})
                    for (ExternalControl x : {ExternalControl::None, ExternalControl::Possible, ExternalControl::Present}) {
                        const ComponentFinding c = component("c", o, l, w, x);
                        const Verdict expected = suggestVerdict({c}).verdict;
                        QCOMPARE(serverSays({c}), toString(expected));
                        ++checked;
                        const bool clean = expected == Verdict::Pass;
                        kinds[clean ? 0 : expected == Verdict::Pending ? 1 : 2].push_back(c);
                    }
        QCOMPARE(checked, 144);
        for (int a = 0; a < 3; ++a)
            for (int b = 0; b < 3; ++b) {
                QVERIFY(!kinds[a].empty() && !kinds[b].empty());
                const std::vector<ComponentFinding> pair{kinds[a].front(), kinds[b].back()};
                QCOMPARE(serverSays(pair), toString(suggestVerdict(pair).verdict));
            }
    }
};

QTEST_MAIN(TestServerVerdicts)
#include "tst_serververdicts.moc"
