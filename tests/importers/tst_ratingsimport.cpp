// Importing user ratings from CSV (importers/RatingsCsv.h): accepted files (BOM, CRLF,
// quotes, blank lines, any column order), every hostile file of test T8 refused with its
// line:column and the database unchanged, row problems listed (the first 100 and a count),
// duplicates within the file and against stored ratings, replace, and a cancelled import
// that leaves no trace.

#include "../importers/ImportTestSupport.h"

#include "importers/CsvReader.h"
#include "importers/RatingsCsv.h"
#include "storage/SqliteStore.h"

#include <QBuffer>
#include "domain/Errors.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QByteArray kHeader = "evaluator,team,item,rating\n";

QByteArray manyRows(int evaluators, const char *prefix = "v")
{
    QByteArray csv = kHeader;
    for (int e = 0; e < evaluators; ++e)
        for (const char *team : {"lg", "skt", "upstage", "naver", "nc"})
            csv += QByteArray(prefix) + QByteArray::number(e) + ',' + team + ",usability,"
                + QByteArray::number(1 + e % 5) + '\n';
    return csv;
}

} // namespace

class TestRatingsImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void acceptedFiles_data();
    void acceptedFiles();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void firstHundredProblemsAndACount();
    void duplicatesWithinTheFileAndStored();
    void duplicatesInsideFullBatches();
    void replaceReplacesStoredRatings();
    void cancelledImportLeavesNoTrace();
    void lockedRoundRefusesRatings();
    void recordsAcrossChunkBoundaries();
    void hundredMegabyteLineIsRefusedEarly();

private:
    RatingsImportResult import(const QByteArray &bytes, bool replace = false,
                               const ImportControl &control = {});
    qint64 storedRatings() const;

    QTemporaryDir m_template;   // the demo database, made once (its passphrases take a while)
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_csv;
};

void TestRatingsImport::initTestCase()
{
    createDemoDatabase(m_template.filePath(u"demo.paneldesk"_qs), {false, u"test"_qs});
}

void TestRatingsImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("demo.paneldesk"));
    m_csv = m_dir->filePath(QStringLiteral("ratings.csv"));
    QVERIFY(QFile::copy(m_template.filePath(u"demo.paneldesk"_qs), m_db));
}

RatingsImportResult TestRatingsImport::import(const QByteArray &bytes, bool replace,
                                              const ImportControl &control)
{
    writeFile(m_csv, bytes);
    auto store = SqliteStore::open(m_db);
    return importRatingsCsv(*store, m_csv, QStringLiteral("ratings.csv"), replace, control,
                            QStringLiteral("secretariat"));
}

qint64 TestRatingsImport::storedRatings() const
{
    auto store = SqliteStore::open(m_db);
    qint64 count = 0;
    for (const RatingTally &tally : store->loadScoringInputs().ratingTallies)
        count += tally.count;
    return count;
}

void TestRatingsImport::acceptedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rows");
    QTest::newRow("plain") << QByteArray(kHeader + "x1,lg,usability,5\nx1,lg,cost_efficiency,1\n") << 2;
    QTest::newRow("BOM and CRLF")
        << QByteArray("\xEF\xBB\xBF" "evaluator,team,item,rating\r\nx1,lg,usability,5\r\n") << 1;
    QTest::newRow("no final line end") << QByteArray(kHeader + "x1,lg,usability,5") << 1;
    QTest::newRow("CR only") << QByteArray("evaluator,team,item,rating\rx1,lg,usability,5\r") << 1;
    QTest::newRow("quotes, spaces, blank lines")
        << QByteArray(kHeader + "\n\"x1\", \"lg\" ,usability, 4\n\n\"x2\",\"skt\",\"cost_efficiency\",\"2\"\n\n") << 2;
    QTest::newRow("other column order, capitalised header")
        << QByteArray("Rating,Team,Item,Evaluator\n3,nc,usability,x7\n") << 1;
}

