// Row-level security on the server (test T11 of the reliability catalogue, docs/visibility.md):
// the demo panel with drafts, conflicts and an observer deployed on the throwaway cluster,
// each member connected with their own login and password.
// - every member's view of sheets and scores is what pd::maySeeScore (models/access) allows;
// - as reviewer A, selecting, updating and deleting reviewer B's rows and inserting rows as B
//   on every table gives 0 rows or SQLSTATE 42501, and the database is unchanged;
// - A's view of every table is identical before and after B saves a draft;
// - submit first, then compare; reopening hides again; chair actions and the round's lock.
#include "ServerPanelSupport.h"

#include "access/Visibility.h"
#include "server/ServerSchema.h"

#include <QRegularExpression>
#include <QTest>

using namespace pd;

namespace {

const QString kA = QStringLiteral("e01");
const QString kB = QStringLiteral("e04");

// The column naming whose a row is, for the tables that have one.
QString ownerColumn(const QString &table)
{
    static const std::map<QString, QString> owners{
        {QStringLiteral("sheets"), QStringLiteral("reviewer_id")},
        {QStringLiteral("expert_scores"), QStringLiteral("reviewer_id")},
        {QStringLiteral("sealed_drafts"), QStringLiteral("reviewer_id")},
        {QStringLiteral("member_conflicts"), QStringLiteral("member_id")},
        {QStringLiteral("component_notes"), QStringLiteral("member_id")},
        {QStringLiteral("member_logins"), QStringLiteral("member_id")},
        {QStringLiteral("sign_in_failures"), QStringLiteral("member_id")},
        {QStringLiteral("members"), QStringLiteral("id")},
        {QStringLiteral("audit_log"), QStringLiteral("actor")}};
    const auto it = owners.find(table);
    return it == owners.end() ? QString() : it->second;
}

// A column the attacker has UPDATE privilege on where there is one (so that the policy, not
// only the grant, is what refuses), else the table's first column.
QString columnToUpdate(QSqlDatabase &admin, const QString &table)
{
    static const std::map<QString, QString> updatable{
        {QStringLiteral("sheets"), QStringLiteral("opinion")},
        {QStringLiteral("expert_scores"), QStringLiteral("score")},
        {QStringLiteral("sealed_drafts"), QStringLiteral("sealed")},
        {QStringLiteral("component_notes"), QStringLiteral("note")},
        {QStringLiteral("independence"), QStringLiteral("rationale")}};
    const auto it = updatable.find(table);
    if (it != updatable.end())
        return it->second;
    return test::scalarOf(admin, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                "table_schema = 'public' AND table_name = '%1' AND ordinal_position = 1")
                                     .arg(table)).toString();
}

// Every table as `db` sees it: its rows (or the SQLSTATE of the refusal).
QStringList viewOf(QSqlDatabase &db)
{
    QStringList view;
    for (const QString &table : server::schema::tableNames()) {
        const QString sql = table == QLatin1String("members")
            ? QStringLiteral("SELECT id, seq, name, role, public_key FROM members ORDER BY id")
            : QStringLiteral("SELECT * FROM %1 t ORDER BY t::text").arg(table);
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            view << table + QStringLiteral(": refused ") + query.lastError().nativeErrorCode();
            continue;
        }
        int rows = 0;
        QStringList lines;
        while (query.next()) {
            ++rows;
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << query.value(i).toString();
            lines << cells.join(QLatin1Char('|'));
        }
        view << QStringLiteral("%1: %2 rows").arg(table).arg(rows) << lines;
    }
    return view;
}

QStringList sheetsOf(QSqlDatabase &db)
{
    return test::rowsOf(db, QStringLiteral("SELECT reviewer_id, team_id, state FROM sheets ORDER BY 1, 2"));
}

QStringList scoresOf(QSqlDatabase &db)
{
    return test::rowsOf(db, QStringLiteral(
        "SELECT s.reviewer_id, s.team_id, s.item_id, s.score, h.state FROM expert_scores s "
        "JOIN sheets h USING (round_id, reviewer_id, team_id) ORDER BY 1, 2, 3"));
}

} // namespace

