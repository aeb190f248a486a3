// The chair reopens a submitted sheet from the Progress tab, driven offscreen on the demo
// panel: selecting a submitted cell enables "Reopen sheet…" (button and context menu); the
// dialog names the member and the team and refuses a blank reason; accepting reopens the
// sheet (draft in the store and in the cell, the reason in the audit log); a refusal by the
// store is shown as a warning. Draft, not-started and conflict cells leave it disabled.

#include "ScriptedDialogs.h"
#include "MainWindow.h"
#include "PanelView.h"
#include "ProgressPage.h"
#include "ReopenSheetDialog.h"
#include "actions/PanelDatabase.h"
#include "demo/DemoPassphrases.h"
#include "domain/Errors.h"
#include "itemmodels/ProgressTableModel.h"
#include "storage/PanelStore.h"
#include "storage/SqliteStore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace pd;

class TestReopenSheet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reopensSubmittedSheetWithReason();
    void keyboardOpensDialogAndCancelKeepsSheet();
    void refusalShownAsWarning();
    void onlySubmittedCellsEnableReopen();
    void onlyForTheChair();

private:
    // Signs the chair in with the demo passphrase and shows the Progress tab.
    void signInChair()
    {
        QVERIFY(m_window->store()->checkPassphrase(u"chair"_qs, demoPassphrase(Role::Chair)));
        std::optional<Member> chair;
        for (const Member &m : m_window->store()->members())
            if (m.id == u"chair")
                chair = m;
        QVERIFY(chair && chair->role == Role::Chair);
        m_window->setSignedIn(chair);
        PanelView *view = m_window->panelView();
        QVERIFY(view->isShowing(view->progress()));
        view->setCurrentWidget(view->progress());
    }
    ProgressPage *page() const { return m_window->panelView()->progress(); }
    QString cellText(const QString &member, const QString &team) const
    {
        const auto *model = static_cast<ProgressTableModel *>(page()->table()->model());
        const ProgressMatrix &m = model->matrix();
        return page()->table()->model()->index(int(m.members.indexOf(member)),
                                               int(m.teams.indexOf(team))).data().toString();
    }
    bool submitted(const QString &reviewer, const QString &team) const
    {
        for (const SheetRecord &sheet : m_window->store()->loadSheets())
            if (sheet.reviewer == reviewer && sheet.team == team)
                return sheet.submitted;
        return false;
    }
    // Runs `answer` on the modal dialog `action` opens (from the dialog's own event loop).
    template <typename Dialog>
    static bool answerModal(const std::function<void()> &action,
                            const std::function<void(Dialog *)> &answer)
    {
        bool answered = false;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                poll.stop();
                answered = true;
                answer(dialog);
            }
        });
        poll.start(10);
        action();
        poll.stop();
        return answered;
    }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestReopenSheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"template.paneldesk"_qs);
    createDemoDatabase(m_demo, {false, QStringLiteral("demo")});
}

void TestReopenSheet::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_path = m_dir.filePath(name + u".paneldesk"_qs);
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    m_window = std::make_unique<MainWindow>(m_dir.path());
    m_window->show();
    QString error;
    QVERIFY2(m_window->openDatabase(m_path, &error), qPrintable(error));
}

void TestReopenSheet::cleanup() { m_window.reset(); }

void TestReopenSheet::reopensSubmittedSheetWithReason()
{
    signInChair();
    QVERIFY(!page()->reopenButton()->isEnabled());   // nothing selected yet
    QVERIFY(submitted(u"e01"_qs, u"lg"_qs));
    QVERIFY(page()->selectCell(u"e01"_qs, u"lg"_qs));
    QCOMPARE(cellText(u"e01"_qs, u"lg"_qs), u"submitted"_qs);
    QVERIFY(page()->reopenButton()->isEnabled());
    QVERIFY(page()->reopenAction()->isEnabled());
    QCOMPARE(page()->reopenButton()->text(), u"&Reopen sheet…"_qs);
    QVERIFY(page()->table()->actions().contains(page()->reopenAction()));   // context menu

    const QString reason = u"asked to correct the impact score (전문가 1)"_qs;
    QString question;
    bool blankRefused = false;
    bool spacesRefused = false;
    const bool answered = answerModal<ReopenSheetDialog>(
        [this] { QTest::mouseClick(page()->reopenButton(), Qt::LeftButton); },
        [&](ReopenSheetDialog *dialog) {
            question = dialog->questionLabel()->text();
            blankRefused = !dialog->reopenButton()->isEnabled();
            QTest::keyClicks(dialog->reasonEdit(), u"   "_qs);
            spacesRefused = !dialog->reopenButton()->isEnabled();
            QTest::keyClicks(dialog->reasonEdit(), u"asked to correct the impact score"_qs);
            dialog->reasonEdit()->insertPlainText(u" (전문가 1)"_qs);   // keyClicks types Latin-1 only
            if (dialog->reopenButton()->isEnabled())
                QTest::mouseClick(dialog->reopenButton(), Qt::LeftButton);
            else
                dialog->reject();
        });
    QVERIFY(answered);
    QCOMPARE(question, u"Reopen 전문가 1's sheet for LG AI연구원?"_qs);
    QVERIFY(blankRefused);
    QVERIFY(spacesRefused);

    QVERIFY(!submitted(u"e01"_qs, u"lg"_qs));
    QCOMPARE(cellText(u"e01"_qs, u"lg"_qs), u"draft"_qs);   // the page was refreshed
    QVERIFY(!page()->reopenButton()->isEnabled());   // the same cell, now a draft
    QVERIFY2(page()->summaryText().contains(u"49 of 50"), qPrintable(page()->summaryText()));

    const std::vector<AuditEntry> log = m_window->store()->auditLog();
    auto entry = std::find_if(log.begin(), log.end(),
                              [](const AuditEntry &e) { return e.action == u"reopen-sheet"; });
    QVERIFY(entry != log.end());
    QCOMPARE(entry->reason, reason);
    QCOMPARE(entry->actor, u"chair"_qs);
    QVERIFY(entry->entity.contains(u"e01") && entry->entity.contains(u"lg"));
}

