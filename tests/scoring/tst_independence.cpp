// R5: the verdict suggested by the component findings, its explanation, and the
// verdict_differs_from_rules flag. Expectations from the rule text:
//   fail    if any component has weights reused/reused_frozen, or licence
//           restricted/proprietary with origin third_party/open_source, or external
//           control present;
//   pass    if every component has weights initialized/not_applicable, licence
//           own/permissive and external control none;
//   pending otherwise.

#include "ScoringTestHelpers.h"
#include "scoring/IndependenceRules.h"
#include "scoring/ScoringEngine.h"

#include <QObject>
#include <QTest>

using pd::ExternalControl;
using pd::IndependenceReason;
using pd::License;
using pd::Origin;
using pd::Verdict;
using pd::Weights;

Q_DECLARE_METATYPE(pd::IndependenceReason)

namespace {
const QString kComponent = QStringLiteral("vision encoder");
const QString kSource = QStringLiteral("Qwen2.5-VL ViT");
} // namespace

class TestIndependence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestedVerdict_data();
    void suggestedVerdict();
    void noFindingsSuggestPending();
    void failingComponentWinsOverAnUndeterminedOne();
    void allCleanComponentsPass();
    void verdictDiffers_data();
    void verdictDiffers();
};

void TestIndependence::suggestedVerdict_data()
{
    QTest::addColumn<Origin>("origin");
    QTest::addColumn<License>("license");
    QTest::addColumn<Weights>("weights");
    QTest::addColumn<ExternalControl>("control");
    QTest::addColumn<bool>("afterCleanBackbone");   // a clean "backbone" finding comes first
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<IndependenceReason>("reason");

    // clean
    QTest::newRow("in_house own initialized none -> pass")
        << Origin::InHouse << License::Own << Weights::Initialized << ExternalControl::None << false
        << Verdict::Pass << IndependenceReason::AllClear;
    QTest::newRow("open_source permissive initialized none -> pass")
        << Origin::OpenSource << License::Permissive << Weights::Initialized << ExternalControl::None
        << true << Verdict::Pass << IndependenceReason::AllClear;
    QTest::newRow("third_party permissive initialized none -> pass")
        << Origin::ThirdParty << License::Permissive << Weights::Initialized << ExternalControl::None
        << false << Verdict::Pass << IndependenceReason::AllClear;
    QTest::newRow("not_applicable weights -> pass")
        << Origin::InHouse << License::Own << Weights::NotApplicable << ExternalControl::None << true
        << Verdict::Pass << IndependenceReason::AllClear;
    // reused weights: fail whatever the origin and licence
    QTest::newRow("reused -> fail")
        << Origin::OpenSource << License::Permissive << Weights::Reused << ExternalControl::None
        << false << Verdict::Fail << IndependenceReason::ReusedWeights;
    QTest::newRow("reused_frozen -> fail")
        << Origin::OpenSource << License::Permissive << Weights::ReusedFrozen << ExternalControl::None
        << true << Verdict::Fail << IndependenceReason::ReusedWeights;
    QTest::newRow("in_house own but reused -> fail")
        << Origin::InHouse << License::Own << Weights::Reused << ExternalControl::None << false
        << Verdict::Fail << IndependenceReason::ReusedWeights;
    // restricted/proprietary licence on outside code
    QTest::newRow("restricted third_party -> fail")
        << Origin::ThirdParty << License::Restricted << Weights::Initialized << ExternalControl::None
        << false << Verdict::Fail << IndependenceReason::RestrictedLicense;
    QTest::newRow("proprietary open_source -> fail")
        << Origin::OpenSource << License::Proprietary << Weights::Initialized
        << ExternalControl::None << true << Verdict::Fail << IndependenceReason::RestrictedLicense;
    QTest::newRow("restricted open_source -> fail")
        << Origin::OpenSource << License::Restricted << Weights::NotApplicable
        << ExternalControl::None << false << Verdict::Fail << IndependenceReason::RestrictedLicense;
    QTest::newRow("proprietary third_party -> fail")
        << Origin::ThirdParty << License::Proprietary << Weights::Initialized
        << ExternalControl::None << false << Verdict::Fail << IndependenceReason::RestrictedLicense;
    // restricted in_house: not a fail by itself, and not clean -> pending
    QTest::newRow("restricted in_house -> pending")
        << Origin::InHouse << License::Restricted << Weights::Initialized << ExternalControl::None
        << false << Verdict::Pending << IndependenceReason::Undetermined;
    QTest::newRow("proprietary in_house -> pending")
        << Origin::InHouse << License::Proprietary << Weights::Initialized << ExternalControl::None
        << true << Verdict::Pending << IndependenceReason::Undetermined;
    // external control
    QTest::newRow("external control present -> fail")
        << Origin::InHouse << License::Own << Weights::Initialized << ExternalControl::Present
        << false << Verdict::Fail << IndependenceReason::ExternalControl;
    QTest::newRow("external control present after clean -> fail")
        << Origin::OpenSource << License::Permissive << Weights::Initialized
        << ExternalControl::Present << true << Verdict::Fail << IndependenceReason::ExternalControl;
    QTest::newRow("external control possible -> pending")
        << Origin::InHouse << License::Own << Weights::Initialized << ExternalControl::Possible
        << false << Verdict::Pending << IndependenceReason::Undetermined;
}

