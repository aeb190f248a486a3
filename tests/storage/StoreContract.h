#pragma once
// The store's contract (storage/PanelStore.h), written once and run against both backends:
// `storage.contract` (tests/storage/tst_contract.cpp, a SQLite file) and `server.contract`
// (tests/server/tst_contract.cpp, PgStore on the throwaway cluster; label postgres).
// Header-only.
//
// Each case is a function of a Backend: it creates its own panel (a name of its own), opens it
// as the members it needs and checks what both backends must do alike. Refusals are checked
// by error class (InputError, StaleEdit), not by message, and by what they leave: nothing
// (Backend::contents, every row of every table, before and after).
//
// Adding a case (imports, members, findings, decisions as they are built for the server):
// write `void myCase(Backend &backend)` below and add it to cases(). A case a backend cannot
// run yet is skipped there with the reason its Backend::notYet gives.

#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "io/StandingsJson.h"
#include "provenance/ProvenanceSummary.h"
#include "services/FindingsService.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace pd::test::contract {

// Where a case's panels live.
class Backend {
public:
    virtual ~Backend() = default;
    // Puts `panel` in a new place named `name` (lower-case letters, digits, _).
    virtual void create(const QString &name, const Panel &panel) = 0;
    // The panel `name` opened as `member` (signed in where the backend needs it).
    virtual std::unique_ptr<PanelStore> open(const QString &name, const QString &member) = 0;
    // Every row of every table of `name`, as text in a fixed order: equal before and after
    // a refusal.
    virtual QStringList contents(const QString &name) = 0;
    // Why the case `caseName` cannot run on this backend yet (a step not built for it),
    // or empty.
    virtual QString notYet(const QString &caseName) const { Q_UNUSED(caseName); return {}; }
};

using Case = std::function<void(Backend &)>;

// The error class a step throws: "none", "StaleEdit", "InputError", "StoreError", "Error".
inline QString errorClassOf(const std::function<void()> &step)
{
    try {
        step();
    } catch (const StaleEdit &) {
        return QStringLiteral("StaleEdit");
    } catch (const InputError &) {
        return QStringLiteral("InputError");
    } catch (const StoreError &) {
        return QStringLiteral("StoreError");
    } catch (const Error &) {
        return QStringLiteral("Error");
    }
    return QStringLiteral("none");
}

inline const QString &naver() { static const QString id = QStringLiteral("naver"); return id; }

// The demo panel with e01's and e02's naver sheets not started (their scores are returned
// as drafts to enter).
inline Panel flowPanel(std::vector<ExpertScore> *e01Naver = nullptr, std::vector<ExpertScore> *e02Naver = nullptr)
{
    Panel panel = buildDemoPanel();
    std::vector<ExpertScore> e01, e02;
    std::erase_if(panel.expertScores, [&](const ExpertScore &s) {
        if (s.team != naver() || (s.reviewer != QLatin1String("e01") && s.reviewer != QLatin1String("e02")))
            return false;
        ExpertScore draft = s;
        draft.submitted = false;
        (s.reviewer == QLatin1String("e01") ? e01 : e02).push_back(draft);
        return true;
    });
    if (e01Naver)
        *e01Naver = e01;
    if (e02Naver)
        *e02Naver = e02;
    return panel;
}

inline std::optional<SheetRecord> sheetOf(const PanelStore &store, const QString &reviewer, const QString &team)
{
    for (const SheetRecord &sheet : store.loadSheets())
        if (sheet.reviewer == reviewer && sheet.team == team)
            return sheet;
    return std::nullopt;
}

inline QStringList actionsOf(const PanelStore &store)
{
    QStringList actions;
    for (const AuditEntry &e : store.auditLog())
        actions << e.action + QLatin1Char(' ') + e.entity;
    return actions;
}

