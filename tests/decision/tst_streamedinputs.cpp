// The canonical inputs streamed into their SHA-256 (decision/Fingerprint.h,
// io/PanelJsonStream.h, storage/RatingStream.h) are byte for byte the whole-document form
// (writePanelJson) that every stored decision's fingerprint was computed from: the same
// bytes, the same fingerprint (checked with an independent SHA-256), the same tallies; the
// ratings read from a store in the order readPanel gives; and stored inputs read back with
// their ratings tallied give parsePanelJson's panel, or its very refusal.
#include "../io/PanelFixtures.h"
#include "actions/PanelDatabase.h"
#include "decision/ComposeDecision.h"
#include "decision/Fingerprint.h"
#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "io/JsonWriter.h"
#include "io/PanelFileReader.h"
#include "io/PanelFileWriter.h"
#include "io/PanelJsonStream.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteStore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {

// The whole-document path as it was: the reference every stored fingerprint comes from.
QString wholeDocumentFingerprint(const Panel &panel)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(writePanelJson(decisionInputs(panel)), QCryptographicHash::Sha256).toHex());
}

Panel withRatings(Panel panel, std::vector<UserRating> ratings)
{
    panel.userRatings = std::move(ratings);
    return panel;
}

// Ratings whose seq order differs from the key order (as a CSV in any order gives them).
std::vector<UserRating> shuffledRatings(const Panel &demo, int evaluators)
{
    std::vector<UserRating> out;
    QStringList items;
    for (const Category &c : demo.categories)
        for (const UserItem &i : c.userItems)
            items << i.id;
    for (int e = evaluators - 1; e >= 0; --e)   // descending evaluators: not the key order
        for (const Team &t : demo.teams)
            for (qsizetype i = items.size() - 1; i >= 0; --i)
                out.push_back({QStringLiteral("w%1").arg(e, 5, 10, QLatin1Char('0')), t.id, items[i],
                               1 + (e * 7 + int(i)) % 5});
    return out;
}

} // namespace

