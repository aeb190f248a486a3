#include "charts/ChartsPage.h"

#include "charts/ChartExport.h"
#include "itemmodels/ChartTableModels.h"
#include "itemmodels/StandingsTableModel.h"
#include "report/ChartTicks.h"

#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBoxPlotSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBarModelMapper>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVBoxPlotModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace pd {
namespace {

QStringList teamNames(const StandingsTableModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.headerData(row, Qt::Vertical).toString();
    return names;
}

QBarCategoryAxis *categoryAxis(QChart *chart, Qt::Alignment alignment)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
        if (auto *bar = qobject_cast<QBarCategoryAxis *>(axis))
            return bar;
    auto *axis = new QBarCategoryAxis(chart);
    chart->addAxis(axis, alignment);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, Qt::Orientation orientation, Qt::Alignment alignment)
{
    for (QAbstractAxis *axis : chart->axes(orientation))
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            return value;
    auto *axis = new QValueAxis(chart);
    chart->addAxis(axis, alignment);
    return axis;
}

// Mapper setters and axis categories rebuild what they touch even when the value stays:
// each is set only when it changes (a refresh of a 200-team panel would rebuild every set).
template <typename Mapper, typename Value>
void setIfChanged(Mapper *mapper, Value (Mapper::*get)() const, void (Mapper::*set)(Value), Value value)
{
    if ((mapper->*get)() != value)
        (mapper->*set)(value);
}

void setCategories(QBarCategoryAxis *axis, const QStringList &categories)
{
    if (axis->categories() != categories)
        axis->setCategories(categories);
}

void setRange(QValueAxis *axis, double min, double max)
{
    if (axis->min() != min || axis->max() != max)
        axis->setRange(min, max);
    // whole-point ticks on the multiples of the PDF report's step (report/ChartTicks.h:
    // 35 points: every 5, not every 8.75)
    const double step = chartTickStep(max - min);
    if (axis->tickType() != QValueAxis::TicksDynamic)
        axis->setTickType(QValueAxis::TicksDynamic);
    if (axis->tickAnchor() != 0.0)
        axis->setTickAnchor(0.0);
    if (axis->tickInterval() != step)
        axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void attach(QAbstractSeries *series, QChart *chart)
{
    chart->addSeries(series);
    for (QAbstractAxis *axis : chart->axes())
        series->attachAxis(axis);
}

} // namespace

ChartsPage::ChartsPage(StandingsTableModel *standings, QWidget *parent)
    : QWidget(parent), m_standings(standings), m_boxModel(new ExpertBoxModel(this)),
      m_achievementModel(new AchievementModel(this)),
      m_tabs(new QTabWidget(this)), m_copy(new QPushButton(this)),
      m_savePng(new QPushButton(this)), m_saveSvg(new QPushButton(this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_savePng);
    buttons->addWidget(m_saveSvg);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (QWidget *view = m_tabs->currentWidget())
            copyChart(view);
    });
    const auto save = [this](bool svg) {
        const QString error = saveCurrent(svg);
        if (!error.isEmpty())
            m_dialogs->show(this, Dialogs::Severity::Warning, tr("Save chart"), error);
    };
    connect(m_savePng, &QPushButton::clicked, this, [save] { save(false); });
    connect(m_saveSvg, &QPushButton::clicked, this, [save] { save(true); });
    buildStacked();
    buildByCategory();
    buildBoxPlot();
    buildAchievement();
    buildGroups();
    retranslate();
}

QChartView *ChartsPage::addChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, m_tabs);
    view->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(view, QString());
    m_views.push_back(view);
    return view;
}

QChartView *ChartsPage::chartView(int index) const
{
    return index >= 0 && index < chartCount() ? m_views[static_cast<size_t>(index)] : nullptr;
}

int ChartsPage::chartCount() const { return static_cast<int>(m_views.size()); }

