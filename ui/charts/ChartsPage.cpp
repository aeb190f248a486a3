#include "charts/ChartsPage.h"

#include "charts/ChartExport.h"
#include "itemmodels/ChartTableModels.h"
#include "itemmodels/StandingsTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBoxPlotSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBarModelMapper>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QMessageBox>
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

void attach(QAbstractSeries *series, QChart *chart)
{
    chart->addSeries(series);
    for (QAbstractAxis *axis : chart->axes())
        series->attachAxis(axis);
}

} // namespace

ChartsPage::ChartsPage(StandingsTableModel *standings, QWidget *parent)
    : QWidget(parent), m_standings(standings), m_boxModel(new ExpertBoxModel(this)),
      m_pointsModel(new ExpertPointsModel(this)), m_achievementModel(new AchievementModel(this)),
      m_tabs(new QTabWidget(this)), m_copy(new QPushButton(this)),
      m_savePng(new QPushButton(this)), m_saveSvg(new QPushButton(this))
{
    m_askFileName = [this](const QString &title, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, QString(), filter);
    };
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
            QMessageBox::warning(this, tr("Save chart"), error);
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
    auto *points = new QScatterSeries(chart);
    points->setMarkerSize(7);
    auto *pointMapper = new QVXYModelMapper(points);
    pointMapper->setSeries(points);
    pointMapper->setModel(m_pointsModel);
    pointMapper->setXColumn(0);
    pointMapper->setYColumn(1);
    chart->addSeries(boxes);
    chart->addSeries(points);
    categoryAxis(chart, Qt::AlignBottom);
    valueAxis(chart, Qt::Vertical, Qt::AlignLeft);
    for (QAbstractAxis *axis : chart->axes()) {
        boxes->attachAxis(axis);
        points->attachAxis(axis);
    }
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
    m_panel = panel;
    m_panel.expertScores.clear();
    m_panel.userRatings.clear();
    m_boxModel->fill(panel, standings);
    m_pointsModel->fill(panel, standings);
    m_achievementModel->fill(panel, standings);
    updateAxesAndTitles();
}

void ChartsPage::updateAxesAndTitles()
{
    const StandingsTableModel &model = *m_standings;
    const int teams = model.rowCount();
    const QStringList names = teamNames(model);

    // the mappers' column and row ranges follow the round's layout
    auto *stacked = m_views[0]->chart();
    auto *stackedMapper = stacked->series().at(0)->findChild<QVBarModelMapper *>();
    stackedMapper->setFirstBarSetColumn(model.categoryColumn(0));
    stackedMapper->setLastBarSetColumn(model.categoryColumn(model.categoryCount() - 1));
    stackedMapper->setFirstRow(0);
    stackedMapper->setRowCount(teams);
    categoryAxis(stacked, Qt::AlignBottom)->setCategories(names);
    valueAxis(stacked, Qt::Vertical, Qt::AlignLeft)->setRange(0, model.panel().totalPoints());
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
    hMapper->setFirstColumn(model.categoryColumn(0));
    hMapper->setColumnCount(model.categoryCount());
    hMapper->setFirstBarSetRow(0);
    hMapper->setLastBarSetRow(teams - 1);
    QStringList categories;
    double maxPoints = 0;
    for (const Category &c : model.panel().categories) {
        categories << c.name;
        maxPoints = std::max(maxPoints, c.points);
    }
    categoryAxis(byCategory, Qt::AlignBottom)->setCategories(categories);
    valueAxis(byCategory, Qt::Vertical, Qt::AlignLeft)->setRange(0, maxPoints);

    auto *box = m_views[2]->chart();
    auto *boxMapper = box->series().at(0)->findChild<QVBoxPlotModelMapper *>();
    boxMapper->setLastBoxSetColumn(teams - 1);
    categoryAxis(box, Qt::AlignBottom)->setCategories(names);
    double expertMax = 0;
    for (const Category &c : model.panel().categories)
        if (c.kind == CategoryKind::Expert)
            expertMax = c.points;
    valueAxis(box, Qt::Vertical, Qt::AlignLeft)->setRange(0, expertMax);

    // the polar chart gets one closed line per team
    auto *polar = static_cast<QPolarChart *>(m_views[3]->chart());
    polar->removeAllSeries();
    auto *angular = qobject_cast<QCategoryAxis *>(polar->axes(QPolarChart::PolarOrientationAngular).at(0));
    for (const QString &label : angular->categoriesLabels())
        angular->remove(label);
    const QStringList categoryNames = m_achievementModel->categoryNames();
    for (int i = 0; i < categoryNames.size(); ++i)
        angular->append(categoryNames.at(i), i);
    angular->setRange(0, categoryNames.size());
    for (int team = 0; team < teams; ++team) {
        auto *line = new QLineSeries(polar);
        auto *mapper = new QVXYModelMapper(line);
        mapper->setSeries(line);
        mapper->setModel(m_achievementModel);
        mapper->setXColumn(0);
        mapper->setYColumn(team + 1);
        line->setName(names.value(team));
        polar->addSeries(line);
        for (QAbstractAxis *axis : polar->axes())
            line->attachAxis(axis);
    }

    auto *groups = m_views[4]->chart();
    auto *groupMapper = groups->series().at(0)->findChild<QVBarModelMapper *>();
    if (model.groupCount() > 0) {
        groupMapper->setFirstBarSetColumn(model.groupColumn(0));
        groupMapper->setLastBarSetColumn(model.groupColumn(model.groupCount() - 1));
    }
    groupMapper->setFirstRow(0);
    groupMapper->setRowCount(teams);
    categoryAxis(groups, Qt::AlignBottom)->setCategories(names);
    double groupMax = 0;
    for (const Category &c : model.panel().categories)
        for (const BenchmarkGroup &g : c.groups)
            groupMax = std::max(groupMax, g.points);
    valueAxis(groups, Qt::Vertical, Qt::AlignLeft)->setRange(0, groupMax);
    m_tabs->setTabVisible(4, model.groupCount() > 0);
    retranslate();
}

QString ChartsPage::saveCurrent(bool svg)
{
    auto *view = qobject_cast<QChartView *>(m_tabs->currentWidget());
    if (!view)
        return {};
    const QString title = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    const QString path = m_askFileName(svg ? tr("Save chart as SVG") : tr("Save chart as PNG"),
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
    const QString notice = m_panel.program.notice;
    for (int i = 0; i < chartCount(); ++i) {
        m_tabs->setTabText(i, tabs.at(i));
        m_views[static_cast<size_t>(i)]->chart()->setTitle(
            notice.isEmpty() ? titles.at(i) : tr("%1 — %2").arg(titles.at(i), notice));
    }
    m_copy->setText(tr("Cop&y chart"));
    m_savePng->setText(tr("Save P&NG…"));
    m_saveSvg->setText(tr("Save S&VG…"));
    if (!m_views.empty()) {
        auto *points = qobject_cast<QScatterSeries *>(m_views[2]->chart()->series().value(1));
        if (points)
            points->setName(tr("one expert's total"));
        if (auto *boxes = qobject_cast<QBoxPlotSeries *>(m_views[2]->chart()->series().value(0)))
            boxes->setName(tr("lowest, quartiles, median, highest"));
    }
}

} // namespace pd
