// What each member sees in the window (T10 of the reliability catalogue, for the pages that
// exist): nobody signed in and experts see no progress or audit tab; the chair does; an
// expert whose own sheet is not submitted sees a dash, not a number, for that team.

#include "AuditPage.h"
#include "MainWindow.h"
#include "PanelView.h"
#include "ProgressPage.h"
#include "StandingsPage.h"
#include "storage/PanelStore.h"

#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestPanelView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tabsByRole();
    void expertSeesDashUntilSubmitted();

private:
    static Member member(const char *id, Role role, const char *name)
    {
        return Member{QString::fromLatin1(id), QString::fromUtf8(name), role, {}, true};
    }
};

void TestPanelView::tabsByRole()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    QString error;
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    PanelView *view = window.panelView();
    QVERIFY(view->isShowing(view->standings()));
    // Once a panel is open, File > Sign in is enabled (it is not before).
    QAction *signIn = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
        if (action->text() == u"&Sign in…")
            signIn = action;
    QVERIFY(signIn);
    QVERIFY(signIn->isEnabled());
    QVERIFY(!view->isShowing(view->progress()));
    QVERIFY(!view->isShowing(view->audit()));

    window.setSignedIn(member("e01", Role::Expert, "전문가 1"));
    QVERIFY(!view->isShowing(view->progress()));
    QVERIFY(window.windowTitle().startsWith(u"전문가 1 (expert)"));

    window.setSignedIn(member("chair", Role::Chair, "위원장"));
    QVERIFY(view->isShowing(view->progress()));
    QVERIFY(view->isShowing(view->audit()));
    QVERIFY2(view->progress()->summaryText().contains(u"50"), qPrintable(view->progress()->summaryText()));
    QVERIFY(view->audit()->table()->model()->rowCount() >= 2);   // create-database, replace-panel

    window.setSignedIn(std::nullopt);
    QVERIFY(!view->isShowing(view->audit()));
    QVERIFY(!window.windowTitle().contains(u"위원장"));
}

void TestPanelView::expertSeesDashUntilSubmitted()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    QString error;
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    window.store()->reopenSheet(u"e01"_qs, u"lg"_qs, u"correction requested"_qs, u"chair"_qs);

    window.setSignedIn(member("e02", Role::Expert, "전문가 2"));
    QTableView *table = window.standingsPage()->table();
    QCOMPARE(table->model()->index(0, 6).data().toString(), u"90.2"_qs);   // e02 submitted everything

    window.setSignedIn(member("e01", Role::Expert, "전문가 1"));
    int lgRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 2).data().toString() == u"LG AI연구원")
            lgRow = r;
    QVERIFY(lgRow >= 0);
    QCOMPARE(table->model()->index(lgRow, 4).data().toString(), u"—"_qs);   // expert
    QCOMPARE(table->model()->index(lgRow, 6).data().toString(), u"—"_qs);   // total
    QCOMPARE(table->model()->index(lgRow, 3).data().toString(), u"33.6"_qs); // benchmark stays
    // With one expert score hidden, no rank and no outcome is shown for any team.
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        QCOMPARE(table->model()->index(r, 0).data().toString(), u"—"_qs);
        QCOMPARE(table->model()->index(r, 11).data().toString(), u"—"_qs);
    }
    QVERIFY(window.standingsPage()->summaryText().contains(u"hidden"));
}

QTEST_MAIN(TestPanelView)
#include "tst_panelview.moc"