void ChartsPage::buildStacked()
{
    auto *chart = new QChart;
    auto *series = new QStackedBarSeries(chart);
    auto *mapper = new QVBarModelMapper(series);
    mapper->setSeries(series);
    mapper->setModel(m_standings);
    chart->addSeries(series);
    categoryAxis(chart, Qt::AlignBottom);
    valueAxis(chart, Qt::Vertical, Qt::AlignLeft);
    for (QAbstractAxis *axis : chart->axes())
        series->attachAxis(axis);
    m_cutLine = new QLineSeries(chart);
    m_cutLine->setPen(QPen(QColor(0xb0, 0x1c, 0x1c), 2, Qt::DashLine));
    attach(m_cutLine, chart);
    addChart(chart);
}

void ChartsPage::buildByCategory()
{
    auto *chart = new QChart;
    auto *series = new QBarSeries(chart);
    auto *mapper = new QHBarModelMapper(series);
    mapper->setSeries(series);
    mapper->setModel(m_standings);
    chart->addSeries(series);
    categoryAxis(chart, Qt::AlignBottom);
    valueAxis(chart, Qt::Vertical, Qt::AlignLeft);
    for (QAbstractAxis *axis : chart->axes())
        series->attachAxis(axis);
    addChart(chart);
}

void ChartsPage::buildBoxPlot()
{
    auto *chart = new QChart;
    auto *boxes = new QBoxPlotSeries(chart);
    auto *mapper = new QVBoxPlotModelMapper(boxes);
    mapper->setSeries(boxes);
    mapper->setModel(m_boxModel);
    mapper->setFirstRow(0);
    mapper->setRowCount(5);
    mapper->setFirstBoxSetColumn(0);
    chart->addSeries(boxes);
    categoryAxis(chart, Qt::AlignBottom);
    valueAxis(chart, Qt::Vertical, Qt::AlignLeft);
    for (QAbstractAxis *axis : chart->axes())
        boxes->attachAxis(axis);
    addChart(chart);
}

void ChartsPage::buildAchievement()
{
    auto *chart = new QPolarChart;
    auto *angular = new QCategoryAxis(chart);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto *radial = new QValueAxis(chart);
    radial->setRange(0, 100);
    radial->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    addChart(chart);
}

void ChartsPage::buildGroups()
{
    auto *chart = new QChart;
    auto *series = new QBarSeries(chart);
    auto *mapper = new QVBarModelMapper(series);
    mapper->setSeries(series);
    mapper->setModel(m_standings);
    chart->addSeries(series);
    categoryAxis(chart, Qt::AlignBottom);
    valueAxis(chart, Qt::Vertical, Qt::AlignLeft);
    for (QAbstractAxis *axis : chart->axes())
        series->attachAxis(axis);
    addChart(chart);
}

void ChartsPage::showPanel(const Panel &panel, const Standings &standings)
{
    m_notice = panel.program.notice;
    const std::vector<std::vector<double>> totals = sheetTotalsByTeam(panel, standings);
    m_boxModel->fill(panel, standings, totals);
    m_achievementModel->fill(panel, standings);
    updateAxesAndTitles();
    updatePoints(totals);
}

void ChartsPage::updatePoints(const std::vector<std::vector<double>> &totals)
{
    QChart *chart = m_views[2]->chart();
    const std::size_t teams = totals.size();
    while (m_points.size() > teams) {
        chart->removeSeries(m_points.back());
        delete m_points.back();
        m_points.pop_back();
        m_shownTotals.pop_back();
    }
    while (m_points.size() < teams) {
        auto *series = new QScatterSeries(chart);
        series->setMarkerSize(7);
        series->setName(tr("one expert's total"));
        chart->addSeries(series);
        for (QAbstractAxis *axis : chart->axes())
            series->attachAxis(axis);
        if (!m_points.empty()) {
            // the first position's colour, and one legend entry for all positions
            series->setColor(m_points.front()->color());
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
        }
        m_points.push_back(series);
        m_shownTotals.emplace_back();
    }
    for (std::size_t i = 0; i < teams; ++i) {
        if (m_points[i]->count() == int(totals[i].size()) && m_shownTotals[i] == totals[i])
            continue;
        QList<QPointF> points;
        points.reserve(qsizetype(totals[i].size()));
        for (double total : totals[i])
            points.append(QPointF(double(i), total));
        m_points[i]->replace(points);
        m_shownTotals[i] = totals[i];
    }
}

