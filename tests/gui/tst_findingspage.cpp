// The independence findings page driven offscreen as its users would: an expert adds a
// component by typing its name and Enter, changes a field with the keyboard and sees the
// suggested verdict move with its rule; writes a note that is in the file when focus moves
// on; a conflicted team cannot be opened; the secretariat reads only; the chair records a
// verdict, is asked to confirm one that differs from the suggestion, and the difference is
// shown with a warning on the page, in the team list and in the standings.
#include "ScriptedDialogs.h"
#include "../itemmodels/SheetFixture.h"

#include "findings/FindingsPage.h"
#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/StandingsTableModel.h"
#include "scoring/ScoringEngine.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {
const QString kNaver = QStringLiteral("naver");
const int kVisionEncoder = 4;
} // namespace

class TestFindingsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<FindingsPage> m_page;
    QStringList m_questions;
    bool m_answer = true;
    ScriptedDialogs m_dialogs;

    void open(const QString &memberId)
    {
        Member me;
        me.id = memberId;
        me.name = memberId;
        m_page = std::make_unique<FindingsPage>(*m_store, me);
        m_dialogs.onAsk = [this](const QString &question) {
            m_questions << question;
            return m_answer;
        };
        m_page->setDialogs(m_dialogs);
        m_page->resize(1300, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    TeamFindings inFile(const QString &team = kNaver) const
    {
        return SqliteStore::open(m_path)->loadFindings(team);
    }

    ComponentTableModel *model() const { return m_page->model(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("f%1.db").arg(++m_counter));
        m_store = createSheetDatabase(m_path);
        m_questions.clear();
        m_answer = true;
    }

    void cleanup()
    {
        m_page.reset();
        m_store.reset();
    }

    void expertAddsAndEditsWithTheKeyboard()
    {
        open(kExpert);
        QVERIFY(m_page->openTeam(kNaver));
        QCOMPARE(model()->rowCount(), 5);
        QVERIFY(m_page->suggestionText().contains(QLatin1String("vision encoder")));
        QVERIFY(m_page->suggestionText().contains(QLatin1String("fail")));
        QVERIFY(!m_page->verdictPanel()->recordButton()->isVisible());   // chair only

        // a new component: its name, then Enter
        m_page->nameEdit()->setFocus();
        QTest::keyClicks(m_page->nameEdit(), QStringLiteral("audio encoder"));
        QTest::keyClick(m_page->nameEdit(), Qt::Key_Return);
        QCOMPARE(model()->rowCount(), 6);
        QCOMPARE(inFile().components.back().finding.component, QStringLiteral("audio encoder"));
        QVERIFY(m_page->nameEdit()->text().isEmpty());
        QCOMPARE(m_page->table()->currentIndex().row(), 5);   // ready to fill in

        // the encoder's weights: F2 opens the choice, Home picks the first
        // ("initialised and trained by the team"), Enter commits it
        m_page->table()->setFocus();
        m_page->table()->setCurrentIndex(
            model()->index(kVisionEncoder, ComponentTableModel::WeightsColumn));
        QTest::keyClick(m_page->table(), Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Home);
        QTest::keyClick(combo, Qt::Key_Return);   // the view commits it on the next event loop turn
        QTRY_COMPARE(toString(inFile().components[kVisionEncoder].finding.weights),
                     QStringLiteral("initialized"));
        // the suggestion moved at once; the recorded fail now differs and says so
        QVERIFY2(m_page->suggestionText().contains(QLatin1String("pass")),
                 qPrintable(m_page->suggestionText()));
        QVERIFY2(m_page->summaryText().contains(QStringLiteral("⚠")), qPrintable(m_page->summaryText()));
        QVERIFY(m_page->teamList()->currentItem()->text().contains(QStringLiteral("⚠")));
    }

    void noteIsSavedWhenFocusMovesOn()
    {
        open(kExpert);
        QVERIFY(m_page->openTeam(kNaver));
        m_page->table()->setCurrentIndex(model()->index(kVisionEncoder, 0));
        m_page->ownNoteEdit()->setFocus();
        QTest::keyClicks(m_page->ownNoteEdit(), QStringLiteral("same weights as Qwen"));
        QVERIFY(inFile().notes.empty());
        m_page->table()->setFocus();   // moving on commits the note
        QCOMPARE(inFile().notes.size(), size_t(1));
        QCOMPARE(inFile().notes[0].note, QStringLiteral("same weights as Qwen"));
        QCOMPARE(m_page->table()->currentIndex().row(), kVisionEncoder);   // still there
        // the chair sees it among the other members' notes
        m_page.reset();
        open(QStringLiteral("chair"));
        QVERIFY(m_page->openTeam(kNaver));
        m_page->table()->setCurrentIndex(model()->index(kVisionEncoder, 0));
        QVERIFY(m_page->otherNotesText().contains(QStringLiteral("same weights as Qwen")));
    }

    void conflictedTeamCannotBeOpened()
    {
        open(kExpert);
        QVERIFY(!m_page->openTeam(kConflictTeam));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_page->messageText().contains(QLatin1String("conflict of interest")));
        QVERIFY(m_page->teamList()->currentItem()->text().contains(QLatin1String("conflict")));
    }

    void secretariatReadsOnly()
    {
        open(QStringLiteral("secretariat"));
        QVERIFY(m_page->openTeam(kNaver));
        QCOMPARE(model()->rowCount(), 5);
        QVERIFY(!m_page->addButton()->isVisible());
        QVERIFY(!m_page->ownNoteEdit()->isVisible());
        QCOMPARE(m_page->table()->model()->flags(model()->index(0, 0)) & Qt::ItemIsEditable,
                 Qt::ItemFlags());
    }

    void chairConfirmsADifferingVerdict()
    {
        open(QStringLiteral("chair"));
        QVERIFY(m_page->openTeam(kNaver));
        VerdictPanel *panel = m_page->verdictPanel();
        QVERIFY(panel->recordButton()->isVisible());
        panel->verdictBox()->setCurrentIndex(static_cast<int>(Verdict::Pass));
        panel->rationaleEdit()->setPlainText(QStringLiteral("동결된 인코더는 허용"));
        // declined: nothing recorded
        m_answer = false;
        QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions[0].contains(QLatin1String("vision encoder")));
        QCOMPARE(toString(inFile().verdict), QStringLiteral("fail"));
        // confirmed
        m_answer = true;
        panel->verdictBox()->setCurrentIndex(static_cast<int>(Verdict::Pass));
        panel->rationaleEdit()->setPlainText(QStringLiteral("동결된 인코더는 허용"));
        QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(toString(inFile().verdict), QStringLiteral("pass"));
        QVERIFY(m_page->summaryText().contains(QStringLiteral("⚠")));
        QVERIFY(m_page->teamList()->currentItem()->text().contains(QStringLiteral("⚠")));
        // the standings show the warning too
        const Panel full = m_store->loadPanel();
        StandingsTableModel standings;
        standings.setStandings(full, computeStandings(full));
        bool warned = false;
        for (int row = 0; row < standings.rowCount(); ++row)
            if (standings.index(row, 1).data(StandingsTableModel::TeamIdRole).toString() == kNaver)
                warned = standings.index(row, standings.independenceColumn()).data().toString()
                             .contains(QStringLiteral("⚠"));
        QVERIFY(warned);
        // a verdict the findings agree with needs no confirmation
        m_page->openTeam(QStringLiteral("lg"));
        panel->verdictBox()->setCurrentIndex(static_cast<int>(Verdict::Pass));
        QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 2);
    }

    void removeAsksFirst()
    {
        open(kExpert);
        QVERIFY(m_page->openTeam(kNaver));
        m_page->table()->setCurrentIndex(model()->index(0, 0));
        m_answer = false;
        QVERIFY(!m_page->removeSelectedComponent());
        QCOMPARE(inFile().components.size(), size_t(5));
        m_answer = true;
        QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
        QCOMPARE(inFile().components.size(), size_t(4));
        QCOMPARE(m_questions.size(), 2);
    }
};

QTEST_MAIN(TestFindingsPage)
#include "tst_findingspage.moc"
