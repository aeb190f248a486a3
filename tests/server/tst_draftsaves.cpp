// pd_save_score called by a member directly (as from psql), not through PgStore
// (ServerDraftSaves.cpp; docs/server.md, "Draft saves and the audit log"). The function is
// SECURITY DEFINER: it writes as the panel's owner, whose policies let it write any row, so
// it must itself make every check the members' grants and policies would make, and the
// tables' triggers still make theirs. The demo panel with drafts, conflicts and an observer:
// - every refusal (another role, a submitted sheet, a conflict, a score out of range or off
//   its step, a caller's tolerance that would let an off-step score through, an unknown item
//   or team, a stale copy, a locked round) changes nothing on the server (the administrator's
//   dump) and fails with the SQLSTATE of the layer that refuses it;
// - a save writes exactly the caller's own row: the score, the sheet's version moved and
//   returned, one revision more, saved_by the caller; a new sheet is created as a draft;
// - saving the value already stored writes nothing.
#include "ServerPanelSupport.h"

#include <QTest>

using namespace pd;

namespace {

// The statement a member would send (p_tolerance as PgStore sends it unless said otherwise).
QString saveSql(const QString &team, const QString &item, const QString &score,
                const QString &expected = QStringLiteral("NULL"),
                const QString &tolerance = QStringLiteral("1e-9"))
{
    return QStringLiteral("SELECT pd_save_score('%1', '%2', %3, '', %4, %5)")
        .arg(team, item, score, expected, tolerance);
}

} // namespace

