// Decision > Start next round… (ui/decision/NextRoundDialog.h, R10) driven offscreen with the
// keyboard on the demo taken to final (the first evaluation eliminates 2 of 5): the menu item
// only for the chair on a final round; the dialog's defaults (R2, the file beside the current
// one, eliminate 1 for a field of 4); a re-called team added, the passphrase typed, Enter
// creates the file, which holds 4 teams (3 carried over, kt entering at R2), the cut
// "eliminate 1", round R2, and the window shows it with the chair signed in. A taken id is
// named and keeps Create disabled; a wrong passphrase is shown in the dialog, which stays open,
// and writes no file. The dialog is window-modal without blocking (open()): no timer answers
// it. With PANELDESK_SCREENSHOTS=DIR the dialog is saved as next-round-dialog-en.png and
// next-round-dialog-ko.png, the window on the new round as next-round-window-en.png
// (docs/setup.md).

#include "MainWindow.h"
#include "PanelView.h"
#include "ScriptedDialogs.h"
#include "StandingsPage.h"
#include "Translations.h"
#include "actions/PanelDatabase.h"
#include "decision/ComposeDecision.h"
#include "decision/NextRoundDialog.h"
#include "setup/PanelSetupDialog.h"
#include "demo/DemoPanel.h"
#include "demo/DemoPassphrases.h"
#include "services/ActingMember.h"
#include "storage/SqliteStore.h"
#include "../trust/SignAs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::ScriptedDialogs;

namespace {
const QString kChair = QStringLiteral("chair");
} // namespace

