// T5 of the reliability catalogue (two-writers): two PROCESSES each make 1,000 expert score
// upserts (SqliteStore::setExpertScore, what the sheet editor calls) on the same cells of one
// panel at the same time: the draft sheet of a member with a key (sealed: every upsert reads,
// changes and re-seals the draft inside its transaction, signed by the member) and the draft
// of a member without a key, kept in the clear (expert_scores rows, INSERT ... ON CONFLICT DO
// UPDATE), entered by the secretariat. The writers go round the cells in the same order,
// each upsert with a comment naming its writer and number ("A-17") and a score computed from
// both.
//
// Passes when every upsert succeeded (no "database is locked" or other error reaches the
// caller: the children report every exception), each cell holds the last value of one of
// the writers with the score that belongs to its comment (no lost update, no torn row), the
// sealed draft and the clear sheet hold one score per item, the audit log has exactly 2,000
// new "expert-score" entries, PRAGMA integrity_check passes and the audit chain verifies.
// The interleaving is whatever the machine makes of it; nothing asserts on it.

#include "ReliabilitySupport.h"

#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "storage/DatabaseCheck.h"
#include "storage/SqliteStore.h"
#include "trust/MemberKeys.h"
#include "trust/Verification.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <set>

using namespace pd;
using namespace pd::test;

