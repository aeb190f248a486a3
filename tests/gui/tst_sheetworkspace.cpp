// The expert workspace driven offscreen with the keyboard, as an expert would: a whole sheet
// typed with Tab and Enter is in the database (read through a second connection); undo and
// redo (keys and buttons) change the database; wrong scores are refused inline with the old
// value kept; submit asks for confirmation and locks; an incomplete sheet is not submitted;
// a conflicted team cannot be opened; a submitted sheet is read-only.
#include "ScriptedDialogs.h"
#include "../itemmodels/SheetFixture.h"

#include "itemmodels/SheetListModel.h"
#include "itemmodels/SheetTableModel.h"
#include "sheets/ExpertWorkspace.h"
#include "sheets/SheetEditor.h"
#include "sheets/SheetTableView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pd;
using namespace pd::test;

class TestSheetWorkspace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<ExpertWorkspace> m_workspace;
    QStringList m_questions;
    bool m_answer = true;
    ScriptedDialogs m_dialogs;

    SheetEditor *editor() const { return m_workspace->sheetEditor(); }
    SheetTableModel *model() const { return editor()->model(); }

    void open(const QString &memberId)
    {
        Member me;
        me.id = memberId;
        me.name = memberId;
        m_workspace = std::make_unique<ExpertWorkspace>(*m_store, me);
        m_dialogs.onAsk = [this](const QString &question) {
            m_questions << question;
            return m_answer;
        };
        editor()->setDialogs(m_dialogs);
        m_workspace->resize(1200, 700);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    }

    // The value as a second connection to the file sees it.
    std::optional<ExpertScore> inFile(const char *item, const QString &team = kTeam) const
    {
        const auto second = SqliteStore::open(m_path);
        return second->loadExpertScore(kExpert, team, QString::fromLatin1(item));
    }

    static QWidget *focus() { return QApplication::focusWidget(); }
    static void type(const QString &text) { QTest::keyClicks(focus(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
    }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    // Goes to a score cell and types into its editor.
    void retype(int row, const QString &text)
    {
        const QModelIndex index = model()->index(row, SheetTableModel::ScoreColumn);
        editor()->table()->setCurrentIndex(index);
        if (!qobject_cast<QLineEdit *>(focus()))
            editor()->table()->edit(index);   // already current: F2 would do the same
        QVERIFY(qobject_cast<QLineEdit *>(focus()));
        static_cast<QLineEdit *>(focus())->selectAll();
        type(text);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_counter));
        m_store = createSheetDatabase(m_path);
        m_questions.clear();
        m_answer = true;
    }

    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void listsTeamsWithMyStates()
    {
        open(kExpert);
        SheetListModel *list = m_workspace->listModel();
        QCOMPARE(list->rowCount(), 5);
        QCOMPARE(toString(list->stateAt(list->rowOf(kTeam))), QStringLiteral("not_started"));
        QCOMPARE(toString(list->stateAt(list->rowOf(kConflictTeam))), QStringLiteral("conflict"));
        QCOMPARE(list->index(list->rowOf(kConflictTeam), SheetListModel::StateColumn).data().toString(),
                 QStringLiteral("conflict"));
    }

    void entersAWholeSheetWithTheKeyboard()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        editor()->startEditing();
        type(QStringLiteral("7.5"));
        press(Qt::Key_Tab);                     // -> comment
        type(QStringLiteral("clear plan"));
        press(Qt::Key_Tab);                     // -> next item's score
        type(QStringLiteral("12.5"));
        press(Qt::Key_Return);                  // Enter moves on as well
        press(Qt::Key_Tab);                     // no comment
        type(QStringLiteral("9"));
        press(Qt::Key_Tab);
        type(QStringLiteral("wide reach"));
        press(Qt::Key_Tab);                     // past the last cell: the opinion
        QCOMPARE(focus(), editor()->opinionEdit());
        type(QStringLiteral("A strong team."));
        editor()->table()->setFocus();          // focus-out writes the opinion

        QCOMPARE(inFile("strategy")->score, 7.5);
        QCOMPARE(inFile("strategy")->comment, QStringLiteral("clear plan"));
        QCOMPARE(inFile("technology")->score, 12.5);
        QVERIFY(inFile("technology")->comment.isEmpty());
        QCOMPARE(inFile("impact")->score, 9.0);
        QCOMPARE(inFile("impact")->comment, QStringLiteral("wide reach"));
        const auto sheets = SqliteStore::open(m_path)->loadSheets();
        QVERIFY(std::any_of(sheets.begin(), sheets.end(), [](const SheetRecord &s) {
            return s.reviewer == kExpert && s.team == kTeam && s.opinion == QStringLiteral("A strong team.");
        }));
        QCOMPARE(editor()->totalText(), QStringLiteral("Total: 29 / 35"));
        SheetListModel *list = m_workspace->listModel();
        QCOMPARE(toString(list->stateAt(list->rowOf(kTeam))), QStringLiteral("draft"));
        QVERIFY(editor()->messageText().isEmpty());
    }

    void undoAndRedoChangeTheDatabase()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        editor()->startEditing();
        type(QStringLiteral("8"));
        press(Qt::Key_Tab);
        QCOMPARE(inFile("strategy")->score, 8.0);
        press(Qt::Key_Z, Qt::ControlModifier);   // in an untouched editor: the sheet's undo
        QVERIFY(!inFile("strategy"));
        QVERIFY(cell(0, SheetTableModel::ScoreColumn).isEmpty());
        SheetListModel *list = m_workspace->listModel();
        QCOMPARE(toString(list->stateAt(list->rowOf(kTeam))), QStringLiteral("not_started"));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(inFile("strategy")->score, 8.0);
        QCOMPARE(cell(0, SheetTableModel::ScoreColumn), QStringLiteral("8"));
        QTest::mouseClick(editor()->undoButton(), Qt::LeftButton);
        QVERIFY(!inFile("strategy"));
        QVERIFY(editor()->redoButton()->isEnabled());
        QTest::mouseClick(editor()->redoButton(), Qt::LeftButton);
        QCOMPARE(inFile("strategy")->score, 8.0);
    }

    void refusedUndoIsShown()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        editor()->startEditing();
        type(QStringLiteral("8"));
        press(Qt::Key_Return);
        // the sheet is completed and submitted elsewhere (another window of the same expert)
        m_store->setExpertScore({kExpert, kTeam, QStringLiteral("technology"), 10, false, {}}, kExpert);
        m_store->setExpertScore({kExpert, kTeam, QStringLiteral("impact"), 5, false, {}}, kExpert);
        m_store->submitSheet(kExpert, kTeam, kExpert);
        QTest::mouseClick(editor()->undoButton(), Qt::LeftButton);
        QVERIFY2(editor()->messageText().contains(QStringLiteral("Undo refused")),
                 qPrintable(editor()->messageText()));
        QCOMPARE(inFile("strategy")->score, 8.0);
    }

    void wrongScoresAreRefusedInline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("out of range") << "12" << "12 is out of range";
        QTest::newRow("off step") << "7.3" << "7.3 is not a multiple of 0.5";
        QTest::newRow("decimal comma") << "7,5" << "\"7,5\" is not a number";
        QTest::newRow("letters") << "abc" << "\"abc\" is not a number";
    }

    void wrongScoresAreRefusedInline()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        editor()->startEditing();
        type(QStringLiteral("6.5"));
        press(Qt::Key_Return);
        retype(0, text);
        press(Qt::Key_Return);
        const QString message = editor()->messageText();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("개발 전략")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("from 0 to 10 in steps of 0.5")), qPrintable(message));
        // the editor stays on the refused text; the sheet and the file keep the old value
        auto *line = qobject_cast<QLineEdit *>(focus());
        QVERIFY(line);
        QCOMPARE(line->text(), text);
        QCOMPARE(cell(0, SheetTableModel::ScoreColumn), QStringLiteral("6.5"));
        QCOMPARE(inFile("strategy")->score, 6.5);
        press(Qt::Key_Escape);
        QCOMPARE(cell(0, SheetTableModel::ScoreColumn), QStringLiteral("6.5"));
        // a correct value afterwards is taken and clears the message
        retype(0, QStringLiteral("7"));
        press(Qt::Key_Return);
        QCOMPARE(inFile("strategy")->score, 7.0);
        QVERIFY(editor()->messageText().isEmpty());
    }

    void submitAnsweredYesLocks()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        editor()->startEditing();
        for (const char *value : {"8", "12", "6.5"}) {
            type(QString::fromLatin1(value));
            press(Qt::Key_Tab);
            press(Qt::Key_Tab);
        }
        m_answer = true;
        QTest::mouseClick(editor()->submitButton(), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.front().contains(QStringLiteral("26.5 / 35")), qPrintable(m_questions.front()));
        QVERIFY(inFile("strategy")->submitted);
        QVERIFY(editor()->isBannerShown());
        QVERIFY(model()->isLocked());
        QVERIFY(!(model()->flags(model()->index(0, SheetTableModel::ScoreColumn)) & Qt::ItemIsEditable));
        QVERIFY(editor()->opinionEdit()->isReadOnly());
        QVERIFY(!editor()->submitButton()->isEnabled());
        QCOMPARE(model()->undoStack()->count(), 0);
        SheetListModel *list = m_workspace->listModel();
        QCOMPARE(toString(list->stateAt(list->rowOf(kTeam))), QStringLiteral("submitted"));
        // a new workspace shows it read-only as well
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        QVERIFY(editor()->isBannerShown());
        QVERIFY(model()->isLocked());
    }

    // Once the chair locks the round, a draft sheet opens read-only with the reason: no
    // editor opens, typing changes nothing, submit and undo are off, and the draft stays one.
    void lockedRoundShowsSheetsReadOnly()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        QVERIFY(model()->setData(model()->index(0, SheetTableModel::ScoreColumn), QStringLiteral("8")));
        QVERIFY(!model()->isLocked());
        m_store->lockRound(QStringLiteral("chair"));
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        QVERIFY(model()->isLocked());
        QVERIFY(model()->isRoundClosed());
        QVERIFY(!model()->isSubmitted());
        QVERIFY(editor()->isBannerShown());
        QVERIFY2(editor()->bannerText().contains(QStringLiteral("round is locked")), qPrintable(editor()->bannerText()));
        QVERIFY(!(model()->flags(model()->index(1, SheetTableModel::ScoreColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(model()->flags(model()->index(1, SheetTableModel::CommentColumn)) & Qt::ItemIsEditable));
        QVERIFY(editor()->opinionEdit()->isReadOnly());
        QVERIFY(!editor()->submitButton()->isEnabled());
        QVERIFY(!editor()->undoButton()->isEnabled());
        editor()->startEditing();
        QVERIFY(!qobject_cast<QLineEdit *>(focus()));   // no cell editor opens
        QVERIFY(!model()->setData(model()->index(1, SheetTableModel::ScoreColumn), QStringLiteral("9")));
        QVERIFY(!inFile("technology"));
        QCOMPARE(inFile("strategy")->score, 8.0);
        QVERIFY(!inFile("strategy")->submitted);
        QVERIFY(!model()->submit());
        SheetListModel *list = m_workspace->listModel();
        QCOMPARE(toString(list->stateAt(list->rowOf(kTeam))), QStringLiteral("draft"));
        // reopened by the chair: editable again
        m_store->reopenRound(QStringLiteral("a late correction"), QDate(2026, 1, 14), QStringLiteral("chair"));
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        QVERIFY(!model()->isLocked());
        QVERIFY(!editor()->isBannerShown());
        QVERIFY(model()->flags(model()->index(1, SheetTableModel::ScoreColumn)) & Qt::ItemIsEditable);
    }

    void submitAnsweredNoDoesNotLock()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        for (int row = 0; row < 3; ++row)
            QVERIFY(model()->setData(model()->index(row, SheetTableModel::ScoreColumn), QStringLiteral("5")));
        m_answer = false;
        QTest::mouseClick(editor()->submitButton(), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(!inFile("strategy")->submitted);
        QVERIFY(!editor()->isBannerShown());
        QVERIFY(!model()->isLocked());
        QVERIFY(editor()->submitButton()->isEnabled());
    }

    void incompleteSubmitIsRefused()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        editor()->startEditing();
        type(QStringLiteral("8"));
        press(Qt::Key_Return);
        QTest::mouseClick(editor()->submitButton(), Qt::LeftButton);
        QVERIFY(m_questions.isEmpty());   // not even asked
        const QString message = editor()->messageText();
        QVERIFY2(message.contains(QStringLiteral("기술력")) && message.contains(QStringLiteral("파급 효과")),
                 qPrintable(message));
        QVERIFY(!inFile("strategy")->submitted);
        QVERIFY(!editor()->isBannerShown());
    }

    void conflictedTeamCannotBeOpened()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        QTableView *list = m_workspace->teamList();
        const int row = m_workspace->listModel()->rowOf(kConflictTeam);
        const QRect rect = list->visualRect(m_workspace->listModel()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(list->currentIndex().row(), row);
        QVERIFY(!model()->isLoaded());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!editor()->table()->isEnabled());
        QVERIFY(!editor()->submitButton()->isEnabled());
        QVERIFY2(m_workspace->messageText().contains(QStringLiteral("conflict of interest")),
                 qPrintable(m_workspace->messageText()));
        QVERIFY(!m_workspace->openTeam(kConflictTeam));
        QVERIFY(!model()->isLoaded());
    }

    void submittedSheetIsReadOnly()
    {
        open(QStringLiteral("e01"));   // a demo expert: every sheet submitted
        QVERIFY(m_workspace->openTeam(kTeam));
        QVERIFY(editor()->isBannerShown());
        QVERIFY(!cell(0, SheetTableModel::ScoreColumn).isEmpty());
        editor()->startEditing();
        QVERIFY(!qobject_cast<QLineEdit *>(focus()));   // no editor opens
        QVERIFY(editor()->opinionEdit()->isReadOnly());
    }

    void opinionIsWrittenAfterAPause()
    {
        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        editor()->opinionEdit()->setFocus();
        type(QStringLiteral("Needs more data."));
        QCOMPARE(focus(), editor()->opinionEdit());   // still typing: no focus-out
        const auto opinion = [this] {
            for (const SheetRecord &s : SqliteStore::open(m_path)->loadSheets())
                if (s.reviewer == kExpert && s.team == kTeam)
                    return s.opinion;
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(opinion(), QStringLiteral("Needs more data."), 5000);
    }

    void otherRolesHoldNoSheets()
    {
        open(QStringLiteral("secretariat"));
        QCOMPARE(m_workspace->listModel()->rowCount(), 0);
        QVERIFY(!m_workspace->messageText().isEmpty());
    }

    // Score bands (domain/Panel.h RubricBand): the description of the band the score falls
    // in is shown under the table as the expert types, after the score is stored, and for
    // the current row as the keyboard moves; an item without bands shows none; the item's
    // tooltip lists every band.
    void bandDescriptionFollowsTheScore_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("below the first band") << QStringLiteral("1.5") << QString::fromUtf8("개발 전략: 1.5 is below every described band");
        QTest::newRow("at the first band") << QStringLiteral("2") << QString::fromUtf8("개발 전략, 2 (2 to under 5): weak");
        QTest::newRow("inside a band") << QStringLiteral("6.5") << QString::fromUtf8("개발 전략, 6.5 (5 to under 8): fair");
        QTest::newRow("at a boundary") << QStringLiteral("8") << QString::fromUtf8("개발 전략, 8 (8 to 10): 좋은 \"전략\"");
        QTest::newRow("the points") << QStringLiteral("10") << QString::fromUtf8("개발 전략, 10 (8 to 10): 좋은 \"전략\"");
    }

    void bandDescriptionFollowsTheScore()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        Panel panel = sheetPanel();
        RubricItem &strategy = panel.categories[1].rubric[0];   // 개발 전략, 10 points
        QCOMPARE(strategy.id, QStringLiteral("strategy"));
        strategy.bands = {{2, QStringLiteral("weak")}, {5, QStringLiteral("fair")},
                          {8, QString::fromUtf8("좋은 \"전략\"")}};
        m_store.reset();
        m_path = m_dir.filePath(QStringLiteral("bands%1.db").arg(++m_counter));
        createDatabase(panel, m_path, CreateOptions{});
        m_store = SqliteStore::open(m_path);

        open(kExpert);
        QVERIFY(m_workspace->openTeam(kTeam));
        const QString tooltip = model()->index(0, SheetTableModel::ItemColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(tooltip, QString::fromUtf8("2 to under 5: weak\n5 to under 8: fair\n8 to 10: 좋은 \"전략\""));
        QVERIFY(model()->index(0, SheetTableModel::ScoreColumn).data(Qt::ToolTipRole).toString().endsWith(tooltip));
        QVERIFY(model()->index(1, SheetTableModel::ItemColumn).data(Qt::ToolTipRole).isNull());   // no bands

        editor()->startEditing();
        QCOMPARE(editor()->bandText(), QString::fromUtf8("개발 전략: enter a score to see its band"));
        type(QStringLiteral("12"));   // not a score of the item yet
        QCOMPARE(editor()->bandText(), QString::fromUtf8("개발 전략: enter a score from 0 to 10 to see its band"));
        static_cast<QLineEdit *>(focus())->selectAll();
        type(typed);                  // typing, not yet stored
        QCOMPARE(editor()->bandText(), shown);
        QVERIFY(!inFile("strategy"));
        press(Qt::Key_Tab);           // stored; the comment of the same item is current
        QCOMPARE(inFile("strategy")->score, typed.toDouble());
        QCOMPARE(editor()->bandText(), shown);
        QCOMPARE(model()->index(0, SheetTableModel::ScoreColumn).data(SheetTableModel::BandRole).isNull(),
                 typed == QLatin1String("1.5"));
        press(Qt::Key_Tab);           // the next item has no bands: nothing shown
        QVERIFY(editor()->bandText().isEmpty());
        press(Qt::Key_Tab, Qt::ShiftModifier);   // back to the first item's comment
        QCOMPARE(editor()->bandText(), shown);
        press(Qt::Key_Escape);
        QCOMPARE(editor()->bandText(), shown);
    }
};

QTEST_MAIN(TestSheetWorkspace)
#include "tst_sheetworkspace.moc"
