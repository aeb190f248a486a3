// A decision version stores its inputs without their rating rows (schema 12): the rows are
// the round's ratings, spliced back in when the inputs are read (decision/VersionInputs.h).
// The bytes read back are the decided document; a version stored whole (before schema 12)
// reads as it is; a ratings import is refused once the round holds a decision; a change to
// the ratings or the stored part made outside PanelDesk is named by `verify`; and decide
// refuses ratings that differ from their tallies (the check it makes as it streams them).

#include "../storage/StorageTestSupport.h"
#include "actions/PanelDatabase.h"
#include "decision/ComposeDecision.h"
#include "decision/Fingerprint.h"
#include "decision/VerifiedSteps.h"
#include "decision/VersionInputs.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "io/PanelFileWriter.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"
#include "trust/Verification.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {

QString wholeDocumentFingerprint(const Panel &panel)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(writePanelJson(decisionInputs(panel)), QCryptographicHash::Sha256).toHex());
}

// The demo with `evaluators` x teams x items ratings whose import order is not the key order.
Panel demoWithRatings(int evaluators)
{
    Panel demo = buildDemoPanel();
    QStringList items;
    for (const Category &c : demo.categories)
        for (const UserItem &i : c.userItems)
            items << i.id;
    demo.userRatings.clear();
    for (int e = evaluators - 1; e >= 0; --e)
        for (const Team &t : demo.teams)
            for (qsizetype i = items.size() - 1; i >= 0; --i)
                demo.userRatings.push_back({QStringLiteral("w%1").arg(e, 5, 10, QLatin1Char('0')), t.id,
                                            items[i], 1 + (e * 7 + int(i)) % 5});
    return demo;
}

QMap<QString, QString> reasonsFor(const Panel &panel)
{
    QMap<QString, QString> reasons;
    for (const TeamStanding &t : computeStandings(panel).teams)
        if (t.outcome == Outcome::EliminatedScore || t.outcome == Outcome::Disqualified)
            reasons.insert(t.team, QStringLiteral("reason"));
    return reasons;
}

class NoRows final : public RatingSource {
public:
    bool next(RatingRow &) override { return false; }
    void duplicate(const RatingRow &, qint64) override {}
    void refused(const RatingRow &, const QString &) override {}
    bool hasProblems() const override { return false; }
    bool cancelled() const override { return false; }
    QJsonObject auditInfo() const override { return {}; }
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestVersionInputs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A locked demo round with 1,200 ratings (120 evaluators); `decided`: and its version 1.
    QString lockedDemo(bool decided, Panel *before = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1.paneldesk").arg(++m_files));
        createDatabase(demoWithRatings(120), path, {false, QStringLiteral("test")});
        const auto store = SqliteStore::open(path);
        const Panel read = store->loadPanel();
        if (before)
            *before = read;
        store->lockRound(QStringLiteral("chair"));
        if (decided)
            decideRound(*store, QDate(2026, 1, 14), reasonsFor(read), {}, QStringLiteral("chair"));
        return path;
    }

private Q_SLOTS:
    void versionStoresItsInputsWithoutTheirRatings()
    {
        Panel before;
        const QString path = lockedDemo(true, &before);
        const auto store = SqliteStore::open(path);
        const DecisionVersion v = *store->loadRoundStatus().latest();
        QCOMPARE(v.ratingRows, std::optional<qint64>(1200));
        Panel withoutRatings = before;
        withoutRatings.userRatings.clear();
        QCOMPARE(v.inputs, canonicalInputs(withoutRatings));
        QVERIFY(canonicalInputs(before).size() - v.inputs.size() > 1200 * 40);   // no rating row kept
        // read back: the decided document, byte for byte, and its fingerprint
        const FingerprintedInputs read = versionInputs(*store, v, KeepBytes::Yes);
        QCOMPARE(read.bytes, canonicalInputs(before));
        QCOMPARE(read.fingerprint, wholeDocumentFingerprint(before));
        QCOMPARE(read.fingerprint, v.fingerprint);
        QCOMPARE(read.ratings, qint64(1200));
        // its standings, from the stored part and the round's tallies, are the stored ones
        const TalliedPanel panel = versionPanel(v, store->loadScoringInputs().ratingTallies);
        QCOMPARE(QString::fromLatin1(standingsJson(computeStandings(panel.panel, panel.tallies))),
                 QString::fromLatin1(v.standings));
        const VerifyReport report = verifyStore(*store);
        QVERIFY2(report.ok(), qPrintable(report.recordProblems.join(u'\n')));
        QCOMPARE(report.decisionsChecked, qint64(1));
    }