namespace {

const char *const kChildVariable = "PANELDESK_TWOWRITERS_CHILD";     // the panel's path
const char *const kWriterVariable = "PANELDESK_TWOWRITERS_WRITER";   // 0 (A) or 1 (B)
const char *const kTeamVariable = "PANELDESK_TWOWRITERS_TEAM";
constexpr int kUpserts = 1000;
const QString kSealed = QStringLiteral("tw-sealed");   // a member with a key
const QString kPlain = QStringLiteral("tw-plain");     // a member without a key
const QString kSealedPassphrase = QStringLiteral("two-writers-passphrase");

struct Cell {
    QString reviewer;
    RubricItem item;
};

// The cells in the order both writers go round them.
std::vector<Cell> cellsOf(const Panel &panel)
{
    std::vector<Cell> cells;
    for (const QString &reviewer : {kSealed, kPlain})
        for (const Category &category : panel.categories)
            if (category.kind == CategoryKind::Expert)
                for (const RubricItem &item : category.rubric)
                    cells.push_back({reviewer, item});
    return cells;
}

QChar writerName(int writer) { return writer == 0 ? QLatin1Char('A') : QLatin1Char('B'); }

// The score of upsert `i` of `writer` on `item`: on the item's step, within its points.
double scoreOf(int writer, int i, const RubricItem &item)
{
    const int steps = int(std::floor(item.points / item.step + 1e-9));
    return item.step * double((i * 7 + writer * 3) % (steps + 1));
}

// The child: 1,000 upserts once the parent says go; every failure printed, never retried.
int runWriter(const QString &path, int writer, const QString &team)
{
    dieWithParent();
    auto store = SqliteStore::open(path);
    const std::optional<MemberKey> sealedKey = unlockMemberKey(*store, kSealed, kSealedPassphrase);
    const std::optional<MemberKey> secretariat =
        unlockMemberKey(*store, QStringLiteral("secretariat"), demoPassphrase(Role::Secretariat));
    if (!sealedKey || !secretariat)
        return 3;
    const std::vector<Cell> cells = cellsOf(store->loadPanel());
    std::printf("ready\n");
    std::fflush(stdout);
    if (std::getchar() == EOF)
        return 4;
    int failures = 0;
    qint64 longest = 0;   // ms, for the report only
    const qint64 first = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < kUpserts; ++i) {
        const Cell &cell = cells[size_t(i) % cells.size()];
        ExpertScore score{cell.reviewer, team, cell.item.id, scoreOf(writer, i, cell.item), false,
                          QStringLiteral("%1-%2").arg(writerName(writer)).arg(i)};
        QElapsedTimer call;
        call.start();
        try {
            store->setExpertScore(score, cell.reviewer == kSealed ? Actor(*sealedKey) : Actor(*secretariat));
        } catch (const Error &error) {
            ++failures;
            std::printf("error %d after %lld ms: %s\n", i, call.elapsed(), error.message().toUtf8().constData());
            std::fflush(stdout);
        }
        longest = std::max(longest, call.elapsed());
    }
    std::printf("span %lld %lld %lld\n", first, QDateTime::currentMSecsSinceEpoch(), longest);
    std::printf("done %d\n", failures);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestTwoWriters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoProcessesUpsertTheSameCells()
    {
        QElapsedTimer clock;
        clock.start();
        const QString path = m_dir.filePath(QStringLiteral("twowriters.paneldesk"));
        createDemoDatabase(path, {});
        QString team;
        std::vector<Cell> cells;
        {
            auto store = SqliteStore::open(path);
            const Panel panel = store->loadPanel();
            QVERIFY(!panel.teams.empty());
            team = panel.teams.front().id;
            QString chair;
            for (const Reviewer &member : panel.reviewers)
                if (member.role == Role::Chair && chair.isEmpty())
                    chair = member.id;
            const std::optional<MemberKey> chairKey = unlockMemberKey(*store, chair, demoPassphrase(Role::Chair));
            QVERIFY(chairKey);
            addMemberWithKey(*store, {kSealed, QStringLiteral("Two Writers (sealed)"), Role::Expert, {}},
                             kSealedPassphrase, Actor(*chairKey));
            store->addMember({kPlain, QStringLiteral("Two Writers (clear)"), Role::Expert, {}}, Actor(*chairKey));
            cells = cellsOf(store->loadPanel());
        }
        QVERIFY(cells.size() >= 4);
        const QString entriesSql = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'expert-score'");
        const qint64 entriesBefore = queryNumber(path, entriesSql);

        const QStringList teamEntry{QString::fromLatin1(kTeamVariable) + QLatin1Char('=') + team};
        Child a(kChildVariable, path, teamEntry + QStringList{QString::fromLatin1(kWriterVariable) + QStringLiteral("=0")});
        Child b(kChildVariable, path, teamEntry + QStringList{QString::fromLatin1(kWriterVariable) + QStringLiteral("=1")});
        QVERIFY(a.started());
        QVERIFY(b.started());
        for (Child *child : {&a, &b}) {
            QByteArray line;
            QVERIFY2(child->readLine(&line) && line == "ready", qPrintable(child->errors()));
        }
        a.process().write("g");
        b.process().write("g");
        QVERIFY(a.process().waitForBytesWritten());
        QVERIFY(b.process().waitForBytesWritten());

        // Each writer's failed upserts (by number); what each printed about its run.
        std::set<int> failed[2];
        QStringList failures;
        qint64 spans[2][3] = {};
        for (int w : {0, 1}) {
            Child &child = w == 0 ? a : b;
            QVERIFY(child.finished());
            QCOMPARE(child.process().exitStatus(), QProcess::NormalExit);
            QVERIFY2(child.process().exitCode() == 0, qPrintable(child.errors()));
            bool done = false;
            for (const QByteArray &line : child.process().readAllStandardOutput().split('\n')) {
                if (line.startsWith("error ")) {
                    const QString text = QString::fromUtf8(line);
                    failed[w].insert(text.section(QLatin1Char(' '), 1, 1).toInt());
                    failures << QStringLiteral("%1: %2").arg(writerName(w)).arg(text);
                }
                if (line.startsWith("span ")) {
                    const QList<QByteArray> parts = line.split(' ');
                    QCOMPARE(parts.size(), 4);
                    for (int k = 0; k < 3; ++k)
                        spans[w][k] = parts[k + 1].toLongLong();
                }
                if (line.startsWith("done "))
                    done = true;
            }
            QVERIFY(done);
        }
        const qint64 overlap = std::min(spans[0][1], spans[1][1]) - std::max(spans[0][0], spans[1][0]);
        std::printf("reliability.twowriters: writers ran %lld ms and %lld ms, together %lld ms; "
                    "longest call %lld ms and %lld ms; %d upserts failed\n",
                    spans[0][1] - spans[0][0], spans[1][1] - spans[1][0], std::max<qint64>(overlap, 0),
                    spans[0][2], spans[1][2], int(failures.size()));
        for (const QString &failure : failures)
            std::printf("  %s\n", qPrintable(failure));
        std::fflush(stdout);
        // No error may reach the caller: a writer that finds the other at work waits for it
        // (storage/SqliteWriteWait.h), never "database is locked".
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 upserts failed, the first: %2")
                                                    .arg(failures.size()).arg(failures.value(0))));

        QString problem;
        QVERIFY2(integrityCheck(path, &problem), qPrintable(problem));
        // Every upsert that returned is in the log, none that failed.
        QCOMPARE(queryNumber(path, entriesSql) - entriesBefore, qint64(2 * kUpserts - failures.size()));
        QCOMPARE(queryNumber(path, QStringLiteral("SELECT count(*) FROM expert_scores WHERE reviewer_id = '%1' AND team_id = '%2'")
                                       .arg(kPlain, team)),
                 qint64(cells.size() / 2));
        QCOMPARE(queryNumber(path, QStringLiteral("SELECT count(*) FROM expert_scores WHERE reviewer_id = '%1'").arg(kSealed)), qint64(0));
        QCOMPARE(queryNumber(path, QStringLiteral("SELECT count(*) FROM sealed_drafts WHERE reviewer_id = '%1' AND team_id = '%2'")
                                       .arg(kSealed, team)),
                 qint64(1));
        QCOMPARE(queryNumber(path, QStringLiteral("SELECT count(*) FROM sheets WHERE reviewer_id IN ('%1', '%2')").arg(kSealed, kPlain)),
                 qint64(2));

        auto store = SqliteStore::open(path);
        const std::optional<MemberKey> sealedKey = unlockMemberKey(*store, kSealed, kSealedPassphrase);
        QVERIFY(sealedKey);
        store->setSigner(std::make_shared<MemberKey>(*sealedKey));
        int lastOfA = 0;
        for (size_t c = 0; c < cells.size(); ++c) {
            const Cell &cell = cells[c];
            // The last upsert of each writer on this cell that returned without error.
            int last[2] = {-1, -1};
            for (int w : {0, 1})
                for (int i = int(c); i < kUpserts; i += int(cells.size()))
                    if (!failed[w].count(i))
                        last[w] = i;
            const std::optional<ExpertScore> stored = store->loadExpertScore(cell.reviewer, team, cell.item.id);
            QVERIFY2(stored, qPrintable(cell.reviewer + QLatin1Char('/') + cell.item.id));
            int writer = -1;
            for (int w : {0, 1})
                if (last[w] >= 0 && stored->comment == QStringLiteral("%1-%2").arg(writerName(w)).arg(last[w]))
                    writer = w;
            QVERIFY2(writer >= 0, qPrintable(QStringLiteral("%1/%2 holds \"%3\", not the last upsert of A (%4) or B (%5)")
                                                 .arg(cell.reviewer, cell.item.id, stored->comment)
                                                 .arg(last[0]).arg(last[1])));
            QCOMPARE(stored->score, scoreOf(writer, last[writer], cell.item));   // not torn
            lastOfA += writer == 0 ? 1 : 0;
        }
        const VerifyReport report = verifyStore(*store);
        QVERIFY2(report.ok(), qPrintable(failureSummary(report)));
        std::printf("reliability.twowriters: 2 x %d upserts on %d cells, %d cells last written by A; %.1f s in all\n",
                    kUpserts, int(cells.size()), lastOfA, double(clock.elapsed()) / 1000.0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        try {
            return runWriter(qEnvironmentVariable(kChildVariable), qEnvironmentVariableIntValue(kWriterVariable),
                             qEnvironmentVariable(kTeamVariable));
        } catch (const Error &error) {
            std::cerr << error.message().toStdString() << '\n';
            return 5;
        }
    }
    TestTwoWriters test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twowriters.moc"