void TestReopenSheet::keyboardOpensDialogAndCancelKeepsSheet()
{
    signInChair();
    page()->table()->setFocus();
    QVERIFY(page()->selectCell(u"e03"_qs, u"skt"_qs));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QString question;
    const bool answered = answerModal<ReopenSheetDialog>(
        [this, &question] {
            QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);   // &Reopen sheet…
            // The mnemonic animates a click: the dialog opens a moment later.
            (void)QTest::qWaitFor([&question] { return !question.isEmpty(); });
        },
        [&](ReopenSheetDialog *dialog) {
            question = dialog->questionLabel()->text();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
    QVERIFY(answered);
    QCOMPARE(question, u"Reopen 전문가 3's sheet for SK텔레콤?"_qs);
    QVERIFY(submitted(u"e03"_qs, u"skt"_qs));
    QCOMPARE(cellText(u"e03"_qs, u"skt"_qs), u"submitted"_qs);
}

void TestReopenSheet::refusalShownAsWarning()
{
    signInChair();
    QVERIFY(page()->selectCell(u"e02"_qs, u"upstage"_qs));
    pd::test::ScriptedDialogs dialogs;   // the warning goes through the window's dialogs
    m_window->setDialogs(dialogs);
    const bool answered = answerModal<ReopenSheetDialog>(
        [this] { page()->reopenButton()->click(); },
        [this](ReopenSheetDialog *dialog) {
            // Meanwhile the sheet was reopened elsewhere: the store refuses.
            m_window->store()->reopenSheet(u"e02"_qs, u"upstage"_qs, u"elsewhere"_qs, u"chair"_qs);
            QTest::keyClicks(dialog->reasonEdit(), u"second reopen"_qs);
            dialog->reopenButton()->click();
        });
    QVERIFY(answered);
    QCOMPARE(dialogs.count(u"show"_qs), 1);
    const QString warning = dialogs.lastText(u"show"_qs);
    QVERIFY2(warning.contains(u"not submitted"), qPrintable(warning));
    QCOMPARE(cellText(u"e02"_qs, u"upstage"_qs), u"draft"_qs);
}

void TestReopenSheet::onlySubmittedCellsEnableReopen()
{
    // A new expert with a conflict (lg) and no sheet elsewhere; e02's skt sheet reopened.
    m_window->store()->addMember({u"e11"_qs, u"전문가 11"_qs, Role::Expert, {u"lg"_qs}}, u"chair"_qs);
    m_window->store()->reopenSheet(u"e02"_qs, u"skt"_qs, u"correction"_qs, u"chair"_qs);
    signInChair();
    const struct {
        const char16_t *member;
        const char16_t *team;
        const char16_t *state;
        bool enabled;
    } cells[] = {{u"e11", u"lg", u"conflict", false},
                 {u"e11", u"skt", u"not started", false},
                 {u"e02", u"skt", u"draft", false},
                 {u"e02", u"lg", u"submitted", true}};
    for (const auto &c : cells) {
        const QString member = QString::fromUtf16(c.member);
        const QString team = QString::fromUtf16(c.team);
        QVERIFY(page()->selectCell(member, team));
        QCOMPARE(cellText(member, team), QString::fromUtf16(c.state));
        QCOMPARE(page()->reopenButton()->isEnabled(), c.enabled);
        QCOMPARE(page()->reopenAction()->isEnabled(), c.enabled);
    }
    // Clicking while disabled opens nothing (and a direct call on a draft does nothing).
    QVERIFY(page()->selectCell(u"e02"_qs, u"skt"_qs));
    page()->reopenSelected();
    QVERIFY(!QApplication::activeModalWidget());
    page()->table()->clearSelection();
    QVERIFY(!page()->reopenButton()->isEnabled());
}

void TestReopenSheet::onlyForTheChair()
{
    signInChair();
    QVERIFY(page()->selectCell(u"e01"_qs, u"lg"_qs));
    QVERIFY(page()->reopenButton()->isEnabled());
    m_window->setSignedIn(std::nullopt);   // signed out: no reopen target any more
    QVERIFY(!page()->reopenButton()->isEnabled());
    QVERIFY(!m_window->panelView()->isShowing(page()));
}

QTEST_MAIN(TestReopenSheet)
#include "tst_reopensheet.moc"
