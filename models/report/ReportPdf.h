#pragma once
// Rendering a DecisionReport (DecisionReport.h): as a rich-text document for the print
// preview, and as an A4 PDF with its fonts embedded (DejaVu Sans for Latin text and digits,
// Noto Sans CJK KR for Korean; fonts-dejavu-core, fonts-noto-cjk). Needs a QGuiApplication (fonts); the CLI starts one for
// `report` (offscreen).

#include "io/AtomicWrite.h"
#include "report/DecisionReport.h"
#include "report/ReportProgress.h"

#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace pd {

// The report as HTML (the subset QTextDocument renders): page breaks, tables, the mark.
QString reportHtml(const DecisionReport &report);

// A document ready to print or lay out on A4 (QTextDocument::print).
std::unique_ptr<QTextDocument> reportDocument(const DecisionReport &report);

// Lays the report out on `device`'s pages (its page size and margins) and prints it: the
// PDF below and the print preview. `progress` hears the stages LayingOut and WritingPdf;
// Cancelled when it answers false.
void printReport(const DecisionReport &report, QPagedPaintDevice *device,
                 const ReportProgress &progress = {});

// Writes the PDF atomically (QSaveFile, io/AtomicWrite.h); StoreError naming the file on
// failure ("disk full (PATH)" when it is). `filter`: a test seam. Cancelled (by `progress`,
// as printReport): no file is written and one already at `path` stays as it was.
void writeReportPdf(const DecisionReport &report, const QString &path,
                    const DeviceFilter &filter = {}, const ReportProgress &progress = {});

} // namespace pd