class TestStreamedInputs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameBytesAsTheWholeDocument_data()
    {
        QTest::addColumn<Panel>("panel");
        const Panel demo = buildDemoPanel();
        QTest::newRow("demo") << demo;
        QTest::newRow("demo without ratings") << withRatings(demo, {});
        QTest::newRow("demo, one rating") << withRatings(demo, {demo.userRatings.at(0)});
        QTest::newRow("Korean names, every feature") << test::fullPanel();
        // not valid ids, but the writer escapes whatever it is given: so must the stream
        QTest::newRow("escapes and UTF-8 in ids")
            << withRatings(test::fullPanel(),
                           {{QString::fromUtf8("평가자\"1\\"), QStringLiteral("lg"), QStringLiteral("ux"), 3},
                            {QStringLiteral("tab\there\n"), QString::fromUtf8("팀"), QStringLiteral("ux"), 4},
                            {QStringLiteral("ctl\x01"), QStringLiteral("lg"), QStringLiteral("u\x7f"), -2}});
        QTest::newRow("shuffled ratings") << withRatings(demo, shuffledRatings(demo, 50));
    }
    void sameBytesAsTheWholeDocument()
    {
        QFETCH(Panel, panel);
        const QByteArray whole = canonicalInputs(panel);
        const FingerprintedInputs streamed =
            fingerprintInputs(panel, PanelRatingRows(panel.userRatings), KeepBytes::Yes);
        QCOMPARE(streamed.bytes, whole);
        QCOMPARE(streamed.fingerprint, wholeDocumentFingerprint(panel));
        QCOMPARE(streamed.fingerprint, sha256Hex(whole));
        QCOMPARE(streamed.ratings, qint64(panel.userRatings.size()));
        QVERIFY(streamed.tallies == tallyRatings(panel.userRatings));
        // without keeping the bytes: the same fingerprint
        QCOMPARE(fingerprintInputs(panel, PanelRatingRows(panel.userRatings)).fingerprint,
                 streamed.fingerprint);
    }

    void progressReportsEveryRowOnce()
    {
        Panel demo = buildDemoPanel();
        demo.userRatings = shuffledRatings(demo, 4000);   // 40,000 rows
        std::vector<qint64> reports;
        const FingerprintedInputs streamed = fingerprintInputs(
            demo, PanelRatingRows(demo.userRatings), KeepBytes::No, [&](qint64 done, qint64 total) {
                reports.push_back(done);
                return total == 40000;
            });
        QCOMPARE(streamed.fingerprint, wholeDocumentFingerprint(demo));
        QVERIFY(reports.size() >= 3);
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.back(), qint64(40000));
        // false from the callback cancels
        QVERIFY_THROWS_EXCEPTION(Cancelled, fingerprintInputs(demo, PanelRatingRows(demo.userRatings),
                                                              KeepBytes::No,
                                                              [](qint64, qint64) { return false; }));
    }

    // The store's stream: readPanel's order (seq, then the key), its fingerprint that of
    // the whole panel read back.
    void storeStreamsInReadPanelOrder_data()
    {
        QTest::addColumn<int>("evaluators");
        QTest::addColumn<QString>("seqs");   // SQL that renumbers them (another tool, an old file)
        QTest::newRow("demo's own ratings") << 0 << QString();
        QTest::newRow("none") << -1 << QString();
        QTest::newRow("shuffled, 300 evaluators") << 300 << QString();   // placed by seq, no sort
        QTest::newRow("shuffled, seqs with gaps") << 300 << QStringLiteral("UPDATE user_ratings SET seq = seq * 3");
        QTest::newRow("shuffled, seqs shared")   // ties in seq: the key order breaks them
            << 300 << QStringLiteral("UPDATE user_ratings SET seq = seq / 4");
    }
    void storeStreamsInReadPanelOrder()
    {
        QFETCH(int, evaluators);
        QFETCH(QString, seqs);
        Panel demo = buildDemoPanel();
        if (evaluators < 0)
            demo.userRatings.clear();
        else if (evaluators > 0)
            demo.userRatings = shuffledRatings(demo, evaluators);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.paneldesk"));
        createDatabase(demo, path, {false, QStringLiteral("test")});
        if (!seqs.isEmpty()) {
            SqliteConnection raw(path, SqliteConnection::Mode::ReadWrite);
            execSql(raw.db(), seqs);
        }
        const auto store = SqliteStore::open(path);
        const Panel read = store->loadPanel();
        QCOMPARE(read.userRatings.size(), demo.userRatings.size());
        std::vector<UserRating> streamedRows;
        store->readStreamedRound([&](const Panel &round, const RatingRows &ratings) {
            QVERIFY(round.userRatings.empty());
            QCOMPARE(ratings.count(), qint64(demo.userRatings.size()));
            ratings.forEach([&](const RatingRowView &r) {
                streamedRows.push_back({QString::fromUtf8(r.evaluator), QString::fromUtf8(r.team),
                                        QString::fromUtf8(r.item), r.rating});
            });
        });
        QVERIFY(streamedRows == read.userRatings);
        const FingerprintedInputs current = currentInputs(*store, KeepBytes::Yes);
        QCOMPARE(current.bytes, canonicalInputs(read));
        QCOMPARE(current.fingerprint, wholeDocumentFingerprint(read));
    }

    // A decision recorded through the stream stores the inputs without their rating rows
    // (tst_versioninputs.cpp reads them back), the whole document's fingerprint and the
    // standings of those inputs.
    void decisionStoresTheWholeDocumentsFingerprint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.paneldesk"));
        Panel demo = buildDemoPanel();
        demo.userRatings = shuffledRatings(demo, 120);
        createDatabase(demo, path, {false, QStringLiteral("test")});
        const auto store = SqliteStore::open(path);
        const Panel before = store->loadPanel();
        store->lockRound(QStringLiteral("chair"));
        QMap<QString, QString> reasons;
        for (const TeamStanding &t : computeStandings(before).teams)
            if (t.outcome == Outcome::EliminatedScore || t.outcome == Outcome::Disqualified)
                reasons.insert(t.team, QStringLiteral("reason"));
        decideRound(*store, QDate(2026, 1, 14), reasons, {}, QStringLiteral("chair"));
        const RoundStatus status = store->loadRoundStatus();
        const DecisionVersion &v = *status.latest();
        QCOMPARE(v.inputs, canonicalInputs(withRatings(before, {})));
        QCOMPARE(v.ratingRows, std::optional<qint64>(qint64(before.userRatings.size())));
        QCOMPARE(v.fingerprint, wholeDocumentFingerprint(before));
        QCOMPARE(QString::fromLatin1(v.standings),
                 QString::fromLatin1(composeDecision(before, reasons).standings));
    }

    // Stored inputs read back with their ratings tallied: parsePanelJson's panel and
    // tallies, or its refusal.
    void talliedReadingIsTheFullParse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        const Panel demo = buildDemoPanel();
        QTest::newRow("demo") << canonicalInputs(demo) << true;
        QTest::newRow("no ratings") << canonicalInputs(withRatings(demo, {})) << true;
        QTest::newRow("Korean") << canonicalInputs(test::fullPanel()) << true;
        QTest::newRow("shuffled") << canonicalInputs(withRatings(demo, shuffledRatings(demo, 40))) << true;
        std::vector<UserRating> twice = demo.userRatings;
        twice.push_back(twice.front());
        QTest::newRow("duplicate rating") << canonicalInputs(withRatings(demo, twice)) << false;
        std::vector<UserRating> outside = demo.userRatings;
        outside.back().rating = 9;
        QTest::newRow("outside the scale") << canonicalInputs(withRatings(demo, outside)) << false;
        std::vector<UserRating> unknown = demo.userRatings;
        unknown.back().team = QStringLiteral("nobody");
        QTest::newRow("unknown team") << canonicalInputs(withRatings(demo, unknown)) << false;
        std::vector<UserRating> badId = demo.userRatings;
        badId.back().evaluator = QStringLiteral("a b");
        QTest::newRow("invalid evaluator id") << canonicalInputs(withRatings(demo, badId)) << false;
        QByteArray compact = canonicalInputs(demo);
        compact.replace("\n    {\"evaluator\"", "{\"evaluator\"");
        QTest::newRow("another layout") << compact << true;
    }
    void talliedReadingIsTheFullParse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        if (!valid) {
            QVERIFY_THROWS_EXCEPTION(InputError, parsePanelJson(bytes, QStringLiteral("x")));
            QVERIFY_THROWS_EXCEPTION(InputError, parsePanelJsonTallied(bytes, QStringLiteral("x")));
            return;
        }
        Panel full = parsePanelJson(bytes, QStringLiteral("x"));
        const TalliedPanel tallied = parsePanelJsonTallied(bytes, QStringLiteral("x"));
        QVERIFY(tallied.tallies == tallyRatings(full.userRatings));
        QVERIFY(tallied.panel.userRatings.empty());
        QCOMPARE(standingsOf(tallied), computeStandings(full).teams.size());
        full.userRatings.clear();
        QCOMPARE(writePanelJson(tallied.panel), writePanelJson(full));
    }

private:
    static size_t standingsOf(const TalliedPanel &p) { return computeStandings(p.panel, p.tallies).teams.size(); }
};

QTEST_GUILESS_MAIN(TestStreamedInputs)
#include "tst_streamedinputs.moc"