// The demo panel read back as the chair: the round, teams, members and the standings equal
// what the panel computes in memory.
inline void demoPanelRoundTrips(Backend &backend)
{
    const Panel demo = buildDemoPanel();
    backend.create(QStringLiteral("contract_demo"), demo);
    const auto chair = backend.open(QStringLiteral("contract_demo"), QStringLiteral("chair"));
    const Panel read = chair->loadPanel();
    QCOMPARE(read.round.id, demo.round.id);
    QCOMPARE(read.teams.size(), demo.teams.size());
    QCOMPARE(read.categories.size(), demo.categories.size());
    QCOMPARE(read.expertScores.size(), demo.expertScores.size());
    QCOMPARE(read.userRatings.size(), demo.userRatings.size());
    const QByteArray expected = standingsJson(computeStandings(demo));
    QCOMPARE(standingsJson(computeStandings(read)), expected);
    const ScoringInputs inputs = chair->loadScoringInputs();
    QCOMPARE(standingsJson(computeStandings(inputs.panel, inputs.ratingTallies)), expected);
    QCOMPARE(chair->loadRoundStatus().round, demo.round.id);
    QCOMPARE(int(chair->loadRoundState()), int(RoundState::Scoring));
}

// members(): every member with their name and role, in the panel's order.
inline void membersAreListed(Backend &backend)
{
    const Panel demo = buildDemoPanel();
    backend.create(QStringLiteral("contract_members"), demo);
    const auto chair = backend.open(QStringLiteral("contract_members"), QStringLiteral("chair"));
    QStringList expected, listed;
    for (const Reviewer &r : demo.reviewers)
        expected << QStringLiteral("%1|%2|%3").arg(r.id, r.name).arg(int(r.role));
    for (const Member &m : chair->members())
        listed << QStringLiteral("%1|%2|%3").arg(m.id, m.name).arg(int(m.role));
    QCOMPARE(listed, expected);
}

// A draft from the first score to the submit: set, the same value again, clear (no sheet
// again), the opinion, submit; a submitted sheet's scores no longer change; the submit is
// in the audit log.
inline void aSheetFromDraftToSubmit(Backend &backend)
{
    std::vector<ExpertScore> drafts;
    backend.create(QStringLiteral("contract_sheet"), flowPanel(&drafts));
    QVERIFY(drafts.size() >= 2);
    const QString e01 = QStringLiteral("e01");
    const auto store = backend.open(QStringLiteral("contract_sheet"), e01);
    QVERIFY(!sheetOf(*store, e01, naver()));
    store->setExpertScore(drafts[0], Actor(e01));
    QCOMPARE(store->loadSheetScores(e01, naver()).size(), std::size_t(1));
    QCOMPARE(store->loadExpertScore(e01, naver(), drafts[0].item)->score, drafts[0].score);
    QVERIFY(!sheetOf(*store, e01, naver())->submitted);
    store->setExpertScore(drafts[0], Actor(e01));   // the same value: nothing to do
    ExpertScore changed = drafts[0];
    changed.score = 0;
    store->setExpertScore(changed, Actor(e01));
    QCOMPARE(store->loadExpertScore(e01, naver(), drafts[0].item)->score, 0.0);
    store->clearExpertScore(e01, naver(), drafts[0].item, Actor(e01));
    QVERIFY(!store->loadExpertScore(e01, naver(), drafts[0].item));
    QVERIFY(!sheetOf(*store, e01, naver()));   // an empty draft is no sheet

    store->setExpertScore(drafts[0], Actor(e01));
    // Incomplete: refused, nothing changes.
    const QStringList before = backend.contents(QStringLiteral("contract_sheet"));
    QCOMPARE(errorClassOf([&] { store->submitSheet(e01, naver(), Actor(e01)); }), QStringLiteral("InputError"));
    QCOMPARE(backend.contents(QStringLiteral("contract_sheet")), before);
    for (const ExpertScore &s : drafts)
        store->setExpertScore(s, Actor(e01));
    store->setSheetOpinion(e01, naver(), QStringLiteral("solid work"), Actor(e01));
    QCOMPARE(sheetOf(*store, e01, naver())->opinion, QStringLiteral("solid work"));
    store->submitSheet(e01, naver(), Actor(e01));
    const std::optional<SheetRecord> submitted = sheetOf(*store, e01, naver());
    QVERIFY(submitted && submitted->submitted);
    for (const ExpertScore &s : store->loadSheetScores(e01, naver()))
        QVERIFY(s.submitted);
    QCOMPARE(store->loadSheetScores(e01, naver()).size(), drafts.size());
    const QStringList afterSubmit = backend.contents(QStringLiteral("contract_sheet"));
    QCOMPARE(errorClassOf([&] { store->setExpertScore(changed, Actor(e01)); }), QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] { store->setSheetOpinion(e01, naver(), QStringLiteral("x"), Actor(e01)); }),
             QStringLiteral("InputError"));
    QCOMPARE(backend.contents(QStringLiteral("contract_sheet")), afterSubmit);
    const auto chair = backend.open(QStringLiteral("contract_sheet"), QStringLiteral("chair"));
    QVERIFY(actionsOf(*chair).contains(QStringLiteral("submit-sheet sheets/R1/e01/naver")));
}