void ChartsPage::updateAxesAndTitles()
{
    const StandingsTableModel &model = *m_standings;
    const int teams = model.rowCount();
    const QStringList names = teamNames(model);

    // the mappers' column and row ranges follow the round's layout
    auto *stacked = m_views[0]->chart();
    auto *stackedMapper = stacked->series().at(0)->findChild<QVBarModelMapper *>();
    setIfChanged(stackedMapper, &QVBarModelMapper::firstBarSetColumn, &QVBarModelMapper::setFirstBarSetColumn,
                 model.categoryColumn(0));
    setIfChanged(stackedMapper, &QVBarModelMapper::lastBarSetColumn, &QVBarModelMapper::setLastBarSetColumn,
                 model.categoryColumn(model.categoryCount() - 1));
    setIfChanged(stackedMapper, &QVBarModelMapper::firstRow, &QVBarModelMapper::setFirstRow, 0);
    setIfChanged(stackedMapper, &QVBarModelMapper::rowCount, &QVBarModelMapper::setRowCount, teams);
    setCategories(categoryAxis(stacked, Qt::AlignBottom), names);
    setRange(valueAxis(stacked, Qt::Vertical, Qt::AlignLeft), 0, model.panel().totalPoints());
    m_cutLine->clear();
    const CutLine &cut = model.cut();
    if (cut.lastAbove && cut.firstBelow) {
        const double above = model.standings().find(*cut.lastAbove)->total;
        const double below = model.standings().find(*cut.firstBelow)->total;
        const double at = (above + below) / 2.0;
        m_cutLine->append(-0.5, at);
        m_cutLine->append(teams - 0.5, at);
        m_cutLine->setName(tr("Cut line (%1 – %2)").arg(QString::number(below, 'f', 1),
                                                       QString::number(above, 'f', 1)));
    }
    m_cutLine->setVisible(cut.lastAbove && cut.firstBelow);

    auto *byCategory = m_views[1]->chart();
    auto *hMapper = byCategory->series().at(0)->findChild<QHBarModelMapper *>();
    setIfChanged(hMapper, &QHBarModelMapper::firstColumn, &QHBarModelMapper::setFirstColumn, model.categoryColumn(0));
    setIfChanged(hMapper, &QHBarModelMapper::columnCount, &QHBarModelMapper::setColumnCount, model.categoryCount());
    setIfChanged(hMapper, &QHBarModelMapper::firstBarSetRow, &QHBarModelMapper::setFirstBarSetRow, 0);
    setIfChanged(hMapper, &QHBarModelMapper::lastBarSetRow, &QHBarModelMapper::setLastBarSetRow, teams - 1);
    QStringList categories;
    double maxPoints = 0;
    for (const Category &c : model.panel().categories) {
        categories << c.name;
        maxPoints = std::max(maxPoints, c.points);
    }
    setCategories(categoryAxis(byCategory, Qt::AlignBottom), categories);
    setRange(valueAxis(byCategory, Qt::Vertical, Qt::AlignLeft), 0, maxPoints);

    auto *box = m_views[2]->chart();
    auto *boxMapper = box->series().at(0)->findChild<QVBoxPlotModelMapper *>();
    setIfChanged(boxMapper, &QVBoxPlotModelMapper::lastBoxSetColumn, &QVBoxPlotModelMapper::setLastBoxSetColumn,
                 teams - 1);
    setCategories(categoryAxis(box, Qt::AlignBottom), names);
    double expertMax = 0;
    for (const Category &c : model.panel().categories)
        if (c.kind == CategoryKind::Expert)
            expertMax = c.points;
    setRange(valueAxis(box, Qt::Vertical, Qt::AlignLeft), 0, expertMax);

    // the polar chart gets one closed line per team; the lines (and their mappers) are kept
    // while the number of teams stays: the mappers follow the model's reset
    auto *polar = static_cast<QPolarChart *>(m_views[3]->chart());
    auto *angular = qobject_cast<QCategoryAxis *>(polar->axes(QPolarChart::PolarOrientationAngular).at(0));
    const QStringList categoryNames = m_achievementModel->categoryNames();
    if (angular->categoriesLabels() != categoryNames) {
        for (const QString &label : angular->categoriesLabels())
            angular->remove(label);
        for (int i = 0; i < categoryNames.size(); ++i)
            angular->append(categoryNames.at(i), i);
        angular->setRange(0, categoryNames.size());
    }
    if (polar->series().size() != teams) {
        polar->removeAllSeries();
        for (int team = 0; team < teams; ++team) {
            auto *line = new QLineSeries(polar);
            auto *mapper = new QVXYModelMapper(line);
            mapper->setSeries(line);
            mapper->setModel(m_achievementModel);
            mapper->setXColumn(0);
            mapper->setYColumn(team + 1);
            polar->addSeries(line);
            for (QAbstractAxis *axis : polar->axes())
                line->attachAxis(axis);
        }
    }
    const QList<QAbstractSeries *> lines = polar->series();
    for (int team = 0; team < teams; ++team)
        if (lines.at(team)->name() != names.value(team))
            lines.at(team)->setName(names.value(team));

    auto *groups = m_views[4]->chart();
    auto *groupMapper = groups->series().at(0)->findChild<QVBarModelMapper *>();
    if (model.groupCount() > 0) {
        setIfChanged(groupMapper, &QVBarModelMapper::firstBarSetColumn, &QVBarModelMapper::setFirstBarSetColumn,
                     model.groupColumn(0));
        setIfChanged(groupMapper, &QVBarModelMapper::lastBarSetColumn, &QVBarModelMapper::setLastBarSetColumn,
                     model.groupColumn(model.groupCount() - 1));
    }
    setIfChanged(groupMapper, &QVBarModelMapper::firstRow, &QVBarModelMapper::setFirstRow, 0);
    setIfChanged(groupMapper, &QVBarModelMapper::rowCount, &QVBarModelMapper::setRowCount, teams);
    setCategories(categoryAxis(groups, Qt::AlignBottom), names);
    double groupMax = 0;
    for (const Category &c : model.panel().categories)
        for (const BenchmarkGroup &g : c.groups)
            groupMax = std::max(groupMax, g.points);
    setRange(valueAxis(groups, Qt::Vertical, Qt::AlignLeft), 0, groupMax);
    m_tabs->setTabVisible(4, model.groupCount() > 0);
    retranslate();
}