void TestRatingsImport::acceptedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, rows);
    const qint64 before = storedRatings();
    const RatingsImportResult result = import(bytes);
    QVERIFY2(result.outcome == RatingsImportResult::Outcome::Imported, qPrintable(result.issues.text()));
    QCOMPARE(result.imported, qint64(rows));
    QCOMPARE(storedRatings(), before + rows);
    auto store = SqliteStore::open(m_db);
    const AuditEntry last = store->auditLog().back();
    QCOMPARE(last.action, QStringLiteral("import-ratings"));
    QCOMPARE(last.actor, QStringLiteral("secretariat"));
    QVERIFY(last.newValue.contains(QStringLiteral("\"file\":\"ratings.csv\"")));
    QVERIFY(last.newValue.contains(QStringLiteral("\"sha256\":\"%1\"")
                                       .arg(QString::fromLatin1(QCryptographicHash::hash(
                                           bytes, QCryptographicHash::Sha256).toHex()))));
}

void TestRatingsImport::hostileFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    const QByteArray row = "x1,lg,usability,5\n";
    QTest::newRow("UTF-16 LE with BOM")
        << QByteArray("\xFF\xFE" "e\0v\0a\0", 8) << u"ratings.csv:1:1:"_qs << u"UTF-16"_qs;
    QTest::newRow("UTF-16 BE with BOM")
        << QByteArray("\xFE\xFF\0e\0v", 6) << u"ratings.csv:1:1:"_qs << u"UTF-16"_qs;
    QTest::newRow("UTF-16 without BOM")
        << QByteArray("e\0v\0a\0l\0", 8) << u"ratings.csv:1:1:"_qs << u"UTF-16"_qs;
    QTest::newRow("UTF-32 LE")
        << QByteArray("\xFF\xFE\0\0e\0\0\0", 8) << u"ratings.csv:1:1:"_qs << u"UTF-32"_qs;
    QTest::newRow("XLSX") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << u"ratings.csv:1:1:"_qs
                          << u"ZIP"_qs;
    QTest::newRow("Latin-1 byte")
        << QByteArray(kHeader + row + "x2,lg,usabilit\xE9,5\n") << u"ratings.csv:3:15:"_qs
        << u"not UTF-8"_qs;
    QTest::newRow("CP949 Korean")
        << QByteArray(kHeader + "\xC7\xD1\xB1\xDB,lg,usability,5\n") << u"ratings.csv:2:1:"_qs
        << u"not UTF-8"_qs;
    QTest::newRow("overlong UTF-8")
        << QByteArray(kHeader + "x\xC0\xAF,lg,usability,5\n") << u"ratings.csv:2:2:"_qs
        << u"not UTF-8"_qs;
    QTest::newRow("UTF-8 surrogate")
        << QByteArray(kHeader + "x,lg,\xED\xA0\x80,5\n") << u"ratings.csv:2:6:"_qs
        << u"not UTF-8"_qs;
    QTest::newRow("truncated UTF-8 at the end")
        << QByteArray(kHeader + "x,lg,usability,5\xE2\x82") << u"ratings.csv:2:17:"_qs
        << u"ends inside"_qs;
    QTest::newRow("NUL byte")
        << QByteArray(kHeader + row + QByteArray("x2,lg,\0usability,5\n", 19))
        << u"ratings.csv:3:7:"_qs << u"NUL"_qs;
    QTest::newRow("unbalanced quote")
        << QByteArray(kHeader + row + "x2,\"lg,usability,5\nx3,lg,usability,4\n")
        << u"ratings.csv:3:4:"_qs << u"never closed"_qs;
    QTest::newRow("quote inside a field")
        << QByteArray(kHeader + "x2,l\"g,usability,5\n") << u"ratings.csv:2:5:"_qs
        << u"quote inside"_qs;
    QTest::newRow("text after closing quote")
        << QByteArray(kHeader + "\"x2\"x,lg,usability,5\n") << u"ratings.csv:2:5:"_qs
        << u"after the closing quote"_qs;
    QTest::newRow("10^6 columns")
        << QByteArray(kHeader + QByteArray(1000000, ',') + '\n') << u"ratings.csv:2:65:"_qs
        << u"more than 64 fields"_qs;
    QTest::newRow("semicolons") << QByteArray("evaluator;team;item;rating\nx;lg;usability;5\n")
                                << u"ratings.csv:1:1:"_qs << u"';'"_qs;
    QTest::newRow("missing column") << QByteArray("evaluator,team,rating\nx,lg,5\n")
                                    << u"ratings.csv:1:1:"_qs << u"missing column(s) item"_qs;
    QTest::newRow("unknown column") << QByteArray("evaluator,team,item,score\n")
                                    << u"ratings.csv:1:21:"_qs << u"unknown column \"score\""_qs;
    QTest::newRow("column twice") << QByteArray("evaluator,team,item,rating,team\n")
                                  << u"ratings.csv:1:28:"_qs << u"named twice"_qs;
    QTest::newRow("empty file") << QByteArray() << u"ratings.csv:"_qs << u"empty"_qs;
    QTest::newRow("header only") << kHeader << u""_qs << u"no ratings"_qs;
    QTest::newRow("unknown team") << QByteArray(kHeader + row + "x2,kt,usability,5\n")
                                  << u"ratings.csv:3:4:"_qs << u"unknown team \"kt\""_qs;
    QTest::newRow("unknown item") << QByteArray(kHeader + "x2,lg,speed,5\n")
                                  << u"ratings.csv:2:7:"_qs << u"unknown user item"_qs;
    QTest::newRow("rating above scale") << QByteArray(kHeader + "x2,lg,usability,6\n")
                                        << u"ratings.csv:2:17:"_qs << u"outside the scale 1-5"_qs;
    QTest::newRow("rating 7,5") << QByteArray(kHeader + "x2,lg,usability,\"7,5\"\n")
                                << u"ratings.csv:2:17:"_qs << u"not a whole number"_qs;
    QTest::newRow("rating empty") << QByteArray(kHeader + "x2,lg,usability,\n")
                                  << u"ratings.csv:2:17:"_qs << u"rating: missing"_qs;
    QTest::newRow("evaluator not an id") << QByteArray(kHeader + "김철수,lg,usability,3\n")
                                         << u"ratings.csv:2:1:"_qs << u"not an id"_qs;
    QTest::newRow("too few fields") << QByteArray(kHeader + "x2,lg,usability\n")
                                    << u"ratings.csv:2:7:"_qs << u"expected 4 fields, found 3"_qs;
    QTest::newRow("multi-line field, error after it")
        << QByteArray(kHeader + "\"x\ny\",lg,usability,5\nx3,lg,usability,9\n")
        << u"ratings.csv:2:1:"_qs << u"ratings.csv:4:17: rating: 9 is outside the scale"_qs;
}