// Refusals of a score: out of range, off the step, an unknown item, a team the reviewer
// declared a conflict with. Each an InputError; nothing changes.
inline void badScoresAreRefused(Backend &backend)
{
    std::vector<ExpertScore> drafts;
    Panel panel = flowPanel(&drafts);
    for (Reviewer &r : panel.reviewers)
        if (r.id == QLatin1String("e01"))
            r.conflicts = {QStringLiteral("nc")};
    std::erase_if(panel.expertScores, [](const ExpertScore &s) {
        return s.reviewer == QLatin1String("e01") && s.team == QLatin1String("nc");
    });
    backend.create(QStringLiteral("contract_refusals"), panel);
    const QString e01 = QStringLiteral("e01");
    const auto store = backend.open(QStringLiteral("contract_refusals"), e01);
    store->setExpertScore(drafts[0], Actor(e01));
    const QStringList before = backend.contents(QStringLiteral("contract_refusals"));
    ExpertScore tooHigh = drafts[0];
    tooHigh.score = 1000;
    ExpertScore negative = drafts[0];
    negative.score = -1;
    ExpertScore offStep = drafts[0];
    offStep.score = drafts[0].score + 0.0001;
    ExpertScore unknownItem = drafts[0];
    unknownItem.item = QStringLiteral("no-such-item");
    ExpertScore conflicted = drafts[0];
    conflicted.team = QStringLiteral("nc");
    for (const ExpertScore &bad : {tooHigh, negative, offStep, unknownItem, conflicted})
        QCOMPARE(errorClassOf([&] { store->setExpertScore(bad, Actor(e01)); }), QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] { store->setSheetOpinion(e01, QStringLiteral("nc"), QStringLiteral("x"), Actor(e01)); }),
             QStringLiteral("InputError"));
    QCOMPARE(backend.contents(QStringLiteral("contract_refusals")), before);
    QCOMPARE(store->loadExpertScore(e01, naver(), drafts[0].item)->score, drafts[0].score);
}

// Two copies of e01's sheet: the one that watches it is refused (StaleEdit) once the other
// wrote, and nothing is saved; watching again takes the sheet as it is.
inline void aStaleEditIsRefused(Backend &backend)
{
    std::vector<ExpertScore> drafts;
    backend.create(QStringLiteral("contract_stale"), flowPanel(&drafts));
    const QString e01 = QStringLiteral("e01");
    const auto first = backend.open(QStringLiteral("contract_stale"), e01);
    const auto second = backend.open(QStringLiteral("contract_stale"), e01);
    first->setExpertScore(drafts[0], Actor(e01));
    first->watchSheet(e01, naver());
    ExpertScore other = drafts[0];
    other.score = 0;
    second->setExpertScore(other, Actor(e01));
    const QStringList before = backend.contents(QStringLiteral("contract_stale"));
    ExpertScore mine = drafts[1];
    QCOMPARE(errorClassOf([&] { first->setExpertScore(mine, Actor(e01)); }), QStringLiteral("StaleEdit"));
    QCOMPARE(errorClassOf([&] { first->setSheetOpinion(e01, naver(), QStringLiteral("x"), Actor(e01)); }),
             QStringLiteral("StaleEdit"));
    QCOMPARE(backend.contents(QStringLiteral("contract_stale")), before);
    first->watchSheet(e01, naver());
    first->setExpertScore(mine, Actor(e01));
    first->setExpertScore(drafts[2], Actor(e01));   // its own writes move its copy on
    QCOMPARE(second->loadSheetScores(e01, naver()).size(), std::size_t(3));
    first->unwatchSheet(e01, naver());
}

