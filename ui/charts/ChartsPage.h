#pragma once
// The chair's charts (issue 4, item 2), one tab each: category scores stacked per team in
// rank order with the cut line; bars per category; expert totals per team as box plots with
// every sheet's total as a point; category achievement (% of the category's points) per team
// on a polar chart; benchmark groups per team. The bar charts map the standings model
// itself (QVBarModelMapper / QHBarModelMapper) and the others small chart models
// (itemmodels/ChartTableModels.h) through mappers, so they follow the data without copying
// it. The sheets' totals over the boxes are one scatter series per rank position, replaced
// only where a team's totals change: Qt 6.4 lays out every marker of a series on any change,
// and a 200-team panel has 20,000 sheets. Copy, Save PNG and Save SVG act on the chart shown. A demo panel's charts carry its
// notice ("demo data: illustrative figures") in their titles.

#include "domain/Panel.h"
#include "scoring/Standings.h"

#include "Dialogs.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTabWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace pd {

class AchievementModel;
class ExpertBoxModel;
class StandingsTableModel;

class ChartsPage : public QWidget {
    Q_OBJECT
public:
    // `standings`: the model the standings page shows (not owned); its rows are in rank order.
    explicit ChartsPage(StandingsTableModel *standings, QWidget *parent = nullptr);

    // The chair's visible panel (submitted sheets only) and its standings; call after the
    // standings model was set. Fills the chart models and the axes.
    void showPanel(const Panel &panel, const Standings &standings);

    // Where Save asks for a file name and says it failed (Dialogs.h).
    void setDialogs(Dialogs &dialogs) { m_dialogs = &dialogs; }

    QTabWidget *tabs() const { return m_tabs; }
    QChartView *chartView(int index) const;
    int chartCount() const;
    // Saves the chart shown; empty on success or cancel, else the message (the Save buttons
    // show it in a message box).
    QString saveCurrent(bool svg);

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *addChart(QChart *chart);
    void buildStacked();
    void buildByCategory();
    void buildBoxPlot();
    void buildAchievement();
    void buildGroups();
    void updateAxesAndTitles();
    void updatePoints(const std::vector<std::vector<double>> &totals);
    void retranslate();

    StandingsTableModel *m_standings;
    ExpertBoxModel *m_boxModel;
    AchievementModel *m_achievementModel;
    QString m_notice;   // the panel's "demo data" mark, in every title
    // the sheets' totals over the boxes: one scatter series per rank position, each
    // replaced only when its team's totals change (std::vector of what each shows)
    std::vector<QScatterSeries *> m_points;
    std::vector<std::vector<double>> m_shownTotals;
    QTabWidget *m_tabs;
    QPushButton *m_copy;
    QPushButton *m_savePng;
    QPushButton *m_saveSvg;
    std::vector<QChartView *> m_views;
    QLineSeries *m_cutLine = nullptr;
    Dialogs *m_dialogs = &widgetDialogs();
};

} // namespace pd
