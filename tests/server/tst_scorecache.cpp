// The scores a PgStore keeps between reads of the standings (server/PgScoreCache.h): after
// every kind of change that moves what a member may see — a draft edit, a submit, a reopen, a
// conflict declared, a member's sheets removed, a lock — the cache gives exactly what a
// fresh read (server/PgVisibleScores.h) gives in the same snapshot, for the chair and for
// experts (the secretariat and an observer: none), reading again only the sheets that moved;
// an expert never gets another member's drafts through it. The long-lived stores' standings inputs (PgStore::loadScoringInputs,
// which reads through the cache) are compared with a fresh store's after each step too.
#include "ServerPanelSupport.h"

#include "server/PgScoreCache.h"
#include "server/PgStore.h"
#include "server/PgVisibleScores.h"
#include "trust/Actor.h"

#include <QTest>

using namespace pd;

namespace {

const QString kDb = QStringLiteral("score_cache");
const QString kNaver = QStringLiteral("naver");
const QStringList kMembers = {QStringLiteral("chair"), QStringLiteral("e01"), QStringLiteral("e02"), QStringLiteral("e04"),
                               QStringLiteral("secretariat"), QStringLiteral("obs")};

QString address()
{
    return QStringLiteral("postgresql://%1:%2/%3")
        .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), kDb);
}

QStringList rowsOf(const std::vector<ExpertScore> &scores)
{
    QStringList rows;
    for (const ExpertScore &s : scores)
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                    .arg(s.reviewer, s.team, s.item, QString::number(s.score, 'g', 17))
                    .arg(s.submitted ? 1 : 0)
                    .arg(s.comment.isNull() ? QStringLiteral("<null>") : s.comment);
    return rows;
}

} // namespace

class TestScoreCache : public QObject {
    Q_OBJECT

    test::DeployedPanel m_panel;
    QString m_round;
    std::map<QString, server::VisibleScoreCache> m_caches;            // by member, on memberDb
    std::map<QString, std::unique_ptr<server::PgStore>> m_stores;     // long-lived stores
    std::map<QString, std::size_t> m_readLastTime;                    // sheets read by the last check

    std::unique_ptr<server::PgStore> open(const QString &member)
    {
        return server::PgStore::open(address(), ServerLogin{member, m_panel.logins.at(member).password});
    }

