// setExpertScore: one score committed at once (visible to any other connection), audited
// with its old and new value, and refused with a readable InputError (old value kept) for
// anything the rules forbid.
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/SqliteStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>

using namespace pd;
using namespace pd::test;

Q_DECLARE_METATYPE(pd::ExpertScore)

namespace {
ExpertScore draft(const char *reviewer, const char *team, const char *item, double score,
                  const QString &comment = {})
{
    return ExpertScore{QString::fromLatin1(reviewer), QString::fromLatin1(team),
                       QString::fromLatin1(item), score, false, comment};
}

const ExpertScore *find(const Panel &panel, const QString &reviewer, const QString &team,
                        const QString &item)
{
    for (const ExpertScore &s : panel.expertScores)
        if (s.reviewer == reviewer && s.team == team && s.item == item)
            return &s;
    return nullptr;
}
} // namespace

class TestExpertScore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("s%1.db").arg(++m_counter));
        m_store = SqliteStore::create(m_path);
        m_store->replacePanel(fullPanel(), QStringLiteral("cli"));
    }

    void cleanup() { m_store.reset(); }

    void commitIsVisibleToAnotherConnectionAtOnce()
    {
        RawDb other(m_path);   // opened before the write: no stale snapshot may hide it
        const QString select = QStringLiteral(
            "SELECT score FROM expert_scores WHERE reviewer_id = 'e02' AND team_id = 'lg' "
            "AND item_id = 'strategy'");
        QCOMPARE(other.value(select).toDouble(), 7.5);
        m_store->setExpertScore(draft("e02", "lg", "strategy", 8.5), QStringLiteral("e02"));
        QCOMPARE(other.value(select).toDouble(), 8.5);
        // and to a second store on the same file
        auto second = SqliteStore::open(m_path);
        QCOMPARE(find(second->loadPanel(), QStringLiteral("e02"), QStringLiteral("lg"),
                      QStringLiteral("strategy"))->score,
                 8.5);
    }

    void updateKeepsOrderAndNewScoreIsAppended()
    {
        m_store->setExpertScore(draft("e02", "lg", "strategy", 3, QStringLiteral("again")),
                                QStringLiteral("e02"));
        m_store->setExpertScore(draft("e02", "skt", "impact", 0.7), QStringLiteral("e02"));
        Panel expected = fullPanel();
        expected.expertScores[1].score = 3;
        expected.expertScores[1].comment = QStringLiteral("again");
        expected.expertScores.push_back(draft("e02", "skt", "impact", 0.7));
        const Panel loaded = m_store->loadPanel();
        QCOMPARE(firstDifference(loaded, expected), QString());
        // the new (e02, skt) sheet is a draft
        RawDb raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT state FROM sheets WHERE reviewer_id = 'e02' "
                                          "AND team_id = 'skt'")).toString(),
                 QStringLiteral("draft"));
    }

    // Draft edits are audited without their values (trust.md, "Drafts"): which score, by whom.
    void auditedWithoutTheValues()
    {
        const auto before = m_store->auditLog().size();
        m_store->setExpertScore(draft("e02", "lg", "strategy", 9, QStringLiteral("재검토")),
                                QStringLiteral("e02"));
        m_store->setExpertScore(draft("e02", "upstage", "technology", 4), QStringLiteral("s01"));
        const auto log = m_store->auditLog();
        QCOMPARE(log.size(), before + 2);
        const AuditEntry &changed = log[log.size() - 2];
        QCOMPARE(changed.action, QStringLiteral("expert-score"));
        QCOMPARE(changed.actor, QStringLiteral("e02"));
        QCOMPARE(changed.entity, QStringLiteral("expert_scores/R1/e02/lg/strategy"));
        QVERIFY(changed.oldValue.isEmpty());
        QVERIFY(changed.newValue.isEmpty());
        const AuditEntry &added = log.back();
        QCOMPARE(added.actor, QStringLiteral("s01"));
        QCOMPARE(added.entity, QStringLiteral("expert_scores/R1/e02/upstage/technology"));
        QVERIFY(added.oldValue.isEmpty());
        QVERIFY(added.newValue.isEmpty());
    }

    void unchangedScoreIsNotAudited()
    {
        const auto before = m_store->auditLog().size();
        m_store->setExpertScore(draft("e02", "lg", "strategy", 7.5, QStringLiteral("초안: 다시 볼 것")),
                                QStringLiteral("e02"));
        QCOMPARE(m_store->auditLog().size(), before);
    }

    void refusedAndOldValueKept_data()
    {
        QTest::addColumn<ExpertScore>("score");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("expected");
        const QString e02 = QStringLiteral("e02");
        QTest::newRow("unknown reviewer") << draft("e99", "lg", "strategy", 5) << e02
                                          << "unknown reviewer \"e99\"";
        QTest::newRow("unknown team") << draft("e02", "xx", "strategy", 5) << e02
                                      << "unknown team \"xx\" in round R1";
        QTest::newRow("unknown item") << draft("e02", "lg", "charm", 5) << e02
                                      << "unknown rubric item \"charm\" in round R1";
        QTest::newRow("benchmark id as item") << draft("e02", "lg", "mmlu", 5) << e02
                                              << "unknown rubric item \"mmlu\"";
        QTest::newRow("conflicted reviewer") << draft("e02", "nc", "strategy", 5) << e02
                                             << "reviewer e02 has declared a conflict of "
                                                "interest with team nc";
        QTest::newRow("max + step") << draft("e02", "lg", "strategy", 10.5) << e02
                                    << "must lie between 0 and 10 (got 10.5)";
        QTest::newRow("min - step") << draft("e02", "lg", "strategy", -0.5) << e02
                                    << "must lie between 0 and 10";
        QTest::newRow("NaN") << draft("e02", "lg", "strategy",
                                      std::numeric_limits<double>::quiet_NaN())
                             << e02 << "must lie between 0 and 10";
        QTest::newRow("infinity") << draft("e02", "lg", "strategy",
                                           std::numeric_limits<double>::infinity())
                                  << e02 << "must lie between 0 and 10";
        QTest::newRow("off step 0.5") << draft("e02", "lg", "strategy", 7.25) << e02
                                      << "must be a multiple of 0.5 (got 7.25)";
        QTest::newRow("off step 1") << draft("e02", "lg", "technology", 7.5) << e02
                                    << "must be a multiple of 1";
        QTest::newRow("submitted sheet") << draft("e01", "lg", "strategy", 8) << e02
                                         << "the sheet of e01 for team lg is submitted";
        ExpertScore submitted = draft("e02", "lg", "strategy", 8);
        submitted.submitted = true;
        QTest::newRow("written as submitted") << submitted << e02 << "cannot be written as "
                                                                     "submitted";
        QTest::newRow("no actor") << draft("e02", "lg", "strategy", 8) << QString()
                                  << "needs an actor";
    }

    void refusedAndOldValueKept()
    {
        QFETCH(ExpertScore, score);
        QFETCH(QString, actor);
        QFETCH(QString, expected);
        const auto auditBefore = m_store->auditLog().size();
        try {
            m_store->setExpertScore(score, actor);
            QFAIL("the score was accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(firstDifference(m_store->loadPanel(), fullPanel()), QString());
        QCOMPARE(m_store->auditLog().size(), auditBefore);
        RawDb raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sheets")).toInt(), 3);
    }

    void boundariesAccepted_data()
    {
        QTest::addColumn<ExpertScore>("score");
        QTest::newRow("min") << draft("e02", "lg", "strategy", 0);
        QTest::newRow("max") << draft("e02", "lg", "strategy", 10);
        QTest::newRow("step 0.1 binary fraction") << draft("e02", "lg", "impact", 0.3);
        QTest::newRow("max of a step-1 item") << draft("e02", "lg", "technology", 15);
    }

    void boundariesAccepted()
    {
        QFETCH(ExpertScore, score);
        m_store->setExpertScore(score, QStringLiteral("e02"));
        const ExpertScore *stored =
            find(m_store->loadPanel(), score.reviewer, score.team, score.item);
        QVERIFY(stored);
        QCOMPARE(stored->score, score.score);
    }

    void noRoundYet()
    {
        auto empty = SqliteStore::create(m_dir.filePath(QStringLiteral("empty.db")));
        QVERIFY_THROWS_EXCEPTION(InputError, empty->setExpertScore(draft("e02", "lg", "strategy", 1),
                                                                   QStringLiteral("e02")));
    }
};

QTEST_GUILESS_MAIN(TestExpertScore)
#include "tst_expertscore.moc"