class TestNextRound : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_final;   // the demo taken to final
    QString m_open;    // the demo, open
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs m_dialogs;

    void openAs(const QString &path, const QString &member)
    {
        m_window = std::make_unique<MainWindow>(m_dir.filePath(u"demo-folder"_qs));
        m_window->setDialogs(m_dialogs);
        QString error;
        QVERIFY2(m_window->openDatabase(path, &error), qPrintable(error));
        if (!member.isEmpty())
            m_window->setSignedIn(actingMember(*m_window->store(), member));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
    }
    // Decision > Start next round… with the keyboard: Alt+D opens the menu, N the entry.
    NextRoundDialog *openDialogWithKeyboard()
    {
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            qWarning("Alt+D opened no menu");
            return nullptr;
        }
        if (menu->title() != u"&Decision"_qs) {
            qWarning("Alt+D opened %s", qPrintable(menu->title()));
            return nullptr;
        }
        QTest::keyClick(menu, Qt::Key_N);
        auto *dialog = m_window->findChild<NextRoundDialog *>();
        if (dialog)
            QApplication::setActiveWindow(dialog);
        return dialog;
    }
    static QWidget *focused() { return QApplication::focusWidget(); }
    // A button's mnemonic clicks it later (QAbstractButton::animateClick, a timer): the tests
    // reach buttons as the keyboard does otherwise, by their field's mnemonic, Tab and Space.
    static void pressAfter(NextRoundDialog *dialog, Qt::Key mnemonic, int tabs)
    {
        QTest::keyClick(dialog, mnemonic, Qt::AltModifier);
        for (int i = 0; i < tabs; ++i)
            QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClick(focused(), Qt::Key_Space);
    }
    // Re-called teams: Alt+T, Tab to Add team, Space: a new row edits its id; the id, name
    // and model are typed, Tab between them; Alt+P leaves the table (the cell is committed as
    // its editor loses focus) for the passphrase.
    static void addTeamWithKeyboard(NextRoundDialog *dialog, const QString &id, const QString &name,
                                    const QString &model)
    {
        pressAfter(dialog, Qt::Key_T, 1);
        QTest::keyClicks(focused(), id);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClicks(focused(), name);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClicks(focused(), model);
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    }
    void screenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("PANELDESK_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }
    // The demo's first evaluation to final, signed by the chair as the window would.
    static void finalize(const QString &path)
    {
        auto store = SqliteStore::open(path);
        pd::test::signAs(*store, kChair, demoPassphrase(Role::Chair));
        store->lockRound(kChair);
        decideRound(*store, QDate(2026, 1, 14), {{u"nc"_qs, u"lowest total"_qs},
                                                {u"naver"_qs, u"independence (R5)"_qs}}, {}, kChair);
        store->announceDecision(QDate(2026, 1, 15), QDate(2026, 1, 15), kChair);
        store->finalizeDecision(QDate(2026, 1, 26), kChair);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_final = m_dir.filePath(u"demo.paneldesk"_qs);
        createDemoDatabase(m_final, {false, u"demo"_qs});
        finalize(m_final);
        m_open = m_dir.filePath(u"open.paneldesk"_qs);
        createDemoDatabase(m_open, {false, u"demo"_qs});
    }
    void init() { m_dialogs = ScriptedDialogs(); }
    void cleanup() { m_window.reset(); }

    void menuOnlyForTheChairOnAFinalRound()
    {
        openAs(m_open, kChair);
        QVERIFY(m_window->nextRoundAction());
        QVERIFY(!m_window->nextRoundAction()->isEnabled());   // the round is open
        openAs(m_final, QString());
        QVERIFY(!m_window->nextRoundAction()->isEnabled());   // nobody signed in
        openAs(m_final, u"e01"_qs);
        QVERIFY(!m_window->nextRoundAction()->isEnabled());   // an expert
        openAs(m_final, u"secretariat"_qs);
        QVERIFY(!m_window->nextRoundAction()->isEnabled());   // the secretariat
        openAs(m_final, kChair);
        QVERIFY(m_window->nextRoundAction()->isEnabled());
        QCOMPARE(m_window->nextRoundAction()->text(), u"Start &next round…"_qs);
        // disabled, the entry opens nothing (the keyboard cannot reach it either)
        openAs(m_open, kChair);
        m_window->nextRoundAction()->trigger();
        QVERIFY(!m_window->findChild<NextRoundDialog *>());
        // the round made final (here by another connection): the next refresh enables it
        const QString other = m_dir.filePath(u"later.paneldesk"_qs);
        createDemoDatabase(other, {false, u"demo"_qs});
        openAs(other, kChair);
        QVERIFY(!m_window->nextRoundAction()->isEnabled());
        finalize(other);
        QString error;
        QVERIFY2(m_window->refresh(&error), qPrintable(error));
        QVERIFY(m_window->nextRoundAction()->isEnabled());
    }

    void createWithTheKeyboard()
    {
        openAs(m_final, kChair);
        QSignalSpy created(m_window.get(), &MainWindow::nextRoundCreated);
        QString setupRound;   // the new round's setup opens after the dialog has closed
        m_window->setSetupDialogHook([&setupRound](PanelSetupDialog &setup) {
            setupRound = setup.roundIdEdit()->text() + u' ' + setup.permissionLabel()->text();
        });
        NextRoundDialog *dialog = openDialogWithKeyboard();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->roundIdEdit()->text(), u"R2"_qs);
        QCOMPARE(focused(), dialog->roundIdEdit());
        const QString expected = m_dir.filePath(u"demo-R2.paneldesk"_qs);
        QCOMPARE(QDir::cleanPath(dialog->pathEdit()->text()), QDir::cleanPath(expected));
        QCOMPARE(dialog->reenteringList()->count(), 2);   // nc and naver did not advance
        // 3 teams advanced: the copied cut until a re-call makes the field 4
        QVERIFY(!dialog->createButton()->isEnabled());   // no passphrase yet

        addTeamWithKeyboard(dialog, u"kt"_qs, u"KT"_qs, u"Mi:dm"_qs);
        QCOMPARE(dialog->recalledTable()->rowCount(), 1);
        QCOMPARE(dialog->recalledTable()->item(0, NextRoundDialog::NameColumn)->text(), u"KT"_qs);
        QCOMPARE(dialog->recalledTable()->item(0, NextRoundDialog::ModelColumn)->text(), u"Mi:dm"_qs);
        QVERIFY(dialog->idProblem().isEmpty());
        // the field is 4: eliminate 1 by default; the chair sets it anyway (Alt+U, Tab, 1)
        QCOMPARE(dialog->cutKindBox()->currentIndex(), int(NextRoundDialog::Eliminate));
        QCOMPARE(dialog->cutSpin()->value(), 1);
        QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
        QCOMPARE(focused(), dialog->cutKindBox());
        QTest::keyClick(focused(), Qt::Key_Home);   // Eliminate the last
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), dialog->cutSpin());
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), u"1"_qs);
        QCOMPARE(dialog->cutSpin()->value(), 1);
        QVERIFY2(dialog->previewLabel()->text().contains(u"4 team(s) will take part"_qs)
                     || dialog->previewLabel()->text().contains(u"4 teams will take part"_qs),
                 qPrintable(dialog->previewLabel()->text()));
        QVERIFY(dialog->previewLabel()->text().contains(u"KT"_qs));
        QVERIFY2(dialog->previewLabel()->text().contains(u"1 will be eliminated"_qs),
                 qPrintable(dialog->previewLabel()->text()));
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focused(), dialog->passphraseEdit());
        QTest::keyClicks(focused(), demoPassphrase(Role::Chair));
        QVERIFY(dialog->createButton()->isEnabled());
        screenshot(dialog, u"next-round-dialog-en.png"_qs);
        {
            Translations translations;   // the same dialog in Korean, then back
            translations.apply(u"ko"_qs);
            // LanguageChange is posted to the windows: delivered here, no timer involved
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            screenshot(dialog, u"next-round-dialog-ko.png"_qs);
            translations.apply(u"en"_qs);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        }
        QCOMPARE(dialog->createButton()->text(), u"&Create round"_qs);
        QTest::keyClick(focused(), Qt::Key_Return);   // Enter = Create

        QVERIFY2(QFileInfo::exists(expected), qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(created.count(), 1);
        QCOMPARE(QDir::cleanPath(created.at(0).at(0).toString()), QDir::cleanPath(expected));
        {
            auto store = SqliteStore::open(expected);
            const Panel next = store->loadPanel();
            QCOMPARE(next.round.id, u"R2"_qs);
            QCOMPARE(next.round.name, u"Evaluation 2"_qs);
            QStringList teams;
            for (const Team &t : next.teams)
                teams << t.id + u'@' + t.enteredRound;
            QCOMPARE(teams, (QStringList{u"lg@R1"_qs, u"skt@R1"_qs, u"upstage@R1"_qs, u"kt@R2"_qs}));
            QCOMPARE(next.team(u"kt"_qs)->model, u"Mi:dm"_qs);
            QCOMPARE(next.round.cut.eliminate, std::optional<int>(1));
            QVERIFY(!next.round.cut.advance);
        }
        // the window shows the new round, the chair signed in, its standings current
        QCOMPARE(QDir::cleanPath(m_window->currentPath()), QDir::cleanPath(expected));
        QVERIFY(m_window->signedIn() && m_window->signedIn()->id == kChair);
        QVERIFY2(m_window->windowTitle().contains(u"Evaluation 2"_qs), qPrintable(m_window->windowTitle()));
        QCOMPARE(m_window->standingsPage()->table()->model()->rowCount(), 4);
        QVERIFY(m_window->panelView()->isShowing(m_window->standingsPage()));
        bool titled = false;   // "program — Evaluation 2": no date yet, no empty "()"
        for (const QLabel *label : m_window->standingsPage()->findChildren<QLabel *>())
            titled = titled || label->text().endsWith(u"— Evaluation 2"_qs);
        QVERIFY(titled);
        screenshot(m_window.get(), u"next-round-window-en.png"_qs);
        QVERIFY(setupRound.isEmpty());
        QCoreApplication::sendPostedEvents(m_window.get(), QEvent::MetaCall);   // the queued File > Panel setup…
        QVERIFY2(setupRound.startsWith(u"R2 No score"_qs), qPrintable(setupRound));
        // the new round is open: no next round from it yet
        QVERIFY(!m_window->nextRoundAction()->isEnabled());
    }

    void takenIdIsNamedAndKeepsCreateDisabled()
    {
        openAs(m_final, kChair);
        NextRoundDialog *dialog = openDialogWithKeyboard();
        QVERIFY(dialog);
        dialog->pathEdit()->setText(m_dir.filePath(u"taken.paneldesk"_qs));
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTest::keyClicks(focused(), demoPassphrase(Role::Chair));
        QVERIFY(dialog->createButton()->isEnabled());
        // checked as typed, before the cell is left
        pressAfter(dialog, Qt::Key_T, 1);
        QTest::keyClicks(focused(), u"l"_qs);
        QVERIFY(dialog->idProblem().isEmpty());
        QVERIFY(dialog->createButton()->isEnabled());
        QTest::keyClicks(focused(), u"g"_qs);
        QVERIFY2(dialog->idProblem().contains(u"\"lg\" is taken"_qs), qPrintable(dialog->idProblem()));
        QVERIFY(!dialog->createButton()->isEnabled());
        QTest::keyClicks(focused(), u" x"_qs);
        QVERIFY2(dialog->idProblem().contains(u"not a valid id"_qs), qPrintable(dialog->idProblem()));
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClicks(focused(), u"LG again"_qs);
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focused(), dialog->passphraseEdit());
        QCOMPARE(dialog->recalledTable()->item(0, NextRoundDialog::IdColumn)->text(), u"lg"_qs);
        QVERIFY2(dialog->idProblemLabel()->isVisibleTo(dialog), "the problem is shown");
        QVERIFY2(dialog->idProblemLabel()->text().contains(u"\"lg\" is taken"_qs),
                 qPrintable(dialog->idProblemLabel()->text()));
        QVERIFY(dialog->idProblemLabel()->text().contains(u"advanced"_qs));
        QVERIFY(!dialog->createButton()->isEnabled());
        screenshot(dialog, u"next-round-dialog-taken-id-en.png"_qs);
        // an eliminated team's id: it re-enters instead
        dialog->recalledTable()->item(0, NextRoundDialog::IdColumn)->setText(u"nc"_qs);
        QVERIFY2(dialog->idProblem().contains(u"Re-entering"_qs), qPrintable(dialog->idProblem()));
        QVERIFY(!dialog->createButton()->isEnabled());
        // not the id rule
        dialog->recalledTable()->item(0, NextRoundDialog::IdColumn)->setText(u"k t"_qs);
        QVERIFY2(dialog->idProblem().contains(u"not a valid id"_qs), qPrintable(dialog->idProblem()));
        QVERIFY(!dialog->createButton()->isEnabled());
        // Enter in the passphrase field does not create either
        QTest::keyClick(dialog->passphraseEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFileInfo::exists(dialog->pathEdit()->text()));
        // a good id: Create again; Remove takes the row away (Alt+M)
        dialog->recalledTable()->item(0, NextRoundDialog::IdColumn)->setText(u"kt"_qs);
        QVERIFY(dialog->idProblem().isEmpty());
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(!dialog->idProblemLabel()->isVisibleTo(dialog));
        dialog->recalledTable()->setCurrentCell(0, 0);
        pressAfter(dialog, Qt::Key_T, 2);   // Remove team
        QCOMPARE(dialog->recalledTable()->rowCount(), 0);
        // re-entering nc makes the field 4 as well
        dialog->reenteringList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(dialog->request().reentering.contains(dialog->reenteringList()->item(0)->data(Qt::UserRole).toString()));
        QCOMPARE(dialog->cutSpin()->value(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    void wrongPassphraseShownAndNoFile()
    {
        openAs(m_final, kChair);
        NextRoundDialog *dialog = openDialogWithKeyboard();
        QVERIFY(dialog);
        // the default file is never one already there (createWithTheKeyboard made demo-R2)
        QVERIFY2(!QFileInfo::exists(dialog->pathEdit()->text()), qPrintable(dialog->pathEdit()->text()));
        // a file already there is refused in the dialog, before anything is read or written
        const QByteArray before = [&] {
            QFile file(m_final);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        dialog->pathEdit()->setText(m_final);
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTest::keyClicks(focused(), demoPassphrase(Role::Chair));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(u"already exists"_qs), qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(focused(), dialog->pathEdit());
        QFile file(m_final);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        dialog->passphraseEdit()->clear();

        const QString path = m_dir.filePath(u"wrong.paneldesk"_qs);
        // Browse… asks the window's Dialogs for the file
        m_dialogs.files = {path};
        pressAfter(dialog, Qt::Key_F, 1);   // Browse…
        QCOMPARE(m_dialogs.count(u"saveFile"_qs), 1);
        QCOMPARE(dialog->pathEdit()->text(), path);
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTest::keyClicks(focused(), u"not-the-passphrase"_qs);
        // Enter in a cell's editor ends the edit; it does not press Create
        pressAfter(dialog, Qt::Key_T, 1);
        QTest::keyClicks(focused(), u"kt"_qs);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(dialog->errorLabel()->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QVERIFY(dialog->createButton()->isEnabled());
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(u"wrong passphrase"_qs),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir::cleanPath(m_window->currentPath()), QDir::cleanPath(m_final));
        QCOMPARE(m_dialogs.count(u"show"_qs), 0);   // in the dialog, not in a message box
    }
};

QTEST_MAIN(TestNextRound)
#include "tst_nextround.moc"
