// The decision lifecycle in the store (storage/DecisionStore.h, schema step 4): the whole
// path lock -> decide -> announce -> appeal -> final on the demo, every refusal leaving the
// database unchanged, inputs frozen once locked (also against raw SQL), decision records
// immutable (raw UPDATE/DELETE refused), the committee without the team's scorers, and an
// upheld appeal leading to a second version while the first stays reproducible.
#include "decision/ComposeDecision.h"
#include "decision/RoundSteps.h"
#include "decision/VerifiedSteps.h"
#include "StorageTestSupport.h"

#include "decision/Fingerprint.h"
#include "decision/VersionInputs.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqliteStore.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace pd;
using namespace pd::test;

namespace {

const QString kChair = QStringLiteral("chair");
const QDate kDecided(2026, 1, 14);
const QDate kAnnounced(2026, 1, 15);

QMap<QString, QString> demoReasons()
{
    return {{QStringLiteral("nc"), QStringLiteral("lowest total among eligible teams")},
            {QStringLiteral("naver"), QStringLiteral("failed the independence criterion (R5)")}};
}

// A digest of every table of the file, to prove a refusal changed nothing.
QString contents(const QString &path)
{
    RawDb raw(path);
    QStringList parts;
    QSqlQuery tables(raw.db());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                               "name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        QSqlQuery rows(raw.db());
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(name));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << rows.value(i).toString();
            parts << name + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
    }
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(),
                                                        QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestDecisions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // The demo round, optionally advanced to `state` by the chair.
    QString demoAt(RoundState state, std::unique_ptr<SqliteStore> *keep = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.paneldesk").arg(++m_counter));
        auto store = SqliteStore::create(path);
        store->replacePanel(buildDemoPanel(), QStringLiteral("test"));
        if (state >= RoundState::Locked)
            store->lockRound(kChair);
        if (state >= RoundState::Decided)
            decideRound(*store, kDecided, demoReasons(), {}, kChair);
        if (state >= RoundState::Announced)
            store->announceDecision(kAnnounced, kAnnounced, kChair);
        if (state >= RoundState::Final)
            store->finalizeDecision(QDate(2026, 1, 26), kChair);
        if (keep)
            *keep = std::move(store);
        return path;
    }

    // `step` must be refused with an InputError and leave the file as it was.
    void expectRefused(const QString &path, const std::function<void(PanelStore &)> &step,
                       const char *contains = nullptr)
    {
        const QString before = contents(path);
        auto store = SqliteStore::open(path);
        try {
            step(*store);
            QFAIL("the step was not refused");
        } catch (const InputError &e) {
            if (contains)
                QVERIFY2(e.message().contains(QLatin1String(contains)), qPrintable(e.message()));
        }
        store.reset();
        QCOMPARE(contents(path), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoPathToFinal()
    {
        std::unique_ptr<SqliteStore> store;
        demoAt(RoundState::Open, &store);
        QCOMPARE(toString(store->loadRoundStatus().state), toString(RoundState::Scoring));   // the demo has sheets
        store->lockRound(kChair);
        QCOMPARE(toString(store->loadRoundStatus().state), toString(RoundState::Locked));
        QCOMPARE(decideRound(*store, kDecided, demoReasons(), {}, kChair), 1);
        store->announceDecision(kAnnounced, QDate(2026, 1, 15), kChair);
        RoundStatus status = store->loadRoundStatus();
        QCOMPARE(toString(status.state), toString(RoundState::Announced));
        QCOMPARE(*status.latest()->appealCloses, QDate(2026, 1, 25));
        QVERIFY_THROWS_EXCEPTION(InputError, store->finalizeDecision(QDate(2026, 1, 25), kChair));
        store->finalizeDecision(QDate(2026, 1, 26), kChair);
        status = store->loadRoundStatus();
        QCOMPARE(toString(status.state), toString(RoundState::Final));
        const DecisionVersion &v = *status.latest();
        QCOMPARE(toString(v.outcomeOf(u"nc"_qs)->outcome), toString(Outcome::EliminatedScore));
        QCOMPARE(toString(v.outcomeOf(u"naver"_qs)->outcome), toString(Outcome::Disqualified));
        QCOMPARE(v.outcomeOf(u"naver"_qs)->reason, demoReasons().value(u"naver"_qs));
        // the stored part with the round's ratings put back (decision/VersionInputs.h)
        QCOMPARE(v.fingerprint, versionInputs(*store, v).fingerprint);
        QCOMPARE(v.fingerprint, sha256Hex(canonicalInputs(store->loadPanel())));
        const TalliedPanel inputs = versionPanel(v, store->loadScoringInputs().ratingTallies);
        QCOMPARE(standingsJson(computeStandings(inputs.panel, inputs.tallies)), v.standings);
        QCOMPARE(*v.finalOn, QDate(2026, 1, 26));
        // every chair step is in the audit log (T12)
        QStringList actions;
        for (const AuditEntry &e : store->auditLog())
            if (e.actor == kChair)
                actions << e.action;
        QCOMPARE(actions, (QStringList{u"lock-round"_qs, u"decide-round"_qs,
                                       u"announce-decision"_qs, u"finalize-decision"_qs}));
    }

    // Every illegal transition, and every chair step tried by someone else (T12), is refused
    // with the database unchanged.
    void illegalStepsRefused_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("actor");
        const QStringList steps{u"lock"_qs, u"reopen"_qs, u"decide"_qs, u"announce"_qs,
                                u"appeal"_qs, u"rule"_qs, u"finalize"_qs};
        // what the chair may do in each state (with the arguments used below)
        const QMap<int, QStringList> chairMay{
            {int(RoundState::Scoring), {u"lock"_qs}},
            {int(RoundState::Locked), {u"reopen"_qs, u"decide"_qs}},
            {int(RoundState::Decided), {u"reopen"_qs, u"announce"_qs}},
            {int(RoundState::Announced), {u"appeal"_qs, u"finalize"_qs}},
            {int(RoundState::Final), {}},
        };
        for (auto it = chairMay.cbegin(); it != chairMay.cend(); ++it) {
            for (const QString &step : steps) {
                const QString state = toString(RoundState(it.key()));
                if (!it.value().contains(step))
                    QTest::addRow("chair %s in %s", qPrintable(step), qPrintable(state))
                        << it.key() << step << kChair;
                for (const char *other : {"e01", "secretariat", "nobody"})
                    QTest::addRow("%s %s in %s", other, qPrintable(step), qPrintable(state))
                        << it.key() << step << QString::fromLatin1(other);
            }
        }
    }
    void illegalStepsRefused()
    {
        QFETCH(int, state);
        QFETCH(QString, step);
        QFETCH(QString, actor);
        const QString path = demoAt(RoundState(state));
        // finalize is also refused for the chair in Announced when the window is open
        const QDate today = step == u"finalize"_qs ? QDate(2026, 1, 26) : QDate(2026, 1, 20);
        // The chair's illegal transitions are the store's state rules; anyone else is refused
        // by the use cases the window and the CLI call (the role, access/LifecycleAccess.h),
        // before the store or the file's verification is reached.
        if (actor == kChair)
            expectRefused(path, [&](PanelStore &s) {
                if (step == u"lock"_qs)
                    s.lockRound(actor);
                else if (step == u"reopen"_qs)
                    s.reopenRound(u"typo in a score"_qs, today, actor);
                else if (step == u"decide"_qs)
                    decideRound(s, kDecided, demoReasons(), {}, actor);
                else if (step == u"announce"_qs)
                    s.announceDecision(kAnnounced, kAnnounced, actor);
                else if (step == u"appeal"_qs)
                    s.fileAppeal(u"nc"_qs, QDate(2026, 1, 20), u"grounds"_qs, {}, today, actor);
                else if (step == u"rule"_qs)
                    s.ruleAppeal(1, Ruling::Rejected, u"no merit"_qs, today, actor);
                else
                    s.finalizeDecision(today, actor);
            });
        else
            expectRefused(path, [&](PanelStore &s) {
                if (step == u"lock"_qs)
                    lockVerified(s, actor);
                else if (step == u"reopen"_qs)
                    reopenRoundStep(s, u"typo in a score"_qs, today, actor);
                else if (step == u"decide"_qs)
                    decideVerified(s, kDecided, demoReasons(), {}, actor);
                else if (step == u"announce"_qs)
                    announceVerified(s, kAnnounced, kAnnounced, actor);
                else if (step == u"appeal"_qs)
                    fileAppealStep(s, u"nc"_qs, QDate(2026, 1, 20), u"grounds"_qs, {}, today, actor);
                else if (step == u"rule"_qs)
                    ruleAppealStep(s, 1, Ruling::Rejected, u"no merit"_qs, today, actor);
                else
                    finalizeVerified(s, today, actor);
            }, actor == u"nobody"_qs ? "unknown member" : "only the chair");
    }

    void decideRefusedOnIncompleteStandings()
    {
        std::unique_ptr<SqliteStore> store;
        const QString path = demoAt(RoundState::Open, &store);
        store->recordVerdict(u"skt"_qs, Verdict::Pending, {}, kChair);
        store->lockRound(kChair);
        store.reset();
        expectRefused(path, [](PanelStore &s) { decideRound(s, kDecided, demoReasons(), {}, kChair); },
                      "not complete");
        // and without a reason for an eliminated team
        const QString other = demoAt(RoundState::Locked);
        expectRefused(other, [](PanelStore &s) {
            decideRound(s, kDecided, {{u"nc"_qs, u"last"_qs}}, {}, kChair);
        }, "naver");
    }

    void lockedRoundRefusesEdits()
    {
        const QString path = demoAt(RoundState::Locked);
        expectRefused(path, [](PanelStore &s) { s.reopenSheet(u"e01"_qs, u"lg"_qs, u"fix"_qs, kChair); });
        expectRefused(path, [](PanelStore &s) {
            s.recordVerdict(u"nc"_qs, Verdict::Fail, u"late finding"_qs, kChair);
        });
        expectRefused(path, [](PanelStore &s) { s.replacePanel(buildDemoPanel(), u"test"_qs); });
        // raw SQL too
        RawDb raw(path);
        QVERIFY(raw.tryExec(u"UPDATE expert_scores SET comment = 'x'"_qs).contains(u"locked"_qs));
        QVERIFY(raw.tryExec(u"DELETE FROM benchmark_results"_qs).contains(u"locked"_qs));
        QVERIFY(raw.tryExec(u"UPDATE independence SET rationale = 'x'"_qs).contains(u"locked"_qs));
    }

    void decisionRecordsImmutable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("decision inputs") << u"UPDATE decisions SET inputs = 'x'"_qs;
        QTest::newRow("decision fingerprint") << u"UPDATE decisions SET fingerprint = lower(fingerprint)"_qs;
        QTest::newRow("delete decision") << u"DELETE FROM decisions"_qs;
        QTest::newRow("outcome") << u"UPDATE decision_outcomes SET outcome = 'advance'"_qs;
        QTest::newRow("delete outcome") << u"DELETE FROM decision_outcomes"_qs;
        QTest::newRow("announcement date") << u"UPDATE decision_events SET on_date = '2026-01-20'"_qs;
        QTest::newRow("delete final") << u"DELETE FROM decision_events WHERE event = 'final'"_qs;
        QTest::newRow("appeal grounds") << u"UPDATE appeals SET grounds = 'other'"_qs;
        QTest::newRow("delete appeal") << u"DELETE FROM appeals"_qs;
        QTest::newRow("committee") << u"DELETE FROM appeal_committee"_qs;
        QTest::newRow("ruling") << u"UPDATE appeal_rulings SET ruling = 'upheld'"_qs;
        QTest::newRow("delete ruling") << u"DELETE FROM appeal_rulings"_qs;
    }
    void decisionRecordsImmutable()
    {
        QFETCH(QString, sql);
        std::unique_ptr<SqliteStore> store;
        const QString path = demoAt(RoundState::Announced, &store);
        const qint64 id = store->fileAppeal(u"nc"_qs, QDate(2026, 1, 20), u"miscount"_qs, {},
                                            QDate(2026, 1, 20), kChair);
        store->ruleAppeal(id, Ruling::Rejected, u"counted correctly"_qs, QDate(2026, 1, 22), kChair);
        store->finalizeDecision(QDate(2026, 1, 26), kChair);
        store.reset();
        const QString before = contents(path);
        RawDb raw(path);
        const QString error = raw.tryExec(sql);
        QVERIFY2(error.contains(u"immutable"_qs), qPrintable(error));
        QCOMPARE(contents(path), before);
    }

    void committeeExcludesScorers()
    {
        std::unique_ptr<SqliteStore> store;
        demoAt(RoundState::Open, &store);
        // a new expert who scored nothing, and one who scored nc only as a draft
        store->addMember({u"k01"_qs, u"외부 위원"_qs, Role::Expert, {}}, u"test"_qs);
        store->addMember({u"k02"_qs, u"conflicted"_qs, Role::Expert, {u"nc"_qs}}, u"test"_qs);
        store->addMember({u"k03"_qs, u"drafted"_qs, Role::Expert, {}}, u"test"_qs);
        store->setSheetOpinion(u"k03"_qs, u"nc"_qs, u"started"_qs, u"k03"_qs);
        store->lockRound(kChair);
        decideRound(*store, kDecided, demoReasons(), {}, kChair);
        store->announceDecision(kAnnounced, kAnnounced, kChair);
        const qint64 id = store->fileAppeal(u"nc"_qs, QDate(2026, 1, 18), u"miscount"_qs, {},
                                            QDate(2026, 1, 18), kChair);
        const RoundStatus status = store->loadRoundStatus();
        // e01..e10 scored nc; k02 is conflicted; k03 holds a sheet
        QCOMPARE(status.appeal(id)->committee, (QStringList{u"chair"_qs, u"k01"_qs}));
        QVERIFY_THROWS_EXCEPTION(InputError, store->fileAppeal(u"nc"_qs, QDate(2026, 1, 18),
                                                                u"again"_qs, {u"k01"_qs, u"e03"_qs},
                                                                QDate(2026, 1, 18), kChair));
        QVERIFY_THROWS_EXCEPTION(InputError, store->fileAppeal(u"nc"_qs, QDate(2026, 1, 18),
                                                                u"again"_qs, {u"k03"_qs},
                                                                QDate(2026, 1, 18), kChair));
        const qint64 named = store->fileAppeal(u"naver"_qs, QDate(2026, 1, 19), u"R5"_qs,
                                               {u"k01"_qs}, QDate(2026, 1, 19), kChair);
        QCOMPARE(store->loadRoundStatus().appeal(named)->committee, QStringList{u"k01"_qs});
        // the schema refuses a scorer on a committee even through raw SQL
        const QString path = store->location();
        store.reset();
        RawDb raw(path);
        QVERIFY(raw.tryExec(u"INSERT INTO appeal_committee VALUES ('R1', 1, 'e01', 9)"_qs)
                    .contains(u"scored"_qs));
    }

    void lateAppealRecordedAndRefusedByRule()
    {
        std::unique_ptr<SqliteStore> store;
        demoAt(RoundState::Announced, &store);
        const qint64 id = store->fileAppeal(u"nc"_qs, QDate(2026, 1, 26), u"too late"_qs, {},
                                            QDate(2026, 1, 26), kChair);
        const RoundStatus status = store->loadRoundStatus();
        const Appeal *appeal = status.appeal(id);
        QVERIFY(appeal->late);
        QVERIFY(appeal->committee.isEmpty());
        QVERIFY_THROWS_EXCEPTION(InputError, store->ruleAppeal(id, Ruling::Upheld, u"x"_qs,
                                                               QDate(2026, 1, 27), kChair));
        store->finalizeDecision(QDate(2026, 1, 26), kChair);   // a late appeal does not block
        // after the final decision a late appeal is still recorded
        const qint64 after = store->fileAppeal(u"naver"_qs, QDate(2026, 2, 1), u"later"_qs, {},
                                               QDate(2026, 2, 1), kChair);
        QVERIFY(store->loadRoundStatus().appeal(after)->late);
    }

    void openAppealBlocksFinal()
    {
        std::unique_ptr<SqliteStore> store;
        const QString path = demoAt(RoundState::Announced, &store);
        store->fileAppeal(u"naver"_qs, QDate(2026, 1, 25), u"R5 misapplied"_qs, {},
                          QDate(2026, 1, 25), kChair);
        store.reset();
        expectRefused(path, [](PanelStore &s) { s.finalizeDecision(QDate(2026, 2, 10), kChair); },
                      "await");
    }

    void upheldAppealLeadsToNewVersion()
    {
        std::unique_ptr<SqliteStore> store;
        demoAt(RoundState::Announced, &store);
        const RoundStatus first = store->loadRoundStatus();
        const qint64 id = store->fileAppeal(u"naver"_qs, QDate(2026, 1, 20), u"R5 misapplied"_qs,
                                            {}, QDate(2026, 1, 20), kChair);
        store->ruleAppeal(id, Ruling::Upheld, u"the licence was misread"_qs, QDate(2026, 1, 22),
                          kChair);
        QCOMPARE(toString(store->loadRoundStatus().state), toString(RoundState::Scoring));   // reopened
        store->recordVerdict(u"naver"_qs, Verdict::Pass, u"licence permits the use"_qs, kChair);
        store->lockRound(kChair);
        QCOMPARE(decideRound(*store, QDate(2026, 1, 23), {{u"nc"_qs, u"lowest total"_qs}}, {}, kChair), 2);
        store->announceDecision(QDate(2026, 1, 23), QDate(2026, 1, 23), kChair);
        const RoundStatus status = store->loadRoundStatus();
        QCOMPARE(status.versions.size(), size_t(2));
        const DecisionVersion &v1 = status.versions[0];
        const DecisionVersion &v2 = status.versions[1];
        QCOMPARE(v1.fingerprint, first.latest()->fingerprint);   // kept, unchanged
        QCOMPARE(v1.standings, first.latest()->standings);
        QVERIFY(v1.reopenedOn.has_value());
        QVERIFY(v1.fingerprint != v2.fingerprint);
        QCOMPARE(toString(v2.outcomeOf(u"naver"_qs)->outcome), toString(Outcome::Advance));
        QCOMPARE(*v2.appealCloses, QDate(2026, 2, 2));
        // both versions reproduce their standings from their own inputs
        for (const DecisionVersion &v : status.versions) {
            QCOMPARE(versionInputs(*store, v).fingerprint, v.fingerprint);
            const TalliedPanel inputs = versionPanel(v, store->loadScoringInputs().ratingTallies);
            QCOMPARE(standingsJson(computeStandings(inputs.panel, inputs.tallies)), v.standings);
        }
        // the appeal against version 1 can no longer be ruled on
        QVERIFY_THROWS_EXCEPTION(InputError, store->ruleAppeal(id, Ruling::Rejected, u"x"_qs,
                                                               QDate(2026, 1, 24), kChair));
    }

    void tieResolutionRecordedWithDecision()
    {
        // two eligible teams at the cut with identical inputs: tie_at_cut until resolved
        Panel panel = buildDemoPanel();
        const QString a = u"upstage"_qs, b = u"nc"_qs;
        const auto copyOf = [&](auto &list, auto member) {
            std::remove_reference_t<decltype(list)> kept;
            for (const auto &row : list)
                if (row.*member != b)
                    kept.push_back(row);
            for (const auto &row : list)
                if (row.*member == a) {
                    auto clone = row;
                    clone.*member = b;
                    kept.push_back(clone);
                }
            list = kept;
        };
        copyOf(panel.benchmarkResults, &BenchmarkResult::team);
        copyOf(panel.expertScores, &ExpertScore::team);
        copyOf(panel.userRatings, &UserRating::team);
        for (Category &c : panel.categories)
            for (BenchmarkGroup &g : c.groups) {
                std::vector<Benchmark> kept;
                for (Benchmark bm : g.benchmarks) {
                    if (bm.teams.contains(b) && !bm.teams.contains(a))
                        continue;   // b's own benchmarks go; it takes a's
                    if (bm.teams.contains(a) && !bm.teams.contains(b))
                        bm.teams << b;
                    kept.push_back(bm);
                }
                g.benchmarks = kept;
            }
        const Standings tied = computeStandings(panel);
        QCOMPARE(toString(tied.find(b)->outcome), toString(Outcome::TieAtCut));
        QCOMPARE(toString(tied.find(a)->outcome), toString(Outcome::TieAtCut));
        const QString path = m_dir.filePath(u"tie.paneldesk"_qs);
        auto store = SqliteStore::create(path);
        store->replacePanel(panel, u"test"_qs);
        store->lockRound(kChair);
        QVERIFY_THROWS_EXCEPTION(InputError, decideRound(*store, kDecided, demoReasons(), {}, kChair));
        QMap<QString, QString> reasons = demoReasons();
        reasons[a] = u"lost the tie by panel vote"_qs;
        decideRound(*store, kDecided, reasons, {{{b, a}, u"panel vote of 2026-01-14"_qs}}, kChair);
        const RoundStatus status = store->loadRoundStatus();
        const DecisionVersion &v = *status.latest();
        QCOMPARE(toString(v.outcomeOf(a)->outcome), toString(Outcome::EliminatedScore));
        QCOMPARE(parsePanelJson(v.inputs, u"v"_qs).round.tieResolutions.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
