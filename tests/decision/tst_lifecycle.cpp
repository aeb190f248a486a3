// The round lifecycle as a pure state machine (decision/Lifecycle.h): which step is allowed
// in which state and for whom, the appeal window arithmetic (R9), the decision's
// preconditions (R7) and the fingerprint of the canonical inputs.
#include "decision/Fingerprint.h"
#include "decision/Lifecycle.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "scoring/ScoringEngine.h"

#include <QtTest>

using namespace pd;

namespace {

RoundStatus statusIn(RoundState state)
{
    RoundStatus status;
    status.round = QStringLiteral("R1");
    status.state = state;
    if (state >= RoundState::Decided) {
        DecisionVersion v;
        v.version = 1;
        v.decidedOn = QDate(2026, 1, 14);
        v.outcomes = {{QStringLiteral("lg"), Outcome::Advance, {}},
                      {QStringLiteral("nc"), Outcome::EliminatedScore, QStringLiteral("last")},
                      {QStringLiteral("naver"), Outcome::Disqualified, QStringLiteral("R5")}};
        if (state >= RoundState::Announced) {
            v.announcedOn = QDate(2026, 1, 15);
            v.appealCloses = QDate(2026, 1, 25);
        }
        status.versions.push_back(v);
    }
    return status;
}

bool allowed(const RoundStatus &status, LifecycleStep step)
{
    try {
        requireStep(status, step);
        return true;
    } catch (const InputError &) {
        return false;
    }
}

} // namespace

Q_DECLARE_METATYPE(pd::RoundState)
Q_DECLARE_METATYPE(pd::LifecycleStep)

