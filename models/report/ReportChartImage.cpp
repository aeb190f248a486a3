#include "report/ReportChartImage.h"

#include "itemmodels/ChartTableModels.h"
#include "report/ChartTicks.h"
#include "scoring/Rounding.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pd {
namespace {

constexpr int kWidth = 1800;
constexpr int kFontPixels = 30;
constexpr int kMaxHeight = 1100;      // two charts and their captions fit an A4 page
constexpr int kMaxLegendLines = 3;    // then "…": with many teams the colours repeat anyway

QColor color(qsizetype index)
{
    static const QRgb palette[] = {0x1e88e5, 0x43a047, 0xfb8c00, 0x8e24aa, 0x6d4c41,
                                   0x00acc1, 0xe53935, 0x7cb342, 0x5e35b1, 0xfdd835};
    return QColor(palette[index % qsizetype(std::size(palette))]);
}
const QColor kAverage(0x75, 0x75, 0x75);
const QColor kCut(0xb0, 0x1c, 0x1c);

double valueOf(const QStringList &row, qsizetype column) { return row.value(column).toDouble(); }

bool isAverage(const ReportBlock &b, const QStringList &row)
{
    return !b.averageLabel.isEmpty() && row.value(0) == b.averageLabel;
}

// The legend in one or more lines from `top`; returns the y below it.
int drawLegend(QPainter &p, int left, int top, const QStringList &names, const std::vector<QColor> &colors,
               const std::vector<bool> &dashed = {})
{
    const QFontMetrics fm = p.fontMetrics();
    int x = left;
    int y = top;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int w = 44 + fm.horizontalAdvance(names[i]) + 40;
        if (x + w > kWidth - 20 && x > left) {
            x = left;
            y += 46;
            if ((y - top) / 46 >= kMaxLegendLines) {
                y -= 46;
                p.setPen(Qt::black);
                p.drawText(QRect(kWidth - 80, y, 60, 40), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("…"));
                break;
            }
        }
        if (i < qsizetype(dashed.size()) && dashed[size_t(i)]) {
            p.setPen(QPen(colors[size_t(i)], 5, Qt::DashLine));
            p.drawLine(x, y + 17, x + 34, y + 17);
        } else {
            p.fillRect(x, y, 34, 34, colors[size_t(i)]);
        }
        p.setPen(Qt::black);
        p.drawText(x + 44, y + 29, names[i]);
        x += w;
    }
    return y + 56;
}

// A vertical value axis from `bottom` (0) to `top` (scale) at x = left, with grid lines.
void drawValueAxis(QPainter &p, int left, int right, int top, int bottom, double scale, const QString &suffix = {})
{
    for (const double v : chartTicks(scale)) {   // the screen charts' ticks too
        const int y = bottom - int((bottom - top) * v / scale);
        p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 2));
        p.drawLine(left, y, right, y);
        p.setPen(Qt::black);
        p.drawText(QRect(0, y - 20, left - 12, 40), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v) + suffix);
    }
    p.setPen(QPen(Qt::gray, 2));
    p.drawLine(left, top, left, bottom);
    p.drawLine(left, bottom, right, bottom);
}

// Labels under the x axis, elided to their slot.
void drawSlotLabels(QPainter &p, int left, int slot, int y, const QStringList &labels)
{
    const QFontMetrics fm = p.fontMetrics();
    p.setPen(Qt::black);
    for (qsizetype i = 0; i < labels.size(); ++i)
        p.drawText(QRect(left + int(i) * slot, y, slot, 44), Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(labels[i], Qt::ElideRight, slot - 8));
}

