#include "findings/ProvenanceCharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pd {
namespace {

using namespace provenance;

struct Charts {
    Q_DECLARE_TR_FUNCTIONS(ProvenanceCharts)
};

// The candidate in red (phi_GU orange), the controls in greys (phi_GU lighter).
QColor sideColour(int control, bool gu = false)
{
    if (control < 0)
        return gu ? QColor(0xe6, 0x7e, 0x22) : QColor(0xc0, 0x39, 0x2b);
    static constexpr int greys[] = {0x55, 0x80, 0xa8};
    const int g = greys[control % 3] + (gu ? 0x30 : 0);
    return QColor(g, g, g);
}

QString sideName(int control)
{
    return control < 0 ? Charts::tr("candidate") : Charts::tr("control %1").arg(control + 1);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// x: items 0..count-1 with whole-number ticks; y: [yMin, yMax], rounded to nice numbers
// unless `fixedY`.
void addAxes(QChart *chart, const QString &x, const QString &y, int count, double yMin, double yMax, bool fixedY)
{
    auto *axisX = new QValueAxis(chart);
    axisX->setTitleText(x);
    axisX->setRange(-0.5, std::max(0.5, count - 0.5));
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(std::max(1.0, std::ceil(count / 8.0)));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    auto *axisY = new QValueAxis(chart);
    axisY->setTitleText(y);
    axisY->setRange(yMin, yMax);
    if (fixedY) {
        axisY->setTickType(QValueAxis::TicksDynamic);
        axisY->setTickAnchor(0);
        axisY->setTickInterval(0.2);
        axisY->setLabelFormat(QStringLiteral("%.1f"));
    } else {
        axisY->applyNiceNumbers();
        axisY->setLabelFormat(QStringLiteral("%.0f"));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
}

void addBlockSeries(QChart *chart, const PairMlpTest &pair, int control, bool gu, double &yMax)
{
    auto *series = new QLineSeries(chart);
    series->setName(Charts::tr("%1, %2").arg(sideName(control), gu ? QStringLiteral("phi_GU") : QStringLiteral("phi_U")));
    QPen pen(sideColour(control, gu));
    pen.setWidthF(control < 0 ? 2.5 : 1.5);
    if (gu)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(true);
    for (std::size_t b = 0; b < pair.blocks.size(); ++b) {
        const std::optional<SpearmanTest> &test = gu ? pair.blocks[b].phiGU : pair.blocks[b].phiU;
        if (!pair.blocks[b].applicable || !test)
            continue;
        const double v = minusLog10(test->lnP);
        yMax = std::max(yMax, v);
        series->append(double(b), v);
    }
    if (series->count() == 0) {
        delete series;
        return;
    }
    chart->addSeries(series);
}

} // namespace

QChart *blockTestChart(const MlpTestResult &mlp)
{
    QChart *chart = newChart(Charts::tr("P4 per block: -log10 p against the reference"));
    double yMax = 1.0;
    std::size_t blocks = mlp.candidate.blocks.size();
    for (int control = 0; control < int(mlp.controls.size()); ++control) {
        addBlockSeries(chart, mlp.controls[std::size_t(control)], control, false, yMax);
        addBlockSeries(chart, mlp.controls[std::size_t(control)], control, true, yMax);
        blocks = std::max(blocks, mlp.controls[std::size_t(control)].blocks.size());
    }
    addBlockSeries(chart, mlp.candidate, -1, false, yMax);
    addBlockSeries(chart, mlp.candidate, -1, true, yMax);
    addAxes(chart, Charts::tr("block"), Charts::tr("-log10 p"), int(blocks), 0, yMax * 1.05, false);
    return chart;
}

QChart *similarityChart(const SimilarityResult &similarity, int controls)
{
    QChart *chart = newChart(Charts::tr("P3 per tensor: centred correlation with the reference"));
    double yMin = 0;
    const auto addSide = [&](int control) {
        auto *series = new QScatterSeries(chart);
        series->setName(sideName(control));
        series->setColor(sideColour(control));
        series->setBorderColor(sideColour(control));
        series->setMarkerSize(control < 0 ? 9 : 7);
        if (control >= 0)
            series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        for (std::size_t i = 0; i < similarity.tensors.size(); ++i) {
            const TensorSimilarity &t = similarity.tensors[i];
            double r = t.candidate.pearson;
            if (control >= 0) {
                if (std::size_t(control) >= t.controls.size() || !t.controls[std::size_t(control)])
                    continue;
                r = t.controls[std::size_t(control)]->pearson;
            }
            if (!std::isfinite(r))
                continue;
            yMin = std::min(yMin, r);
            series->append(double(i), r);
        }
        chart->addSeries(series);
    };
    for (int control = 0; control < controls; ++control)
        addSide(control);
    addSide(-1);
    addAxes(chart, Charts::tr("tensor (the reference's order)"), Charts::tr("centred correlation"),
            int(similarity.tensors.size()), std::min(-0.2, std::floor(yMin * 5) / 5), 1.0, true);
    return chart;
}

} // namespace pd
