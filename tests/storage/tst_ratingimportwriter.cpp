// The ratings import writer (storage/RatingImportWriter.h) and what it leaves switched on:
// it writes with SQLite's CHECK constraints off for its own INSERTs and applies the same
// rules in C++ (storage/RatingRowChecks.h), foreign keys on. Shown here: the C++ rules
// refuse exactly the rows the schema's CHECKs refuse; a row breaking them is refused with
// the constraint's name and nothing is written; a reference to a team or item the round
// does not have is still refused by the foreign keys; afterwards (committed, refused, or
// aborted by an exception) the CHECKs are on again for every other statement of the
// connection, foreign keys too, and PRAGMA integrity_check (which checks CHECK
// constraints) finds nothing.
#include "StorageTestSupport.h"

#include "domain/Errors.h"
#include "storage/PanelWriter.h"
#include "storage/RatingImportWriter.h"
#include "storage/RatingRowChecks.h"
#include "storage/Schema.h"
#include "storage/SqliteTransaction.h"

#include <QTemporaryDir>
#include <QtTest>

#include <string>
#include <vector>

using namespace pd;
using namespace pd::test;

namespace {

struct Given {
    std::string evaluator;
    const std::string *team;
    const std::string *item;
    int rating;
    int scaleMin = 1, scaleMax = 5;
};

// A source of fixed rows that records what the writer reports; `throwAfter` rows, it
// throws an InputError (a file that cannot be read on).
class ListSource final : public RatingSource {
public:
    explicit ListSource(std::vector<Given> rows, int throwAfter = -1)
        : m_rows(std::move(rows)), m_throwAfter(throwAfter) {}

    bool next(RatingRow &row) override
    {
        if (m_next == m_throwAfter)
            throw InputError(QStringLiteral("ratings.csv: cannot read on"));
        if (m_next >= int(m_rows.size()))
            return false;
        const Given &g = m_rows[size_t(m_next++)];
        row.evaluator = g.evaluator;
        row.team = g.team;
        row.item = g.item;
        row.rating = g.rating;
        row.scaleMin = g.scaleMin;
        row.scaleMax = g.scaleMax;
        row.line = m_next + 1;
        row.column = 1;
        return true;
    }
    void duplicate(const RatingRow &row, qint64 firstLine) override
    {
        problems << QStringLiteral("%1: duplicate of %2").arg(row.line).arg(firstLine);
    }
    void refused(const RatingRow &row, const QString &message) override
    {
        problems << QStringLiteral("%1: %2").arg(row.line).arg(message);
    }
    bool hasProblems() const override { return !problems.isEmpty(); }
    bool cancelled() const override { return false; }
    QJsonObject auditInfo() const override { return {}; }

    QStringList problems;

private:
    std::vector<Given> m_rows;
    int m_throwAfter;
    int m_next = 0;
};

const std::string kLg = "lg", kSkt = "skt", kUsability = "usability", kCost = "cost",
                  kNoTeam = "kakao", kNoItem = "strategy";

} // namespace

class TestRatingImportWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A file holding fullPanel() (round R1, teams lg, skt, ..., user items usability and
    // cost on the scale 1-5, 30 stored ratings).
    QString newPanel()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_counter));
        RawDb raw(path);
        WriteTransaction transaction(raw.db());
        schema::upgrade(raw.db(), 0, schema::kCurrentVersion);
        writePanel(raw.db(), fullPanel());
        transaction.commit();
        return path;
    }

    static void verifyChecksAndKeysOn(RawDb &raw)
    {
        QCOMPARE(raw.value(QStringLiteral("PRAGMA ignore_check_constraints")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // any other statement of the connection is checked again
        QVERIFY(raw.tryExec(QStringLiteral(
                                "INSERT INTO user_ratings VALUES ('R1', 900, 'a b', 'lg', "
                                "'usability', 3, 1, 5)"))
                    .contains(QLatin1String("evaluator_id_format")));
        QVERIFY(raw.tryExec(QStringLiteral(
                                "INSERT INTO user_ratings VALUES ('R1', 901, 'ok', 'lg', "
                                "'usability', 9, 1, 5)"))
                    .contains(QLatin1String("rating_within_scale")));
        QVERIFY(raw.tryExec(QStringLiteral(
                                "INSERT INTO user_ratings VALUES ('R1', 902, 'ok', 'kakao', "
                                "'usability', 3, 1, 5)"))
                    .contains(QLatin1String("FOREIGN KEY")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // brokenRatingCheck() against the schema's own CHECKs, row by row.
    void rowChecksMatchTheSchema()
    {
        const QString path = newPanel();
        RawDb raw(path);
        const std::vector<Given> rows = {
            {"u001x", &kLg, &kUsability, 3},           {"a", &kLg, &kUsability, 1},
            {"A-b_c.9", &kLg, &kUsability, 5},         {std::string(64, 'z'), &kLg, &kUsability, 2},
            {std::string(65, 'z'), &kLg, &kUsability, 2}, {"", &kLg, &kUsability, 2},
            {"a b", &kLg, &kUsability, 2},             {"a,b", &kLg, &kUsability, 2},
            {"a/b", &kLg, &kUsability, 2},             {"평가자", &kLg, &kUsability, 2},
            {"tab\t", &kLg, &kUsability, 2},           {"star*", &kLg, &kUsability, 2},
            {"ok1", &kLg, &kUsability, 0},             {"ok2", &kLg, &kUsability, 6},
            {"ok3", &kLg, &kUsability, -3},            {"bad one", &kLg, &kUsability, 9},
        };
        int seq = 1000;
        for (const Given &g : rows) {
            RatingRow row;
            row.evaluator = g.evaluator;
            row.rating = g.rating;
            row.scaleMin = g.scaleMin;
            row.scaleMax = g.scaleMax;
            const char *ours = brokenRatingCheck(row);
            QSqlQuery insert(raw.db());
            insert.prepare(QStringLiteral("INSERT INTO user_ratings VALUES ('R1', ?, ?, 'lg', "
                                          "'usability', ?, 1, 5)"));
            insert.addBindValue(seq++);
            insert.addBindValue(QString::fromStdString(g.evaluator));
            insert.addBindValue(g.rating);
            const bool stored = insert.exec();
            const QString theirs = insert.lastError().databaseText();
            const QByteArray what = QByteArray("evaluator \"") + g.evaluator.c_str() + "\" rating "
                + QByteArray::number(g.rating) + ": SQLite says \"" + theirs.toUtf8() + '"';
            QVERIFY2(stored == (ours == nullptr), what.constData());
            if (ours)
                QVERIFY2(theirs.contains(QLatin1String(ours)), what.constData());
        }
    }

    void importedRowsSatisfyTheSchema()
    {
        const QString path = newPanel();
        RawDb raw(path);
        ListSource source({{"n1", &kLg, &kUsability, 1}, {"n1", &kSkt, &kCost, 5},
                           {"n2", &kLg, &kUsability, 3}});
        const RatingWriteOutcome outcome =
            writeRatings(raw.db(), source, false, QStringLiteral("secretariat"));
        QVERIFY2(outcome.committed, qPrintable(source.problems.join(u'\n')));
        QCOMPARE(outcome.imported, qint64(3));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM user_ratings")).toInt(), 33);
        verifyChecksAndKeysOn(raw);
    }

    void rowsBreakingAChecksAreRefused()
    {
        const QString path = newPanel();
        const FileFingerprint before = fingerprint(path);
        {
            RawDb raw(path);
            ListSource source({{"n1", &kLg, &kUsability, 3},
                               {"n 2", &kLg, &kUsability, 3},
                               {"n3", &kLg, &kUsability, 7, 1, 5},
                               {"n4", &kLg, &kUsability, 2, 3, 5}});
            const RatingWriteOutcome outcome =
                writeRatings(raw.db(), source, false, QStringLiteral("secretariat"));
            QVERIFY(!outcome.committed);
            QCOMPARE(source.problems,
                     QStringList({QStringLiteral("3: CHECK constraint failed: evaluator_id_format"),
                                  QStringLiteral("4: CHECK constraint failed: rating_within_scale"),
                                  QStringLiteral("5: CHECK constraint failed: rating_within_scale")}));
            verifyChecksAndKeysOn(raw);
        }
        QCOMPARE(fingerprint(path), before);
    }

    // The source's catalog is not trusted: foreign keys stay on during the import, so a team
    // or item the round does not have, or an item with another scale, is refused by SQLite.
    void badReferencesAreRefusedByTheForeignKeys()
    {
        const QString path = newPanel();
        const FileFingerprint before = fingerprint(path);
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            ListSource source({{"n1", &kLg, &kUsability, 3},
                               {"n2", &kNoTeam, &kUsability, 3},
                               {"n3", &kLg, &kNoItem, 3},
                               {"n4", &kLg, &kUsability, 3, 0, 10}});
            const RatingWriteOutcome outcome =
                writeRatings(raw.db(), source, false, QStringLiteral("secretariat"));
            QVERIFY(!outcome.committed);
            QCOMPARE(source.problems.size(), 3);
            for (const QString &problem : std::as_const(source.problems))
                QVERIFY2(problem.contains(QLatin1String("FOREIGN KEY constraint failed")),
                         qPrintable(problem));
            QVERIFY(source.problems[0].startsWith(QLatin1String("3: ")));
            verifyChecksAndKeysOn(raw);
        }
        QCOMPARE(fingerprint(path), before);
    }

    void anExceptionSwitchesTheChecksBackOn()
    {
        const QString path = newPanel();
        const FileFingerprint before = fingerprint(path);
        {
            RawDb raw(path);
            ListSource source({{"n1", &kLg, &kUsability, 3}, {"n2", &kLg, &kUsability, 3}}, 1);
            QVERIFY_THROWS_EXCEPTION(InputError, writeRatings(raw.db(), source, false,
                                                              QStringLiteral("secretariat")));
            verifyChecksAndKeysOn(raw);
        }
        QCOMPARE(fingerprint(path), before);
    }

    // Duplicates are found by the table's key since schema 6 (no UNIQUE index any more).
    void duplicatesAreFoundByTheKey()
    {
        const QString path = newPanel();
        RawDb raw(path);
        ListSource source({{"n1", &kLg, &kUsability, 3}, {"u001", &kLg, &kUsability, 3},
                           {"n1", &kLg, &kUsability, 4}});
        const RatingWriteOutcome outcome =
            writeRatings(raw.db(), source, false, QStringLiteral("secretariat"));
        QVERIFY(!outcome.committed);
        QCOMPARE(source.problems,
                 QStringList({QStringLiteral("3: duplicate of 0"), QStringLiteral("4: duplicate of 2")}));
    }
};

QTEST_GUILESS_MAIN(TestRatingImportWriter)
#include "tst_ratingimportwriter.moc"
