#include "report/ReportPdf.h"

#include "report/ReportChartImage.h"

#include "domain/Errors.h"
#include "scoring/Rounding.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QScreen>
#include <QImage>
#include <QUrl>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>


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

// A chart's width in the document's units (1/96 inch): 165 mm of A4's 174 mm text width.
constexpr int kChartWidth = 624;

QString chartUrl(int index) { return QStringLiteral("paneldesk-chart:%1").arg(index); }

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
        case ReportBlock::Kind::Chart:   // the caption above: a page break cannot part them
            html += open("p") + QStringLiteral("<b>%2</b></p><p><img src=\"%1\" width=\"%3\"/></p>")
                                    .arg(chartUrl(chartIndex++), esc(b.text))
                                    .arg(kChartWidth);
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
                                  renderReportChart(b, font));
    document->setHtml(reportHtml(report));
    document->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    return document;
}

void printReport(const DecisionReport &report, QPagedPaintDevice *device, const ReportProgress &progress)
{
    reportStage(progress, ReportStage::LayingOut);
    const std::unique_ptr<QTextDocument> document = reportDocument(report);
    // Paginated to the device's own text area: QTextDocument::print would otherwise add 2 cm
    // margins of its own inside the page margins. The document's unit is the default DPI's
    // pixel, the one print() scales from (qt_defaultDpi).
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double dpi = QCoreApplication::testAttribute(Qt::AA_Use96Dpi) ? 96.0
                       : screen                                         ? double(qRound(screen->logicalDotsPerInchX()))
                                                                        : 100.0;
    document->setPageSize(device->pageLayout().paintRect(QPageLayout::Point).size() * (dpi / 72.0));
    document->pageCount();   // lays the pages out
    reportStage(progress, ReportStage::WritingPdf);
    document->print(device);
}

void writeReportPdf(const DecisionReport &report, const QString &path, const DeviceFilter &filter,
                    const ReportProgress &progress)
{
    // Cancelled leaves saveAtomically's writer: its QSaveFile is dropped uncommitted.
    saveAtomically(
        path,
        [&report, &progress](QIODevice &device) {
            QPdfWriter writer(&device);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
            writer.setResolution(300);
            writer.setTitle(report.title);
            writer.setCreator(QStringLiteral("PanelDesk"));
            printReport(report, &writer, progress);
        },
        filter);
}

} // namespace pd
