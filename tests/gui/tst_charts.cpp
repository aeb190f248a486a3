// The chair's charts and standings follow the data live: the chair submits a sheet in the
// window and, without switching tabs or reloading, the standings table, its margin to the cut
// and the expert-totals chart show it. The charts carry the engine's figures (a bar equals
// the team's category score) and the demo notice; a chart saves as PNG and SVG.
#include "ScriptedDialogs.h"
#include "../itemmodels/SheetFixture.h"

#include "MainWindow.h"
#include "PanelView.h"
#include "StandingsPage.h"
#include "charts/ChartsPage.h"
#include "itemmodels/SheetTableModel.h"
#include "itemmodels/StandingsTableModel.h"
#include "sheets/ExpertWorkspace.h"
#include "sheets/SheetEditor.h"
#include "analysis/SensitivityPage.h"
#include "scoring/ExpertScoring.h"
#include "scoring/ScoringEngine.h"
#include "itemmodels/ChartTableModels.h"
#include "access/Visibility.h"
#include "report/ChartTicks.h"

#include <QBarSeries>
#include <QBarSet>
#include <QBoxSet>
#include <QLineSeries>
#include <QPolarChart>
#include <QBoxPlotSeries>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace pd;
using namespace pd::test;

class TestCharts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The sheets' points over the boxes: one scatter series per rank position.
    static std::vector<QScatterSeries *> pointSeries(ChartsPage *charts)
    {
        std::vector<QScatterSeries *> out;
        for (QAbstractSeries *series : charts->chartView(2)->chart()->series())
            if (auto *points = qobject_cast<QScatterSeries *>(series))
                out.push_back(points);
        return out;
    }

    static int pointCount(ChartsPage *charts)
    {
        int count = 0;
        for (QScatterSeries *points : pointSeries(charts))
            count += points->count();
        return count;
    }

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
        ScriptedDialogs dialogs;
        dialogs.onFile = [&](const QString &, const QString &filter) {
            return filter.contains(QLatin1String("svg")) ? svg : png;
        };
        charts->setDialogs(dialogs);
        QCOMPARE(charts->saveCurrent(false), QString());
        QCOMPARE(charts->saveCurrent(true), QString());
        QVERIFY(QFile(png).size() > 1000);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        // an unwritable place gives a message naming the file, nothing half-written
        dialogs.onFile = [&](const QString &, const QString &) {
            return m_dir.filePath(QStringLiteral("missing/dir/chart.png"));
        };
        QVERIFY(charts->saveCurrent(false).contains(QLatin1String("chart.png")));
    }

    // Every value of every series is the engine's figure for that team and category: the
    // stacked and grouped bars the category scores, the box plot the five-number summary of
    // the submitted sheets' totals and one point per sheet, the polar chart the category
    // score as % of its points, the group chart the benchmark group scores.
    void everySeriesEqualsTheEngine()
    {
        MainWindow window(m_dir.path());
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("series.db"));
        auto store = createSheetDatabase(path);
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        window.setSignedIn(Member{QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}, true});
        ChartsPage *charts = window.panelView()->charts();
        const Panel visible = visiblePanel(store->loadPanel(), QStringLiteral("chair"));
        const Standings engine = computeStandings(visible);
        const std::vector<TeamStanding> &teams = engine.teams;
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };

        auto *stacked = qobject_cast<QStackedBarSeries *>(charts->chartView(0)->chart()->series().at(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), int(visible.categories.size()));
        for (int c = 0; c < stacked->count(); ++c)
            for (int t = 0; t < int(teams.size()); ++t)
                QVERIFY2(near(stacked->barSets().at(c)->at(t), teams[t].categories[c].second),
                         qPrintable(teams[t].team));

        auto *byCategory = qobject_cast<QBarSeries *>(charts->chartView(1)->chart()->series().at(0));
        QVERIFY(byCategory);
        QCOMPARE(byCategory->count(), int(teams.size()));
        for (int t = 0; t < int(teams.size()); ++t)
            for (int c = 0; c < int(visible.categories.size()); ++c)
                QVERIFY(near(byCategory->barSets().at(t)->at(c), teams[t].categories[c].second));

        const Category *expert = nullptr;
        for (const Category &c : visible.categories)
            if (c.kind == CategoryKind::Expert)
                expert = &c;
        QVERIFY(expert);
        const std::vector<SheetTotal> sheets = countedSheets(*expert, visible);
        auto *boxes = qobject_cast<QBoxPlotSeries *>(charts->chartView(2)->chart()->series().at(0));
        QVERIFY(boxes);
        QCOMPARE(boxes->count(), int(teams.size()));
        QCOMPARE(pointCount(charts), int(sheets.size()));
        const std::vector<QScatterSeries *> points = pointSeries(charts);
        QCOMPARE(points.size(), teams.size());
        for (int t = 0; t < int(teams.size()); ++t) {
            std::vector<double> totals;
            for (const SheetTotal &sheet : sheets)
                if (sheet.team == teams[t].team)
                    totals.push_back(sheet.total);
            QVERIFY(!totals.empty());
            const auto [lowest, highest] = std::minmax_element(totals.begin(), totals.end());
            QBoxSet *box = boxes->boxSets().at(t);
            QVERIFY(near(box->at(QBoxSet::LowerExtreme), *lowest));
            QVERIFY(near(box->at(QBoxSet::UpperExtreme), *highest));
            QVERIFY(near(box->at(QBoxSet::Median), fiveNumberSummary(totals)[2]));
            double sum = 0;
            for (double v : totals)
                sum += v;
            // the mean of the sheets is the expert score (aggregation: mean)
            QVERIFY(near(sum / double(totals.size()), teams[t].categoryScore(expert->id)));
            QCOMPARE(points[std::size_t(t)]->count(), int(totals.size()));
            for (const QPointF &p : points[std::size_t(t)]->points()) {
                QCOMPARE(qRound(p.x()), t);
                QVERIFY(std::find_if(totals.begin(), totals.end(),
                                     [&](double v) { return near(v, p.y()); }) != totals.end());
            }
        }

        const QList<QAbstractSeries *> polar = charts->chartView(3)->chart()->series();
        QCOMPARE(polar.size(), int(teams.size()));
        for (int t = 0; t < int(teams.size()); ++t) {
            auto *line = qobject_cast<QLineSeries *>(polar.at(t));
            QVERIFY(line);
            QCOMPARE(line->count(), int(visible.categories.size()) + 1);   // closed
            for (int c = 0; c < int(visible.categories.size()); ++c)
                QVERIFY(near(line->at(c).y(), 100.0 * teams[t].categories[c].second / visible.categories[c].points));
            QVERIFY(near(line->at(line->count() - 1).y(), line->at(0).y()));
        }

        auto *groups = qobject_cast<QBarSeries *>(charts->chartView(4)->chart()->series().at(0));
        QVERIFY(groups);
        QCOMPARE(groups->count(), int(teams.front().groups.size()));
        for (int g = 0; g < groups->count(); ++g)
            for (int t = 0; t < int(teams.size()); ++t)
                QVERIFY(near(groups->barSets().at(g)->at(t), teams[t].groups[g].second));
    }

    // The value axes tick on the PDF report's step (report/ChartTicks.h, one rule for both):
    // multiples of chartTickStep(range) from 0, whole-point labels.
    void axesTickOnTheReportStep()
    {
        MainWindow window(m_dir.path());
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("ticks.db"));
        createSheetDatabase(path).reset();
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        window.setSignedIn(Member{QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}, true});
        ChartsPage *charts = window.panelView()->charts();
        int checked = 0;
        for (int view : {0, 1, 2, 4}) {
            for (QAbstractAxis *axis : charts->chartView(view)->chart()->axes(Qt::Vertical)) {
                auto *values = qobject_cast<QValueAxis *>(axis);
                if (!values)
                    continue;
                QCOMPARE(values->tickType(), QValueAxis::TicksDynamic);
                QCOMPARE(values->tickAnchor(), 0.0);
                QVERIFY(values->max() > 0);
                QCOMPARE(values->tickInterval(), chartTickStep(values->max() - values->min()));
                QCOMPARE(values->labelFormat(), QStringLiteral("%.0f"));
                ++checked;
            }
        }
        QCOMPARE(checked, 4);
    }

    // The analysis tabs get the whole round: the sensitivity's baseline is the standings
    // (the user ratings, held as tallies by the window, included).
    void sensitivityTabHasTheStandingsFigures()
    {
        MainWindow window(m_dir.path());
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("sens.db"));
        createSheetDatabase(path).reset();
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        window.setSignedIn(Member{QStringLiteral("chair"), QStringLiteral("위원장"), Role::Chair, {}, true});
        SensitivityPage *page = window.panelView()->sensitivity();
        window.panelView()->setCurrentWidget(page);   // showing the tab computes it
        const StandingsTableModel &model = *window.standingsPage()->model();
        QCOMPARE(page->report().baseline.teams.size(), model.standings().teams.size());
        for (const TeamStanding &t : model.standings().teams) {
            const TeamStanding *b = page->report().baseline.find(t.team);
            QVERIFY(b);
            QCOMPARE(b->total, t.total);
            QCOMPARE(b->flags, t.flags);
        }
        QCOMPARE(qRound(page->report().baseline.find(QStringLiteral("lg"))->total * 10), 902);
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
        const int pointsBefore = pointCount(charts);
        QVERIFY(pointsBefore > 0);
        const int nc = rowOf(model, QStringLiteral("nc"));
        const QVariant expertBefore = model.index(nc, model.categoryColumn(1)).data(StandingsTableModel::RawValueRole);
        const QVariant marginBefore = model.index(nc, model.marginColumn()).data(StandingsTableModel::RawValueRole);

        // the chair fills a whole sheet for NC AI with full marks and submits it
        auto *workspace = qobject_cast<ExpertWorkspace *>(window.panelView()->widget(1));
        QVERIFY(workspace);
        QVERIFY(workspace->openTeam(QStringLiteral("nc")));
        SheetEditor *editor = workspace->sheetEditor();
        ScriptedDialogs yes;
        yes.onAsk = [](const QString &) { return true; };
        editor->setDialogs(yes);
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
        QCOMPARE(pointCount(charts), pointsBefore + 1);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