void TestRatingsImport::hostileFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, says);
    const QByteArray before = databaseFingerprint(m_db);
    const RatingsImportResult result = import(bytes);
    const QString text = result.issues.text();
    if (says == u"no ratings"_qs) {   // a header alone is a valid, empty import
        QCOMPARE(result.outcome, RatingsImportResult::Outcome::Imported);
        QCOMPARE(result.imported, qint64(0));
        return;
    }
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Refused);
    QVERIFY2(text.startsWith(where), qPrintable(text));
    QVERIFY2(text.contains(says), qPrintable(text));
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestRatingsImport::firstHundredProblemsAndACount()
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 250; ++i)
        csv += "w" + QByteArray::number(i).rightJustified(3, '0') + ",lg,usability,9\n";
    const QByteArray before = databaseFingerprint(m_db);
    const RatingsImportResult result = import(csv);
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Refused);
    QCOMPARE(result.issues.count(), qint64(250));
    QCOMPARE(result.issues.listed().size(), size_t(ImportIssues::kMaxListed));
    QCOMPARE(result.issues.listed().back().where, u"ratings.csv:101:19"_qs);
    QVERIFY(result.issues.text().endsWith(u"150 more problem(s)"_qs));
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestRatingsImport::duplicatesWithinTheFileAndStored()
{
    const QByteArray before = databaseFingerprint(m_db);
    const RatingsImportResult result = import(
        kHeader + "x1,lg,usability,5\nx2,lg,usability,5\n\"x1\",lg,usability,3\nu001,nc,cost_efficiency,2\n");
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Refused);
    QCOMPARE(result.issues.count(), qint64(2));
    QCOMPARE(result.issues.listed()[0].where, u"ratings.csv:4:1"_qs);
    QVERIFY(result.issues.listed()[0].message.contains(u"line 2"));
    QCOMPARE(result.issues.listed()[1].where, u"ratings.csv:5:1"_qs);
    QVERIFY(result.issues.listed()[1].message.contains(u"already stored"));
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestRatingsImport::duplicatesInsideFullBatches()
{
    // 2,000 rows: the writer sends full batches of rows through one statement; a refused
    // batch is retried row by row, so each duplicate is still named with its first line.
    QByteArray csv = kHeader;
    for (int i = 0; i < 2000; ++i) {
        int e = i;
        if (i == 40)
            e = 10;     // the same batch as its first occurrence (line 12)
        if (i == 1500)
            e = 700;    // a later batch (line 702)
        csv += "b" + QByteArray::number(e) + ",lg,usability,3\n";
    }
    const QByteArray before = databaseFingerprint(m_db);
    const RatingsImportResult result = import(csv);
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Refused);
    QCOMPARE(result.issues.count(), qint64(2));
    QCOMPARE(result.issues.listed()[0].where, u"ratings.csv:42:1"_qs);
    QVERIFY2(result.issues.listed()[0].message.contains(u"line 12"), qPrintable(result.issues.text()));
    QCOMPARE(result.issues.listed()[1].where, u"ratings.csv:1502:1"_qs);
    QVERIFY2(result.issues.listed()[1].message.contains(u"line 702"), qPrintable(result.issues.text()));
    QCOMPARE(databaseFingerprint(m_db), before);
    // without the two repeats every row goes in
    csv.replace("b10,lg,usability,3\nb41", "b40,lg,usability,3\nb41");
    csv.replace("b700,lg,usability,3\nb1501", "b1500,lg,usability,3\nb1501");
    const RatingsImportResult ok = import(csv);
    QVERIFY2(ok.outcome == RatingsImportResult::Outcome::Imported, qPrintable(ok.issues.text()));
    QCOMPARE(ok.imported, qint64(2000));
}

