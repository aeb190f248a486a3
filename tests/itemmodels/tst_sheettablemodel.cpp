// The sheet model on a real SqliteStore: it passes QAbstractItemModelTester through load,
// edits, undo, submit and clear; setData refuses what the rules refuse (range, step, a
// decimal comma, text, a comment without a score, a locked sheet) with a message naming the
// item, and writes the rest to the database at once; a conflicted team is never loaded.
#include "SheetFixture.h"

#include "itemmodels/SheetTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace pd;
using namespace pd::test;

class TestSheetTableModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<SheetTableModel> m_model;

    QModelIndex score(int row) const { return m_model->index(row, SheetTableModel::ScoreColumn); }
    QModelIndex comment(int row) const { return m_model->index(row, SheetTableModel::CommentColumn); }
    std::optional<double> stored(const char *item) const
    {
        const auto value = m_store->loadExpertScore(kExpert, kTeam, QString::fromLatin1(item));
        return value ? std::optional<double>(value->score) : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = createSheetDatabase(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_counter)));
        m_model = std::make_unique<SheetTableModel>(*m_store);
        QVERIFY(m_model->load(m_store->loadPanel(), kExpert, kTeam, kExpert));
    }

    void cleanup()
    {
        m_model.reset();   // before the store: its undo steps refer to it
        m_store.reset();
    }

    void passesTheTester()
    {
        QAbstractItemModelTester tester(m_model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), 4);
        QVERIFY(m_model->setData(score(0), QStringLiteral("7.5")));
        QVERIFY(m_model->setData(comment(0), QStringLiteral("clear plan")));
        QVERIFY(m_model->undo());
        QVERIFY(m_model->redo());
        QVERIFY(m_model->setData(score(1), QStringLiteral("15")));
        QVERIFY(m_model->setData(score(2), QStringLiteral("0")));
        QVERIFY(m_model->submit());
        QVERIFY(m_model->load(m_store->loadPanel(), kExpert, QStringLiteral("skt"), kExpert));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void showsItemsAndNothingOfOthers()
    {
        // every demo expert has scored lg: none of it is in k01's sheet
        QCOMPARE(m_model->index(0, SheetTableModel::ItemColumn).data().toString(),
                 QStringLiteral("개발 전략"));
        QCOMPARE(m_model->index(1, SheetTableModel::PointsColumn).data().toString(),
                 QStringLiteral("15"));
        for (int row = 0; row < 3; ++row) {
            QVERIFY(score(row).data().toString().isEmpty());
            QVERIFY(!score(row).data(SheetTableModel::RawScoreRole).isValid());
        }
        QCOMPARE(m_model->total(), 0.0);
        QCOMPARE(m_model->maximum(), 35.0);
        QVERIFY(m_model->flags(score(0)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(0, SheetTableModel::ItemColumn)) & Qt::ItemIsEditable));
    }

    void acceptedEditIsInTheDatabase()
    {
        QVERIFY(m_model->setData(score(1), QStringLiteral(" 12.5 ")));
        QCOMPARE(stored("technology"), std::optional<double>(12.5));
        QCOMPARE(m_model->total(), 12.5);
        QVERIFY(m_model->setData(comment(1), QStringLiteral("solid")));
        QCOMPARE(m_store->loadExpertScore(kExpert, kTeam, QStringLiteral("technology"))->comment,
                 QStringLiteral("solid"));
    }

    void refusesInvalidScores_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("above the points") << "12" << "out of range";
        QTest::newRow("off step") << "7.3" << "not a multiple of 0.5";
        QTest::newRow("decimal comma") << "7,5" << "not a number";
        QTest::newRow("text") << "abc" << "not a number";
        QTest::newRow("negative") << "-1" << "not a number";
    }

    void refusesInvalidScores()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVERIFY(m_model->setData(score(0), QStringLiteral("6")));
        QSignalSpy refused(m_model.get(), &SheetTableModel::editRefused);
        QVERIFY(!m_model->setData(score(0), text));
        QCOMPARE(refused.count(), 1);
        const QString message = refused.at(0).at(0).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("개발 전략")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("from 0 to 10 in steps of 0.5")), qPrintable(message));
        QCOMPARE(score(0).data().toString(), QStringLiteral("6"));   // the old value kept
        QCOMPARE(stored("strategy"), std::optional<double>(6.0));
        QCOMPARE(m_model->undoStack()->count(), 1);
    }

    void commentNeedsAScore()
    {
        QSignalSpy refused(m_model.get(), &SheetTableModel::editRefused);
        QVERIFY(!m_model->setData(comment(2), QStringLiteral("great")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!stored("impact"));
        QVERIFY(m_model->setData(score(2), QString()));   // an empty cell left empty
        QCOMPARE(refused.count(), 1);
    }

    void undoAndRedoWriteTheDatabase()
    {
        QVERIFY(m_model->setData(score(0), QStringLiteral("8")));
        QVERIFY(m_model->setData(score(2), QStringLiteral("4.5")));
        QVERIFY(m_model->undo());
        QVERIFY(!stored("impact"));
        QVERIFY(score(2).data().toString().isEmpty());
        QVERIFY(m_model->redo());
        QCOMPARE(stored("impact"), std::optional<double>(4.5));
        QCOMPARE(score(2).data().toString(), QStringLiteral("4.5"));
    }

    void submitNamesMissingItemsThenLocks()
    {
        QSignalSpy refused(m_model.get(), &SheetTableModel::editRefused);
        QVERIFY(m_model->setData(score(0), QStringLiteral("8")));
        QVERIFY(!m_model->submit());
        QCOMPARE(refused.count(), 1);
        const QString message = refused.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("기술력")) && message.contains(QStringLiteral("파급 효과"))
                     && !message.contains(QStringLiteral("개발 전략")),
                 qPrintable(message));
        QVERIFY(m_model->setData(score(1), QStringLiteral("10")));
        QVERIFY(m_model->setData(score(2), QStringLiteral("5")));
        QVERIFY(m_model->submit());
        QVERIFY(m_model->isLocked());
        QCOMPARE(m_model->undoStack()->count(), 0);
        QVERIFY(!(m_model->flags(score(0)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(score(0), QStringLiteral("9")));
        QVERIFY(m_store->loadExpertScore(kExpert, kTeam, QStringLiteral("strategy"))->submitted);
    }

    void conflictedTeamIsNotLoaded()
    {
        QVERIFY(!m_model->load(m_store->loadPanel(), kExpert, kConflictTeam, kExpert));
        QVERIFY(!m_model->isLoaded());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void opinionIsWritten()
    {
        QVERIFY(m_model->setOpinion(QStringLiteral("promising")));
        bool found = false;
        for (const SheetRecord &sheet : m_store->loadSheets())
            if (sheet.reviewer == kExpert && sheet.team == kTeam)
                found = sheet.opinion == QStringLiteral("promising");
        QVERIFY(found);
    }

    // What the sheet shows of an item's score bands (domain/Panel.h RubricBand).
    void bandTexts_data()
    {
        QTest::addColumn<double>("score");   // negative: no score
        QTest::addColumn<QString>("line");
        QTest::newRow("no score") << -1.0 << QStringLiteral("Plan: enter a score to see its band");
        QTest::newRow("below the first band") << 0.5 << QStringLiteral("Plan: 0.5 is below every described band");
        QTest::newRow("first band") << 1.0 << QStringLiteral("Plan, 1 (1 to under 4.5): thin");
        QTest::newRow("last band") << 9.5 << QStringLiteral("Plan, 9.5 (4.5 to 10): solid");
    }

    void bandTexts()
    {
        QFETCH(double, score);
        QFETCH(QString, line);
        const RubricItem item{QStringLiteral("plan"), QStringLiteral("Plan"), 10, 0.5,
                              {{1, QStringLiteral("thin")}, {4.5, QStringLiteral("solid")}}};
        QCOMPARE(SheetTableModel::bandLine(item, score < 0 ? std::nullopt : std::optional<double>(score)), line);
        QCOMPARE(SheetTableModel::bandsText(item), QStringLiteral("1 to under 4.5: thin\n4.5 to 10: solid"));
        const RubricItem plain{QStringLiteral("plain"), QStringLiteral("Plain"), 10, 0.5};
        QVERIFY(SheetTableModel::bandLine(plain, 5.0).isEmpty());
        QVERIFY(SheetTableModel::bandsText(plain).isEmpty());
    }

    // BandRole: the band of the stored score; none without one (the demo's rubric has no bands).
    void bandRoleFollowsTheStoredScore()
    {
        QVERIFY(m_model->index(0, SheetTableModel::ScoreColumn).data(SheetTableModel::BandRole).isNull());
        QVERIFY(m_model->index(0, SheetTableModel::ItemColumn).data(Qt::ToolTipRole).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSheetTableModel)
#include "tst_sheettablemodel.moc"