QImage canvas(int height)
{
    QImage image(kWidth, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

void prepare(QPainter &p, const QFont &base)
{
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = base;
    font.setPixelSize(kFontPixels);
    p.setFont(font);
}

// Where a legend drawn at (left, 20) ends, before the image's height is known: drawn once on
// a scratch image with the same font.
int legendBottom(const QFont &font, int left, const QStringList &names, const std::vector<QColor> &colors,
                 const std::vector<bool> &dashed = {})
{
    QImage scratch = canvas(10);
    QPainter p(&scratch);
    prepare(p, font);
    return drawLegend(p, left, 20, names, colors, dashed);
}

// Horizontal bars stacked by category, a row per team, the axis at the largest total.
QImage stacked(const ReportBlock &b, const QFont &font)
{
    const int labelWidth = 420;
    const int barWidth = kWidth - labelWidth - 140;
    std::vector<QColor> colors;
    for (qsizetype c = 0; c < b.header.size(); ++c)
        colors.push_back(color(c));
    QStringList legend = b.header;
    std::vector<bool> dashed(size_t(b.header.size()), false);
    if (b.cutAt) {
        legend << b.cutLabel;
        colors.push_back(kCut);
        dashed.push_back(true);
    }
    const int top = legendBottom(font, labelWidth, legend, colors, dashed);

    const int rows = int(b.rows.size());
    // rows 70 px high, thinner with many teams; labels only where they fit
    const int rowHeight = std::clamp((kMaxHeight - top - 70) / std::max(1, rows), 6, 70);
    QImage image = canvas(top + rowHeight * rows + 70);
    QPainter p(&image);
    prepare(p, font);
    drawLegend(p, labelWidth, 20, legend, colors, dashed);
    const double scale = b.scale > 0 ? b.scale : 100.0;
    const auto xOf = [&](double v) { return labelWidth + int(barWidth * v / scale); };
    const int bottom = top + rowHeight * rows;
    for (const double v : chartTicks(scale)) {   // grid and ticks along the bottom
        p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 2));
        p.drawLine(xOf(v), top - 6, xOf(v), bottom);
        p.setPen(Qt::black);
        p.drawText(QRect(xOf(v) - 60, bottom + 8, 120, 40), Qt::AlignHCenter | Qt::AlignTop, QString::number(v));
    }
    for (int r = 0; r < rows; ++r) {
        const QStringList &row = b.rows[size_t(r)];
        const int y = top + r * rowHeight;
        const bool labels = rowHeight >= 40;
        const int gap = rowHeight / 5;
        p.setPen(Qt::black);
        if (labels)
            p.drawText(QRect(0, y, labelWidth - 20, rowHeight - gap), Qt::AlignRight | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(row.value(0), Qt::ElideRight, labelWidth - 24));
        double offset = 0.0;
        for (qsizetype c = 1; c < row.size(); ++c) {
            const double v = valueOf(row, c);
            QColor fill = color(c - 1);
            if (isAverage(b, row))
                fill = fill.lighter(150);
            p.fillRect(xOf(offset), y, std::max(1, xOf(offset + v) - xOf(offset)), rowHeight - gap, fill);
            offset += v;
        }
        if (labels)
            p.drawText(xOf(offset) + 8, y + rowHeight / 2 + 4,
                       formatScore(offset, isAverage(b, row) ? b.decimals + 1 : b.decimals));
    }
    p.setPen(QPen(Qt::gray, 2));
    p.drawLine(labelWidth, top - 6, labelWidth, bottom);
    if (b.cutAt) {
        p.setPen(QPen(kCut, 5, Qt::DashLine));
        p.drawLine(xOf(*b.cutAt), top - 10, xOf(*b.cutAt), bottom + 4);
    }
    return image;
}