class TestServerRls : public QObject {
    Q_OBJECT
private:
    test::DeployedPanel m_panel;
    Panel m_full;   // the panel as deployed, kept in step with the submissions below

    QSqlDatabase admin() { return test::panelAdmin(m_panel.database); }

    // The rows of `all` (reviewer|team|...|state) that `member` may see by models/access.
    QStringList allowed(const QStringList &all, const QString &member) const
    {
        QStringList rows;
        for (const QString &row : all) {
            const QStringList cells = row.split(QLatin1Char('|'));
            if (maySeeScore(m_full, member, cells.at(0), cells.at(1), cells.last() == QLatin1String("submitted")))
                rows << row;
        }
        return rows;
    }

    void setSubmitted(const QString &reviewer, const QString &team, bool submitted)
    {
        for (ExpertScore &s : m_full.expertScores)
            if (s.reviewer == reviewer && s.team == team)
                s.submitted = submitted;
    }

    void compareWithRules(const QString &member)
    {
        QSqlDatabase db = test::memberDb(m_panel, member);
        QSqlDatabase adminDb = admin();
        // expert_scores through sheets: a member who may see a score may see its sheet.
        QCOMPARE(scoresOf(db), allowed(scoresOf(adminDb), member));
        const QStringList sheets = sheetsOf(db);
        QStringList expectedSheets;
        for (const QString &row : allowed(sheetsOf(adminDb), member))
            expectedSheets << row;
        QCOMPARE(sheets, expectedSheets);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_full = test::visibilityPanel();
        m_panel = test::deployForTest(QStringLiteral("rls"), m_full);
    }

    void viewsFollowTheRules_data()
    {
        QTest::addColumn<QString>("member");
        for (const char *member : {"chair", "e01", "e02", "e03", "e04", "e05", "secretariat", "obs"})
            QTest::newRow(member) << QString::fromLatin1(member);
    }

    void viewsFollowTheRules()
    {
        QFETCH(QString, member);
        compareWithRules(member);
    }