// The chair reopens a submitted sheet with a reason: a draft again, the reviewer changes
// and submits it again; the reopen is audited with its reason.
inline void theChairReopensASheet(Backend &backend)
{
    std::vector<ExpertScore> drafts;
    backend.create(QStringLiteral("contract_reopen"), flowPanel(&drafts));
    const QString e01 = QStringLiteral("e01");
    const auto store = backend.open(QStringLiteral("contract_reopen"), e01);
    for (const ExpertScore &s : drafts)
        store->setExpertScore(s, Actor(e01));
    store->submitSheet(e01, naver(), Actor(e01));
    const auto chair = backend.open(QStringLiteral("contract_reopen"), QStringLiteral("chair"));
    QCOMPARE(errorClassOf([&] { chair->reopenSheet(e01, naver(), QStringLiteral(" "), Actor(QStringLiteral("chair"))); }),
             QStringLiteral("InputError"));
    chair->reopenSheet(e01, naver(), QStringLiteral("item 2 was misread"), Actor(QStringLiteral("chair")));
    QVERIFY(!sheetOf(*store, e01, naver())->submitted);
    ExpertScore changed = drafts[0];
    changed.score = 0;
    store->setExpertScore(changed, Actor(e01));
    store->submitSheet(e01, naver(), Actor(e01));
    QVERIFY(sheetOf(*store, e01, naver())->submitted);
    bool reasonKept = false;
    for (const AuditEntry &e : chair->auditLog())
        if (e.action == QLatin1String("reopen-sheet") && e.entity == QLatin1String("sheets/R1/e01/naver"))
            reasonKept = e.reason == QLatin1String("item 2 was misread") && e.actor == QLatin1String("chair");
    QVERIFY(reasonKept);
    QCOMPARE(actionsOf(*chair).count(QStringLiteral("submit-sheet sheets/R1/e01/naver")), 2);
}

// The chair locks the round: its state is locked for everyone, the lock is audited, and a
// later save, opinion or submit is refused and changes nothing.
inline void aLockedRoundRefusesSaves(Backend &backend)
{
    std::vector<ExpertScore> drafts;
    backend.create(QStringLiteral("contract_lock"), flowPanel(&drafts));
    const QString e01 = QStringLiteral("e01");
    const auto store = backend.open(QStringLiteral("contract_lock"), e01);
    store->setExpertScore(drafts[0], Actor(e01));
    const auto chair = backend.open(QStringLiteral("contract_lock"), QStringLiteral("chair"));
    chair->lockRound(Actor(QStringLiteral("chair")));
    QCOMPARE(int(chair->loadRoundState()), int(RoundState::Locked));
    QCOMPARE(int(store->loadRoundState()), int(RoundState::Locked));
    QCOMPARE(actionsOf(*chair).last(), QStringLiteral("lock-round rounds/R1"));
    const QStringList before = backend.contents(QStringLiteral("contract_lock"));
    ExpertScore changed = drafts[0];
    changed.score = 0;
    QCOMPARE(errorClassOf([&] { store->setExpertScore(changed, Actor(e01)); }), QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] { store->setExpertScore(drafts[1], Actor(e01)); }), QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] { store->clearExpertScore(e01, naver(), drafts[0].item, Actor(e01)); }),
             QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] { store->setSheetOpinion(e01, naver(), QStringLiteral("x"), Actor(e01)); }),
             QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] { store->submitSheet(e01, naver(), Actor(e01)); }), QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] { chair->lockRound(Actor(QStringLiteral("chair"))); }), QStringLiteral("InputError"));
    QCOMPARE(backend.contents(QStringLiteral("contract_lock")), before);
}

