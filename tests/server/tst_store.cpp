// PgStore (server/PgStore.h), the PanelStore of a panel on a server, opened the way the
// window and the CLI open it: PanelLocation::parse(address).open({member, password}).
// Against the throwaway cluster of with-cluster.sh: every role opens it; a wrong password and
// an unknown member are refused alike; the chair's standings equal the demo file's; a draft
// stays its reviewer's until both reviewers submitted; a stale edit is refused; a save after
// the lock is refused and changes nothing; the audit log verifies with the app's verifier.
#include "ServerPanelSupport.h"

#include "access/StandingsAccess.h"
#include "actions/PanelDatabase.h"
#include "io/StandingsJson.h"
#include "domain/RatingTally.h"
#include "scoring/ScoringEngine.h"
#include "server/PgStore.h"
#include "services/SignInService.h"
#include "storage/PanelLocation.h"
#include "trust/AuditChain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kDemo = QStringLiteral("store_demo");
const QString kFlow = QStringLiteral("store_flow");
const QString kNaver = QStringLiteral("naver");
const QString kNc = QStringLiteral("nc");

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

Panel withObserver(Panel panel)
{
    panel.reviewers.push_back({QStringLiteral("obs"), QStringLiteral("Observer"), Role::Observer, {}});
    return panel;
}

// The scores of `reviewer` for `team` in `panel`, taken out of it.
std::vector<ExpertScore> takeScores(Panel &panel, const QString &reviewer, const QString &team)
{
    std::vector<ExpertScore> taken;
    std::erase_if(panel.expertScores, [&](const ExpertScore &s) {
        if (s.reviewer != reviewer || s.team != team)
            return false;
        ExpertScore draft = s;
        draft.submitted = false;
        taken.push_back(draft);
        return true;
    });
    return taken;
}