void TestRatingsImport::replaceReplacesStoredRatings()
{
    const qint64 demoRatings = storedRatings();
    QVERIFY(demoRatings > 0);
    RatingsImportResult result = import(manyRows(10), true);
    QVERIFY2(result.outcome == RatingsImportResult::Outcome::Imported, qPrintable(result.issues.text()));
    QCOMPARE(result.replaced, demoRatings);
    QCOMPARE(storedRatings(), qint64(50));
    // the stored ones (the file's own) are duplicates without replace...
    result = import(manyRows(10));
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Refused);
    QCOMPARE(result.issues.count(), qint64(50));
    // ...and replaced again with it
    result = import(manyRows(4), true);
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Imported);
    QCOMPARE(storedRatings(), qint64(20));
    auto store = SqliteStore::open(m_db);
    const AuditEntry last = store->auditLog().back();
    QCOMPARE(last.oldValue, u"{\"ratings\":50}"_qs);
    QVERIFY(last.newValue.contains(u"\"mode\":\"replace\""));
    QVERIFY(last.newValue.contains(u"\"ratings\":20"));
}

void TestRatingsImport::cancelledImportLeavesNoTrace()
{
    const QByteArray before = databaseFingerprint(m_db);
    int calls = 0;
    qint64 lastDone = 0, lastTotal = 0;
    ImportControl control;
    control.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return ++calls < 3;   // cancel on the third report
    };
    const QByteArray csv = manyRows(4000);   // 20,000 rows
    const RatingsImportResult result = import(csv, true, control);
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Cancelled);
    QCOMPARE(calls, 3);
    QCOMPARE(lastTotal, qint64(csv.size()));
    QVERIFY(lastDone > 0 && lastDone < lastTotal);
    QCOMPARE(result.imported, qint64(0));
    QCOMPARE(databaseFingerprint(m_db), before);   // not even an audit entry
    // and the same file imports completely when not cancelled
    const RatingsImportResult again = import(csv, true);
    QCOMPARE(again.outcome, RatingsImportResult::Outcome::Imported);
    QCOMPARE(again.imported, qint64(20000));
}

