#pragma once
// Progress of making a decision report (DecisionReport.h buildVerifiedReport, ReportPdf.h):
// with a million ratings verifying the file and reading the round take seconds, so the
// window shows a progress dialog with Cancel (ui/decision/DecisionPage.cpp). The CLI passes
// none.

#include <QtGlobal>

#include <functional>

namespace pd {

// The stages in the order they run. Verifying and ReadingRound: buildVerifiedReport;
// LayingOut and WritingPdf: writeReportPdf (the print preview lays the pages out itself).
enum class ReportStage { Verifying, ReadingRound, LayingOut, WritingPdf };
inline constexpr int kReportStages = 4;

// Called as each stage starts, with the whole's share done before it (0-100: the stages
// weighed by their time on a 1,000,000-rating round). False cancels: the report function
// then throws Cancelled (domain/Errors.h) before the stage starts; nothing is written.
using ReportProgress = std::function<bool(ReportStage stage, int percent)>;

// Reports `stage` to `progress` (when there is one); Cancelled when it answers false.
void reportStage(const ReportProgress &progress, ReportStage stage);

// Within `stage`: `done` of `total` (the rating rows a verification streams), as the share
// between this stage's and the next's; false from `progress` cancels (returned, for an
// InputsProgress to pass on).
bool reportWithin(const ReportProgress &progress, ReportStage stage, qint64 done, qint64 total);

} // namespace pd