void TestIndependence::suggestedVerdict()
{
    QFETCH(Origin, origin);
    QFETCH(License, license);
    QFETCH(Weights, weights);
    QFETCH(ExternalControl, control);
    QFETCH(bool, afterCleanBackbone);
    QFETCH(Verdict, expected);
    QFETCH(IndependenceReason, reason);

    std::vector<pd::ComponentFinding> components;
    if (afterCleanBackbone)
        components.push_back(pdtest::cleanFinding(QStringLiteral("backbone")));
    components.push_back(pdtest::finding(kComponent, origin, license, weights, control, kSource));
    const int index = static_cast<int>(components.size()) - 1;

    const pd::SuggestedVerdict suggestion = pd::suggestVerdict(components);
    QCOMPARE(pd::toString(suggestion.verdict), pd::toString(expected));
    QCOMPARE(static_cast<int>(suggestion.reason), static_cast<int>(reason));

    const QString text = pd::explain(suggestion, components);
    QVERIFY2(text.startsWith(pd::toString(expected) + QLatin1Char(':')), qPrintable(text));
    if (expected == Verdict::Pass) {
        QCOMPARE(suggestion.component, -1);
    } else {
        // The explanation names the deciding component (and, for a fail, its source).
        QCOMPARE(suggestion.component, index);
        QVERIFY2(text.contains(kComponent), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("backbone")), qPrintable(text));
        if (expected == Verdict::Fail)
            QVERIFY2(text.contains(kSource), qPrintable(text));
    }
}

// Our choice: no findings recorded -> pending (nothing to judge).
void TestIndependence::noFindingsSuggestPending()
{
    const pd::SuggestedVerdict suggestion = pd::suggestVerdict({});
    QCOMPARE(pd::toString(suggestion.verdict), pd::toString(Verdict::Pending));
    QCOMPARE(static_cast<int>(suggestion.reason), static_cast<int>(IndependenceReason::NoFindings));
    QCOMPARE(suggestion.component, -1);
    QVERIFY(pd::explain(suggestion, {}).startsWith(QStringLiteral("pending")));
}

// A fail anywhere decides, even behind an undetermined component.
void TestIndependence::failingComponentWinsOverAnUndeterminedOne()
{
    const std::vector<pd::ComponentFinding> components{
        pdtest::cleanFinding(QStringLiteral("backbone")),
        pdtest::finding(QStringLiteral("tokenizer"), Origin::InHouse, License::Own,
                        Weights::NotApplicable, ExternalControl::Possible),
        pdtest::finding(QStringLiteral("audio encoder"), Origin::OpenSource, License::Permissive,
                        Weights::ReusedFrozen, ExternalControl::None, QStringLiteral("Whisper")),
    };
    const pd::SuggestedVerdict suggestion = pd::suggestVerdict(components);
    QCOMPARE(pd::toString(suggestion.verdict), pd::toString(Verdict::Fail));
    QCOMPARE(suggestion.component, 2);
    const QString text = pd::explain(suggestion, components);
    QVERIFY2(text.contains(QStringLiteral("audio encoder")) && text.contains(QStringLiteral("Whisper")),
             qPrintable(text));
}

