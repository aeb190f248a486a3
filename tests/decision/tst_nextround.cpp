// The next round from a final one (actions/NextRound.h, R10): advancing teams carry over with
// the round they entered, configuration is copied, a re-call adds teams entering at the new
// round, an eliminated team may re-enter as a new entry; refusals leave no file behind.
#include "decision/ComposeDecision.h"
#include "actions/NextRound.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "domain/PanelValidator.h"
#include "storage/SqliteStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {
const QString kChair = QStringLiteral("chair");
const QString kPass = QStringLiteral("chair-demo-2026");

QStringList teamIds(const Panel &panel)
{
    QStringList ids;
    for (const Team &t : panel.teams)
        ids << t.id + QLatin1Char('@') + t.enteredRound;
    return ids;
}
} // namespace

class TestNextRound : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_final;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_final = m_dir.filePath(u"r1.paneldesk"_qs);
        createDemoDatabase(m_final, {false, u"demo"_qs});
        auto store = SqliteStore::open(m_final);
        store->lockRound(kChair);
        decideRound(*store, QDate(2026, 1, 14), {{u"nc"_qs, u"lowest total"_qs},
                                                {u"naver"_qs, u"independence (R5)"_qs}}, {}, kChair);
        store->announceDecision(QDate(2026, 1, 15), QDate(2026, 1, 15), kChair);
        store->finalizeDecision(QDate(2026, 1, 26), kChair);
    }

    void threeCarriedOverPlusOneRecall()
    {
        const QString path = m_dir.filePath(u"r2.paneldesk"_qs);
        NextRoundRequest request{u"R2"_qs, u"2차 평가"_qs, {{u"kt"_qs, u"KT"_qs, u"Mi:dm"_qs, {}}}, {}};
        createNextRoundDatabase(m_final, path, request, kChair, kPass);
        auto store = SqliteStore::open(path);
        const Panel next = store->loadPanel();
        const Panel first = buildDemoPanel();
        QCOMPARE(next.round.id, u"R2"_qs);
        QCOMPARE(next.round.name, u"2차 평가"_qs);
        QCOMPARE(teamIds(next), (QStringList{u"lg@R1"_qs, u"skt@R1"_qs, u"upstage@R1"_qs, u"kt@R2"_qs}));
        QCOMPARE(next.categories.size(), first.categories.size());
        QCOMPARE(next.categories.at(1).rubric, first.categories.at(1).rubric);
        QCOMPARE(next.round.cut, first.round.cut);
        QCOMPARE(next.round.appealDays, first.round.appealDays);
        QVERIFY(next.expertScores.empty() && next.benchmarkResults.empty() && next.userRatings.empty());
        QCOMPARE(next.reviewers.size(), first.reviewers.size());
        // kt gets a placeholder individual benchmark to be set
        bool placeholder = false;
        for (const Category &c : next.categories)
            for (const BenchmarkGroup &g : c.groups)
                for (const Benchmark &b : g.benchmarks)
                    placeholder = placeholder || b.teams == QStringList{u"kt"_qs};
        QVERIFY(placeholder);
        // benchmarks of teams that left are gone; none restricted to nobody
        for (const Category &c : next.categories)
            for (const BenchmarkGroup &g : c.groups)
                for (const Benchmark &b : g.benchmarks)
                    QVERIFY2(!b.teams.contains(u"nc"_qs) && !b.teams.contains(u"naver"_qs),
                             qPrintable(b.id));
        // the new round starts open, and the chair keeps the passphrase
        QCOMPARE(toString(store->loadRoundStatus().state), u"open"_qs);
        QVERIFY(store->checkPassphrase(kChair, kPass));
        // the final round's file is untouched by it
        QCOMPARE(toString(SqliteStore::open(m_final)->loadRoundStatus().state), u"final"_qs);
    }

    // Issue 16: configured targets are configuration, carried over for the teams still in
    // the round; those of teams that left go (they would name an unknown team).
    void configuredTargetsOfTheTeamsStillIn()
    {
        auto store = SqliteStore::open(m_final);
        Panel final = store->loadPanel();
        Benchmark &niaMath = final.categories.at(0).groups.at(0).benchmarks.at(0);
        for (const Team &t : final.teams)
            niaMath.targets.push_back({t.id, 80.0 + double(niaMath.targets.size())});
        QCOMPARE(niaMath.targets.size(), std::size_t(5));
        const Panel next = buildNextRound(final, store->loadRoundStatus(), {u"R2"_qs, {}, {}, {}});
        QStringList kept;
        for (const BenchmarkTarget &t : next.categories.at(0).groups.at(0).benchmarks.at(0).targets)
            kept << t.team + QLatin1Char('=') + QString::number(t.target);
        QCOMPARE(kept, (QStringList{u"lg=80"_qs, u"skt=81"_qs, u"upstage=82"_qs}));
        validatePanel(next);
    }

    void eliminatedTeamReentersAsNewEntry()
    {
        const QString path = m_dir.filePath(u"r2b.paneldesk"_qs);
        createNextRoundDatabase(m_final, path, {u"R2"_qs, {}, {}, {u"nc"_qs}}, kChair, kPass);
        QCOMPARE(teamIds(SqliteStore::open(path)->loadPanel()),
                 (QStringList{u"lg@R1"_qs, u"skt@R1"_qs, u"upstage@R1"_qs, u"nc@R2"_qs}));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("roundId");
        QTest::addColumn<QString>("recall");
        QTest::addColumn<QString>("reenter");
        QTest::newRow("expert") << u"e01"_qs << u"expert-demo-2026"_qs << u"R2"_qs << QString() << QString();
        QTest::newRow("wrong passphrase") << kChair << u"wrong-passphrase"_qs << u"R2"_qs << QString() << QString();
        QTest::newRow("same round id") << kChair << kPass << u"R1"_qs << QString() << QString();
        QTest::newRow("recall id in use") << kChair << kPass << u"R2"_qs << u"nc"_qs << QString();
        QTest::newRow("advanced team re-enters") << kChair << kPass << u"R2"_qs << QString() << u"lg"_qs;
        QTest::newRow("unknown team re-enters") << kChair << kPass << u"R2"_qs << QString() << u"kt"_qs;
        QTest::newRow("bad round id") << kChair << kPass << u"R 2"_qs << QString() << QString();
    }
    void refusals()
    {
        QFETCH(QString, member);
        QFETCH(QString, passphrase);
        QFETCH(QString, roundId);
        QFETCH(QString, recall);
        QFETCH(QString, reenter);
        NextRoundRequest request{roundId, {}, {}, {}};
        if (!recall.isEmpty())
            request.recalled.push_back({recall, u"x"_qs, {}, {}});
        if (!reenter.isEmpty())
            request.reentering << reenter;
        const QString path = m_dir.filePath(u"refused.paneldesk"_qs);
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 createNextRoundDatabase(m_final, path, request, member, passphrase));
        QVERIFY(!QFileInfo::exists(path));
    }

    void onlyFromFinalRound()
    {
        const QString open = m_dir.filePath(u"open.paneldesk"_qs);
        createDemoDatabase(open, {false, u"demo"_qs});
        const QString path = m_dir.filePath(u"never.paneldesk"_qs);
        QVERIFY_THROWS_EXCEPTION(InputError, createNextRoundDatabase(open, path, {u"R2"_qs, {}, {}, {}},
                                                                     kChair, kPass));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestNextRound)
#include "tst_nextround.moc"
