// The first window, driven offscreen: the demo opens with nobody signed in and shows only
// what is public (the teams and the round's state, no figure); signed in, the reference
// standings with the demo notice; a file that is not a panel is refused and the view stays
// as it was.

#include "MainWindow.h"
#include "StandingsPage.h"
#include "itemmodels/StandingsTableModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsWithWelcome();
    void opensDemoWithNotice();
    void tableSortsOnRawValues();
    void refusesNonPanelFile();
    void modelPassesTester();

private:
    // The demo's secretariat: the standings of every submitted sheet (docs/visibility.md).
    static Member secretariat() { return Member{u"secretariat"_qs, u"간사"_qs, Role::Secretariat, {}, true}; }
    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
};

void TestMainWindow::startsWithWelcome()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    QVERIFY(window.currentPath().isEmpty());
    QCOMPARE(window.windowTitle(), QStringLiteral("PanelDesk"));
}

void TestMainWindow::opensDemoWithNotice()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    window.show();
    QString error;
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("demo.paneldesk"))));

    StandingsPage *page = window.standingsPage();
    QTableView *view = page->table();
    // Nobody signed in, nothing announced: the teams and the round's state, no figure at all.
    QCOMPARE(view->model()->rowCount(), 5);
    QCOMPARE(page->noticeText(), QStringLiteral("demo data: illustrative figures"));
    QVERIFY2(page->disclosureText().contains(u"being scored"), qPrintable(page->disclosureText()));
    QStringList teams;
    for (int row = 0; row < 5; ++row) {
        teams << cell(view, row, 2);
        for (int column = 0; column < view->model()->columnCount(); ++column)
            if (column != 2)
                QCOMPARE(cell(view, row, column), QStringLiteral("—"));
    }
    QVERIFY(teams.contains(QStringLiteral("LG AI연구원")));
    QVERIFY(!page->summaryText().contains(QStringLiteral("79.70")));
    QVERIFY(page->reasonsText().isEmpty());

    window.setSignedIn(secretariat());
    QVERIFY(page->disclosureText().isEmpty());
    QCOMPARE(view->model()->rowCount(), 5);
    QCOMPARE(cell(view, 0, 2), QStringLiteral("LG AI연구원"));
    QCOMPARE(cell(view, 0, 3), QStringLiteral("33.6"));
    QCOMPARE(cell(view, 0, 6), QStringLiteral("90.2"));
    QCOMPARE(cell(view, 3, 2), QStringLiteral("네이버클라우드"));
    QCOMPARE(cell(view, 3, 11), QStringLiteral("disqualified"));
    QCOMPARE(cell(view, 4, 11), QStringLiteral("eliminated (score)"));
    QVERIFY(view->model()->index(3, 11).data(Qt::ToolTipRole).toString().contains(u"Qwen2.5-VL"));
    QCOMPARE(page->noticeText(), QStringLiteral("demo data: illustrative figures"));
    QVERIFY(page->summaryText().contains(QStringLiteral("79.70")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.paneldesk")));

    // Opening it a second time reuses the database instead of failing on "already exists".
    QVERIFY2(window.openDemo(&error), qPrintable(error));
}

void TestMainWindow::tableSortsOnRawValues()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    QString error;
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    window.setSignedIn(secretariat());
    QTableView *view = window.standingsPage()->table();
    // Sort by the user column ascending: NC AI (16.5) first, LG (25.0) last.
    view->sortByColumn(5, Qt::AscendingOrder);
    QCOMPARE(cell(view, 0, 2), QStringLiteral("NC AI"));
    QCOMPARE(cell(view, 4, 2), QStringLiteral("LG AI연구원"));
    view->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(cell(view, 0, 2), QStringLiteral("LG AI연구원"));
}

void TestMainWindow::refusesNonPanelFile()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    QString error;
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    const QString demoPath = window.currentPath();

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not scores\n");
    file.close();

    QVERIFY(!window.openDatabase(text, &error));
    QVERIFY2(error.contains(QStringLiteral("notes.txt")), qPrintable(error));
    QCOMPARE(window.currentPath(), demoPath);
    QCOMPARE(window.standingsPage()->table()->model()->rowCount(), 5);
}

void TestMainWindow::modelPassesTester()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    StandingsTableModel *model = window.standingsPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(window.openDemo(&error), qPrintable(error));
    QCOMPARE(model->rowCount(), 5);
    // nobody signed in: no figure is handed to the model either
    for (const TeamStanding &team : model->standings().teams)
        QCOMPARE(team.total, 0.0);
    QVERIFY(!model->index(0, model->totalColumn()).data(StandingsTableModel::RawValueRole).isValid());
    window.setSignedIn(secretariat());
    QCOMPARE(model->rowCount(), 5);
    // rank, eligible rank, team, 3 categories, total, 3 benchmark groups, independence,
    // outcome, flags, margin
    QCOMPARE(model->columnCount(), 14);
    QCOMPARE(model->groupCount(), 3);
    QCOMPARE(model->index(0, model->totalColumn()).data(StandingsTableModel::RawValueRole).toDouble(),
             model->standings().teams.front().total);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
