// The reference scenario (first-evaluation.md) on a server, end to end through the use cases,
// against the same steps on a .paneldesk file: experts enter the independence findings, the
// chair records the verdicts (naver fails and is disqualified), locks, reopens, locks again,
// decides, announces, records an appeal and rules on it, records a late appeal, makes the
// decision final. The decision (standings bytes, inputs, fingerprint, outcomes), the
// appeals, the findings and the audit entries equal the file's; the chain verifies
// (pd::chain::verifyChain and audit_verify()). Every chair step is refused by the server to
// an expert and the secretariat calling its SQL directly (42501) and in the wrong state
// (55000), and a refused step changes nothing (the administrator's view of every decision
// table, the round and the audit log is the same). A decide that fails after its tie
// resolutions were added leaves nothing behind.
#include "ServerPanelSupport.h"

#include "access/StandingsAccess.h"
#include "actions/PanelDatabase.h"
#include "decision/ComposeDecision.h"
#include "decision/RoundSteps.h"
#include "decision/VerifiedSteps.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "server/ServerSchema.h"
#include "services/FindingsService.h"
#include "storage/PanelLocation.h"
#include "trust/AuditChain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("decision_flow");
const QString kChair = QStringLiteral("chair");
const QDate kDecided(2026, 1, 15);
const QStringList kExperts{QStringLiteral("e01"), QStringLiteral("e02"), QStringLiteral("e03")};