// Vertical bars grouped by `groups` (x slots), one bar per `series` in each slot; value(slot, series).
template <typename Value>
QImage grouped(const ReportBlock &b, const QFont &font, const QStringList &groups, const QStringList &series,
               const std::vector<QColor> &colors, Value value)
{
    const int left = 110;
    const int right = kWidth - 20;
    const int top = legendBottom(font, left, series, colors) + 20;
    const int plotHeight = 640;
    const int bottom = top + plotHeight;
    QImage image = canvas(bottom + 70);
    QPainter p(&image);
    prepare(p, font);
    drawLegend(p, left, 20, series, colors);
    const double scale = b.scale > 0 ? b.scale : 100.0;
    drawValueAxis(p, left, right, top, bottom, scale);
    const int slot = groups.isEmpty() ? 1 : (right - left) / int(groups.size());
    const int barWidth = std::max(2, (slot - 30) / std::max<int>(1, int(series.size())));
    QFont small = p.font();
    small.setPixelSize(22);
    const QFontMetrics smallMetrics(small);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (qsizetype s = 0; s < series.size(); ++s) {
            const double v = value(g, s);
            const int x = left + int(g) * slot + 15 + int(s) * barWidth;
            const int h = int(plotHeight * std::clamp(v / scale, 0.0, 1.0));
            p.fillRect(x + 2, bottom - h, barWidth - 4, h, colors[size_t(s)]);
            const QString text = QString::number(v, 'f', 1);
            if (smallMetrics.horizontalAdvance(text) <= barWidth) {
                p.save();
                p.setFont(small);
                p.setPen(Qt::black);
                p.drawText(QRect(x, bottom - h - 30, barWidth, 28), Qt::AlignHCenter | Qt::AlignBottom, text);
                p.restore();
            }
        }
    }
    drawSlotLabels(p, left, slot, bottom + 10, groups);
    return image;
}

QStringList rowLabels(const ReportBlock &b)
{
    QStringList labels;
    for (const QStringList &row : b.rows)
        labels << row.value(0);
    return labels;
}

std::vector<QColor> rowColors(const ReportBlock &b)
{
    std::vector<QColor> colors;
    for (size_t r = 0; r < b.rows.size(); ++r)
        colors.push_back(isAverage(b, b.rows[r]) ? kAverage : color(qsizetype(r)));
    return colors;
}

QImage byCategory(const ReportBlock &b, const QFont &font)
{
    return grouped(b, font, b.header, rowLabels(b), rowColors(b),
                   [&](qsizetype g, qsizetype s) { return valueOf(b.rows[size_t(s)], g + 1); });
}

QImage benchmarkGroups(const ReportBlock &b, const QFont &font)
{
    std::vector<QColor> colors;
    for (qsizetype g = 0; g < b.header.size(); ++g)
        colors.push_back(color(g));
    return grouped(b, font, rowLabels(b), b.header, colors,
                   [&](qsizetype team, qsizetype g) { return valueOf(b.rows[size_t(team)], g + 1); });
}

// A box per team (lowest, quartiles, median, highest) and a point per sheet.
QImage expertTotals(const ReportBlock &b, const QFont &font)
{
    const int left = 110;
    const int right = kWidth - 20;
    const int top = 40;
    const int plotHeight = 700;
    const int bottom = top + plotHeight;
    QImage image = canvas(bottom + 70);
    QPainter p(&image);
    prepare(p, font);
    const double scale = b.scale > 0 ? b.scale : 100.0;
    drawValueAxis(p, left, right, top, bottom, scale);
    const int slot = b.rows.empty() ? 1 : (right - left) / int(b.rows.size());
    const auto yOf = [&](double v) { return bottom - int(plotHeight * std::clamp(v / scale, 0.0, 1.0)); };
    for (size_t r = 0; r < b.rows.size(); ++r) {
        const QStringList &row = b.rows[r];
        std::vector<double> values;
        for (qsizetype c = 1; c < row.size(); ++c)
            values.push_back(valueOf(row, c));
        if (values.empty())
            continue;
        const std::array<double, 5> five = fiveNumberSummary(values);
        const int centre = left + int(r) * slot + slot / 2;
        const int half = std::min(90, slot / 3);
        const QColor c = color(qsizetype(r));
        p.setPen(QPen(Qt::black, 3));
        p.drawLine(centre, yOf(five[0]), centre, yOf(five[1]));
        p.drawLine(centre, yOf(five[3]), centre, yOf(five[4]));
        p.drawLine(centre - half / 2, yOf(five[0]), centre + half / 2, yOf(five[0]));
        p.drawLine(centre - half / 2, yOf(five[4]), centre + half / 2, yOf(five[4]));
        const QRect box(centre - half, yOf(five[3]), 2 * half, std::max(2, yOf(five[1]) - yOf(five[3])));
        p.fillRect(box, c.lighter(160));
        p.drawRect(box);
        p.setPen(QPen(Qt::black, 5));
        p.drawLine(centre - half, yOf(five[2]), centre + half, yOf(five[2]));
        p.setPen(Qt::NoPen);
        p.setBrush(c.darker(130));
        for (size_t i = 0; i < values.size(); ++i) {   // spread sideways, in a fixed order
            const int dx = int((double(i % 7) - 3.0) * half / 5.0);
            p.drawEllipse(QPoint(centre + half + 30 + dx / 2, yOf(values[i])), 9, 9);
        }
        p.setBrush(Qt::NoBrush);
    }
    drawSlotLabels(p, left, slot, bottom + 10, rowLabels(b));
    return image;
}