// A provenance report attached to a component (storage/AttachedReportsStore.h): stored byte
// for byte with its SHA-256, the evidence text citing it, one "attach-report" entry; a
// malformed report, a secretariat member and a locked round are refused and change nothing.
inline void aReportIsAttached(Backend &backend)
{
    backend.create(QStringLiteral("contract_attach"), buildDemoPanel());
    const QString e01 = QStringLiteral("e01");
    const auto store = backend.open(QStringLiteral("contract_attach"), e01);
    const qint64 component = store->loadFindings(naver()).components.at(0).id;
    const QByteArray bytes = QByteArrayLiteral(R"({"format": "paneldesk-provenance", "version": 1,
  "candidate": {"path": "a", "sha256": ")") + QByteArray(64, '1')
        + QByteArrayLiteral(R"("}, "reference": {"path": "b", "sha256": ")") + QByteArray(64, '2')
        + QByteArrayLiteral(R"("}, "identical": {"share": 0.5}, "tests": {"phi_u": {"log10_p": -9}},
  "suggestion": "inconclusive", "reason": "half identical"})");
    const qint64 id = FindingsService(*store).attachReport(component, bytes, QStringLiteral("r.json"), Actor(e01));
    const std::vector<AttachedReport> reports = store->loadAttachedReports(naver());
    QCOMPARE(reports.size(), size_t(1));
    QCOMPARE(reports[0].id, id);
    QCOMPARE(reports[0].componentId, component);
    QCOMPARE(reports[0].bytes, bytes);
    QCOMPARE(reports[0].sha256, sha256Hex(bytes));
    QCOMPARE(reports[0].attachedBy, e01);
    QVERIFY(store->loadFindings(naver()).component(component)->finding.evidence.contains(sha256Hex(bytes)));
    QCOMPARE(actionsOf(*store).last(), QStringLiteral("attach-report independence/R1/naver/components/%1/reports/%2")
                                           .arg(component)
                                           .arg(id));
    const auto secretariat = backend.open(QStringLiteral("contract_attach"), QStringLiteral("secretariat"));
    QCOMPARE(secretariat->loadAttachedReports(naver()).size(), size_t(1));
    QStringList before = backend.contents(QStringLiteral("contract_attach"));
    QCOMPARE(errorClassOf([&] { FindingsService(*store).attachReport(component, "{}", QStringLiteral("r.json"), Actor(e01)); }),
             QStringLiteral("InputError"));
    QCOMPARE(errorClassOf([&] {
                 FindingsService(*secretariat).attachReport(component, bytes, QStringLiteral("r.json"),
                                                            Actor(QStringLiteral("secretariat")));
             }),
             QStringLiteral("InputError"));
    QCOMPARE(backend.contents(QStringLiteral("contract_attach")), before);
    const auto chair = backend.open(QStringLiteral("contract_attach"), QStringLiteral("chair"));
    chair->lockRound(Actor(QStringLiteral("chair")));
    before = backend.contents(QStringLiteral("contract_attach"));
    QCOMPARE(errorClassOf([&] { FindingsService(*store).attachReport(component, bytes, QStringLiteral("r.json"), Actor(e01)); }),
             QStringLiteral("InputError"));
    QCOMPARE(backend.contents(QStringLiteral("contract_attach")), before);
}

// Every case, by name (the tests' data rows).
inline std::vector<std::pair<const char *, Case>> cases()
{
    return {{"demoPanelRoundTrips", demoPanelRoundTrips},
            {"membersAreListed", membersAreListed},
            {"aSheetFromDraftToSubmit", aSheetFromDraftToSubmit},
            {"badScoresAreRefused", badScoresAreRefused},
            {"aStaleEditIsRefused", aStaleEditIsRefused},
            {"theChairReopensASheet", theChairReopensASheet},
            {"aLockedRoundRefusesSaves", aLockedRoundRefusesSaves},
            {"aReportIsAttached", aReportIsAttached}};
}

// For a test's contract_data(): one row per case.
inline void addCaseRows()
{
    QTest::addColumn<QString>("name");
    for (const auto &[name, run] : cases())
        QTest::newRow(name) << QString::fromLatin1(name);
}

// For a test's contract(): runs the case of the current row.
inline void runCase(Backend &backend, const QString &name)
{
    if (const QString reason = backend.notYet(name); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    for (const auto &[caseName, run] : cases())
        if (name == QLatin1String(caseName)) {
            run(backend);
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no contract case %1").arg(name)));
}

} // namespace pd::test::contract