    // `fingerprint` streams the current inputs anyway: a version that is that document is
    // taken from them, and one that is not (another stored part) is streamed.
    void versionEqualToTheCurrentInputsIsNotStreamedAgain()
    {
        Panel before;
        const QString path = lockedDemo(true, &before);
        const auto store = SqliteStore::open(path);
        const DecisionVersion v = *store->loadRoundStatus().latest();
        const FingerprintedInputs current = currentInputs(*store);
        QCOMPARE(current.withoutRatings, v.inputs);
        FingerprintedInputs marked = current;
        marked.fingerprint = QStringLiteral("taken from current");
        QCOMPARE(versionInputs(*store, v, KeepBytes::No, {}, &marked).fingerprint, marked.fingerprint);
        marked.withoutRatings += ' ';   // another document: streamed
        QCOMPARE(versionInputs(*store, v, KeepBytes::No, {}, &marked).fingerprint, v.fingerprint);
        marked = current;
        marked.fingerprint = QStringLiteral("taken from current");
        marked.ratings -= 1;   // decided on other rows: streamed
        QCOMPARE(versionInputs(*store, v, KeepBytes::No, {}, &marked).fingerprint, v.fingerprint);
    }

    // Streaming a version back is the long part of `verify` with many ratings: the report's
    // progress dialog hears it, and its Cancel stops the verification (Cancelled, not a
    // verification failure).
    void verifyHearsTheStreamAndCanBeCancelled()
    {
        const QString path = lockedDemo(true);
        const auto store = SqliteStore::open(path);
        int calls = 0;
        qint64 lastDone = -1, lastTotal = 0;
        bool ordered = true;
        const VerifyReport report = verifyStore(*store, {}, TallyCheck::Scan, [&](qint64 done, qint64 total) {
            ++calls;
            ordered = ordered && done >= lastDone;
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY(report.ok());
        QVERIFY(calls >= 1);
        QVERIFY(ordered);
        QCOMPARE(lastDone, qint64(1200));
        QCOMPARE(lastTotal, qint64(1200));
        QVERIFY_THROWS_EXCEPTION(Cancelled, verifyStore(*store, {}, TallyCheck::Scan,
                                                        [](qint64, qint64) { return false; }));
        QVERIFY_THROWS_EXCEPTION(Cancelled, requireVerified(*store, TallyCheck::Scan,
                                                            [](qint64, qint64) { return false; }));
    }

    // A version decided before schema 12 holds the whole document: read as it is.
    void versionStoredWholeReadsAsItIs()
    {
        Panel before;
        const QString path = lockedDemo(false, &before);
        const auto store = SqliteStore::open(path);
        DecisionVersion old;
        old.version = 1;
        old.inputs = canonicalInputs(before);
        old.fingerprint = wholeDocumentFingerprint(before);
        const FingerprintedInputs read = versionInputs(*store, old, KeepBytes::Yes);
        QCOMPARE(read.fingerprint, old.fingerprint);
        QCOMPARE(read.bytes, old.inputs);
        const TalliedPanel panel = versionPanel(old, {});   // its own ratings, not the round's
        QCOMPARE(standingsJson(computeStandings(panel.panel, panel.tallies)),
                 standingsJson(computeStandings(before)));
    }

    // The round's tallies must count the ratings the version was decided on.
    void versionPanelRefusesOtherRatings()
    {
        const QString path = lockedDemo(true);
        const auto store = SqliteStore::open(path);
        const DecisionVersion v = *store->loadRoundStatus().latest();
        std::vector<RatingTally> tallies = store->loadScoringInputs().ratingTallies;
        tallies.front().count -= 1;
        try {
            versionPanel(v, tallies);
            QFAIL("other ratings were accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("decided on 1200 user ratings, the round holds 1199")),
                     qPrintable(e.message()));
        }
    }

    // Reopened after a decision, the round takes scores again, but no ratings import: every
    // version's inputs are these ratings.
    void ratingsImportRefusedOnceDecided()
    {
        const QString path = lockedDemo(true);
        auto store = SqliteStore::open(path);
        store->reopenRound(QStringLiteral("an upheld appeal"), QDate(2026, 1, 20), QStringLiteral("chair"));
        QCOMPARE(toString(store->loadRoundStatus().state), toString(RoundState::Scoring));
        store.reset();
        const QByteArray bytes = fileBytes(path);
        store = SqliteStore::open(path);
        for (const bool replace : {false, true}) {
            NoRows none;
            try {
                store->importRatings(none, replace, QStringLiteral("secretariat"));
                QFAIL("a ratings import was accepted");
            } catch (const InputError &e) {
                QVERIFY2(e.message().contains(QStringLiteral("holds 1 decision version")), qPrintable(e.message()));
            }
        }
        store.reset();
        QCOMPARE(fileBytes(path), bytes);
    }

    void verifyNamesRatingsChangedAfterTheDecision_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("dropTriggersOf");
        QTest::addColumn<QString>("named");
        const QString notHashing = QStringLiteral("decisions/R1/v1: its stored inputs do not hash to its fingerprint");
        // the tallies stay right: only the fingerprint sees it
        QTest::newRow("one rating up, another down")
            << QStringLiteral("UPDATE user_ratings SET rating = rating + CASE evaluator WHEN 'w00000' THEN 1 "
                              "ELSE -1 END WHERE evaluator IN ('w00000', 'w00001') AND team_id = 'lg' "
                              "AND item_id = 'usability'")
            << QString() << notHashing;
        // the streamed ratings differ from the tallies: the scan names the tally too
        QTest::newRow("a rating changed, not its tally")
            << QStringLiteral("UPDATE user_ratings SET rating = 5 WHERE evaluator = 'w00000' AND "
                              "team_id = 'lg' AND item_id = 'usability'")
            << QString() << QStringLiteral("user_ratings/R1/lg/usability: the stored ratings are");
        // its tally changed to match (the file opens: the count check agrees)
        QTest::newRow("a rating removed")
            << QStringLiteral("UPDATE rating_tallies SET ratings = ratings - 1, rating_sum = rating_sum - "
                              "(SELECT rating FROM user_ratings WHERE evaluator = 'w00007' AND team_id = 'lg' "
                              "AND item_id = 'usability') WHERE team_id = 'lg' AND item_id = 'usability';\n"
                              "DELETE FROM user_ratings WHERE evaluator = 'w00007' AND team_id = 'lg' "
                              "AND item_id = 'usability'")
            << QString() << QStringLiteral("decisions/R1/v1: decided on 1200 user ratings, the round holds 1199");
        QTest::newRow("stored part edited")
            << QStringLiteral("UPDATE decisions SET inputs = CAST(inputs AS BLOB) || x'20'")
            << QStringLiteral("decisions") << notHashing;
    }

    void verifyNamesRatingsChangedAfterTheDecision()
    {
        QFETCH(QString, statement);
        QFETCH(QString, dropTriggersOf);
        QFETCH(QString, named);
        const QString path = lockedDemo(true);
        QVERIFY(verifyStore(*SqliteStore::open(path)).ok());
        pd::test::editWithAnotherTool(path, dropTriggersOf, statement);
        const VerifyReport report = verifyStore(*SqliteStore::open(path));
        const QString problems = report.recordProblems.join(u'\n');
        QVERIFY2(problems.contains(named), qPrintable(problems));
    }

    // Decide streams the ratings into the inputs and compares them with their tallies on the
    // way (the verification before it leaves that scan to the step): a rating changed outside
    // PanelDesk is refused, and nothing is decided.
    void decideRefusesRatingsThatDifferFromTheirTallies()
    {
        Panel before;
        const QString path = lockedDemo(false, &before);
        pd::test::editWithAnotherTool(path, {}, QStringLiteral(
            "UPDATE user_ratings SET rating = rating + 1 WHERE evaluator = 'w00003' AND rating < 5"));
        const auto store = SqliteStore::open(path);
        try {
            decideVerified(*store, QDate(2026, 1, 14), reasonsFor(before), {}, QStringLiteral("chair"));
            QFAIL("ratings that differ from their tallies were decided on");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("user_ratings/R1: the stored ratings differ from their tallies")),
                     qPrintable(e.message()));
        }
        const RoundStatus status = store->loadRoundStatus();
        QVERIFY(status.versions.empty());
        QCOMPARE(toString(status.state), toString(RoundState::Locked));
    }
};

QTEST_GUILESS_MAIN(TestVersionInputs)
#include "tst_versioninputs.moc"
