// The rating tallies (schema step 10, storage/RatingTallyTable.h): after every PanelDesk
// write of user ratings (a panel written, written again, ratings imported with add and
// with replace, a next round's panel without ratings) the stored tallies equal the raw
// ratings grouped by SQL, and the scoring path reads them; a rating changed outside
// PanelDesk by raw SQL is found: a changed count already when the file is opened, a changed
// value by the full check (integrityCheck), `verify` (verifyStore) and the store's own
// comparison, each naming the round, team and item.
#include "StorageTestSupport.h"

#include "demo/DemoPanel.h"
#include "domain/Errors.h"
#include "importers/RatingsCsv.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/DatabaseCheck.h"
#include "storage/RatingTallyTable.h"
#include "storage/SqliteStore.h"
#include "trust/Verification.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <random>
#include <functional>

using namespace pd;
using namespace pd::test;

namespace {

// "round team item count sum" lines, in key order.
QStringList rows(QSqlQuery q)
{
    QStringList lines;
    while (q.next())
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                     .arg(q.value(3).toLongLong())
                     .arg(q.value(4).toLongLong());
    return lines;
}

QStringList storedTallies(RawDb &raw)
{
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("SELECT round_id, team_id, item_id, ratings, rating_sum FROM "
                          "rating_tallies ORDER BY 1, 2, 3"));
    return rows(std::move(q));
}

QStringList groupedRatings(RawDb &raw)
{
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("SELECT round_id, team_id, item_id, count(*), sum(rating) FROM "
                          "user_ratings GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
    return rows(std::move(q));
}

void writeCsv(const QString &path, const QString &prefix, int evaluators, int rating)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("evaluator,team,item,rating\n");
    for (int e = 0; e < evaluators; ++e)
        for (const char *team : {"lg", "skt", "nc"})
            for (const char *item : {"usability", "cost_efficiency"})
                file.write(QStringLiteral("%1%2,%3,%4,%5\n")
                               .arg(prefix)
                               .arg(e)
                               .arg(QLatin1String(team), QLatin1String(item))
                               .arg(1 + (e + rating) % 5)
                               .toUtf8());
}

void import(SqliteStore &store, const QString &csv, bool replace)
{
    const RatingsImportResult result =
        importRatingsCsv(store, csv, QStringLiteral("ratings.csv"), replace, {}, QStringLiteral("test"));
    QVERIFY2(result.outcome == RatingsImportResult::Outcome::Imported, qPrintable(result.issues.text()));
}

using Step = std::function<void(SqliteStore &, const QString &dir)>;

// The comparison as SQL did it before the scan in C++ (a GROUP BY joined with the tallies both
// ways), as "ROUND/TEAM/ITEM n s tallied sum" lines in its order: the reference.
QStringList mismatchesBySql(RawDb &raw)
{
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral(
        "WITH counted AS (SELECT round_id, team_id, item_id, count(*) AS n, sum(rating) AS s "
        "FROM user_ratings GROUP BY round_id, team_id, item_id) "
        "SELECT t.round_id, t.team_id, t.item_id, t.ratings, t.rating_sum, c.n, c.s "
        "FROM rating_tallies t LEFT JOIN counted c ON c.round_id = t.round_id "
        "AND c.team_id = t.team_id AND c.item_id = t.item_id "
        "WHERE c.n IS NOT t.ratings OR c.s IS NOT t.rating_sum "
        "UNION ALL "
        "SELECT c.round_id, c.team_id, c.item_id, NULL, NULL, c.n, c.s FROM counted c "
        "WHERE NOT EXISTS (SELECT 1 FROM rating_tallies t WHERE t.round_id = c.round_id "
        "AND t.team_id = c.team_id AND t.item_id = c.item_id) "
        "ORDER BY 1, 2, 3"));
    QStringList lines;
    while (q.next())
        lines << QStringLiteral("%1/%2/%3 %4 %5 %6 %7")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                     .arg(q.value(5).toLongLong())
                     .arg(q.value(6).toLongLong())
                     .arg(q.value(3).toLongLong())
                     .arg(q.value(4).toLongLong());
    return lines;
}