class TestDraftSaves : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;

    QString sheetVersion(const QString &reviewer, const QString &team)
    {
        return test::scalarOf(test::panelAdmin(m_panel.database),
                              QStringLiteral("SELECT version FROM sheets WHERE round_id = 'R1' AND reviewer_id = '%1' "
                                             "AND team_id = '%2'").arg(reviewer, team)).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = test::deployForTest(QStringLiteral("draftsaves"), test::visibilityPanel());
    }

    void everyRefusalChangesNothing_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlstate");
        QTest::newRow("secretariat") << QStringLiteral("secretariat")
                                     << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("4"))
                                     << QStringLiteral("42501");
        QTest::newRow("observer") << QStringLiteral("obs")
                                  << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("4"))
                                  << QStringLiteral("42501");
        QTest::newRow("own submitted sheet") << QStringLiteral("e02")
                                             << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("4"))
                                             << QStringLiteral("P0001");
        QTest::newRow("expert conflicted with the team") << QStringLiteral("e03")
                                                         << saveSql(QStringLiteral("nc"), QStringLiteral("strategy"), QStringLiteral("4"))
                                                         << QStringLiteral("23514");
        QTest::newRow("chair conflicted with the team") << QStringLiteral("chair")
                                                        << saveSql(QStringLiteral("skt"), QStringLiteral("strategy"), QStringLiteral("4"))
                                                        << QStringLiteral("23514");
        QTest::newRow("above the item's points") << QStringLiteral("e01")
                                                 << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("10.5"))
                                                 << QStringLiteral("P0001");
        QTest::newRow("negative") << QStringLiteral("e01")
                                  << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("-0.5"))
                                  << QStringLiteral("P0001");
        QTest::newRow("off the item's step") << QStringLiteral("e01")
                                             << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("4.3"))
                                             << QStringLiteral("P0001");
        // The caller chooses p_tolerance; the trigger's step rule does not listen to it.
        QTest::newRow("off-step with the caller's tolerance") << QStringLiteral("e01")
            << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("4.3"),
                       QStringLiteral("NULL"), QStringLiteral("1"))
            << QStringLiteral("23514");
        QTest::newRow("not a number") << QStringLiteral("e01")
                                      << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("'NaN'"))
                                      << QStringLiteral("P0001");
        QTest::newRow("unknown item") << QStringLiteral("e01")
                                      << saveSql(QStringLiteral("naver"), QStringLiteral("nosuch"), QStringLiteral("4"))
                                      << QStringLiteral("P0001");
        QTest::newRow("unknown team") << QStringLiteral("e01")
                                      << saveSql(QStringLiteral("nosuch"), QStringLiteral("strategy"), QStringLiteral("4"))
                                      << QStringLiteral("23503");
        QTest::newRow("stale copy") << QStringLiteral("e01")
                                    << saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("4"),
                                               QStringLiteral("1"))
                                    << QStringLiteral("P0001");
        QTest::newRow("stale copy of a sheet not started") << QStringLiteral("e05")
            << saveSql(QStringLiteral("upstage"), QStringLiteral("strategy"), QStringLiteral("4"), QStringLiteral("7"))
            << QStringLiteral("P0001");
    }

    void everyRefusalChangesNothing()
    {
        QFETCH(QString, member);
        QFETCH(QString, sql);
        QFETCH(QString, sqlstate);
        QSqlDatabase db = test::memberDb(m_panel, member);
        const QByteArray before = test::adminDump(m_panel.database);
        QCOMPARE(test::outcomeOf(db, sql), sqlstate);
        QCOMPARE(test::adminDump(m_panel.database), before);
    }

    void aSaveWritesTheCallersOwnRowOnly()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QString sheet = QStringLiteral("FROM sheets WHERE round_id = 'R1' AND reviewer_id = 'e01' AND team_id = 'naver'");
        const QString oldVersion = sheetVersion(QStringLiteral("e01"), QStringLiteral("naver"));
        const qlonglong oldRevisions = test::scalarOf(admin, QStringLiteral("SELECT revisions ") + sheet).toLongLong();
        const QString others = QStringLiteral(
            "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM expert_scores t "
            "WHERE NOT (reviewer_id = 'e01' AND team_id = 'naver' AND item_id = 'impact')");
        const QString otherScores = test::scalarOf(admin, others).toString();

        QSqlDatabase db = test::memberDb(m_panel, QStringLiteral("e01"));
        QSqlQuery save(db);
        QVERIFY2(save.exec(saveSql(QStringLiteral("naver"), QStringLiteral("impact"), QStringLiteral("7.5"), oldVersion))
                     && save.next(), qPrintable(save.lastError().text()));
        const QString returned = save.value(0).toString();
        QCOMPARE(returned, sheetVersion(QStringLiteral("e01"), QStringLiteral("naver")));
        QVERIFY(returned != oldVersion);
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT score FROM expert_scores WHERE round_id = 'R1' AND "
                                                      "reviewer_id = 'e01' AND team_id = 'naver' AND item_id = 'impact'")).toDouble(),
                 7.5);
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT revisions ") + sheet).toLongLong(), oldRevisions + 1);
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT saved_by ") + sheet).toString(), QStringLiteral("e01"));
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT state ") + sheet).toString(), QStringLiteral("draft"));
        QCOMPARE(test::scalarOf(admin, others).toString(), otherScores);

        // The same value again: nothing written, the same version returned.
        const QByteArray before = test::adminDump(m_panel.database);
        QVERIFY(save.exec(saveSql(QStringLiteral("naver"), QStringLiteral("impact"), QStringLiteral("7.5"), returned))
                && save.next());
        QCOMPARE(save.value(0).toString(), returned);
        QCOMPARE(test::adminDump(m_panel.database), before);
    }

    void aFirstSaveCreatesTheSheetAsADraft()
    {
        QSqlDatabase db = test::memberDb(m_panel, QStringLiteral("e05"));
        QSqlQuery save(db);
        QVERIFY2(save.exec(saveSql(QStringLiteral("upstage"), QStringLiteral("strategy"), QStringLiteral("3"),
                                   QStringLiteral("0"))) && save.next(), qPrintable(save.lastError().text()));
        QCOMPARE(save.value(0).toString(), sheetVersion(QStringLiteral("e05"), QStringLiteral("upstage")));
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT state || ' ' || saved_by || ' ' || revisions FROM sheets "
                                                      "WHERE round_id = 'R1' AND reviewer_id = 'e05' AND team_id = 'upstage'")).toString(),
                 QStringLiteral("draft e05 1"));
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM expert_scores WHERE round_id = 'R1' AND "
                                                      "reviewer_id = 'e05' AND team_id = 'upstage'")).toLongLong(), 1);
    }

    // Last: the round stays locked. A save waits for the lock (READ COMMITTED: the rounds
    // table's lock, then the lifecycle as committed); a transaction whose snapshot was taken
    // before the lock committed (REPEATABLE READ, SERIALIZABLE) still reads the round open, and
    // is refused all the same (40001: the round's row lock), directly or through pd_save_score.
    void aLockedRoundRefuses_data()
    {
        QTest::addColumn<QString>("isolation");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlstate");
        const QString update = QStringLiteral("UPDATE expert_scores SET score = 1 WHERE reviewer_id = 'e01' "
                                              "AND team_id = 'naver' AND item_id = 'strategy'");
        const QString save = saveSql(QStringLiteral("naver"), QStringLiteral("strategy"), QStringLiteral("1"));
        QTest::newRow("read committed, pd_save_score") << QStringLiteral("READ COMMITTED") << save << QStringLiteral("P0001");
        QTest::newRow("read committed, an update") << QStringLiteral("READ COMMITTED") << update << QStringLiteral("55000");
        QTest::newRow("repeatable read, pd_save_score") << QStringLiteral("REPEATABLE READ") << save << QStringLiteral("40001");
        QTest::newRow("repeatable read, an update") << QStringLiteral("REPEATABLE READ") << update << QStringLiteral("40001");
        QTest::newRow("serializable, pd_save_score") << QStringLiteral("SERIALIZABLE") << save << QStringLiteral("40001");
        QTest::newRow("serializable, an update") << QStringLiteral("SERIALIZABLE") << update << QStringLiteral("40001");
    }

    void aLockedRoundRefuses()
    {
        QFETCH(QString, isolation);
        QFETCH(QString, sql);
        QFETCH(QString, sqlstate);
        QSqlDatabase chair = test::memberDb(m_panel, QStringLiteral("chair"));
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(test::outcomeOf(admin, QStringLiteral("UPDATE rounds SET lifecycle = 'open'")), QStringLiteral("ok:1"));
        QSqlDatabase db = test::memberDb(m_panel, QStringLiteral("e01"));
        QCOMPARE(test::outcomeOf(db, QStringLiteral("BEGIN ISOLATION LEVEL ") + isolation), QStringLiteral("ok:0"));
        // The snapshot, taken before the lock commits (for READ COMMITTED, only this statement's).
        QCOMPARE(test::scalarOf(db, QStringLiteral("SELECT lifecycle FROM rounds")).toString(), QStringLiteral("open"));
        QCOMPARE(test::outcomeOf(chair, QStringLiteral("SELECT lock_round('R1')")), QStringLiteral("ok"));
        const QByteArray before = test::adminDump(m_panel.database);
        const QString outcome = test::outcomeOf(db, sql);
        const QString after = test::outcomeOf(db, QStringLiteral("COMMIT"));   // ROLLBACK when refused
        QCOMPARE(outcome, sqlstate);
        QCOMPARE(after, QStringLiteral("ok:0"));
        QCOMPARE(test::adminDump(m_panel.database), before);
    }
};

QTEST_GUILESS_MAIN(TestDraftSaves)
#include "tst_draftsaves.moc"
