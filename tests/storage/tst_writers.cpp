// Several writers on one file (two app instances, the GUI and the CLI): BEGIN IMMEDIATE
// with a busy timeout makes them take turns; no write is lost and no "database is locked"
// reaches the user.
#include "StorageTestSupport.h"

#include "storage/DatabaseCheck.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace pd;
using namespace pd::test;

namespace {

// 10 reviewers x 5 teams x 10 items of step 0.5 (500 distinct scores), no conflicts.
Panel writersPanel()
{
    std::vector<Reviewer> reviewers;
    for (int r = 0; r < 10; ++r)
        reviewers.push_back({QStringLiteral("r%1").arg(r), QString(), Role::Expert, {}});
    return expertOnlyPanel(10, 5, reviewers);
}

ExpertScore scoreFor(int reviewer, int n)
{
    return ExpertScore{QStringLiteral("r%1").arg(reviewer), QStringLiteral("t%1").arg(n / 10),
                       QStringLiteral("i%1").arg(n % 10), 0.5 * ((reviewer + n) % 21), false,
                       {}};
}

// reviewers [first, first + 5): 5 x 50 = 250 upserts
void writeHalf(SqliteStore &store, int first, int n)
{
    for (int reviewer = first; reviewer < first + 5; ++reviewer)
        store.setExpertScore(scoreFor(reviewer, n), QStringLiteral("r%1").arg(reviewer));
}

void verifyAllWritten(const QString &path)
{
    const Panel panel = SqliteStore::open(path)->loadPanel();
    QCOMPARE(panel.expertScores.size(), size_t(500));
    for (const ExpertScore &s : panel.expertScores) {
        const int reviewer = s.reviewer.mid(1).toInt();
        const int n = s.team.mid(1).toInt() * 10 + s.item.mid(1).toInt();
        QCOMPARE(s.score, scoreFor(reviewer, n).score);
    }
    QString problem;
    QVERIFY2(integrityCheck(path, &problem), qPrintable(problem));
}

} // namespace

class TestWriters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoStoresWritingAlternately()
    {
        const QString path = m_dir.filePath(QStringLiteral("alternate.db"));
        auto a = SqliteStore::create(path);
        a->replacePanel(writersPanel(), QStringLiteral("cli"));
        auto b = SqliteStore::open(path);
        for (int n = 0; n < 50; ++n) {
            writeHalf(*a, 0, n);
            writeHalf(*b, 5, n);
            if (n % 10 == 0) {   // readers in between keep no snapshot open
                a->loadPanel();
                b->loadPanel();
            }
        }
        QCOMPARE(a->auditLog().size(), size_t(2 + 500));
        a.reset();
        b.reset();
        verifyAllWritten(path);
    }

    void twoStoresWritingConcurrently()
    {
        const QString path = m_dir.filePath(QStringLiteral("concurrent.db"));
        SqliteStore::create(path)->replacePanel(writersPanel(), QStringLiteral("cli"));
        QString errors[2];
        const auto writer = [&path, &errors](int index) {
            try {
                auto store = SqliteStore::open(path);   // its own connection, in this thread
                for (int n = 0; n < 50; ++n) {
                    writeHalf(*store, index * 5, n);
                    if (n % 10 == 0)
                        store->loadPanel();
                }
            } catch (const std::exception &error) {
                errors[index] = QString::fromUtf8(error.what());
            }
        };
        std::thread first(writer, 0);
        std::thread second(writer, 1);
        first.join();
        second.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        verifyAllWritten(path);
    }
};

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