// ratingTallyMismatches' lines in the form above; "more N" for its last line of how many more.
QStringList compact(const QStringList &problems)
{
    static const QRegularExpression line(QStringLiteral(
        "^user_ratings/(\\S+): the stored ratings are (-?\\d+) summing (-?\\d+), their tallies say "
        "(-?\\d+) summing (-?\\d+) \\(the ratings or the tallies were changed outside PanelDesk\\)$"));
    static const QRegularExpression more(QStringLiteral("^and (\\d+) more rating tallies that differ$"));
    QStringList lines;
    for (const QString &problem : problems) {
        if (const QRegularExpressionMatch m = line.match(problem); m.hasMatch())
            lines << QStringList{m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5)}.join(u' ');
        else if (const QRegularExpressionMatch n = more.match(problem); n.hasMatch())
            lines << QStringLiteral("more ") + n.captured(1);
        else
            lines << QStringLiteral("unexpected: ") + problem;
    }
    return lines;
}

// The first word of each line: the (round, team, item) named, or "more".
QStringList named(const QStringList &compactLines)
{
    QStringList keys;
    for (const QString &line : compactLines)
        keys << line.section(u' ', 0, 0);
    return keys;
}

} // namespace

class TestRatingTallies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void talliesFollowEveryWrite_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("ratings");   // what the round holds afterwards
        const std::vector<UserRating> demoRatings = buildDemoPanel().userRatings;
        const qint64 demo = qint64(demoRatings.size());
        QTest::newRow("panel written") << Step([](SqliteStore &, const QString &) {}) << demo;
        QTest::newRow("panel written again, fewer ratings")
            << Step([](SqliteStore &store, const QString &) {
                   Panel panel = buildDemoPanel();
                   std::erase_if(panel.userRatings, [](const UserRating &r) {
                       return r.team == u"nc" || r.rating == 5;
                   });
                   store.replacePanel(panel, QStringLiteral("test"));
               })
            << qint64(std::count_if(demoRatings.begin(), demoRatings.end(), [](const UserRating &r) {
                   return r.team != u"nc" && r.rating != 5;
               }));
        QTest::newRow("import, add")
            << Step([](SqliteStore &store, const QString &dir) {
                   writeCsv(dir + QStringLiteral("/add.csv"), QStringLiteral("za"), 40, 2);
                   import(store, dir + QStringLiteral("/add.csv"), false);
               })
            << demo + 40 * 6;
        QTest::newRow("import, add twice")
            << Step([](SqliteStore &store, const QString &dir) {
                   writeCsv(dir + QStringLiteral("/add.csv"), QStringLiteral("za"), 40, 2);
                   import(store, dir + QStringLiteral("/add.csv"), false);
                   writeCsv(dir + QStringLiteral("/add2.csv"), QStringLiteral("zb"), 7, 4);
                   import(store, dir + QStringLiteral("/add2.csv"), false);
               })
            << demo + 47 * 6;
        QTest::newRow("import, replace")
            << Step([](SqliteStore &store, const QString &dir) {
                   writeCsv(dir + QStringLiteral("/new.csv"), QStringLiteral("zr"), 30, 1);
                   import(store, dir + QStringLiteral("/new.csv"), true);
               })
            << qint64(30 * 6);
        QTest::newRow("import refused: nothing changes")
            << Step([](SqliteStore &store, const QString &dir) {
                   writeCsv(dir + QStringLiteral("/bad.csv"), QStringLiteral("zd"), 3, 1);
                   QFile file(dir + QStringLiteral("/bad.csv"));
                   QVERIFY(file.open(QIODevice::Append));
                   file.write("zd0,lg,usability,2\n");   // a duplicate of the file's first row
                   file.close();
                   const RatingsImportResult result = importRatingsCsv(
                       store, dir + QStringLiteral("/bad.csv"), QStringLiteral("bad.csv"), false, {},
                       QStringLiteral("test"));
                   QVERIFY(result.outcome == RatingsImportResult::Outcome::Refused);
               })
            << demo;
        QTest::newRow("next round's panel (another round, no ratings)")
            << Step([](SqliteStore &store, const QString &) {
                   Panel panel = buildDemoPanel();
                   panel.round.id = QStringLiteral("R2");
                   panel.userRatings.clear();
                   panel.expertScores.clear();
                   panel.benchmarkResults.clear();
                   panel.independence.clear();
                   store.replacePanel(panel, QStringLiteral("test"));
               })
            << qint64(0);
    }

    void talliesFollowEveryWrite()
    {
        QFETCH(Step, step);
        QFETCH(qint64, ratings);
        const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/t.paneldesk");
        auto store = SqliteStore::create(path);
        store->replacePanel(buildDemoPanel(), QStringLiteral("test"));
        step(*store, dir);
        if (QTest::currentTestFailed())
            return;

        RawDb raw(path);
        const QStringList grouped = groupedRatings(raw);
        QCOMPARE(storedTallies(raw), grouped);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM user_ratings")).toLongLong(), ratings);
        QVERIFY(ratings == 0 || !grouped.isEmpty());
        QCOMPARE(store->ratingTallyProblems(), QStringList());

        // The scoring path reads them, and gives the standings of the raw ratings.
        const ScoringInputs inputs = store->loadScoringInputs();
        const Panel full = store->loadPanel();
        QVERIFY(inputs.ratingTallies == [&] {
            std::vector<RatingTally> t = tallyRatings(full.userRatings);
            std::sort(t.begin(), t.end(), [](const RatingTally &a, const RatingTally &b) {
                return std::tie(a.team, a.item) < std::tie(b.team, b.item);
            });
            return t;
        }());
        QCOMPARE(standingsJson(computeStandings(inputs.panel, inputs.ratingTallies)),
                 standingsJson(computeStandings(full)));
        store.reset();
        QString problem;
        QVERIFY2(integrityCheck(path, &problem), qPrintable(problem));
    }

    void rawEditIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("countChanges");   // then opening the file refuses it
        QTest::addColumn<QString>("named");       // the (round, team, item) named
        QTest::newRow("a rating's value")
            << QStringLiteral("UPDATE user_ratings SET rating = CASE rating WHEN 5 THEN 4 ELSE "
                              "rating + 1 END WHERE (round_id, evaluator, team_id, item_id) = "
                              "(SELECT round_id, evaluator, team_id, item_id FROM user_ratings "
                              "WHERE team_id = 'skt' AND item_id = 'usability' LIMIT 1)")
            << false << QStringLiteral("user_ratings/R1/skt/usability");
        QTest::newRow("a rating moved to another team")
            << QStringLiteral("UPDATE user_ratings SET team_id = 'nc', evaluator = 'moved' WHERE "
                              "(round_id, evaluator, team_id, item_id) = (SELECT round_id, "
                              "evaluator, team_id, item_id FROM user_ratings WHERE team_id = 'lg' "
                              "AND item_id = 'cost_efficiency' LIMIT 1)")
            << false << QStringLiteral("user_ratings/R1/lg/cost_efficiency");
        QTest::newRow("a rating deleted")
            << QStringLiteral("DELETE FROM user_ratings WHERE evaluator = (SELECT evaluator FROM "
                              "user_ratings WHERE team_id = 'upstage' AND item_id = 'usability' "
                              "LIMIT 1) AND team_id = 'upstage' AND item_id = 'usability'")
            << true << QStringLiteral("user_ratings/R1/upstage/usability");
        QTest::newRow("a rating added")
            << QStringLiteral("INSERT INTO user_ratings VALUES ('R1', 99999, 'intruder', 'naver', "
                              "'usability', 5, 1, 5)")
            << true << QStringLiteral("user_ratings/R1/naver/usability");
    }

    void rawEditIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(bool, countChanges);
        QFETCH(QString, named);
        const QString path = m_dir.filePath(QStringLiteral("edit-%1.paneldesk")
                                                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        SqliteStore::create(path)->replacePanel(buildDemoPanel(), QStringLiteral("test"));
        QString problem;
        QVERIFY2(integrityCheck(path, &problem), qPrintable(problem));   // fine before the edit
        {
            RawDb raw(path);
            raw.exec(sql);
            QCOMPARE(raw.value(QStringLiteral("SELECT changes()")).toInt(), 1);
            QVERIFY(storedTallies(raw) != groupedRatings(raw));
        }

        // The full check (restore, tools) names the first tally that differs.
        QVERIFY(!integrityCheck(path, &problem));
        QVERIFY2(problem.contains(named), qPrintable(problem));

        // Opening: refused when the count changed (the cheap check), otherwise opened and
        // `verify` names every tally that differs.
        if (countChanges) {
            try {
                SqliteStore::open(path);
                QFAIL("a file whose ratings no longer match their tallies was opened");
            } catch (const StoreError &error) {
                QVERIFY2(error.message().contains(QLatin1String("rating tallies count")),
                         qPrintable(error.message()));
            }
            return;
        }
        auto store = SqliteStore::open(path);
        const QStringList problems = store->ratingTallyProblems();
        QVERIFY2(!problems.isEmpty() && problems.first().contains(named), qPrintable(problems.join(u'\n')));
        const VerifyReport report = verifyStore(*store);
        QVERIFY(!report.ok());
        QVERIFY2(report.recordProblems.join(u'\n').contains(named),
                 qPrintable(report.recordProblems.join(u'\n')));
    }

    // The full check's lines (ratingTallyMismatches, one scan of the ratings in C++): for
    // each kind of difference exactly the lines, numbers, order and "and N more" of the SQL
    // comparison it replaced, in (round, team, item) order across rounds.
    void mismatchesAsTheSqlComparisonListedThem_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("keys");   // the lines' (round, team, item), "more" last
        QTest::addColumn<QString>("first");      // the first line in full (compact form)
        const auto row = [](const char *name, QStringList sql, int limit, QStringList keys, QString first = {}) {
            QTest::newRow(name) << sql << limit << keys << first;
        };
        const QString oneRating = QStringLiteral(
            "(round_id, evaluator, team_id, item_id) = (SELECT round_id, evaluator, team_id, item_id "
            "FROM user_ratings WHERE team_id = '%1' AND item_id = '%2' ORDER BY evaluator LIMIT 1)");
        row("nothing changed", {}, 20, {});
        row("a rating changed",
            {QStringLiteral("UPDATE user_ratings SET rating = CASE rating WHEN 5 THEN 4 ELSE rating + 1 END WHERE ")
             + oneRating.arg(QLatin1String("skt"), QLatin1String("usability"))},
            20, {QStringLiteral("R1/skt/usability")});
        row("a rating deleted",
            {QStringLiteral("DELETE FROM user_ratings WHERE ") + oneRating.arg(QLatin1String("nc"), QLatin1String("cost_efficiency"))},
            20, {QStringLiteral("R1/nc/cost_efficiency")});
        row("a tally row deleted",
            {QStringLiteral("DELETE FROM rating_tallies WHERE team_id = 'lg' AND item_id = 'usability'")}, 20,
            {QStringLiteral("R1/lg/usability")});
        row("an extra tally row (no ratings)",
            {QStringLiteral("INSERT INTO rating_tallies VALUES ('R1', 'nobody', 'usability', 3, 12)")}, 20,
            {QStringLiteral("R1/nobody/usability")}, QStringLiteral("R1/nobody/usability 0 0 3 12"));
        row("a tally's ratings all deleted",
            {QStringLiteral("DELETE FROM user_ratings WHERE team_id = 'upstage' AND item_id = 'usability'")}, 20,
            {QStringLiteral("R1/upstage/usability")});
        row("ratings of two more rounds",
            {QStringLiteral("INSERT INTO user_ratings VALUES ('R2', 1, 'x1', 'nc', 'cost_efficiency', 4, 1, 5)"),
             QStringLiteral("INSERT INTO user_ratings VALUES ('R2', 2, 'x2', 'nc', 'cost_efficiency', 2, 1, 5)"),
             QStringLiteral("INSERT INTO user_ratings VALUES ('R0', 1, 'x1', 'lg', 'usability', 3, 1, 5)"),
             QStringLiteral("INSERT INTO rating_tallies VALUES ('R0', 'lg', 'usability', 1, 2)"),
             QStringLiteral("INSERT INTO user_ratings VALUES ('R0', 2, 'x1', 'skt', 'usability', 5, 1, 5)"),
             QStringLiteral("INSERT INTO rating_tallies VALUES ('R0', 'skt', 'usability', 1, 5)"),
             QStringLiteral("UPDATE user_ratings SET rating = CASE rating WHEN 5 THEN 4 ELSE rating + 1 END WHERE ")
                 + oneRating.arg(QLatin1String("naver"), QLatin1String("usability"))},
            20,
            {QStringLiteral("R0/lg/usability"), QStringLiteral("R1/naver/usability"), QStringLiteral("R2/nc/cost_efficiency")},
            QStringLiteral("R0/lg/usability 1 3 1 2"));
        row("limit reached",
            {QStringLiteral("UPDATE rating_tallies SET rating_sum = rating_sum + 1 WHERE team_id <> 'nc'")}, 3,
            {QStringLiteral("R1/lg/cost_efficiency"), QStringLiteral("R1/lg/usability"),
             QStringLiteral("R1/naver/cost_efficiency"), QStringLiteral("more")});
        row("limit 1, as the full database check asks",
            {QStringLiteral("DELETE FROM rating_tallies WHERE team_id = 'skt'"),
             QStringLiteral("UPDATE rating_tallies SET ratings = ratings + 1 WHERE team_id = 'naver'")},
            1, {QStringLiteral("R1/naver/cost_efficiency"), QStringLiteral("more")});
        row("limit exactly reached: no line of more",
            {QStringLiteral("DELETE FROM rating_tallies WHERE team_id = 'skt'")}, 2,
            {QStringLiteral("R1/skt/cost_efficiency"), QStringLiteral("R1/skt/usability")});
        // A type the schema does not keep out (a TEXT column takes a blob as it is): compared
        // as SQL compares, the blob apart from the text.
        row("an id stored as a blob",
            {QStringLiteral("UPDATE user_ratings SET team_id = CAST('lg' AS BLOB) WHERE ")
                 + oneRating.arg(QLatin1String("lg"), QLatin1String("cost_efficiency"))},
            20, {QStringLiteral("R1/lg/cost_efficiency"), QStringLiteral("R1/lg/cost_efficiency")});
    }

    void mismatchesAsTheSqlComparisonListedThem()
    {
        QFETCH(QStringList, sql);
        QFETCH(int, limit);
        QFETCH(QStringList, keys);
        QFETCH(QString, first);
        const QString path = m_dir.filePath(QStringLiteral("mismatch-%1.paneldesk")
                                                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        SqliteStore::create(path)->replacePanel(buildDemoPanel(), QStringLiteral("test"));
        RawDb raw(path, /*foreignKeys=*/false);   // other rounds without their panel
        for (const QString &statement : sql)
            raw.exec(statement);

        QStringList expected = mismatchesBySql(raw);
        if (expected.size() > limit) {
            const qsizetype more = expected.size() - limit;
            expected = expected.mid(0, limit);
            expected << QStringLiteral("more %1").arg(more);
        }
        const QStringList problems = ratingTallyMismatches(raw.db(), limit);
        const QStringList found = compact(problems);
        QCOMPARE(found, expected);
        QCOMPARE(named(found), keys);
        if (!first.isEmpty())
            QCOMPARE(found.first(), first);
        if (keys.contains(QStringLiteral("more")))
            QVERIFY(found.last() != QStringLiteral("more 0"));
    }

    // A file of several chunks (storage/RatingImportWriter.cpp: sorted runs merged while
    // inserting), in random order: stored and tallied like any file; with duplicates in the
    // same chunk, across chunks and of a stored rating, refused with exactly the problems,
    // lines and order of inserting row by row in file order, and nothing stored.
    void fileOfSeveralChunksInRandomOrder_data()
    {
        QTest::addColumn<bool>("withDuplicates");
        QTest::addColumn<bool>("shuffled");   // otherwise in evaluator order: chunks inserted at once
        QTest::newRow("shuffled, clean") << false << true;
        QTest::newRow("shuffled, duplicates") << true << true;
        QTest::newRow("evaluator order, clean") << false << false;
        QTest::newRow("evaluator order, duplicates") << true << false;
    }

    void fileOfSeveralChunksInRandomOrder()
    {
        QFETCH(bool, withDuplicates);
        QFETCH(bool, shuffled);
        const QString dir = m_dir.filePath(QStringLiteral("runs-%1-%2").arg(int(withDuplicates)).arg(int(shuffled)));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/t.paneldesk");
        auto store = SqliteStore::create(path);
        store->replacePanel(buildDemoPanel(), QStringLiteral("test"));
        const qint64 demo = qint64(buildDemoPanel().userRatings.size());
        const UserRating stored = buildDemoPanel().userRatings.front();

        QStringList rows;   // 150,000 ratings: over two chunks of 65,536
        for (int e = 0; e < 25000; ++e)
            for (const char *team : {"lg", "skt", "nc"})
                for (const char *item : {"usability", "cost_efficiency"})
                    rows << QStringLiteral("m%1,%2,%3,%4")
                                .arg(e, 6, 10, QLatin1Char('0'))
                                .arg(QLatin1String(team), QLatin1String(item))
                                .arg(1 + (e * 7 + int(rows.size())) % 5);
        std::mt19937 random(7);
        if (shuffled)
            std::shuffle(rows.begin(), rows.end(), random);
        QStringList expected;   // "line: first line" (0: a stored rating), in file order
        const auto key = [](const QString &row) { return row.section(u',', 0, 2); };
        const QString storedKey = stored.evaluator + u',' + stored.team + u',' + stored.item;
        if (withDuplicates && shuffled) {
            rows[198] = key(rows[98]) + QStringLiteral(",1");   // line 200 repeats line 100
            rows[70000] = storedKey + QStringLiteral(",2");      // another chunk: a stored rating
            rows << key(rows[8]) + QStringLiteral(",3");         // the last line repeats line 10
            expected << QStringLiteral("200: 100") << QStringLiteral("70002: 0")
                     << QStringLiteral("%1: 10").arg(rows.size() + 1);
        } else if (withDuplicates) {   // still in evaluator order
            rows[199] = key(rows[198]) + QStringLiteral(",1");       // line 201 repeats line 200
            rows[65536] = key(rows[65535]) + QStringLiteral(",3");   // across the first two chunks
            QVERIFY(stored.evaluator > rows.back().section(u',', 0, 0));
            rows << storedKey + QStringLiteral(",2");                // the last line: a stored rating
            expected << QStringLiteral("201: 200") << QStringLiteral("65538: 65537")
                     << QStringLiteral("%1: 0").arg(rows.size() + 1);
        }
        QFile file(dir + QStringLiteral("/ratings.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("evaluator,team,item,rating\n" + rows.join(u'\n').toUtf8() + '\n');
        file.close();

        const RatingsImportResult result = importRatingsCsv(*store, file.fileName(), QStringLiteral("ratings.csv"),
                                                            false, {}, QStringLiteral("test"));
        RawDb raw(path);
        QCOMPARE(storedTallies(raw), groupedRatings(raw));
        QCOMPARE(store->ratingTallyProblems(), QStringList());
        if (!withDuplicates) {
            QVERIFY2(result.outcome == RatingsImportResult::Outcome::Imported, qPrintable(result.issues.text()));
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM user_ratings")).toLongLong(),
                     demo + qint64(rows.size()));
            return;
        }
        QVERIFY(result.outcome == RatingsImportResult::Outcome::Refused);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM user_ratings")).toLongLong(), demo);
        QStringList found;
        for (const ImportIssue &issue : result.issues.listed()) {
            const QString line = issue.where.section(u':', 1, 1);
            const QRegularExpression first(QStringLiteral("those of line (\\d+)"));
            const QRegularExpressionMatch match = first.match(issue.message);
            QVERIFY2(match.hasMatch() || issue.message.contains(QLatin1String("already stored")),
                     qPrintable(issue.text()));
            found << line + QStringLiteral(": ") + (match.hasMatch() ? match.captured(1) : QStringLiteral("0"));
        }
        QCOMPARE(found, expected);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRatingTallies)
#include "tst_ratingtallies.moc"