    // Every member's cache against a fresh read in one snapshot, and the long-lived store's
    // scoring inputs against a new store's.
    void checkEveryMember()
    {
        for (const QString &member : kMembers) {
            QSqlDatabase db = test::memberDb(m_panel, member);
            server::execServer(db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            const QStringList cached = rowsOf(m_caches[member].read(db, m_round));
            const QStringList fresh = rowsOf(server::readVisibleScores(db, m_round, member == QLatin1String("chair")
                                                                                  || member == QLatin1String("secretariat")));
            server::execServer(db, QStringLiteral("COMMIT"));
            QVERIFY2(cached == fresh, qPrintable(member + QStringLiteral(": cached\n") + cached.join(QLatin1Char('\n'))
                                                 + QStringLiteral("\nfresh\n") + fresh.join(QLatin1Char('\n'))));
            m_readLastTime[member] = m_caches[member].sheetsReadLastTime();

            const QStringList kept = rowsOf(m_stores.at(member)->loadScoringInputs().panel.expertScores);
            const QStringList anew = rowsOf(open(member)->loadScoringInputs().panel.expertScores);
            QVERIFY2(kept == anew, qPrintable(member + QStringLiteral(": the long-lived store's inputs differ")));
            QCOMPARE(kept, fresh);

            // Another member's scores reach an expert only from submitted sheets; the
            // secretariat and observers get none.
            if (member == QLatin1String("secretariat") || member == QLatin1String("obs"))
                QCOMPARE(cached, QStringList());
            if (member != QLatin1String("chair"))
                for (const QString &row : cached) {
                    const QStringList fields = row.split(QLatin1Char('|'));
                    QVERIFY2(fields[0] == member || fields[4] == QLatin1String("1"),
                             qPrintable(member + QStringLiteral(" got another's draft: ") + row));
                }
        }
    }

    bool sees(const QString &member, const QString &reviewer, const QString &team)
    {
        for (const ExpertScore &s : m_stores.at(member)->loadScoringInputs().panel.expertScores)
            if (s.reviewer == reviewer && s.team == team)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = test::deployForTest(kDb, test::visibilityPanel());
        for (const QString &member : kMembers)
            m_stores[member] = open(member);
        m_round = test::scalarOf(test::panelAdmin(kDb), QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1")).toString();
        QVERIFY(!m_round.isEmpty());
    }

    void theFirstReadReadsEverything()
    {
        checkEveryMember();
        // The secretariat and observers are shown no sheet: they read no scores at all.
        for (const QString &member : kMembers) {
            const bool shownSheets = member == QLatin1String("chair") || member.startsWith(QLatin1Char('e'));
            QVERIFY2(m_caches[member].readEverythingLastTime() == shownSheets, qPrintable(member));
        }
        QVERIFY(m_readLastTime.at(QStringLiteral("e01")) > 0);
        QVERIFY(m_readLastTime.at(QStringLiteral("chair")) > 0);
    }

    void nothingChangedReadsNoScores()
    {
        checkEveryMember();
        for (const QString &member : kMembers) {
            QCOMPARE(m_readLastTime.at(member), std::size_t(0));
            QVERIFY(!m_caches[member].readEverythingLastTime());
        }
    }

    // e01 edits its own draft: e01 reads that sheet again; nobody else sees it.
    void aDraftEdit()
    {
        const ExpertScore old = [&] {
            for (const ExpertScore &s : m_stores.at(QStringLiteral("e01"))->loadScoringInputs().panel.expertScores)
                if (s.reviewer == QLatin1String("e01") && s.team == kNaver)
                    return s;
            return ExpertScore{};
        }();
        QVERIFY(!old.item.isEmpty());
        ExpertScore changed = old;
        changed.score = old.score > 0 ? 0.0 : 1.0;
        changed.comment = QStringLiteral("고쳐 씀\twith a tab");
        m_stores.at(QStringLiteral("e01"))->setExpertScore(changed, Actor(QStringLiteral("e01")));
        checkEveryMember();
        QCOMPARE(m_readLastTime.at(QStringLiteral("e01")), std::size_t(1));
        QCOMPARE(m_readLastTime.at(QStringLiteral("chair")), std::size_t(0));
        QCOMPARE(m_readLastTime.at(QStringLiteral("e02")), std::size_t(0));
        QVERIFY(sees(QStringLiteral("e01"), QStringLiteral("e01"), kNaver));
        QVERIFY(!sees(QStringLiteral("chair"), QStringLiteral("e01"), kNaver));
        QVERIFY(!sees(QStringLiteral("e04"), QStringLiteral("e01"), kNaver));
    }

    // e04's draft of the same team stays e04's.
    void anotherExpertsDraftStaysTheirs()
    {
        const Actor a04(QStringLiteral("e04"));
        for (const ExpertScore &s : m_stores.at(QStringLiteral("e04"))->loadScoringInputs().panel.expertScores)
            if (s.reviewer == QLatin1String("e04") && s.team == kNaver) {
                ExpertScore changed = s;
                changed.comment = QStringLiteral("e04's private note");
                m_stores.at(QStringLiteral("e04"))->setExpertScore(changed, a04);
                break;
            }
        checkEveryMember();
        QCOMPARE(m_readLastTime.at(QStringLiteral("e04")), std::size_t(1));
        QCOMPARE(m_readLastTime.at(QStringLiteral("e01")), std::size_t(0));
        QVERIFY(!sees(QStringLiteral("e01"), QStringLiteral("e04"), kNaver));
        QVERIFY(!sees(QStringLiteral("chair"), QStringLiteral("e04"), kNaver));
    }

    // e01 submits: the chair now sees the sheet (one sheet read), submitted.
    void aSubmit()
    {
        m_stores.at(QStringLiteral("e01"))->submitSheet(QStringLiteral("e01"), kNaver, Actor(QStringLiteral("e01")));
        checkEveryMember();
        QVERIFY(sees(QStringLiteral("chair"), QStringLiteral("e01"), kNaver));
        QCOMPARE(m_readLastTime.at(QStringLiteral("chair")), std::size_t(1));
        // e04 has not submitted naver: still nothing of e01's there; e02 (submitted) sees it.
        QVERIFY(!sees(QStringLiteral("e04"), QStringLiteral("e01"), kNaver));
        QVERIFY(sees(QStringLiteral("e02"), QStringLiteral("e01"), kNaver));
    }

    // The chair reopens it: a draft again, gone from the chair's and e02's scores.
    void aReopen()
    {
        m_stores.at(QStringLiteral("chair"))->reopenSheet(QStringLiteral("e01"), kNaver, QStringLiteral("a typo"),
                                                           Actor(QStringLiteral("chair")));
        checkEveryMember();
        QVERIFY(!sees(QStringLiteral("chair"), QStringLiteral("e01"), kNaver));
        QVERIFY(!sees(QStringLiteral("e02"), QStringLiteral("e01"), kNaver));
        QVERIFY(sees(QStringLiteral("e01"), QStringLiteral("e01"), kNaver));
    }

    // A conflict declared hides a team's sheets, whose versions did not move.
    void aConflictDeclared()
    {
        const QString team = QStringLiteral("upstage");
        QVERIFY(sees(QStringLiteral("chair"), QStringLiteral("e02"), team));
        m_stores.at(QStringLiteral("chair"))->setConflicts(QStringLiteral("chair"), {QStringLiteral("skt"), team},
                                                           Actor(QStringLiteral("chair")));
        checkEveryMember();
        QVERIFY(!sees(QStringLiteral("chair"), QStringLiteral("e02"), team));
    }

    // A member's sheets removed by the administrator: gone from every cache, though no sheet
    // that stays moved.
    void aMemberRemoved()
    {
        QVERIFY(sees(QStringLiteral("chair"), QStringLiteral("e05"), kNaver));
        QSqlDatabase admin = test::panelAdmin(kDb);
        server::execServer(admin, QStringLiteral("BEGIN"));
        // Without the triggers (which refuse changes of submitted sheets): no version moves.
        server::execServer(admin, QStringLiteral("SET LOCAL session_replication_role = replica"));
        server::execServer(admin, QStringLiteral("DELETE FROM expert_scores WHERE reviewer_id = 'e05'"));
        server::execServer(admin, QStringLiteral("DELETE FROM sheets WHERE reviewer_id = 'e05'"));
        server::execServer(admin, QStringLiteral("COMMIT"));
        checkEveryMember();
        QVERIFY(!sees(QStringLiteral("chair"), QStringLiteral("e05"), kNaver));
        QVERIFY(!sees(QStringLiteral("e02"), QStringLiteral("e05"), kNaver));
    }

    void aLock()
    {
        m_stores.at(QStringLiteral("chair"))->lockRound(Actor(QStringLiteral("chair")));
        checkEveryMember();
    }
};

QTEST_GUILESS_MAIN(TestScoreCache)
#include "tst_scorecache.moc"
