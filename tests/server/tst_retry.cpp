// PgStore's retry of a write the server asks to run again (SQLSTATE 40001 serialization
// failure, 40P01 deadlock; docs/server.md "For developers"). The moment is driven by the
// server, not by a race: a trigger the administrator adds to expert_scores raises the chosen
// SQLSTATE while a sequence (which a rollback does not undo) counts fewer than N calls. So the
// first N attempts of a save fail and the next one runs normally.
//   N below the store's attempts: the save is stored once, and nothing of a failed attempt
//   is left (one score, the sheet's version moved once);
//   N at or above them: the save is refused with a StoreError that names the retry, and
//   nothing changed (the administrator's dump of the tables is the same as before).
#include "ServerPanelSupport.h"

#include "actions/PanelDatabase.h"
#include "domain/Errors.h"
#include "server/PgStore.h"
#include "storage/PanelLocation.h"

#include <QTest>

using namespace pd;

namespace {

const QString kDatabase = QStringLiteral("retry_panel");
const QString kNaver = QStringLiteral("naver");

QString address()
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), kDatabase);
}

// The demo panel without e01's scores for naver (a sheet to fill).
Panel panelWithOpenSheet(std::vector<ExpertScore> &taken)
{
    Panel panel = buildDemoPanel();
    std::erase_if(panel.expertScores, [&](const ExpertScore &s) {
        if (s.reviewer != u"e01"_qs || s.team != kNaver)
            return false;
        ExpertScore draft = s;
        draft.submitted = false;
        taken.push_back(draft);
        return true;
    });
    return panel;
}

// Everything a save could change, as the administrator sees it (no RLS).
QStringList dump(const QSqlDatabase &admin)
{
    QStringList all;
    for (const char *sql : {"SELECT reviewer_id, team_id, item_id, score, comment FROM expert_scores ORDER BY 1, 2, 3",
                            "SELECT reviewer_id, team_id, state, version FROM sheets ORDER BY 1, 2",
                            "SELECT id, action, entity FROM audit_log ORDER BY id"})
        all += test::rowsOf(admin, QString::fromLatin1(sql));
    return all;
}

} // namespace

class TestRetry : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    std::vector<ExpertScore> m_scores;

    // The next `failures` statements touching expert_scores fail with `sqlstate`.
    void injectFailures(const QString &sqlstate, int failures)
    {
        QSqlDatabase admin = test::panelAdmin(kDatabase);
        server::execServer(admin, QStringLiteral("DROP TRIGGER IF EXISTS inject_failure ON expert_scores"));
        server::execServer(admin, QStringLiteral("DROP SEQUENCE IF EXISTS injected_calls"));
        server::execServer(admin, QStringLiteral("CREATE SEQUENCE injected_calls"));
        server::execServer(admin, QStringLiteral(
            "CREATE OR REPLACE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = public AS $$ BEGIN "
            "IF nextval('injected_calls') <= %1 THEN "
            "RAISE EXCEPTION 'injected by the test' USING ERRCODE = '%2'; END IF; "
            "RETURN NEW; END $$").arg(failures).arg(sqlstate));
        server::execServer(admin, QStringLiteral(
            "CREATE TRIGGER inject_failure BEFORE INSERT OR UPDATE ON expert_scores "
            "FOR EACH ROW EXECUTE FUNCTION inject_failure()"));
    }

    qint64 injectedCalls()
    {
        return test::scalarOf(test::panelAdmin(kDatabase),
                              QStringLiteral("SELECT last_value FROM injected_calls")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = test::deployForTest(kDatabase, panelWithOpenSheet(m_scores));
        QVERIFY(m_scores.size() >= 2);
    }

    void cleanup()
    {
        QSqlDatabase admin = test::panelAdmin(kDatabase);
        server::execServer(admin, QStringLiteral("DROP TRIGGER IF EXISTS inject_failure ON expert_scores"));
    }

    void aRetriedSaveIsStoredOnce_data()
    {
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("item");   // which of e01's naver scores is saved
        QTest::newRow("40001 once") << "40001" << 1 << 0;
        QTest::newRow("40P01 once") << "40P01" << 1 << 1;
        QTest::newRow("40001 three times") << "40001" << 3 << 2;
    }
    void aRetriedSaveIsStoredOnce()
    {
        QFETCH(QString, sqlstate);
        QFETCH(int, failures);
        QFETCH(int, item);
        if (std::size_t(item) >= m_scores.size())
            QSKIP("the demo sheet has fewer items");
        const auto e01 = PanelLocation::parse(address())
            .open(ServerLogin{u"e01"_qs, m_panel.logins.at(u"e01"_qs).password});
        QSqlDatabase admin = test::panelAdmin(kDatabase);
        const qint64 versionBefore = test::scalarOf(admin, QStringLiteral(
            "SELECT coalesce(max(version), 0) FROM sheets WHERE reviewer_id = 'e01' AND team_id = 'naver'")).toLongLong();
        injectFailures(sqlstate, failures);

        const ExpertScore score = m_scores.at(std::size_t(item));
        e01->setExpertScore(score, Actor(u"e01"_qs));

        QVERIFY2(injectedCalls() > failures, "the injected failures did not happen: the test proves nothing");
        const std::optional<ExpertScore> stored = e01->loadExpertScore(u"e01"_qs, kNaver, score.item);
        QVERIFY(stored);
        QCOMPARE(stored->score, score.score);
        QCOMPARE(test::scalarOf(admin, QStringLiteral(
                     "SELECT count(*) FROM expert_scores WHERE reviewer_id = 'e01' AND team_id = 'naver' AND item_id = '%1'")
                     .arg(score.item)).toInt(), 1);
        const qint64 versionAfter = test::scalarOf(admin, QStringLiteral(
            "SELECT version FROM sheets WHERE reviewer_id = 'e01' AND team_id = 'naver'")).toLongLong();
        QVERIFY2(versionAfter > versionBefore, "the sheet's version did not move");
    }

    void tooManyFailuresAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("sqlstate");
        QTest::newRow("40001") << "40001";
        QTest::newRow("40P01") << "40P01";
    }
    void tooManyFailuresAreRefusedAndChangeNothing()
    {
        QFETCH(QString, sqlstate);
        const auto e01 = PanelLocation::parse(address())
            .open(ServerLogin{u"e01"_qs, m_panel.logins.at(u"e01"_qs).password});
        QSqlDatabase admin = test::panelAdmin(kDatabase);
        injectFailures(sqlstate, 1000);
        const QStringList before = dump(admin);
        ExpertScore score = m_scores.front();
        score.score = score.score > 1 ? score.score - 1 : score.score + 1;
        QString error;
        try {
            e01->setExpertScore(score, Actor(u"e01"_qs));
        } catch (const InputError &e) {
            QFAIL(qPrintable(u"an InputError, not a StoreError: "_qs + e.message()));
        } catch (const StoreError &e) {
            error = e.message();
        }
        QVERIFY2(!error.isEmpty(), "the save was not refused");
        QVERIFY2(injectedCalls() >= 2, "the store gave up without retrying");
        QCOMPARE(dump(admin), before);
    }
};

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