// Once the chair locks the round (issue 5), its user ratings no longer change: the import is
// refused with a message and the database is unchanged.
void TestRatingsImport::lockedRoundRefusesRatings()
{
    SqliteStore::open(m_db)->lockRound(QStringLiteral("chair"));
    const QByteArray before = databaseFingerprint(m_db);
    bool refused = false;
    try {
        const RatingsImportResult result = import(QByteArray(kHeader + "x1,lg,usability,5\n"));
        refused = result.outcome == RatingsImportResult::Outcome::Refused
            && result.issues.text().contains(QLatin1String("lock"));
    } catch (const InputError &e) {
        refused = e.message().contains(QLatin1String("lock"));
    }
    QVERIFY(refused);
    QCOMPARE(databaseFingerprint(m_db), before);
}

void TestRatingsImport::recordsAcrossChunkBoundaries()
{
    // Quoted fields with line breaks and CRLFs that straddle the reader's 256 KiB chunks.
    QByteArray csv = "evaluator,team,item,rating\r\n";
    int rows = 0;
    while (csv.size() < 700 * 1024) {
        csv += "\"e" + QByteArray::number(rows) + "\",\"lg\",usability,\"" + QByteArray::number(1 + rows % 5) + "\"\r\n";
        ++rows;
    }
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, u"x.csv"_qs);
    int records = 0;
    while (reader.next()) {
        QCOMPARE(reader.fieldCount(), 4);
        if (records > 0) {
            QCOMPARE(reader.recordLine(), qint64(records + 1));
            QCOMPARE(reader.fieldText(0), u"e%1"_qs.arg(records - 1));
        }
        ++records;
    }
    QCOMPARE(records, rows + 1);
    QCOMPARE(reader.sha256(), QCryptographicHash::hash(csv, QCryptographicHash::Sha256));
}

void TestRatingsImport::hundredMegabyteLineIsRefusedEarly()
{
    {
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kHeader + "x1,lg,usability,5\nx2,");
        const QByteArray chunk(1 << 20, 'a');
        for (int i = 0; i < 100; ++i)
            file.write(chunk);
        file.write(",usability,5\n");
    }
    const QByteArray before = databaseFingerprint(m_db);
    auto store = SqliteStore::open(m_db);
    const RatingsImportResult result = importRatingsCsv(*store, m_csv, u"ratings.csv"_qs, false,
                                                        {}, u"secretariat"_qs);
    QCOMPARE(result.outcome, RatingsImportResult::Outcome::Refused);
    const QString text = result.issues.text();
    QVERIFY2(text.startsWith(u"ratings.csv:3:"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"longer than 64 KiB"_qs), qPrintable(text));
    store.reset();
    QCOMPARE(databaseFingerprint(m_db), before);
}

QTEST_GUILESS_MAIN(TestRatingsImport)
#include "tst_ratingsimport.moc"
