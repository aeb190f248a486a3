// The standings as a table model (issue 4, item 1) under QAbstractItemModelTester: its
// columns follow the round (categories, total, groups, verdict, outcome, flags, margin),
// the raw-value role carries the unrounded figures that sorting uses, the cut is marked on
// the last team above it, and hidden expert scores show no number, rank or outcome.
#include "demo/DemoPanel.h"
#include "itemmodels/StandingsTableModel.h"
#include "scoring/ScoringEngine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pd;

class TestStandingsModel : public QObject {
    Q_OBJECT

private:
    static int rowOf(const QAbstractItemModel &model, const QString &team)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(StandingsTableModel::TeamIdRole).toString() == team)
                return row;
        return -1;
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        StandingsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Panel demo = buildDemoPanel();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStandings(demo, computeStandings(demo));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        // rank, eligible rank, team, 3 categories, total, 3 groups, verdict, outcome, flags, margin
        QCOMPARE(model.columnCount(), 14);
        QCOMPARE(model.groupCount(), 3);
        QCOMPARE(model.marginColumn(), 13);
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.index(row, column).data().isValid());
        // a second round of data, then an empty one: the tester checks every reset
        Panel smaller = demo;
        smaller.categories.erase(smaller.categories.begin());   // no benchmark groups any more
        model.setStandings(smaller, computeStandings(smaller));
        QCOMPARE(model.columnCount(), 10);   // two categories, no groups
        QCOMPARE(model.groupCount(), 0);
        model.setStandings(demo, computeStandings(demo), {QStringLiteral("lg")});
        model.setStandings(Panel(), Standings());
        QCOMPARE(model.rowCount(), 0);
    }

    void valuesAndRawValues()
    {
        StandingsTableModel model;
        const Panel demo = buildDemoPanel();
        model.setStandings(demo, computeStandings(demo));
        const int lg = rowOf(model, QStringLiteral("lg"));
        QCOMPARE(lg, 0);
        QCOMPARE(model.index(lg, model.totalColumn()).data().toString(), QStringLiteral("90.2"));
        const double raw = model.index(lg, model.totalColumn()).data(StandingsTableModel::RawValueRole).toDouble();
        QVERIFY(std::abs(raw - 90.2) < 0.05);
        QCOMPARE(raw, computeStandings(demo).find(QStringLiteral("lg"))->total);
        QCOMPARE(model.index(lg, model.groupColumn(0)).data().toString(), QStringLiteral("9.2"));
        QCOMPARE(model.index(lg, model.groupColumn(1)).data().toString(), QStringLiteral("14.4"));
        const int naver = rowOf(model, QStringLiteral("naver"));
        QCOMPARE(model.index(naver, model.outcomeColumn()).data(StandingsTableModel::RawValueRole).toString(),
                 QStringLiteral("disqualified"));
        QVERIFY(!model.index(naver, model.eligibleRankColumn()).data(StandingsTableModel::RawValueRole).isValid());
        QVERIFY(!model.index(naver, model.outcomeColumn()).data(Qt::ToolTipRole).toString().isEmpty());
        // the cut: drawn below Upstage; NC AI is 13.1 below it
        const int upstage = rowOf(model, QStringLiteral("upstage"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(StandingsTableModel::CutBelowRole).toBool(), row == upstage);
        const int nc = rowOf(model, QStringLiteral("nc"));
        QCOMPARE(model.index(nc, model.marginColumn()).data().toString(), QStringLiteral("-13.1"));
        QCOMPARE(model.index(upstage, model.marginColumn()).data().toString(), QStringLiteral("+13.1"));
        QCOMPARE(model.headerData(model.totalColumn(), Qt::Horizontal).toString(), QStringLiteral("Total (100)"));
        QCOMPARE(model.headerData(lg, Qt::Vertical).toString(), QStringLiteral("LG AI연구원"));
    }

    // Sorting on the raw-value role orders by the unrounded figures, not by display text
    // ("9.5" after "10.0" as text).
    void sortsOnRawValues()
    {
        StandingsTableModel model;
        const Panel demo = buildDemoPanel();
        const Standings standings = computeStandings(demo);
        model.setStandings(demo, standings);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(StandingsTableModel::RawValueRole);
        for (int column : {model.categoryColumn(0), model.categoryColumn(2), model.groupColumn(2), model.marginColumn()}) {
            proxy.sort(column, Qt::AscendingOrder);
            double previous = -1e300;
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const QVariant value = proxy.index(row, column).data(StandingsTableModel::RawValueRole);
                if (!value.isValid())
                    continue;   // no margin (not a pass team)
                QVERIFY2(value.toDouble() >= previous, qPrintable(QString::number(column)));
                previous = value.toDouble();
            }
        }
    }

    // Standings of the same shape replace the cells in place: no reset, and only the rows
    // that changed are announced (the charts' mappers follow them without rebuilding).
    void sameShapeUpdatesInPlace()
    {
        StandingsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Panel demo = buildDemoPanel();
        const Standings standings = computeStandings(demo);
        model.setStandings(demo, standings);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

        model.setStandings(demo, standings);   // nothing changed: nothing announced
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(headers.count(), 0);

        // NC AI (last row) gains 0.5 expert points: only its row's figures change (the
        // columns the charts map); the margins of the teams above the cut move with it
        Standings moved = standings;
        TeamStanding &nc = moved.teams.back();
        QCOMPARE(nc.team, QStringLiteral("nc"));
        nc.categories[1].second += 0.5;
        nc.total += 0.5;
        model.setStandings(demo, moved);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        int figureSignals = 0;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex first = signal.at(0).toModelIndex();
            const QModelIndex last = signal.at(1).toModelIndex();
            if (first.column() < model.independenceColumn()) {
                ++figureSignals;
                QCOMPARE(first.row(), 4);
                QCOMPARE(last.row(), 4);
                QCOMPARE(last.column(), model.independenceColumn() - 1);
            } else {
                QVERIFY(last.column() == model.marginColumn());
            }
        }
        QCOMPARE(figureSignals, 1);
        QCOMPARE(headers.count(), 0);   // the same team in the row
        QCOMPARE(model.index(4, model.totalColumn()).data(StandingsTableModel::RawValueRole).toDouble(), nc.total);

        // two rows swap their teams: both rows and both row headers are announced
        changed.clear();
        Standings swapped = standings;
        std::swap(swapped.teams[1], swapped.teams[2]);
        model.setStandings(demo, swapped);
        QCOMPARE(reset.count(), 0);
        QVERIFY(headers.count() >= 1);
        QCOMPARE(headers.at(0).at(1).toInt(), 1);
        QCOMPARE(headers.at(0).at(2).toInt(), 2);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), model.index(1, model.teamColumn()).data().toString());

        // another shape (a team fewer) resets
        Standings fewer = standings;
        fewer.teams.pop_back();
        model.setStandings(demo, fewer);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
    }

    void hiddenExpertScoresShowNoFigure()
    {
        StandingsTableModel model;
        const Panel demo = buildDemoPanel();
        model.setStandings(demo, computeStandings(demo), {QStringLiteral("skt")});
        const int skt = rowOf(model, QStringLiteral("skt"));
        const int lg = rowOf(model, QStringLiteral("lg"));
        const int expert = model.categoryColumn(1);
        QCOMPARE(model.index(skt, expert).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(skt, model.totalColumn()).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(skt, expert).data(StandingsTableModel::RawValueRole).isValid());
        QVERIFY(model.index(lg, expert).data(StandingsTableModel::RawValueRole).isValid());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, model.rankColumn()).data().toString(), QStringLiteral("—"));
            QCOMPARE(model.index(row, model.outcomeColumn()).data().toString(), QStringLiteral("—"));
            QCOMPARE(model.index(row, model.marginColumn()).data().toString(), QStringLiteral("—"));
            QVERIFY(!model.index(row, 0).data(StandingsTableModel::CutBelowRole).toBool());
        }
    }
};

QTEST_MAIN(TestStandingsModel)
#include "tst_standingsmodel.moc"
