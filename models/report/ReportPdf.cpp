#include "report/ReportPdf.h"

#include "domain/Errors.h"
#include "scoring/Rounding.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QUrl>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DecisionReport)
};

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString markColor(const QString &mark)
{
    if (mark == Tr::tr("FINAL"))
        return QStringLiteral("#1b5e20");
    if (mark == Tr::tr("DRAFT"))
        return QStringLiteral("#b71c1c");
    return QStringLiteral("#0d47a1");
}

QString chartUrl(int index) { return QStringLiteral("paneldesk-chart:%1").arg(index); }

// Horizontal bars stacked by category, one row per team, the axis at the largest total.
QImage renderChart(const ReportBlock &chart, const QFont &baseFont)
{
    const int width = 1800;
    const int rowHeight = 70;
    const int top = 90;
    const int labelWidth = 420;
    const int barWidth = width - labelWidth - 60;
    QImage image(width, top + rowHeight * int(chart.rows.size()) + 50, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = baseFont;
    font.setPixelSize(30);
    p.setFont(font);
    const QColor colors[] = {QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47), QColor(0xfb, 0x8c, 0x00),
                             QColor(0x8e, 0x24, 0xaa), QColor(0x6d, 0x4c, 0x41)};
    const double scale = chart.scale > 0 ? chart.scale : 100.0;
    int x = labelWidth;
    for (qsizetype c = 0; c < chart.header.size(); ++c) {   // legend
        p.fillRect(x, 20, 34, 34, colors[c % 5]);
        p.setPen(Qt::black);
        p.drawText(x + 44, 50, chart.header[c]);
        x += 60 + p.fontMetrics().horizontalAdvance(chart.header[c]);
    }
    for (int r = 0; r < int(chart.rows.size()); ++r) {
        const QStringList &row = chart.rows[size_t(r)];
        const int y = top + r * rowHeight;
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, labelWidth - 20, rowHeight - 14), Qt::AlignRight | Qt::AlignVCenter,
                   row.value(0));
        double offset = 0.0;
        double total = 0.0;
        for (qsizetype c = 1; c < row.size(); ++c) {
            const double v = row[c].toDouble();
            const int x0 = labelWidth + int(barWidth * offset / scale);
            const int x1 = labelWidth + int(barWidth * (offset + v) / scale);
            p.fillRect(x0, y, std::max(1, x1 - x0), rowHeight - 14, colors[(c - 1) % 5]);
            offset += v;
            total += v;
        }
        p.drawText(labelWidth + int(barWidth * offset / scale) + 8, y + rowHeight / 2 + 4,
                   formatScore(total, r + 1 == int(chart.rows.size()) ? chart.decimals + 1 : chart.decimals));
    }
    p.setPen(QPen(Qt::gray, 2));
    p.drawLine(labelWidth, top - 6, labelWidth, top + rowHeight * int(chart.rows.size()));
    return image;
}

} // namespace

QString reportHtml(const DecisionReport &report)
{
    QString html = QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 12px; }"
        "table { border-collapse: collapse; margin-top: 6px; margin-bottom: 6px; }"
        "th { background-color: #e8eaf6; font-weight: bold; }"
        "th, td { border: 1px solid #9e9e9e; padding: 3px; font-size: 9pt; }"
        "p { margin-top: 4px; margin-bottom: 4px; }"
        "</style></head><body>");
    bool breakPending = false;
    int chartIndex = 0;
    const auto open = [&](const char *tag) -> QString {
        QString start = QStringLiteral("<%1").arg(QLatin1String(tag));
        if (breakPending)
            start += QStringLiteral(" style=\"page-break-before: always\"");
        breakPending = false;
        return start + QLatin1Char('>');
    };
    // A table over the text width (its columns share it), cells without gaps.
    const auto openTable = [&]() -> QString {
        QString start = open("table");
        start.insert(6, QStringLiteral(" width=\"100%\" cellspacing=\"0\""));
        return start;
    };
    for (const ReportBlock &b : report.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            html += open("h1") + esc(b.text) + QStringLiteral("</h1>");
            break;
        case ReportBlock::Kind::Heading:
            html += open("h2") + esc(b.text) + QStringLiteral("</h2>");
            break;
        case ReportBlock::Kind::Paragraph:
            html += open("p") + esc(b.text) + QStringLiteral("</p>");
            break;
        case ReportBlock::Kind::Mark:
            html += open("p") + QStringLiteral("<span style=\"font-size: 26pt; font-weight: bold; "
                                               "color: %1\">%2</span></p>")
                                    .arg(markColor(b.text), esc(b.text));
            break;
        case ReportBlock::Kind::Table: {
            html += openTable() + QStringLiteral("<tr>");
            for (const QString &h : b.header)
                html += QStringLiteral("<th>%1</th>").arg(esc(h));
            html += QStringLiteral("</tr>");
            for (const QStringList &row : b.rows) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    html += QStringLiteral("<td>%1</td>").arg(esc(cell));
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
            break;
        }
        case ReportBlock::Kind::SignOff:
            html += openTable() + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                                        .arg(esc(Tr::tr("Role")), esc(Tr::tr("Name")),
                                             esc(Tr::tr("Signature")), esc(Tr::tr("Date")));
            for (const QStringList &row : b.rows)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td width=\"200\">&nbsp;<br/>&nbsp;</td>"
                                       "<td width=\"90\">&nbsp;</td></tr>")
                            .arg(esc(row.value(0)), esc(row.value(1)));
            html += QStringLiteral("</table>");
            break;
        case ReportBlock::Kind::PageBreak:
            breakPending = true;
            break;
        case ReportBlock::Kind::Chart:
            html += open("p") + QStringLiteral("<img src=\"%1\" width=\"600\"/><br/><i>%2</i></p>")
                                    .arg(chartUrl(chartIndex++), esc(b.text));
            break;
        }
    }
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> reportDocument(const DecisionReport &report)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("Noto Sans CJK KR"), 10);
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
    font.setStyleHint(QFont::SansSerif);
    document->setDefaultFont(font);
    int index = 0;
    for (const ReportBlock &b : report.blocks)
        if (b.kind == ReportBlock::Kind::Chart)
            document->addResource(QTextDocument::ImageResource, QUrl(chartUrl(index++)),
                                  renderChart(b, font));
    document->setHtml(reportHtml(report));
    document->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    return document;
}

void writeReportPdf(const DecisionReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(path + QStringLiteral(": ") + Tr::tr("cannot write the file: %1").arg(file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("PanelDesk"));
        const std::unique_ptr<QTextDocument> document = reportDocument(report);
        document->print(&writer);
    }
    if (!file.commit())
        throw StoreError(path + QStringLiteral(": ") + Tr::tr("cannot save the file: %1").arg(file.errorString()));
}

} // namespace pd