// A radar: one axis per category (0-100 %), a closed line per team, the averages dashed.
QImage achievement(const ReportBlock &b, const QFont &font)
{
    const std::vector<QColor> colors = rowColors(b);
    std::vector<bool> dashed;
    for (const QStringList &row : b.rows)
        dashed.push_back(isAverage(b, row));
    const int top = legendBottom(font, 40, rowLabels(b), colors, dashed);
    const int radius = 380;
    const QPointF centre(kWidth / 2.0, top + 80 + radius);
    QImage image = canvas(int(centre.y()) + radius + 90);
    QPainter p(&image);
    prepare(p, font);
    drawLegend(p, 40, 20, rowLabels(b), colors, dashed);
    const int axes = int(b.header.size());
    const auto at = [&](int axis, double percent) {
        const double angle = -M_PI / 2.0 + 2.0 * M_PI * axis / axes;
        const double r = radius * percent / 100.0;
        return QPointF(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
    };
    for (int ring = 20; ring <= 100; ring += 20) {
        QPolygonF polygon;
        for (int a = 0; a < axes; ++a)
            polygon << at(a, ring);
        p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 2));
        p.drawPolygon(polygon);
        p.setPen(Qt::darkGray);   // left of the first axis, clear of the lines on it
        const QPointF tick = at(0, ring);
        p.drawText(QRectF(tick.x() - 110, tick.y() - 20, 100, 40), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(ring));
    }
    for (int a = 0; a < axes; ++a) {
        p.setPen(QPen(Qt::gray, 2));
        p.drawLine(centre, at(a, 100));
        const QPointF end = at(a, 112);
        const QString label = b.header[a];
        const int w = p.fontMetrics().horizontalAdvance(label);
        p.setPen(Qt::black);
        p.drawText(QRectF(end.x() - w / 2.0 - 4, end.y() - 22, w + 8, 44), Qt::AlignCenter, label);
    }
    for (size_t r = 0; r < b.rows.size(); ++r) {
        QPolygonF polygon;
        for (int a = 0; a < axes; ++a)
            polygon << at(a, std::clamp(valueOf(b.rows[r], a + 1), 0.0, 100.0));
        p.setPen(QPen(colors[r], 5, dashed[r] ? Qt::DashLine : Qt::SolidLine));
        p.drawPolygon(polygon);
    }
    return image;
}

} // namespace

QImage renderReportChart(const ReportBlock &block, const QFont &font)
{
    switch (block.chart) {
    case ReportChart::StackedTotals: return stacked(block, font);
    case ReportChart::ByCategory: return byCategory(block, font);
    case ReportChart::ExpertTotals: return expertTotals(block, font);
    case ReportChart::Achievement: return achievement(block, font);
    case ReportChart::BenchmarkGroups: return benchmarkGroups(block, font);
    }
    return {};
}

} // namespace pd
