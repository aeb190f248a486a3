#include "report/ReportProgress.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd {
namespace {

// Before each stage, from `report` of a decided round with 1,000,000 ratings (about 1 s,
// docs/benchmarks.md): verifying about two thirds (every version's inputs streamed back and
// hashed; the tally check), reading the round a few per cent, laying out and writing the
// few pages the rest.
int shareBefore(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Verifying:
        return 0;
    case ReportStage::ReadingRound:
        return 65;
    case ReportStage::LayingOut:
        return 70;
    case ReportStage::WritingPdf:
        return 85;
    }
    return 0;
}

int shareAfter(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Verifying:
        return shareBefore(ReportStage::ReadingRound);
    case ReportStage::ReadingRound:
        return shareBefore(ReportStage::LayingOut);
    case ReportStage::LayingOut:
        return shareBefore(ReportStage::WritingPdf);
    case ReportStage::WritingPdf:
        return 100;
    }
    return 100;
}

} // namespace

void reportStage(const ReportProgress &progress, ReportStage stage)
{
    if (progress && !progress(stage, shareBefore(stage)))
        throw Cancelled(QCoreApplication::translate("DecisionReport", "the decision report was cancelled"));
}

bool reportWithin(const ReportProgress &progress, ReportStage stage, qint64 done, qint64 total)
{
    if (!progress)
        return true;
    const int from = shareBefore(stage), to = shareAfter(stage);
    const int share = total > 0 ? from + int(qint64(to - from) * qBound<qint64>(0, done, total) / total) : from;
    return progress(stage, share);
}

} // namespace pd
