// The undo facade on a real SqliteStore: every edit is in the database at once, undo and
// redo write the database, consecutive edits of one cell merge into one step, and a refused
// write (the edit itself, an undo or a redo) throws to the caller and moves neither the
// database nor the stack.
#include "../storage/StorageTestSupport.h"

#include "commands/ScoreCommands.h"
#include "domain/Errors.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace pd;
using namespace pd::test;

Q_DECLARE_METATYPE(pd::ExpertScore)

namespace {

const QString e01 = QStringLiteral("e01");   // the chair
const QString e02 = QStringLiteral("e02");   // expert with a draft for lg: strategy 7.5
const QString lg = QStringLiteral("lg");
const QString skt = QStringLiteral("skt");
const QString kOldComment = QStringLiteral("초안: 다시 볼 것");

ExpertScore cell(const QString &team, const char *item, double score, const QString &comment = {})
{
    return ExpertScore{e02, team, QString::fromLatin1(item), score, false, comment};
}

} // namespace

class TestScoreCommands : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;

    // The value in the file, read through a separate connection; -1 when there is none.
    double stored(const QString &team, const char *item)
    {
        RawDb raw(m_path);
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("SELECT score FROM expert_scores WHERE reviewer_id = 'e02' "
                                 "AND team_id = ? AND item_id = ?"));
        q.addBindValue(team);
        q.addBindValue(QString::fromLatin1(item));
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toDouble();
    }

    QString storedComment(const QString &team, const char *item)
    {
        return m_store->loadExpertScore(e02, team, QString::fromLatin1(item))->comment;
    }

    int sheetRows(const QString &team)
    {
        RawDb raw(m_path);
        return raw.value(QStringLiteral("SELECT count(*) FROM sheets WHERE reviewer_id = 'e02' "
                                        "AND team_id = '%1'").arg(team)).toInt();
    }

    void edit(const ExpertScore &value)
    {
        commands::editScore(*m_stack, *m_store, value, e02);
    }

    // The complete e02/lg sheet submitted, outside the stack.
    void submitE02Lg()
    {
        m_store->setExpertScore(cell(lg, "technology", 10), e02);
        m_store->setExpertScore(cell(lg, "impact", 5), e02);
        m_store->submitSheet(e02, lg, e02);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("c%1.db").arg(++m_counter));
        m_store = SqliteStore::create(m_path);
        m_store->replacePanel(fullPanel(), QStringLiteral("cli"));
        m_stack = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_stack.reset();   // before the store: the commands refer to it
        m_store.reset();
    }

    void editUndoRedo()
    {
        edit(cell(lg, "strategy", 8.5, QStringLiteral("better")));
        QCOMPARE(stored(lg, "strategy"), 8.5);   // committed at once
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(!m_stack->text(0).isEmpty());

        commands::undo(*m_stack);
        QCOMPARE(stored(lg, "strategy"), 7.5);
        QCOMPARE(storedComment(lg, "strategy"), kOldComment);
        QCOMPARE(m_stack->index(), 0);

        commands::redo(*m_stack);
        QCOMPARE(stored(lg, "strategy"), 8.5);
        QCOMPARE(storedComment(lg, "strategy"), QStringLiteral("better"));
        QCOMPARE(m_stack->index(), 1);

        // and each write is audited like any edit, by the same actor
        const AuditEntry last = m_store->auditLog().back();
        QCOMPARE(last.action, QStringLiteral("expert-score"));
        QCOMPARE(last.actor, e02);
    }

    void undoOfAFirstEntryClearsTheCell()
    {
        edit(cell(skt, "impact", 0.7));
        QCOMPARE(stored(skt, "impact"), 0.7);
        QCOMPARE(sheetRows(skt), 1);
        commands::undo(*m_stack);
        QCOMPARE(stored(skt, "impact"), -1.0);
        QCOMPARE(sheetRows(skt), 0);   // not started again
        QCOMPARE(m_store->auditLog().back().action, QStringLiteral("clear-expert-score"));
        commands::redo(*m_stack);
        QCOMPARE(stored(skt, "impact"), 0.7);
    }

    void consecutiveEditsOfOneCellMerge()
    {
        edit(cell(lg, "strategy", 8));
        edit(cell(lg, "strategy", 8.5));
        edit(cell(lg, "strategy", 9, QStringLiteral("final")));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(stored(lg, "strategy"), 9.0);
        commands::undo(*m_stack);
        QCOMPARE(stored(lg, "strategy"), 7.5);   // back to before the first of them
        QCOMPARE(storedComment(lg, "strategy"), kOldComment);
        commands::redo(*m_stack);
        QCOMPARE(stored(lg, "strategy"), 9.0);   // to after the last of them
        QCOMPARE(storedComment(lg, "strategy"), QStringLiteral("final"));
    }

    void editsOfDifferentCellsDoNotMerge()
    {
        edit(cell(lg, "strategy", 8));
        edit(cell(lg, "impact", 3));
        edit(cell(lg, "strategy", 9));
        QCOMPARE(m_stack->count(), 3);
        commands::undo(*m_stack);
        QCOMPARE(stored(lg, "strategy"), 8.0);
        commands::undo(*m_stack);
        QCOMPARE(stored(lg, "impact"), -1.0);
        commands::undo(*m_stack);
        QCOMPARE(stored(lg, "strategy"), 7.5);
    }

    void noMergeAcrossTheCleanState()
    {
        edit(cell(lg, "strategy", 8));
        m_stack->setClean();
        edit(cell(lg, "strategy", 9));
        QCOMPARE(m_stack->count(), 2);
    }

    void editBackToTheOriginalLeavesNoStep()
    {
        edit(cell(lg, "strategy", 8));
        edit(cell(lg, "strategy", 7.5, kOldComment));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(stored(lg, "strategy"), 7.5);
    }

    void writingTheStoredValuePushesNothing()
    {
        edit(cell(lg, "strategy", 7.5, kOldComment));
        QCOMPARE(m_stack->count(), 0);
    }

    void refusedEditIsNotPushed_data()
    {
        QTest::addColumn<ExpertScore>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("above the points") << cell(lg, "strategy", 10.5) << "between 0 and 10";
        QTest::newRow("off step") << cell(lg, "strategy", 7.25) << "multiple of 0.5";
        QTest::newRow("conflicted team") << cell(QStringLiteral("nc"), "strategy", 5)
                                         << "conflict of interest";
        QTest::newRow("unknown item") << cell(lg, "charm", 5) << "unknown rubric item";
    }

    void refusedEditIsNotPushed()
    {
        QFETCH(ExpertScore, value);
        QFETCH(QString, expected);
        edit(cell(lg, "strategy", 8));   // a step of the same cell already on the stack
        const auto auditBefore = m_store->auditLog().size();
        try {
            edit(value);
            QFAIL("the edit was accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(stored(lg, "strategy"), 8.0);
        QCOMPARE(m_store->auditLog().size(), auditBefore);
        commands::undo(*m_stack);   // the earlier step is intact
        QCOMPARE(stored(lg, "strategy"), 7.5);
    }

    void editOfASubmittedSheetIsRefused()
    {
        submitE02Lg();
        QVERIFY_THROWS_EXCEPTION(InputError, edit(cell(lg, "strategy", 8)));
        QCOMPARE(m_stack->count(), 0);
    }

    void refusedUndoMovesNothing()
    {
        edit(cell(lg, "strategy", 8));
        submitE02Lg();   // the sheet is locked since
        QVERIFY_THROWS_EXCEPTION(InputError, commands::undo(*m_stack));
        QCOMPARE(m_stack->index(), 1);
        QVERIFY(m_stack->canUndo());
        QCOMPARE(stored(lg, "strategy"), 8.0);
        // once the chair reopens it, the same undo works
        m_store->reopenSheet(e02, lg, QStringLiteral("the reviewer asked"), e01);
        commands::undo(*m_stack);
        QCOMPARE(stored(lg, "strategy"), 7.5);
        QCOMPARE(m_stack->index(), 0);
    }

    void refusedRedoMovesNothing()
    {
        edit(cell(lg, "strategy", 8));
        commands::undo(*m_stack);
        submitE02Lg();
        QVERIFY_THROWS_EXCEPTION(InputError, commands::redo(*m_stack));
        QCOMPARE(m_stack->index(), 0);
        QVERIFY(m_stack->canRedo());
        QCOMPARE(stored(lg, "strategy"), 7.5);
    }

    void nothingToUndoOrRedo()
    {
        commands::undo(*m_stack);
        commands::redo(*m_stack);
        QCOMPARE(m_stack->index(), 0);
    }

    void rawStackUndoNeverThrows()
    {
        // QUndoStack driven directly (a QUndoView, createUndoAction): a refused write is
        // logged and the step dropped, no exception crosses Qt
        edit(cell(lg, "strategy", 8));
        edit(cell(lg, "impact", 3));
        m_store->setExpertScore(cell(lg, "technology", 10), e02);
        m_store->submitSheet(e02, lg, e02);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("undo/redo refused")));
        m_stack->undo();
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(stored(lg, "impact"), 3.0);
    }

    void rawStackUndoWrites()
    {
        edit(cell(lg, "strategy", 8));
        m_stack->undo();
        QCOMPARE(stored(lg, "strategy"), 7.5);
        m_stack->redo();
        QCOMPARE(stored(lg, "strategy"), 8.0);
    }
};

QTEST_GUILESS_MAIN(TestScoreCommands)
#include "tst_scorecommands.moc"