std::vector<ExpertScore> scoresOf(const Panel &panel, const QString &reviewer, const QString &team)
{
    std::vector<ExpertScore> found;
    for (const ExpertScore &s : panel.expertScores)
        if (s.reviewer == reviewer && s.team == team)
            found.push_back(s);
    return found;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

    test::DeployedPanel m_demo, m_flow;
    std::vector<ExpertScore> m_e01Naver, m_e02Naver, m_e01Nc;
    QTemporaryDir m_dir;

    std::unique_ptr<PanelStore> open(const test::DeployedPanel &panel, const QString &member)
    {
        return PanelLocation::parse(address(panel.database))
            .open(ServerLogin{member, panel.logins.at(member).password});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = test::deployForTest(kDemo, withObserver(buildDemoPanel()));
        Panel flow = withObserver(buildDemoPanel());
        m_e01Naver = takeScores(flow, QStringLiteral("e01"), kNaver);
        m_e02Naver = takeScores(flow, QStringLiteral("e02"), kNaver);
        m_e01Nc = takeScores(flow, QStringLiteral("e01"), kNc);
        QCOMPARE(m_e01Naver.size(), std::size_t(3));
        m_flow = test::deployForTest(kFlow, flow);
    }

    void everyRoleOpensIt_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("readsRatings");
        QTest::newRow("chair") << QStringLiteral("chair") << int(Role::Chair) << true;
        QTest::newRow("e01") << QStringLiteral("e01") << int(Role::Expert) << true;
        QTest::newRow("e02") << QStringLiteral("e02") << int(Role::Expert) << true;
        QTest::newRow("secretariat") << QStringLiteral("secretariat") << int(Role::Secretariat) << true;
        QTest::newRow("observer") << QStringLiteral("obs") << int(Role::Observer) << false;
    }

    void everyRoleOpensIt()
    {
        QFETCH(QString, member);
        QFETCH(int, role);
        QFETCH(bool, readsRatings);
        const std::unique_ptr<PanelStore> store = open(m_demo, member);
        auto *server = dynamic_cast<server::PgStore *>(store.get());
        QVERIFY(server);
        QCOMPARE(server->member(), member);
        QCOMPARE(int(server->role()), role);
        QCOMPARE(store->location(), address(kDemo));
        QCOMPARE(store->members().size(), std::size_t(13));   // chair, 10 experts, secretariat, obs
        const Panel panel = store->loadPanel();
        QCOMPARE(panel.round.id, QStringLiteral("R1"));
        QCOMPARE(panel.teams.size(), std::size_t(5));
        QCOMPARE(!panel.userRatings.empty(), readsRatings);
        // An observer sees no sheet, so not that scoring has begun.
        QCOMPARE(int(store->loadRoundState()),
                 int(role == int(Role::Observer) ? RoundState::Open : RoundState::Scoring));
        QCOMPARE(store->loadSignInFailures(member).failures, 0);
        QVERIFY(!store->loadMemberKey(member));
        // Every sheet's state for the chair and the secretariat; an expert sees them all
        // too here (every demo sheet is submitted, and so is theirs); an observer none.
        const std::size_t sheets = role == int(Role::Observer) ? 0 : 50;
        QCOMPARE(store->loadSheets().size(), sheets);
    }

    void thePasswordIsNotShown()
    {
        const QString withPassword = QStringLiteral("host=%1 port=%2 dbname=%3 password=%4")
            .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"),
                 kDemo, QStringLiteral("notthepassword"));
        const std::unique_ptr<PanelStore> store = PanelLocation::parse(withPassword)
            .open(ServerLogin{QStringLiteral("e01"), m_demo.logins.at(QStringLiteral("e01")).password});
        QVERIFY(!store->location().contains(QStringLiteral("notthepassword")));
        QVERIFY(store->location().contains(kDemo));
    }

    // The server answers both alike, and so does PanelDesk: nobody learns who is a member.
    void wrongPasswordAndUnknownMemberLookAlike()
    {
        const PanelLocation location = PanelLocation::parse(address(kDemo));
        const QString wrongPassword = test::errorOf([&] {
            location.open(ServerLogin{QStringLiteral("e01"), QStringLiteral("not-the-password")});
        });
        const QString unknownMember = test::errorOf([&] {
            location.open(ServerLogin{QStringLiteral("e99"), QStringLiteral("not-the-password")});
        });
        QCOMPARE(wrongPassword, QStringLiteral("InputError: wrong member or password for %1").arg(address(kDemo)));
        QCOMPARE(unknownMember, wrongPassword);
        // Another member's password is a wrong password too.
        QCOMPARE(test::errorOf([&] {
                     location.open(ServerLogin{QStringLiteral("e01"),
                                               m_demo.logins.at(QStringLiteral("e02")).password});
                 }),
                 wrongPassword);
    }

    void aUserInTheAddressMustBeTheMember()
    {
        const QString other = address(kDemo).replace(QStringLiteral("//"), QStringLiteral("//store_demo.e02@"));
        const QString error = test::errorOf([&] {
            PanelLocation::parse(other).open(
                ServerLogin{QStringLiteral("e01"), m_demo.logins.at(QStringLiteral("e01")).password});
        });
        QVERIFY2(error.startsWith(QStringLiteral("InputError: ")) && error.contains(QStringLiteral("store_demo.e02")),
                 qPrintable(error));
        // The member's own id or login role in the address is the member signing in.
        for (const QString &user : {QStringLiteral("e01"), QStringLiteral("store_demo.e01")}) {
            const QString own = address(kDemo).replace(QStringLiteral("//"), QStringLiteral("//%1@").arg(user));
            const auto store = PanelLocation::parse(own).open(
                ServerLogin{QStringLiteral("e01"), m_demo.logins.at(QStringLiteral("e01")).password});
            QCOMPARE(dynamic_cast<server::PgStore &>(*store).member(), QStringLiteral("e01"));
        }
    }

    // Nobody listens there: a StoreError naming the address as given, without its password.
    void anUnreachableServerIsNamed()
    {
        const QString url = QStringLiteral("postgresql://e01:secret@127.0.0.1:1/nowhere");
        try {
            PanelLocation::parse(url).open(ServerLogin{QStringLiteral("e01"), QStringLiteral("pw")});
            QFAIL("opened");
        } catch (const InputError &e) {
            QFAIL(qPrintable(e.message()));
        } catch (const StoreError &e) {
            QVERIFY2(e.message().startsWith(QLatin1String("cannot connect to postgresql://e01@127.0.0.1:1/nowhere: ")),
                     qPrintable(e.message()));
            QVERIFY(!e.message().contains(QLatin1String("secret")));
        }
    }

    // The CLI's --as and the window sign in through SignInService on the store they opened:
    // with the password the store connected with. The first sign-in registers the member's
    // key (one "member-key" entry, docs/server.md "Keys and signatures on a server"); later
    // ones write nothing. Another member's key is refused by the server.
    void signingInWorksAndWritesNothingMore()
    {
        const QString password = m_demo.logins.at(QStringLiteral("e01")).password;
        const std::unique_ptr<PanelStore> store = open(m_demo, QStringLiteral("e01"));
        QSqlDatabase admin = test::panelAdmin(kDemo);
        const qint64 before = test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        const SignInService service(*store);
        QCOMPARE(int(service.signIn(QStringLiteral("e01"), password + QLatin1Char('x'), QDateTime::currentDateTimeUtc()).outcome),
                 int(SignInAttempt::Outcome::WrongPassphrase));
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before);
        for (int i = 0; i < 2; ++i) {
            const SignInAttempt attempt = service.signIn(QStringLiteral("e01"), password, QDateTime::currentDateTimeUtc());
            QCOMPARE(int(attempt.outcome), int(SignInAttempt::Outcome::SignedIn));
            QVERIFY(attempt.session.key());
            QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before + 1);
            QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
                     QStringLiteral("member-key"));
        }
        QVERIFY(store->loadMemberKey(QStringLiteral("e01")));
        const QByteArray dump = test::adminDump(kDemo);
        QVERIFY(test::errorOf([&] { store->storeMemberKey(QStringLiteral("e02"), {QByteArray(32, 'k'), QByteArray("sealed")},
                                                    true, Actor(QStringLiteral("e01"))); })
                    .startsWith(QStringLiteral("InputError: ")));
        QCOMPARE(test::adminDump(kDemo), dump);
    }

    void checkPassphraseIsThisConnectionsOnly()
    {
        const QString password = m_demo.logins.at(QStringLiteral("e01")).password;
        const std::unique_ptr<PanelStore> store = open(m_demo, QStringLiteral("e01"));
        QVERIFY(store->checkPassphrase(QStringLiteral("e01"), password));
        QVERIFY(!store->checkPassphrase(QStringLiteral("e01"), password + QLatin1Char('x')));
        QVERIFY(!store->checkPassphrase(QStringLiteral("e02"), password));
        QVERIFY(!store->checkPassphrase(QStringLiteral("e02"), m_demo.logins.at(QStringLiteral("e02")).password));
    }

    // The secretariat and observers read no expert score on a server; their standings come
    // from submitted_sheet_totals() (Panel::anonymousSheetTotals) and must be what the same
    // member is shown from the whole panel (the file's rule: docs/visibility.md), byte for
    // byte: with drafts in the round (visibilityPanel: e01 and e04 on naver) and with a
    // conflict the secretariat declared (its team's expert score hidden, and left out by
    // the server too).
    void secretariatAndObserverStandingsAreTheChairsView_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("conflict");   // declared by the secretariat
        QTest::newRow("secretariat") << QStringLiteral("secretariat") << QString();
        QTest::newRow("observer") << QStringLiteral("obs") << QString();
        QTest::newRow("secretariat, conflicted with lg") << QStringLiteral("secretariat") << QStringLiteral("lg");
    }
    void secretariatAndObserverStandingsAreTheChairsView()
    {
        QFETCH(QString, member);
        QFETCH(QString, conflict);
        Panel panel = test::visibilityPanel();
        for (Reviewer &r : panel.reviewers)
            if (r.id == QLatin1String("secretariat") && !conflict.isEmpty())
                r.conflicts << conflict;
        const QString database = conflict.isEmpty() ? QStringLiteral("store_totals")
                                                     : QStringLiteral("store_totals_conflict");
        static std::map<QString, test::DeployedPanel> deployed;
        if (!deployed.count(database))
            deployed.emplace(database, test::deployForTest(database, panel));
        const std::unique_ptr<PanelStore> server = open(deployed.at(database), member);

        const ScoringInputs serverInputs = server->loadScoringInputs();
        QVERIFY(serverInputs.panel.expertScores.empty());   // no single score reaches them
        QVERIFY(!serverInputs.panel.anonymousSheetTotals.empty());
        for (const AnonymousSheetTotal &t : serverInputs.panel.anonymousSheetTotals)
            QVERIFY2(t.team != conflict, "a total of a team the member is conflicted with");

        Member viewer;
        for (const Member &m : server->members())
            if (m.id == member)
                viewer = m;
        QCOMPARE(viewer.id, member);
        QCOMPARE(viewer.conflicts, conflict.isEmpty() ? QStringList() : QStringList{conflict});
        const ScoringInputs whole{panel, tallyRatings(panel.userRatings)};
        const RoundStatus status = server->loadRoundStatus();
        ShownStandings expected = shownStandings(whole, status, viewer);
        ShownStandings shown = shownStandings(serverInputs, status, viewer);
        // What the findings suggest included: the server hands it to those who may not read
        // the findings (team_verdicts, server.serververdicts).
        QCOMPARE(shown.disclosure.hiddenExpertTeams, expected.disclosure.hiddenExpertTeams);
        const QList<QByteArray> shownLines = standingsJson(shown.standings).split('\n');
        const QList<QByteArray> expectedLines = standingsJson(expected.standings).split('\n');
        for (qsizetype i = 0; i < std::min(shownLines.size(), expectedLines.size()); ++i)
            QCOMPARE(shownLines.at(i), expectedLines.at(i));   // the first line that differs
        QCOMPARE(shownLines.size(), expectedLines.size());
        // and the expert scores are not all zero: the totals were counted
        bool anyExpert = false;
        for (const TeamStanding &row : shown.standings.teams)
            for (const auto &[category, score] : row.categories)
                anyExpert = anyExpert || (category == QLatin1String("expert") && score > 0);
        QVERIFY(anyExpert);
    }

    // The chair sees every submitted sheet (every demo sheet is submitted, the chair holds
    // none and has no conflict), the ratings' tallies and the configuration: exactly what
    // scoring reads from the demo file, so both the raw standings (R3 ignores drafts in
    // the file as well) and what the chair is shown must be the same, byte for byte.
    void theChairsStandingsAreTheFilesStandings()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        createDemoDatabase(file, {});
        const std::unique_ptr<PanelStore> local = PanelLocation::parse(file).open();
        const std::unique_ptr<PanelStore> server = open(m_demo, QStringLiteral("chair"));

        const ScoringInputs fileInputs = local->loadScoringInputs();
        const ScoringInputs serverInputs = server->loadScoringInputs();
        QCOMPARE(serverInputs.ratingTallies, fileInputs.ratingTallies);
        const QByteArray fileStandings = standingsJson(computeStandings(fileInputs.panel, fileInputs.ratingTallies));
        QVERIFY(!fileStandings.isEmpty());
        QCOMPARE(standingsJson(computeStandings(serverInputs.panel, serverInputs.ratingTallies)), fileStandings);
        // The whole panel, ratings read raw, scores the same.
        QCOMPARE(standingsJson(computeStandings(server->loadPanel())), fileStandings);

        const auto chairOf = [](const PanelStore &store) {
            for (const Member &m : store.members())
                if (m.id == QLatin1String("chair"))
                    return m;
            return Member{};
        };
        const ShownStandings fileShown = shownStandings(fileInputs, local->loadRoundStatus(), chairOf(*local));
        const ShownStandings serverShown = shownStandings(serverInputs, server->loadRoundStatus(), chairOf(*server));
        QCOMPARE(int(serverShown.disclosure.level), int(StandingsLevel::Member));
        QCOMPARE(int(serverShown.disclosure.level), int(fileShown.disclosure.level));
        QCOMPARE(serverShown.disclosure.hiddenExpertTeams, fileShown.disclosure.hiddenExpertTeams);
        QCOMPARE(int(serverShown.state), int(fileShown.state));
        QCOMPARE(standingsJson(serverShown.standings), standingsJson(fileShown.standings));
    }

    // e01's draft is theirs alone; submitted, e02 sees it only once their own is submitted.
    void aDraftStaysPrivateUntilBothSubmit()
    {
        const auto e01 = open(m_flow, QStringLiteral("e01"));
        const auto e02 = open(m_flow, QStringLiteral("e02"));
        const Actor a01(QStringLiteral("e01"));
        const Actor a02(QStringLiteral("e02"));
        e01->setExpertScore(m_e01Naver.at(0), a01);
        QCOMPARE(e01->loadSheetScores(QStringLiteral("e01"), kNaver).size(), std::size_t(1));
        QVERIFY(e02->loadSheetScores(QStringLiteral("e01"), kNaver).empty());
        QVERIFY(scoresOf(e02->loadPanel(), QStringLiteral("e01"), kNaver).empty());
        QVERIFY(!e02->loadExpertScore(QStringLiteral("e01"), kNaver, m_e01Naver.at(0).item));

        // Incomplete: refused with the missing items named, as in a file.
        const QString incomplete = test::errorOf([&] { e01->submitSheet(QStringLiteral("e01"), kNaver, a01); });
        QVERIFY2(incomplete.startsWith(QStringLiteral("InputError: ")) && incomplete.contains(m_e01Naver.at(1).item),
                 qPrintable(incomplete));

        for (const ExpertScore &s : m_e01Naver)
            e01->setExpertScore(s, a01);
        e01->setSheetOpinion(QStringLiteral("e01"), kNaver, QStringLiteral("solid"), a01);
        e01->submitSheet(QStringLiteral("e01"), kNaver, a01);
        const std::vector<ExpertScore> submitted = e01->loadSheetScores(QStringLiteral("e01"), kNaver);
        QCOMPARE(submitted.size(), std::size_t(3));
        QVERIFY(submitted.front().submitted);

        QVERIFY(e02->loadSheetScores(QStringLiteral("e01"), kNaver).empty());   // e02 has not submitted
        for (const ExpertScore &s : m_e02Naver)
            e02->setExpertScore(s, a02);
        QVERIFY(e02->loadSheetScores(QStringLiteral("e01"), kNaver).empty());   // a draft is not enough
        e02->submitSheet(QStringLiteral("e02"), kNaver, a02);
        const std::vector<ExpertScore> seen = e02->loadSheetScores(QStringLiteral("e01"), kNaver);
        QCOMPARE(seen.size(), std::size_t(3));
        for (std::size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].item, m_e01Naver[i].item);
            QCOMPARE(seen[i].score, m_e01Naver[i].score);
            QVERIFY(seen[i].submitted);
        }
        QCOMPARE(scoresOf(e02->loadPanel(), QStringLiteral("e01"), kNaver).size(), std::size_t(3));
        bool opinionSeen = false;
        for (const SheetRecord &sheet : e02->loadSheets())
            if (sheet.reviewer == QLatin1String("e01") && sheet.team == kNaver)
                opinionSeen = sheet.submitted && sheet.opinion == QLatin1String("solid");
        QVERIFY(opinionSeen);
        // A submitted sheet's scores no longer change.
        QVERIFY(test::errorOf([&] { e01->setExpertScore(m_e01Naver.at(0), a01); })
                    .startsWith(QStringLiteral("InputError: ")));
    }

    // Two copies of e01's sheet: the one watching is refused once the other wrote.
    void aStaleEditIsRefused()
    {
        const auto first = open(m_flow, QStringLiteral("e01"));
        const auto second = open(m_flow, QStringLiteral("e01"));
        const Actor e01(QStringLiteral("e01"));
        ExpertScore score = m_e01Nc.at(0);
        first->setExpertScore(score, e01);
        first->watchSheet(QStringLiteral("e01"), kNc);
        score.score = 1;
        second->setExpertScore(score, e01);
        ExpertScore mine = score;
        mine.score = 2;
        try {
            first->setExpertScore(mine, e01);
            QFAIL("a write from a stale copy went through");
        } catch (const StaleEdit &e) {
            QVERIFY2(e.message().contains(QStringLiteral("you (e01)")), qPrintable(e.message()));
        }
        QCOMPARE(first->loadExpertScore(QStringLiteral("e01"), kNc, score.item)->score, 1.0);   // nothing saved
        // Watching again takes the sheet as it is now; its own writes move its copy on.
        first->watchSheet(QStringLiteral("e01"), kNc);
        first->setExpertScore(mine, e01);
        mine.score = 3;
        first->setExpertScore(mine, e01);
        QCOMPARE(second->loadExpertScore(QStringLiteral("e01"), kNc, score.item)->score, 3.0);
    }

    // The lock: a later save is refused and changes nothing (scores, sheet version, log).
    void aSaveAfterTheLockIsRefused()
    {
        const auto chair = open(m_flow, QStringLiteral("chair"));
        const auto e01 = open(m_flow, QStringLiteral("e01"));
        QVERIFY(test::errorOf([&] { e01->lockRound(Actor(QStringLiteral("e01"))); })
                    .startsWith(QStringLiteral("InputError: ")));   // the chair's step
        chair->lockRound(Actor(QStringLiteral("chair")));
        QCOMPARE(int(chair->loadRoundState()), int(RoundState::Locked));
        QCOMPARE(int(e01->loadRoundState()), int(RoundState::Locked));

        QSqlDatabase admin = test::panelAdmin(kFlow);
        const QString state = QStringLiteral(
            "SELECT (SELECT string_agg(item_id || '=' || score, ',' ORDER BY item_id) FROM expert_scores "
            "WHERE reviewer_id = 'e01' AND team_id = 'nc') || '|' || "
            "(SELECT version FROM sheets WHERE reviewer_id = 'e01' AND team_id = 'nc') || '|' || "
            "(SELECT count(*) FROM audit_log)");
        const QString before = test::scalarOf(admin, state).toString();
        ExpertScore score = m_e01Nc.at(1);
        const QString refused = test::errorOf([&] { e01->setExpertScore(score, Actor(QStringLiteral("e01"))); });
        QVERIFY2(refused.startsWith(QStringLiteral("InputError: ")) && refused.contains(QStringLiteral("locked")),
                 qPrintable(refused));
        QVERIFY(test::errorOf([&] { e01->setSheetOpinion(QStringLiteral("e01"), kNc, QStringLiteral("x"),
                                                   Actor(QStringLiteral("e01"))); })
                    .startsWith(QStringLiteral("InputError: ")));
        QCOMPARE(test::scalarOf(admin, state).toString(), before);
    }

    // What the chair reads back verifies with the app's own verifier (entries unsigned: the
    // server signs nothing yet). Draft edits write no entry on a server: the sheet counts
    // them, and the submit's entry records the count (ServerDraftSaves.cpp).
    void theAuditLogVerifies()
    {
        const auto chair = open(m_flow, QStringLiteral("chair"));
        const std::vector<AuditEntry> log = chair->auditLog();
        QStringList actions;
        for (const AuditEntry &e : log) {
            actions << e.action;
            if (e.action == QLatin1String("submit-sheet") && e.entity.endsWith(QStringLiteral("/e01/naver")))
                QVERIFY2(e.newValue.contains(QStringLiteral("\"revisions\" : 4")), qPrintable(e.newValue));
        }
        QVERIFY(!actions.contains(QStringLiteral("expert-score")));
        QVERIFY(!actions.contains(QStringLiteral("sheet-opinion")));
        QCOMPARE(actions.count(QStringLiteral("submit-sheet")), 2);
        QSqlDatabase admin = test::panelAdmin(kFlow);
        QCOMPARE(test::scalarOf(admin, QStringLiteral(
                     "SELECT revisions || '|' || saved_by FROM sheets WHERE reviewer_id = 'e01' AND team_id = 'naver'")).toString(),
                 QStringLiteral("4|e01"));
        QCOMPARE(actions.last(), QStringLiteral("lock-round"));
        const chain::ChainReport report = chain::verifyChain(log);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.entries, qint64(log.size()));
        QCOMPARE(report.signedEntries, qint64(0));
        // An expert reads their own entries only.
        for (const AuditEntry &e : open(m_flow, QStringLiteral("e02"))->auditLog())
            QCOMPARE(e.actor, QStringLiteral("e02"));
    }

    void whatIsNotBuiltYetSaysSo()
    {
        const auto chair = open(m_demo, QStringLiteral("chair"));
        const Actor actor(QStringLiteral("chair"));
        // replace-panel is built, before scoring starts (server.serverreplace)
        QVERIFY(test::errorOf([&] { chair->replacePanel(buildDemoPanel(), actor); })
                    .startsWith(QStringLiteral("InputError: scoring has started")));
        // Signing a sheet needs the reviewer's key (a sign-in): without one it is refused.
        QCOMPARE(test::errorOf([&] { chair->signSheet(QStringLiteral("chair"), kNaver, actor); }),
                 QStringLiteral("InputError: only chair, signed in with their key, can sign their sheet for team naver"));
        QCOMPARE(test::errorOf([&] { chair->copyTo(m_dir.filePath(QStringLiteral("copy"))); }),
                 QStringLiteral("Error: a panel on a server is backed up by its administrator (docs/server.md)"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("copy"))));
        // A change in another member's name: the server records who logged in.
        QVERIFY(test::errorOf([&] { chair->setSheetOpinion(QStringLiteral("e01"), kNaver, QStringLiteral("x"),
                                                     Actor(QStringLiteral("e01"))); })
                    .startsWith(QStringLiteral("InputError: ")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