    // The rules above are not vacuous: the cases that matter, spelled out.
    void viewsSpelledOut()
    {
        QSqlDatabase e01 = test::memberDb(m_panel, kA);
        const QStringList e01Sheets = sheetsOf(e01);
        QVERIFY(e01Sheets.contains(QStringLiteral("e01|naver|draft")));        // own draft
        QVERIFY(e01Sheets.contains(QStringLiteral("e02|lg|submitted")));       // compared
        QVERIFY(!e01Sheets.contains(QStringLiteral("e02|naver|submitted")));   // not yet: own is a draft
        QVERIFY(!e01Sheets.contains(QStringLiteral("e04|naver|draft")));       // another's draft
        QSqlDatabase e03 = test::memberDb(m_panel, QStringLiteral("e03"));
        QCOMPARE(test::scalarOf(e03, QStringLiteral("SELECT count(*) FROM expert_scores WHERE team_id = 'nc'")).toInt(), 0);
        QCOMPARE(test::scalarOf(e03, QStringLiteral("SELECT count(*) FROM sheets WHERE team_id = 'nc'")).toInt(), 0);
        QSqlDatabase chair = test::memberDb(m_panel, QStringLiteral("chair"));
        const QStringList chairSheets = sheetsOf(chair);
        QVERIFY(chairSheets.contains(QStringLiteral("e02|lg|submitted")));
        QVERIFY(!chairSheets.contains(QStringLiteral("e01|naver|draft")));     // never others' drafts
        QCOMPARE(test::scalarOf(chair, QStringLiteral("SELECT count(*) FROM expert_scores WHERE team_id = 'skt'")).toInt(), 0);
        // The chair and the secretariat see every sheet's state, no values; the observer not.
        QSqlDatabase adminDb = admin();
        const int allSheets = test::scalarOf(adminDb, QStringLiteral("SELECT count(*) FROM sheets")).toInt();
        QCOMPARE(test::scalarOf(chair, QStringLiteral("SELECT count(*) FROM sheet_states()")).toInt(), allSheets);
        QSqlDatabase secretariat = test::memberDb(m_panel, QStringLiteral("secretariat"));
        QCOMPARE(test::scalarOf(secretariat, QStringLiteral("SELECT count(*) FROM sheet_states()")).toInt(), allSheets);
        QCOMPARE(test::scalarOf(secretariat, QStringLiteral("SELECT count(*) FROM sheets")).toInt(), 0);
        QCOMPARE(test::scalarOf(secretariat, QStringLiteral("SELECT count(*) FROM expert_scores")).toInt(), 0);
        QSqlDatabase obs = test::memberDb(m_panel, QStringLiteral("obs"));
        QCOMPARE(test::outcomeOf(obs, QStringLiteral("SELECT * FROM sheet_states()")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(obs, QStringLiteral("SELECT * FROM user_ratings")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e01, QStringLiteral("SELECT * FROM sheet_states()")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e01, QStringLiteral("SELECT passphrase_hash FROM members")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e01, QStringLiteral("SELECT * FROM member_logins")), QStringLiteral("42501"));
        QVERIFY(test::scalarOf(secretariat, QStringLiteral("SELECT count(*) FROM user_ratings")).toInt() > 0);
    }

    // T11: A attacks B's rows on every table; every attempt gives 0 rows or 42501 and the
    // database is unchanged.
    void attacksOnAnotherMembersRows()
    {
        QSqlDatabase adminDb = admin();
        const QStringList before = viewOf(adminDb);
        QSqlDatabase a = test::memberDb(m_panel, kA);
        const QString b = server::quoteLiteral(kB);
        const QStringList refusedOrNothing{QStringLiteral("42501"), QStringLiteral("ok:0")};
        for (const QString &table : server::schema::tableNames()) {
            // Findings are shared by the panel, not anybody's rows: experts change them by design.
            if (table == QLatin1String("component_findings"))
                continue;
            const QString owner = ownerColumn(table);
            const QString where = owner.isEmpty() ? QString() : QStringLiteral(" WHERE %1 = %2").arg(owner, b);
            const QString column = columnToUpdate(adminDb, table);
            const QString update = QStringLiteral("UPDATE %1 SET %2 = %2%3").arg(table, column, where);
            const QString remove = QStringLiteral("DELETE FROM %1%2").arg(table, where);
            QVERIFY2(refusedOrNothing.contains(test::outcomeOf(a, update)), qPrintable(update + QStringLiteral(": ") + test::outcomeOf(a, update)));
            QVERIFY2(refusedOrNothing.contains(test::outcomeOf(a, remove)), qPrintable(remove + QStringLiteral(": ") + test::outcomeOf(a, remove)));
            if (owner.isEmpty() && table != QLatin1String("audit_log")) {
                const QString insert = QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table);
                QCOMPARE(test::outcomeOf(a, insert), QStringLiteral("42501"));
            }
        }
        // B's drafts, sealed drafts and audit entries: not even seen.
        QCOMPARE(test::scalarOf(a, QStringLiteral("SELECT count(*) FROM sheets WHERE reviewer_id = %1 AND state = 'draft'").arg(b)).toInt(), 0);
        QCOMPARE(test::scalarOf(a, QStringLiteral("SELECT count(*) FROM expert_scores WHERE reviewer_id = %1 AND team_id = 'naver'").arg(b)).toInt(), 0);
        QCOMPARE(test::scalarOf(a, QStringLiteral("SELECT count(*) FROM sealed_drafts WHERE reviewer_id = %1").arg(b)).toInt(), 0);
        QCOMPARE(test::scalarOf(a, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor <> %1").arg(server::quoteLiteral(kA))).toInt(), 0);
        // Rows claiming to be B, on every table A may insert into at all: refused with 42501,
        // never with a message about B's rows (a duplicate key, a submitted sheet, a conflict).
        const QString componentSeq = test::scalarOf(adminDb, QStringLiteral("SELECT min(seq) FROM component_findings WHERE team_id = 'lg'")).toString();
        const QStringList claims{
            QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id) VALUES ('R1', %1, 'naver')").arg(b),
            QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id) VALUES ('R1', %1, 'lg')").arg(b),
            // e03's conflict with nc is not A's business either.
            QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id) VALUES ('R1', 'e03', 'nc')"),
            QStringLiteral("INSERT INTO member_conflicts (member_id, team_id) VALUES ('e02', 'lg')"),
            QStringLiteral("INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, score) VALUES ('R1', %1, 'naver', 'strategy', 5)").arg(b),
            QStringLiteral("INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, score) VALUES ('R1', %1, 'lg', 'strategy', 5)").arg(b),
            QStringLiteral("INSERT INTO sealed_drafts (round_id, reviewer_id, team_id, sealed) VALUES ('R1', %1, 'naver', '\\x5044443100'::bytea)").arg(b),
            QStringLiteral("INSERT INTO member_conflicts (member_id, team_id) VALUES (%1, 'upstage')").arg(b),
            QStringLiteral("INSERT INTO component_notes (round_id, component_seq, member_id, note, updated_at) VALUES ('R1', %2, %1, 'mine', '2026-01-01')").arg(b, componentSeq),
            QStringLiteral("INSERT INTO audit_log (actor, action, entity) VALUES (%1, 'submit-sheet', 'sheets/R1/e04/naver')").arg(b),
            QStringLiteral("INSERT INTO members (id, seq, name, role) VALUES ('e99', 99, 'x', 'chair')"),
            QStringLiteral("INSERT INTO member_logins (role_name, member_id) VALUES ('rls.e01', %1)").arg(b),
            QStringLiteral("INSERT INTO sign_in_failures (member_id, failures, last_failure_ms) VALUES (%1, 5, 0)").arg(b),
            QStringLiteral("SELECT reopen_sheet('R1', %1, 'lg', 'because')").arg(b),
            QStringLiteral("SELECT lock_round('R1')"),
            QStringLiteral("SELECT * FROM audit_verify()"),
        };
        for (const QString &claim : claims) {
            const QString outcome = test::outcomeOf(a, claim);
            QVERIFY2(outcome == QLatin1String("42501"),
                     qPrintable(claim + QStringLiteral(": ") + outcome));
        }
        QCOMPARE(viewOf(adminDb), before);
    }

    // A's view of every table, row counts included, is the same before and after B saves a
    // draft (a score and the opinion of B's draft sheet).
    void viewUnchangedWhenAnotherSavesADraft()
    {
        QSqlDatabase a = test::memberDb(m_panel, kA);
        QSqlDatabase b = test::memberDb(m_panel, kB);
        QSqlDatabase adminDb = admin();
        const QStringList before = viewOf(a);
        const QString scoreBefore = test::scalarOf(adminDb, QStringLiteral(
            "SELECT score FROM expert_scores WHERE reviewer_id = 'e04' AND team_id = 'naver' AND item_id = 'strategy'")).toString();
        QCOMPARE(test::outcomeOf(b, QStringLiteral(
                     "UPDATE expert_scores SET score = CASE WHEN score >= 1 THEN score - 0.5 ELSE score + 0.5 END "
                     "WHERE reviewer_id = 'e04' AND team_id = 'naver' AND item_id = 'strategy'")), QStringLiteral("ok:1"));
        QCOMPARE(test::outcomeOf(b, QStringLiteral(
                     "UPDATE sheets SET opinion = 'B thinks so' WHERE reviewer_id = 'e04' AND team_id = 'naver'")), QStringLiteral("ok:1"));
        QVERIFY(test::scalarOf(adminDb, QStringLiteral(
            "SELECT score FROM expert_scores WHERE reviewer_id = 'e04' AND team_id = 'naver' AND item_id = 'strategy'")).toString() != scoreBefore);
        QCOMPARE(viewOf(a), before);
    }

    // Findings and notes: shared by the panel except for a conflicted team; a note's member
    // and time are not the client's to choose.
    void findingsAndNotes()
    {
        QSqlDatabase adminDb = admin();
        QSqlDatabase e01 = test::memberDb(m_panel, kA);
        QSqlDatabase e03 = test::memberDb(m_panel, QStringLiteral("e03"));
        const QString lgComponent = test::scalarOf(adminDb, QStringLiteral("SELECT min(seq) FROM component_findings WHERE team_id = 'lg'")).toString();
        const QString ncComponent = test::scalarOf(adminDb, QStringLiteral("SELECT min(seq) FROM component_findings WHERE team_id = 'nc'")).toString();
        for (const QString &component : {lgComponent, ncComponent})
            QCOMPARE(test::outcomeOf(e01, QStringLiteral("INSERT INTO component_notes (round_id, component_seq, member_id, note) "
                                                         "VALUES ('R1', %1, 'e01', 'seen the weights')").arg(component)), QStringLiteral("ok:1"));
        QVERIFY(test::scalarOf(adminDb, QStringLiteral("SELECT updated_at FROM component_notes WHERE member_id = 'e01' LIMIT 1"))
                    .toString().contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))));
        QCOMPARE(test::outcomeOf(e01, QStringLiteral("INSERT INTO component_notes (round_id, component_seq, member_id, note, updated_at) "
                                                     "VALUES ('R1', %1, 'e01', 'x', '2000-01-01')").arg(lgComponent)), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e01, QStringLiteral("UPDATE component_notes SET note = 'changed' WHERE member_id = 'e01'")), QStringLiteral("ok:2"));
        // e03 declared a conflict with nc: none of its findings or notes, and no writing them.
        QVERIFY(test::scalarOf(e03, QStringLiteral("SELECT count(*) FROM component_findings WHERE team_id = 'lg'")).toInt() > 0);
        QCOMPARE(test::scalarOf(e03, QStringLiteral("SELECT count(*) FROM component_findings WHERE team_id = 'nc'")).toInt(), 0);
        QCOMPARE(test::scalarOf(e03, QStringLiteral("SELECT count(*) FROM component_notes WHERE component_seq = %1").arg(ncComponent)).toInt(), 0);
        QCOMPARE(test::scalarOf(e03, QStringLiteral("SELECT count(*) FROM component_notes WHERE component_seq = %1").arg(lgComponent)).toInt(), 1);
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("INSERT INTO component_findings (round_id, team_id, component, origin, source, "
                                                     "license, weights, external_control, evidence) VALUES ('R1', 'nc', 'x', 'in_house', "
                                                     "'', 'own', 'initialized', 'none', '')")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(e03, QStringLiteral("UPDATE component_findings SET evidence = 'x' WHERE team_id = 'nc'")), QStringLiteral("ok:0"));
        QSqlDatabase obs = test::memberDb(m_panel, QStringLiteral("obs"));
        QCOMPARE(test::outcomeOf(obs, QStringLiteral("SELECT * FROM component_findings")), QStringLiteral("42501"));
        QSqlDatabase secretariat = test::memberDb(m_panel, QStringLiteral("secretariat"));
        QCOMPARE(test::outcomeOf(secretariat, QStringLiteral("UPDATE component_findings SET evidence = 'x'")), QStringLiteral("42501"));
        // Only the chair records a verdict, never for a team the chair is conflicted with (skt).
        QSqlDatabase chair = test::memberDb(m_panel, QStringLiteral("chair"));
        QCOMPARE(test::outcomeOf(e01, QStringLiteral("UPDATE independence SET verdict = 'pass', rationale = 'ok' WHERE team_id = 'lg'")), QStringLiteral("42501"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("UPDATE independence SET verdict = 'pass', rationale = 'ok' WHERE team_id = 'skt'")), QStringLiteral("ok:0"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("UPDATE independence SET verdict = 'pass', rationale = 'own weights' WHERE team_id = 'lg'")), QStringLiteral("ok:1"));
    }

    // A sheet's row version moves on with every change of the sheet or of one of its scores,
    // so a save from a stale copy (WHERE version = the one read) changes nothing.
    void rowVersionMovesOnEveryChange()
    {
        QSqlDatabase b = test::memberDb(m_panel, kB);
        const QString version = QStringLiteral("SELECT version FROM sheets WHERE reviewer_id = 'e04' AND team_id = 'naver'");
        const qint64 v0 = test::scalarOf(b, version).toLongLong();
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE expert_scores SET comment = 'v1' WHERE reviewer_id = 'e04' "
                                                   "AND team_id = 'naver' AND item_id = 'technology'")), QStringLiteral("ok:1"));
        const qint64 v1 = test::scalarOf(b, version).toLongLong();
        QVERIFY(v1 > v0);
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE sheets SET opinion = 'v2' WHERE reviewer_id = 'e04' AND team_id = 'naver'")), QStringLiteral("ok:1"));
        const qint64 v2 = test::scalarOf(b, version).toLongLong();
        QVERIFY(v2 > v1);
        QCOMPARE(test::outcomeOf(b, QStringLiteral("DELETE FROM expert_scores WHERE reviewer_id = 'e04' AND team_id = 'naver' AND item_id = 'technology'")), QStringLiteral("ok:1"));
        const qint64 v3 = test::scalarOf(b, version).toLongLong();
        QVERIFY(v3 > v2);
        QCOMPARE(test::outcomeOf(b, QStringLiteral("INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, score) "
                                                   "VALUES ('R1', 'e04', 'naver', 'technology', 7.5)")), QStringLiteral("ok:1"));
        const qint64 v4 = test::scalarOf(b, version).toLongLong();
        QVERIFY(v4 > v3);
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE sheets SET opinion = 'stale' WHERE reviewer_id = 'e04' "
                                                   "AND team_id = 'naver' AND version = %1").arg(v1)), QStringLiteral("ok:0"));
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE sheets SET opinion = 'fresh' WHERE reviewer_id = 'e04' "
                                                   "AND team_id = 'naver' AND version = %1").arg(v4)), QStringLiteral("ok:1"));
        // Clients do not set it.
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE sheets SET version = 1 WHERE reviewer_id = 'e04'")), QStringLiteral("42501"));
    }

    // An expert sees others' submitted scores of a team only once their own sheet for it is
    // submitted; reopening hides them again.
    void submitThenCompare()
    {
        QSqlDatabase a = test::memberDb(m_panel, kA);
        const QString othersOnNaver = QStringLiteral("SELECT count(*) FROM expert_scores WHERE team_id = 'naver' AND reviewer_id <> 'e01'");
        QCOMPARE(test::scalarOf(a, othersOnNaver).toInt(), 0);
        QVERIFY(test::scalarOf(a, QStringLiteral("SELECT submit_sheet('R1', 'naver')")).toLongLong() > 0);
        setSubmitted(kA, QStringLiteral("naver"), true);
        compareWithRules(kA);
        QVERIFY(test::scalarOf(a, othersOnNaver).toInt() > 0);
        QCOMPARE(test::scalarOf(a, QStringLiteral("SELECT count(*) FROM expert_scores WHERE team_id = 'naver' AND reviewer_id = 'e04'")).toInt(), 0);
        // Submitted: its scores can no longer change, not even by its reviewer.
        QCOMPARE(test::outcomeOf(a, QStringLiteral("UPDATE expert_scores SET score = score WHERE reviewer_id = 'e01' AND team_id = 'naver'")), QStringLiteral("ok:0"));
        QCOMPARE(test::outcomeOf(a, QStringLiteral("SELECT submit_sheet('R1', 'naver')")), QStringLiteral("55000"));

        QSqlDatabase chair = test::memberDb(m_panel, QStringLiteral("chair"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("SELECT reopen_sheet('R1', 'e01', 'naver', ' ')")), QStringLiteral("23514"));
        QVERIFY(test::scalarOf(chair, QStringLiteral("SELECT reopen_sheet('R1', 'e01', 'naver', 'a score was mistyped')")).toLongLong() > 0);
        setSubmitted(kA, QStringLiteral("naver"), false);
        compareWithRules(kA);
        QCOMPARE(test::scalarOf(a, othersOnNaver).toInt(), 0);
        // The reason is in the audit log, with the chair as its actor.
        QCOMPARE(test::rowsOf(admin(), QStringLiteral("SELECT actor, action, reason FROM audit_log WHERE action = 'reopen-sheet'")),
                 QStringList{QStringLiteral("chair|reopen-sheet|a score was mistyped")});

        // Submitting checks completeness and names what is missing.
        QSqlDatabase e05 = test::memberDb(m_panel, QStringLiteral("e05"));
        QCOMPARE(test::outcomeOf(e05, QStringLiteral("SELECT submit_sheet('R1', 'upstage')")), QStringLiteral("23503"));
        QCOMPARE(test::outcomeOf(e05, QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id) VALUES ('R1', 'e05', 'upstage')")), QStringLiteral("ok:1"));
        QCOMPARE(test::outcomeOf(e05, QStringLiteral("INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, score) VALUES ('R1', 'e05', 'upstage', 'strategy', 5)")), QStringLiteral("ok:1"));
        QSqlQuery submit(e05);
        QVERIFY(!submit.exec(QStringLiteral("SELECT submit_sheet('R1', 'upstage')")));
        QCOMPARE(submit.lastError().nativeErrorCode(), QStringLiteral("23514"));
        QVERIFY2(submit.lastError().databaseText().contains(QStringLiteral("technology, impact")), qPrintable(submit.lastError().databaseText()));
        // A conflicted member holds no sheet for the team (their own conflict: said plainly).
        QSqlDatabase e03 = test::memberDb(m_panel, QStringLiteral("e03"));
        QSqlQuery conflicted(e03);
        QVERIFY(!conflicted.exec(QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id) VALUES ('R1', 'e03', 'nc')")));
        QCOMPARE(conflicted.lastError().nativeErrorCode(), QStringLiteral("23514"));
        QVERIFY(conflicted.lastError().databaseText().contains(QStringLiteral("conflict of interest")));
    }

    // Chair actions: only the chair; the lock waits for a save in flight, and a save after
    // the lock is refused.
    void chairActionsAndTheLock()
    {
        for (const char *member : {"e01", "secretariat", "obs"}) {
            QSqlDatabase db = test::memberDb(m_panel, QString::fromLatin1(member));
            QCOMPARE(test::outcomeOf(db, QStringLiteral("SELECT lock_round('R1')")), QStringLiteral("42501"));
            QCOMPARE(test::outcomeOf(db, QStringLiteral("SELECT reopen_sheet('R1', 'e02', 'lg', 'why not')")), QStringLiteral("42501"));
        }
        QSqlDatabase b = test::memberDb(m_panel, kB);
        QSqlDatabase chair = test::memberDb(m_panel, QStringLiteral("chair"));
        QSqlDatabase adminDb = admin();
        // A save in flight holds the rounds table IN ROW SHARE MODE: the lock cannot take it.
        QVERIFY(b.transaction());
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE expert_scores SET score = 1 WHERE reviewer_id = 'e04' "
                                                   "AND team_id = 'naver' AND item_id = 'impact'")), QStringLiteral("ok:1"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("SET lock_timeout = '100ms'")), QStringLiteral("ok:0"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("SELECT lock_round('R1')")), QStringLiteral("55P03"));
        QVERIFY(b.commit());
        QCOMPARE(test::scalarOf(adminDb, QStringLiteral("SELECT lifecycle FROM rounds")).toString(), QStringLiteral("open"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("SELECT lock_round('R1')")), QStringLiteral("ok"));
        QCOMPARE(test::scalarOf(adminDb, QStringLiteral("SELECT score FROM expert_scores WHERE reviewer_id = 'e04' "
                                                        "AND team_id = 'naver' AND item_id = 'impact'")).toDouble(), 1.0);
        QCOMPARE(test::scalarOf(adminDb, QStringLiteral("SELECT lifecycle FROM rounds")).toString(), QStringLiteral("locked"));
        // After the lock: refused, nothing changed.
        const QStringList before = viewOf(adminDb);
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE expert_scores SET score = 2 WHERE reviewer_id = 'e04' "
                                                   "AND team_id = 'naver' AND item_id = 'impact'")), QStringLiteral("55000"));
        QCOMPARE(test::outcomeOf(b, QStringLiteral("UPDATE sheets SET opinion = 'late' WHERE reviewer_id = 'e04'")), QStringLiteral("55000"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("SELECT lock_round('R1')")), QStringLiteral("55000"));
        QCOMPARE(viewOf(adminDb), before);
        QCOMPARE(test::rowsOf(adminDb, QStringLiteral("SELECT actor, action, entity FROM audit_log WHERE action = 'lock-round'")),
                 QStringList{QStringLiteral("chair|lock-round|rounds/R1")});
    }
};

QTEST_GUILESS_MAIN(TestServerRls)
#include "tst_rls.moc"