QString address(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

// The demo panel before its independence findings were entered (they are, below).
Panel withoutFindings(Panel panel)
{
    panel.independence.clear();
    return panel;
}

QMap<QString, QString> reasons()
{
    return {{QStringLiteral("naver"), QStringLiteral("fails the independence criterion (R5)")},
            {QStringLiteral("nc"), QStringLiteral("lowest total")}};
}

// What the administrator sees of everything a chair step writes.
QStringList decisionRecords(const QSqlDatabase &admin)
{
    QStringList rows;
    for (const char *sql : {
             "SELECT id, lifecycle FROM rounds ORDER BY id",
             "SELECT round_id, version, decided_on, fingerprint, md5(inputs), md5(standings) FROM decisions ORDER BY 1, 2",
             "SELECT round_id, version, team_id, seq, outcome, reason FROM decision_outcomes ORDER BY 1, 2, 4",
             "SELECT round_id, version, event, on_date, appeal_closes, reason FROM decision_events ORDER BY 1, 2, 3",
             "SELECT round_id, id, team_id, filed_on, late FROM appeals ORDER BY 1, 2",
             "SELECT round_id, appeal_id, member_id, seq FROM appeal_committee ORDER BY 1, 2, 4",
             "SELECT round_id, appeal_id, ruling, ruled_on FROM appeal_rulings ORDER BY 1, 2",
             "SELECT round_id, seq, rationale FROM tie_resolutions ORDER BY 1, 2",
             "SELECT count(*) FROM tie_resolution_teams",
             "SELECT count(*), max(id) FROM audit_log"})
        rows << QString::fromLatin1(sql) << test::rowsOf(admin, QString::fromLatin1(sql));
    return rows;
}

// A lifecycle entry as compared between the file and the server: the action, the entity, the
// old and new values without the system's date and time (each store's own clock), the reason.
QString comparable(const AuditEntry &e)
{
    const auto values = [](const QString &text) {
        QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        object.remove(QStringLiteral("system_date"));
        object.remove(QStringLiteral("system_time"));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    return QStringList{e.actor, e.action, e.entity, values(e.oldValue), values(e.newValue), e.reason}
        .join(QLatin1Char('|'));
}

const QStringList kLifecycleActions{
    QStringLiteral("record-verdict"), QStringLiteral("lock-round"), QStringLiteral("reopen-round"),
    QStringLiteral("decide-round"), QStringLiteral("announce-decision"), QStringLiteral("file-appeal"),
    QStringLiteral("rule-appeal"), QStringLiteral("finalize-decision")};

QStringList lifecycleEntries(const std::vector<AuditEntry> &log)
{
    QStringList entries;
    for (const AuditEntry &e : log)
        if (kLifecycleActions.contains(e.action))
            entries << comparable(e);
    return entries;
}

QStringList findingActions(const std::vector<AuditEntry> &log)
{
    QStringList actions;
    for (const AuditEntry &e : log)
        if (e.action.contains(QLatin1String("component")))
            actions << e.actor + QLatin1Char(' ') + e.action;
    return actions;
}

} // namespace

class TestServerDecision : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<PanelStore> member(const QString &id)
    {
        return PanelLocation::parse(address(m_panel.database)).open(ServerLogin{id, m_panel.logins.at(id).password});
    }

    // Every chair step's SQL as `memberId` (an expert, the secretariat): refused by the
    // server with 42501, and nothing changes.
    void refusedToNonChairs(const char *when)
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList before = decisionRecords(admin);
        const QStringList steps{
            QStringLiteral("SELECT reopen_round('R1', 'because', '2026-01-15')"),
            QStringLiteral("SELECT add_tie_resolutions('R1', '[]')"),
            QStringLiteral("SELECT record_decision('R1', '2026-01-15', repeat('a', 64), '\\x00'::bytea, "
                           "'\\x00'::bytea, 0, '[]')"),
            QStringLiteral("SELECT announce_decision('R1', '2026-01-15', '2026-01-15')"),
            QStringLiteral("SELECT file_appeal('R1', 'naver', '2026-01-16', 'grounds', '[]', '2026-01-16')"),
            QStringLiteral("SELECT rule_appeal('R1', 1, 'upheld', 'because', '2026-01-17', 'x', 'y')"),
            QStringLiteral("SELECT finalize_decision('R1', '2026-02-01')"),
            QStringLiteral("SELECT lock_round('R1')"),
            QStringLiteral("UPDATE rounds SET lifecycle = 'final'"),
            QStringLiteral("INSERT INTO tie_resolutions (round_id, seq, rationale) VALUES ('R1', 9, 'x')"),
            QStringLiteral("INSERT INTO decision_events (round_id, version, event, on_date, by_member, "
                           "recorded_at, fingerprint) VALUES ('R1', 1, 'final', '2026-02-01', 'e01', 'x', 'y')"),
            QStringLiteral("DELETE FROM appeals"),
        };
        for (const QString &memberId : {QStringLiteral("e01"), QStringLiteral("secretariat")}) {
            QSqlDatabase db = test::memberDb(m_panel, memberId);
            for (const QString &step : steps)
                QVERIFY2(test::outcomeOf(db, step) == QLatin1String("42501"),
                         qPrintable(QStringLiteral("%1, %2: %3 -> %4").arg(QLatin1String(when), memberId, step,
                                                                             test::outcomeOf(db, step))));
        }
        // Through the store too, without the use case's check in front.
        const auto e01 = member(QStringLiteral("e01"));
        const Actor a(QStringLiteral("e01"));
        for (const auto &step : std::vector<std::function<void()>>{
                 [&] { e01->reopenRound(QStringLiteral("because"), kDecided, a); },
                 [&] { e01->decideRound(kDecided, {}, [](const Panel &, const RatingRows &) { return ComposedDecision{}; }, a); },
                 [&] { e01->announceDecision(kDecided, kDecided, a); },
                 [&] { e01->fileAppeal(QStringLiteral("naver"), kDecided, QStringLiteral("g"), {}, kDecided, a); },
                 [&] { e01->ruleAppeal(1, Ruling::Upheld, QStringLiteral("r"), kDecided, a); },
                 [&] { e01->finalizeDecision(QDate(2026, 2, 1), a); }}) {
            const QString error = test::errorOf(step);
            // The server's refusal (EXECUTE is the chair group's), not a client-side check.
            QVERIFY2(error.startsWith(QStringLiteral("InputError: ")) && error.contains(QStringLiteral("permission denied")),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(when), error)));
        }
        QCOMPARE(decisionRecords(admin), before);
    }

    // A chair step's SQL in a state it does not start from: 55000, nothing changed.
    void refusedInThisState(const QString &sql)
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList before = decisionRecords(admin);
        QSqlDatabase chair = test::memberDb(m_panel, kChair);
        QCOMPARE(test::outcomeOf(chair, sql), QStringLiteral("55000"));
        QCOMPARE(decisionRecords(admin), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_panel = test::deployForTest(kDb, withoutFindings(buildDemoPanel()));
        m_file = m_dir.filePath(QStringLiteral("demo.paneldesk"));
        createDatabase(withoutFindings(buildDemoPanel()), m_file, {});
    }

    // EXECUTE on every decision step is the chair group's alone (not PUBLIC, not the other
    // groups, not a member login directly), and each is SECURITY DEFINER with its path pinned.
    void onlyTheChairGroupMayCallTheSteps()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const server::PanelRoles roles{m_panel.database};
        const QStringList functions = server::schema::decisionFunctions();
        QCOMPARE(functions.size(), qsizetype(7));
        for (const QString &function : functions) {
            for (const Role role : {Role::Chair, Role::Expert, Role::Secretariat, Role::Observer})
                QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT has_function_privilege(%1, %2, 'EXECUTE')")
                                                   .arg(server::quoteLiteral(roles.group(role)),
                                                        server::quoteLiteral(function))).toBool(),
                         role == Role::Chair);
            QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT has_function_privilege('public', %1, 'EXECUTE')")
                                               .arg(server::quoteLiteral(function))).toBool(), false);
            QCOMPARE(test::scalarOf(admin, QStringLiteral(
                         "SELECT prosecdef AND array_to_string(proconfig, ',') LIKE '%search_path=%' "
                         "FROM pg_proc WHERE oid = %1::regprocedure").arg(server::quoteLiteral(function))).toBool(),
                     true);
        }
    }

    // Experts enter the findings, the chair the verdicts: the same on both.
    void findingsAndVerdicts()
    {
        const Panel demo = buildDemoPanel();
        std::unique_ptr<PanelStore> file = PanelLocation::parse(m_file).open();
        std::map<QString, std::unique_ptr<PanelStore>> server;
        for (const QString &id : kExperts + QStringList{kChair})
            server[id] = member(id);
        const auto run = [&](const std::function<void(PanelStore &, const QString &)> &step, const QString &who) {
            step(*file, who);
            step(*server.at(who), who);
        };
        int turn = 0;
        for (const Independence &entry : demo.independence) {
            for (const ComponentFinding &c : entry.components) {
                const QString expert = kExperts.at(turn++ % kExperts.size());
                run([&](PanelStore &store, const QString &who) {
                    const qint64 id = FindingsService(store).addComponent(entry.team, c, Actor(who));
                    // A note, a change and its undoing, as reviewers work.
                    FindingsService(store).setComponentNote(id, QStringLiteral("checked the report"), Actor(who));
                    ComponentFinding changed = c;
                    changed.evidence += QStringLiteral(" (to check)");
                    FindingsService(store).updateComponent(id, changed, Actor(who));
                    FindingsService(store).updateComponent(id, c, Actor(who));
                }, expert);
            }
            run([&](PanelStore &store, const QString &who) {
                const qint64 id = FindingsService(store).addComponent(
                    entry.team, ComponentFinding{QStringLiteral("draft entry"), Origin::InHouse, {}, License::Own,
                                                 Weights::Initialized, ExternalControl::None, {}, {}},
                    Actor(who));
                FindingsService(store).removeComponent(id, Actor(who));
            }, QStringLiteral("e02"));
            run([&](PanelStore &store, const QString &who) {
                FindingsService(store).recordVerdict(entry.team, entry.verdict, entry.rationale, Actor(who));
            }, kChair);
        }
        for (const Independence &entry : demo.independence) {
            const TeamFindings a = file->loadFindings(entry.team);
            const TeamFindings b = server.at(kChair)->loadFindings(entry.team);
            QCOMPARE(b.findings(), a.findings());
            QCOMPARE(b.findings(), entry.components);
            QCOMPARE(int(b.verdict), int(entry.verdict));
            QCOMPARE(b.rationale, a.rationale);
            QCOMPARE(b.notes.size(), a.notes.size());
        }
        QCOMPARE(findingActions(server.at(kChair)->auditLog()), findingActions(file->auditLog()));
        QVERIFY(!findingActions(file->auditLog()).isEmpty());
        // The panel the decision will read is the same.
        const ScoringInputs a = file->loadScoringInputs();
        const ScoringInputs b = server.at(kChair)->loadScoringInputs();
        QCOMPARE(standingsJson(computeStandings(b.panel, b.ratingTallies)),
                 standingsJson(computeStandings(a.panel, a.ratingTallies)));
    }

    void theScenario()
    {
        std::unique_ptr<PanelStore> file = PanelLocation::parse(m_file).open();
        const auto chair = member(kChair);
        const Actor c(kChair);
        const auto both = [&](const std::function<void(PanelStore &)> &step) {
            step(*file);
            step(*chair);
        };
        refusedToNonChairs("open");
        // Decide before the lock: refused by the use case and by the server.
        QVERIFY(test::errorOf([&] { decideVerified(*chair, kDecided, reasons(), {}, c); }).startsWith(QStringLiteral("InputError: ")));
        refusedInThisState(QStringLiteral("SELECT add_tie_resolutions('R1', '[]')"));
        refusedInThisState(QStringLiteral("SELECT record_decision('R1', '2026-01-15', repeat('a', 64), '\\x00'::bytea, "
                                          "'\\x00'::bytea, 0, '[]')"));
        refusedInThisState(QStringLiteral("SELECT reopen_round('R1', 'because', '2026-01-15')"));

        both([&](PanelStore &s) { lockVerified(s, c); });
        both([&](PanelStore &s) { reopenRoundStep(s, QStringLiteral("a late correction"), kDecided, c); });
        both([&](PanelStore &s) { lockVerified(s, c); });
        refusedToNonChairs("locked");

        // A decide that fails after its tie resolution was added keeps nothing.
        {
            QSqlDatabase admin = test::panelAdmin(m_panel.database);
            const QStringList before = decisionRecords(admin);
            const QString error = test::errorOf([&] {
                chair->decideRound(kDecided, {TieResolution{{QStringLiteral("lg"), QStringLiteral("skt")}, QStringLiteral("a tie")}},
                                   [](const Panel &round, const RatingRows &) -> ComposedDecision {
                                       if (round.round.tieResolutions.size() != 1)
                                           throw StoreError(QStringLiteral("the tie was not read"));
                                       throw InputError(QStringLiteral("composition failed"));
                                   },
                                   c);
            });
            QCOMPARE(error, QStringLiteral("InputError: composition failed"));
            QCOMPARE(decisionRecords(admin), before);
        }

        both([&](PanelStore &s) { QCOMPARE(decideVerified(s, kDecided, reasons(), {}, c), 1); });
        refusedToNonChairs("decided");
        refusedInThisState(QStringLiteral("SELECT record_decision('R1', '2026-01-15', repeat('a', 64), '\\x00'::bytea, "
                                          "'\\x00'::bytea, 0, '[]')"));
        refusedInThisState(QStringLiteral("SELECT file_appeal('R1', 'naver', '2026-01-16', 'grounds', '[]', '2026-01-16')"));
        refusedInThisState(QStringLiteral("SELECT finalize_decision('R1', '2026-02-01')"));

        both([&](PanelStore &s) { announceVerified(s, kDecided, kDecided, c); });
        refusedToNonChairs("announced");
        // Final before the window closed (2026-01-25): refused by both.
        QVERIFY(test::errorOf([&] { finalizeVerified(*chair, QDate(2026, 1, 20), c); }).startsWith(QStringLiteral("InputError: ")));
        refusedInThisState(QStringLiteral("SELECT finalize_decision('R1', '2026-01-25')"));
        refusedInThisState(QStringLiteral("SELECT reopen_round('R1', 'because', '2026-01-20')"));

        both([&](PanelStore &s) {
            const qint64 id = fileAppealStep(s, QStringLiteral("naver"), QDate(2026, 1, 20),
                                             QStringLiteral("the encoder was only an adapter"), {}, QDate(2026, 1, 20), c);
            QCOMPARE(id, qint64(1));
            // An appeal awaits a ruling: no final yet.
            QVERIFY(test::errorOf([&] { finalizeVerified(s, QDate(2026, 1, 26), c); }).startsWith(QStringLiteral("InputError: ")));
        });
        refusedInThisState(QStringLiteral("SELECT finalize_decision('R1', '2026-01-26')"));
        both([&](PanelStore &s) {
            ruleAppealStep(s, 1, Ruling::Rejected, QStringLiteral("the weights were taken over"), QDate(2026, 1, 22), c);
        });
        // After the window: recorded as late, and refused by rule when ruled on.
        both([&](PanelStore &s) {
            QCOMPARE(fileAppealStep(s, QStringLiteral("nc"), QDate(2026, 1, 27), QStringLiteral("recount"), {},
                                    QDate(2026, 1, 27), c),
                     qint64(2));
            QVERIFY(test::errorOf([&] { ruleAppealStep(s, 2, Ruling::Upheld, QStringLiteral("x"), QDate(2026, 1, 27), c); })
                        .startsWith(QStringLiteral("InputError: ")));
        });
        refusedInThisState(QStringLiteral("SELECT rule_appeal('R1', 2, 'upheld', 'because', '2026-01-27', 'x', 'y')"));
        refusedInThisState(QStringLiteral("SELECT rule_appeal('R1', 1, 'upheld', 'again', '2026-01-27', 'x', 'y')"));
        both([&](PanelStore &s) { finalizeVerified(s, QDate(2026, 1, 27), c); });
        refusedToNonChairs("final");
        refusedInThisState(QStringLiteral("SELECT finalize_decision('R1', '2026-02-01')"));
        refusedInThisState(QStringLiteral("SELECT announce_decision('R1', '2026-01-15', '2026-02-01')"));
        // Within the window, once final: refused (only a late appeal may still be recorded).
        refusedInThisState(QStringLiteral("SELECT file_appeal('R1', 'naver', '2026-01-21', 'grounds', '[]', '2026-02-01')"));

        // The decision and its records are the file's, byte for byte where they are bytes.
        const RoundStatus a = file->loadRoundStatus();
        const RoundStatus b = chair->loadRoundStatus();
        QCOMPARE(int(b.state), int(RoundState::Final));
        QCOMPARE(int(b.state), int(a.state));
        QCOMPARE(b.versions.size(), std::size_t(1));
        QCOMPARE(b.versions.size(), a.versions.size());
        const DecisionVersion &va = a.versions.front();
        const DecisionVersion &vb = b.versions.front();
        QVERIFY(!va.standings.isEmpty());
        QCOMPARE(vb.standings, va.standings);
        QCOMPARE(vb.inputs, va.inputs);
        QCOMPARE(vb.fingerprint, va.fingerprint);
        QVERIFY(vb.ratingRows == va.ratingRows);
        QCOMPARE(vb.decidedOn, va.decidedOn);
        QVERIFY(vb.announcedOn && vb.announcedOn == va.announcedOn);
        QVERIFY(vb.appealCloses == va.appealCloses);
        QVERIFY(vb.finalOn && vb.finalOn == va.finalOn);
        QCOMPARE(vb.outcomes.size(), va.outcomes.size());
        for (std::size_t i = 0; i < va.outcomes.size(); ++i) {
            QCOMPARE(vb.outcomes[i].team, va.outcomes[i].team);
            QCOMPARE(int(vb.outcomes[i].outcome), int(va.outcomes[i].outcome));
            QCOMPARE(vb.outcomes[i].reason, va.outcomes[i].reason);
        }
        QCOMPARE(int(vb.outcomeOf(QStringLiteral("naver"))->outcome), int(Outcome::Disqualified));
        QCOMPARE(b.appeals.size(), std::size_t(2));
        QCOMPARE(b.appeals.size(), a.appeals.size());
        for (std::size_t i = 0; i < a.appeals.size(); ++i) {
            QCOMPARE(b.appeals[i].team, a.appeals[i].team);
            QCOMPARE(b.appeals[i].late, a.appeals[i].late);
            QCOMPARE(b.appeals[i].committee, a.appeals[i].committee);
            QVERIFY(b.appeals[i].ruling == a.appeals[i].ruling);
            QVERIFY(b.appeals[i].ruledOn == a.appeals[i].ruledOn);
            QCOMPARE(b.appeals[i].filedOn, a.appeals[i].filedOn);
        }
        QVERIFY(b.appeals[1].late);
        const ScoringInputs fa = file->loadScoringInputs();
        const ScoringInputs fb = chair->loadScoringInputs();
        QCOMPARE(standingsJson(computeStandings(fb.panel, fb.ratingTallies)),
                 standingsJson(computeStandings(fa.panel, fa.ratingTallies)));

        // What `standings --json` shows the chair (the final decision's standings): the same.
        const auto chairOf = [](const PanelStore &store) -> std::optional<Member> {
            for (const Member &m : store.members())
                if (m.id == kChair)
                    return m;
            return std::nullopt;
        };
        const ShownStandings shownFile = shownStandings(fa, a, chairOf(*file));
        const ShownStandings shownServer = shownStandings(fb, b, chairOf(*chair));
        QCOMPARE(int(shownServer.state), int(RoundState::Final));
        QCOMPARE(int(shownServer.disclosure.level), int(shownFile.disclosure.level));
        QCOMPARE(shownServer.version, shownFile.version);
        QVERIFY(shownServer.finalOn == shownFile.finalOn);
        QCOMPARE(standingsJson(shownServer.standings), standingsJson(shownFile.standings));

        // The same audit entries (less each store's own clock), and a chain that verifies.
        const std::vector<AuditEntry> log = chair->auditLog();
        QCOMPARE(lifecycleEntries(log), lifecycleEntries(file->auditLog()));
        QCOMPARE(lifecycleEntries(log).size(), qsizetype(5 + 9));   // 5 verdicts, 9 steps
        const chain::ChainReport report = chain::verifyChain(log);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.entries, qint64(log.size()));
        QCOMPARE(test::rowsOf(test::memberDb(m_panel, kChair), QStringLiteral("SELECT * FROM audit_verify()")),
                 QStringList{});
    }

    // An upheld appeal reopens the round; the next decision is version 2; a decided round
    // reopened marks its version reopened: the same on both.
    void anUpheldAppealReopens()
    {
        const test::DeployedPanel panel = test::deployForTest(QStringLiteral("decision_upheld"), buildDemoPanel());
        const QString path = m_dir.filePath(QStringLiteral("upheld.paneldesk"));
        createDatabase(buildDemoPanel(), path, {});
        std::unique_ptr<PanelStore> file = PanelLocation::parse(path).open();
        const auto chair = PanelLocation::parse(address(panel.database))
                               .open(ServerLogin{kChair, panel.logins.at(kChair).password});
        const Actor c(kChair);
        for (PanelStore *s : {file.get(), chair.get()}) {
            lockVerified(*s, c);
            QCOMPARE(decideVerified(*s, kDecided, reasons(), {}, c), 1);
            announceVerified(*s, kDecided, kDecided, c);
            const qint64 id = fileAppealStep(*s, QStringLiteral("nc"), QDate(2026, 1, 16), QStringLiteral("a miscount"),
                                             {QStringLiteral("chair")}, QDate(2026, 1, 16), c);
            ruleAppealStep(*s, id, Ruling::Upheld, QStringLiteral("the count was wrong"), QDate(2026, 1, 18), c);
            QCOMPARE(int(s->loadRoundState()), int(RoundState::Scoring));
            lockVerified(*s, c);
            QCOMPARE(decideVerified(*s, QDate(2026, 1, 19), reasons(), {}, c), 2);
            reopenRoundStep(*s, QStringLiteral("one more look"), QDate(2026, 1, 20), c);
            QCOMPARE(int(s->loadRoundState()), int(RoundState::Scoring));
        }
        const RoundStatus a = file->loadRoundStatus();
        const RoundStatus b = chair->loadRoundStatus();
        QCOMPARE(b.versions.size(), std::size_t(2));
        QCOMPARE(b.versions.size(), a.versions.size());
        for (std::size_t i = 0; i < a.versions.size(); ++i) {
            QCOMPARE(b.versions[i].standings, a.versions[i].standings);
            QCOMPARE(b.versions[i].fingerprint, a.versions[i].fingerprint);
            QVERIFY(b.versions[i].reopenedOn && b.versions[i].reopenedOn == a.versions[i].reopenedOn);
            QCOMPARE(b.versions[i].reopenReason, a.versions[i].reopenReason);
        }
        QCOMPARE(b.versions[0].reopenReason, QStringLiteral("appeal 1 upheld"));
        QCOMPARE(b.appeals.size(), std::size_t(1));
        QVERIFY(b.appeals[0].ruling == Ruling::Upheld);
        QCOMPARE(b.appeals[0].committee, QStringList{QStringLiteral("chair")});
        QCOMPARE(lifecycleEntries(chair->auditLog()), lifecycleEntries(file->auditLog()));
        const chain::ChainReport report = chain::verifyChain(chair->auditLog());
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestServerDecision)
#include "tst_serverdecision.moc"