QString ChartsPage::saveCurrent(bool svg)
{
    auto *view = qobject_cast<QChartView *>(m_tabs->currentWidget());
    if (!view)
        return {};
    const QString title = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    const QString path = m_dialogs->saveFile(this, svg ? tr("Save chart as SVG") : tr("Save chart as PNG"), QString(),
                                             svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return {};
    return svg ? saveChartSvg(view, path, title) : saveChartPng(view, path);
}

void ChartsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPage::retranslate()
{
    const QStringList tabs{tr("Category scores"), tr("By category"), tr("Expert totals"),
                           tr("Achievement"), tr("Benchmark groups")};
    const QStringList titles{tr("Category scores per team, in rank order, with the cut line"),
                             tr("Scores per category"),
                             tr("Expert totals per team (submitted sheets): box and each sheet"),
                             tr("Category achievement per team (% of the category's points)"),
                             tr("Benchmark group scores per team")};
    const QString &notice = m_notice;
    for (int i = 0; i < chartCount(); ++i) {
        m_tabs->setTabText(i, tabs.at(i));
        m_views[static_cast<size_t>(i)]->chart()->setTitle(
            notice.isEmpty() ? titles.at(i) : tr("%1 — %2").arg(titles.at(i), notice));
    }
    m_copy->setText(tr("Cop&y chart"));
    m_savePng->setText(tr("Save P&NG…"));
    m_saveSvg->setText(tr("Save S&VG…"));
    if (!m_views.empty()) {
        for (QScatterSeries *points : m_points)
            points->setName(tr("one expert's total"));
        if (auto *boxes = qobject_cast<QBoxPlotSeries *>(m_views[2]->chart()->series().value(0)))
            boxes->setName(tr("lowest, quartiles, median, highest"));
    }
}

} // namespace pd
