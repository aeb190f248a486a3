#pragma once
// Drawing the report's chart blocks (ReportChartBlocks.h) as images for the PDF and the
// print preview, with QPainter alone (the CLI writes reports without widgets): horizontal
// stacked bars with the cut line, grouped bars, boxes with each sheet's point, and a radar.

#include "report/DecisionReport.h"

#include <QImage>

class QFont;

namespace pd {

// `block` must be of kind Chart. The image is wide (1800 px) for print at 300 dpi.
QImage renderReportChart(const ReportBlock &block, const QFont &font);

} // namespace pd