class TestLifecycle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowArithmetic_data()
    {
        QTest::addColumn<QDate>("announced");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("open");
        QTest::addColumn<int>("left");
        const QDate d(2026, 1, 15);
        QTest::newRow("announcement day") << d << 10 << d << true << 10;
        QTest::newRow("last day") << d << 10 << QDate(2026, 1, 25) << true << 0;
        QTest::newRow("day after") << d << 10 << QDate(2026, 1, 26) << false << -1;
        QTest::newRow("day before") << d << 10 << QDate(2026, 1, 14) << false << 11;
        QTest::newRow("zero days") << d << 0 << d << true << 0;
        QTest::newRow("over month end") << QDate(2026, 2, 25) << 10 << QDate(2026, 3, 7) << true << 0;
        QTest::newRow("leap year") << QDate(2028, 2, 25) << 10 << QDate(2028, 3, 6) << true << 0;
    }
    void windowArithmetic()
    {
        QFETCH(QDate, announced);
        QFETCH(int, days);
        QFETCH(QDate, day);
        QFETCH(bool, open);
        QFETCH(int, left);
        QCOMPARE(appealWindowOpen(announced, days, day), open);
        QCOMPARE(appealDaysLeft(appealWindowCloses(announced, days), day), left);
    }

    void closesAtEndOfDayPlusAppealDays()
    {
        QCOMPARE(appealWindowCloses(QDate(2026, 1, 15), 10), QDate(2026, 1, 25));
    }

    // Every (state, step) pair: allowed exactly where the table says.
    void transitions_data()
    {
        QTest::addColumn<RoundState>("state");
        QTest::addColumn<LifecycleStep>("step");
        QTest::addColumn<bool>("chairMay");
        const RoundState states[] = {RoundState::Open, RoundState::Scoring, RoundState::Locked,
                                     RoundState::Decided, RoundState::Announced, RoundState::Final};
        const LifecycleStep steps[] = {LifecycleStep::Lock, LifecycleStep::Reopen,
                                       LifecycleStep::Decide, LifecycleStep::Announce,
                                       LifecycleStep::FileAppeal, LifecycleStep::RuleAppeal,
                                       LifecycleStep::Finalize};
        const auto allowedFor = [](RoundState s, LifecycleStep t) {
            switch (t) {
            case LifecycleStep::Lock: return s == RoundState::Open || s == RoundState::Scoring;
            case LifecycleStep::Reopen: return s == RoundState::Locked || s == RoundState::Decided;
            case LifecycleStep::Decide: return s == RoundState::Locked;
            case LifecycleStep::Announce: return s == RoundState::Decided;
            case LifecycleStep::FileAppeal: return s == RoundState::Announced || s == RoundState::Final;
            case LifecycleStep::RuleAppeal:
            case LifecycleStep::Finalize: return s == RoundState::Announced;
            }
            return false;
        };
        for (RoundState s : states)
            for (LifecycleStep t : steps)
                QTest::addRow("%s %s", qPrintable(toString(s)), qPrintable(describeStep(t)))
                    << s << t << allowedFor(s, t);
    }
    void transitions()
    {
        QFETCH(RoundState, state);
        QFETCH(LifecycleStep, step);
        QFETCH(bool, chairMay);
        const RoundStatus status = statusIn(state);
        // the state machine alone; who may take a step is tests/access/tst_lifecycleaccess
        QCOMPARE(allowed(status, step), chairMay);
    }

    void decideNeedsCompleteStandingsAndReasons()
    {
        Panel panel = buildDemoPanel();
        const Standings complete = computeStandings(panel);
        QVERIFY(complete.complete);
        const QMap<QString, QString> reasons{{QStringLiteral("nc"), QStringLiteral("last on score")},
                                             {QStringLiteral("naver"), QStringLiteral("R5 fail")}};
        requireDecidable(complete, reasons);   // does not throw
        QMap<QString, QString> missing = reasons;
        missing.remove(QStringLiteral("naver"));
        QVERIFY_THROWS_EXCEPTION(InputError, requireDecidable(complete, missing));
        QMap<QString, QString> blank = reasons;
        blank[QStringLiteral("nc")] = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(InputError, requireDecidable(complete, blank));
        QMap<QString, QString> unknown = reasons;
        unknown[QStringLiteral("nobody")] = QStringLiteral("x");
        QVERIFY_THROWS_EXCEPTION(InputError, requireDecidable(complete, unknown));

        for (Independence &i : panel.independence)
            if (i.team == QLatin1String("skt"))
                i.verdict = Verdict::Pending;
        const Standings pending = computeStandings(panel);
        QVERIFY(!pending.complete);
        QVERIFY_THROWS_EXCEPTION(InputError, requireDecidable(pending, reasons));
    }

    void appealFiling_data()
    {
        QTest::addColumn<QString>("team");
        QTest::addColumn<QDate>("filed");
        QTest::addColumn<QString>("grounds");
        QTest::addColumn<int>("expected");   // 0 in time, 1 late, -1 refused
        const QString g = QStringLiteral("grounds");
        QTest::newRow("eliminated, in time") << u"nc"_qs << QDate(2026, 1, 20) << g << 0;
        QTest::newRow("disqualified, last day") << u"naver"_qs << QDate(2026, 1, 25) << g << 0;
        QTest::newRow("late") << u"nc"_qs << QDate(2026, 1, 26) << g << 1;
        QTest::newRow("advancing team") << u"lg"_qs << QDate(2026, 1, 20) << g << -1;
        QTest::newRow("unknown team") << u"zz"_qs << QDate(2026, 1, 20) << g << -1;
        QTest::newRow("before announcement") << u"nc"_qs << QDate(2026, 1, 14) << g << -1;
        QTest::newRow("in the future") << u"nc"_qs << QDate(2026, 2, 1) << g << -1;
        QTest::newRow("no grounds") << u"nc"_qs << QDate(2026, 1, 20) << u" "_qs << -1;
    }
    void appealFiling()
    {
        QFETCH(QString, team);
        QFETCH(QDate, filed);
        QFETCH(QString, grounds);
        QFETCH(int, expected);
        const RoundStatus status = statusIn(RoundState::Announced);
        const QDate today(2026, 1, 30);
        if (expected < 0) {
            QVERIFY_THROWS_EXCEPTION(InputError, checkAppealFiling(status, team, filed, grounds, today));
        } else {
            QCOMPARE(checkAppealFiling(status, team, filed, grounds, today), expected == 1);
        }
    }

    void finalOnlyAfterWindowWithEveryAppealRuled()
    {
        RoundStatus status = statusIn(RoundState::Announced);
        QVERIFY_THROWS_EXCEPTION(InputError, requireFinalizable(status, QDate(2026, 1, 25)));
        requireFinalizable(status, QDate(2026, 1, 26));
        Appeal open;
        open.id = 1;
        open.version = 1;
        open.team = QStringLiteral("nc");
        open.filedOn = QDate(2026, 1, 20);
        status.appeals.push_back(open);
        QVERIFY_THROWS_EXCEPTION(InputError, requireFinalizable(status, QDate(2026, 1, 26)));
        Appeal late = open;
        late.id = 2;
        late.late = true;
        status.appeals[0].ruling = Ruling::Rejected;
        status.appeals.push_back(late);   // late appeals need no ruling
        requireFinalizable(status, QDate(2026, 1, 26));
        QVERIFY_THROWS_EXCEPTION(InputError, requireRuling(status, 2, u"r"_qs, QDate(2026, 1, 26),
                                                           QDate(2026, 1, 26)));
        QVERIFY_THROWS_EXCEPTION(InputError, requireRuling(status, 1, u"r"_qs, QDate(2026, 1, 26),
                                                           QDate(2026, 1, 26)));
    }

    void fingerprintIgnoresDraftsAndLaterMembers()
    {
        Panel panel = buildDemoPanel();
        const QByteArray inputs = canonicalInputs(panel);
        const QString fingerprint = sha256Hex(inputs);
        QCOMPARE(fingerprint.size(), 64);
        // the canonical file reproduces the standings
        QCOMPARE(computeStandings(parsePanelJson(inputs, u"inputs"_qs)).teams.size(),
                 computeStandings(panel).teams.size());
        Panel more = panel;
        more.reviewers.push_back({u"k01"_qs, u"new member"_qs, Role::Expert, {u"lg"_qs}});
        more.expertScores.push_back({u"k01"_qs, u"nc"_qs, more.categories.at(1).rubric.at(0).id,
                                     1, false, {}});   // a draft
        QCOMPARE(sha256Hex(canonicalInputs(more)), fingerprint);
        Panel changed = panel;
        changed.benchmarkResults.at(0).score += 0.5;
        QVERIFY(sha256Hex(canonicalInputs(changed)) != fingerprint);
        // known vector: SHA-256 of "abc"
        QCOMPARE(sha256Hex("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
