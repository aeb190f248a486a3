// The chair's charts and standings follow the data live: the chair submits a sheet in the
// window and, without switching tabs or reloading, the standings table, its margin to the cut
// and the expert-totals chart show it. The charts carry the engine's figures (a bar equals
// the team's category score) and the demo notice; a chart saves as PNG and SVG.
#include "../itemmodels/SheetFixture.h"

#include "MainWindow.h"
#include "PanelView.h"
#include "StandingsPage.h"
#include "charts/ChartsPage.h"
#include "itemmodels/SheetTableModel.h"
#include "itemmodels/StandingsTableModel.h"
#include "sheets/ExpertWorkspace.h"
#include "sheets/SheetEditor.h"

#include <QBarSet>
#include <QBoxPlotSeries>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestCharts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int rowOf(const StandingsTableModel &model, const QString &team)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(StandingsTableModel::TeamIdRole).toString() == team)
                return row;
        return -1;
    }

private Q_SLOTS:
    void chartsCarryTheEngineFigures()
    {
        MainWindow window(m_dir.path());
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("c.db"));
        createSheetDatabase(path).reset();
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        Member chair{QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}, true};
        window.setSignedIn(chair);
        ChartsPage *charts = window.panelView()->charts();
        const StandingsTableModel &model = *window.standingsPage()->model();
        QVERIFY(window.panelView()->isShowing(charts));
        // stacked bars: one set per category, one value per team in rank order
        auto *stacked = qobject_cast<QStackedBarSeries *>(charts->chartView(0)->chart()->series().at(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), model.categoryCount());
        QCOMPARE(stacked->barSets().at(0)->count(), 5);
        const TeamStanding &first = model.standings().teams.front();
        for (int c = 0; c < model.categoryCount(); ++c)
            QCOMPARE(qRound(stacked->barSets().at(c)->at(0) * 10), qRound(first.categories.at(c).second * 10));
        QVERIFY(charts->chartView(0)->chart()->title().contains(QStringLiteral("demo data")));
        // the cut line lies between Upstage (80.6) and NC AI (67.5)
        QCOMPARE(model.cut().lastAbove.value_or(QString()), QStringLiteral("upstage"));
        // save as PNG and SVG
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        charts->tabs()->setCurrentIndex(0);
        charts->setAskFileName([&](const QString &, const QString &filter) {
            return filter.contains(QLatin1String("svg")) ? svg : png;
        });
        QCOMPARE(charts->saveCurrent(false), QString());
        QCOMPARE(charts->saveCurrent(true), QString());
        QVERIFY(QFile(png).size() > 1000);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        // an unwritable place gives a message naming the file, nothing half-written
        charts->setAskFileName([&](const QString &, const QString &) {
            return m_dir.filePath(QStringLiteral("missing/dir/chart.png"));
        });
        QVERIFY(charts->saveCurrent(false).contains(QLatin1String("chart.png")));
    }

    void submittingASheetUpdatesTableAndChart()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.db"));
        createSheetDatabase(path).reset();
        MainWindow window(m_dir.path());
        QString error;
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        Member chair{QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}, true};
        window.setSignedIn(chair);
        const StandingsTableModel &model = *window.standingsPage()->model();
        ChartsPage *charts = window.panelView()->charts();
        auto *points = qobject_cast<QScatterSeries *>(charts->chartView(2)->chart()->series().at(1));
        QVERIFY(points);
        const int pointsBefore = points->count();
        const int nc = rowOf(model, QStringLiteral("nc"));
        const QVariant expertBefore = model.index(nc, model.categoryColumn(1)).data(StandingsTableModel::RawValueRole);
        const QVariant marginBefore = model.index(nc, model.marginColumn()).data(StandingsTableModel::RawValueRole);

        // the chair fills a whole sheet for NC AI with full marks and submits it
        auto *workspace = qobject_cast<ExpertWorkspace *>(window.panelView()->widget(1));
        QVERIFY(workspace);
        QVERIFY(workspace->openTeam(QStringLiteral("nc")));
        SheetEditor *editor = workspace->sheetEditor();
        editor->setConfirmation([](const QString &) { return true; });
        SheetTableModel *sheet = editor->model();
        for (int row = 0; row < sheet->rowCount(); ++row) {
            const QModelIndex maximum = sheet->index(row, SheetTableModel::PointsColumn);
            QVERIFY(sheet->setData(sheet->index(row, SheetTableModel::ScoreColumn), maximum.data().toString()));
        }
        QVERIFY(editor->submit());

        // no tab switch, no reload: the table and the chart already show it
        const int ncAfter = rowOf(model, QStringLiteral("nc"));
        QVERIFY(model.index(ncAfter, model.categoryColumn(1)).data(StandingsTableModel::RawValueRole).toDouble()
                > expertBefore.toDouble());
        QVERIFY(model.index(ncAfter, model.marginColumn()).data(StandingsTableModel::RawValueRole).toDouble()
                > marginBefore.toDouble());
        QCOMPARE(points->count(), pointsBefore + 1);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