void TestIndependence::allCleanComponentsPass()
{
    std::vector<pd::ComponentFinding> components;
    for (const char *name : {"backbone", "tokenizer", "vision encoder", "training code"})
        components.push_back(pdtest::cleanFinding(QLatin1String(name)));
    components.push_back(pdtest::finding(QStringLiteral("training data"), Origin::OpenSource,
                                         License::Permissive, Weights::NotApplicable,
                                         ExternalControl::None));
    QCOMPARE(pd::toString(pd::suggestVerdict(components).verdict), pd::toString(Verdict::Pass));
    // One possible external control among five clean components -> pending.
    components[3].externalControl = ExternalControl::Possible;
    QCOMPARE(pd::toString(pd::suggestVerdict(components).verdict), pd::toString(Verdict::Pending));
}

// verdict_differs_from_rules: the recorded verdict differs from a non-pending suggestion.
// Our choice: only a recorded pass/fail verdict can differ (pending is "not decided yet").
void TestIndependence::verdictDiffers_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Weights>("weights");   // of the single finding; Reused -> suggests fail
    QTest::addColumn<bool>("noFindings");   // suggestion pending
    QTest::addColumn<Verdict>("suggested");
    QTest::addColumn<bool>("differs");

    QTest::newRow("pass vs suggested fail") << Verdict::Pass << Weights::Reused << false
                                            << Verdict::Fail << true;
    QTest::newRow("fail vs suggested pass") << Verdict::Fail << Weights::Initialized << false
                                            << Verdict::Pass << true;
    QTest::newRow("pass vs suggested pass") << Verdict::Pass << Weights::Initialized << false
                                            << Verdict::Pass << false;
    QTest::newRow("fail vs suggested fail") << Verdict::Fail << Weights::Reused << false
                                            << Verdict::Fail << false;
    QTest::newRow("pending vs suggested fail (our choice: not flagged)")
        << Verdict::Pending << Weights::Reused << false << Verdict::Fail << false;
    QTest::newRow("pending vs suggested pass (our choice: not flagged)")
        << Verdict::Pending << Weights::Initialized << false << Verdict::Pass << false;
    QTest::newRow("pass vs pending suggestion (no findings)")
        << Verdict::Pass << Weights::Initialized << true << Verdict::Pending << false;
    QTest::newRow("fail vs pending suggestion (no findings)")
        << Verdict::Fail << Weights::Initialized << true << Verdict::Pending << false;
}

void TestIndependence::verdictDiffers()
{
    QFETCH(Verdict, verdict);
    QFETCH(Weights, weights);
    QFETCH(bool, noFindings);
    QFETCH(Verdict, suggested);
    QFETCH(bool, differs);

    std::vector<pd::ComponentFinding> components;
    if (!noFindings)
        components.push_back(pdtest::finding(QStringLiteral("backbone"), Origin::InHouse,
                                             License::Own, weights, ExternalControl::None));
    const pd::SuggestedVerdict suggestion = pd::suggestVerdict(components);
    QCOMPARE(pd::toString(suggestion.verdict), pd::toString(suggested));
    QCOMPARE(pd::verdictDiffersFromRules(verdict, suggestion), differs);

    // Through the engine: the flag on the team row; the suggestion never replaces the verdict.
    pd::Panel panel = pdtest::panelWithTeams({QStringLiteral("A")});
    pdtest::setVerdict(panel, QStringLiteral("A"), verdict, components);
    const pd::Standings standings = pd::computeStandings(panel);
    const pd::TeamStanding *row = standings.find(QStringLiteral("A"));
    QVERIFY(row);
    QCOMPARE(pd::toString(row->independence), pd::toString(verdict));
    QCOMPARE(pd::toString(row->independenceSuggested), pd::toString(suggested));
    QCOMPARE(row->hasFlag(pd::flags::VerdictDiffers), differs);
}

QTEST_GUILESS_MAIN(TestIndependence)
#include "tst_independence.moc"
