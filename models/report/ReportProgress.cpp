#include "report/ReportProgress.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd {
namespace {

// Before each stage: verifying is about half of the report's time with 1,000,000 ratings
// (the tally check, the decision versions' fingerprints), reading the round most of the
// rest; laying out and writing the few pages take a fraction of a second.
int shareBefore(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Verifying:
        return 0;
    case ReportStage::ReadingRound:
        return 50;
    case ReportStage::LayingOut:
        return 90;
    case ReportStage::WritingPdf:
        return 95;
    }
    return 0;
}

} // namespace

void reportStage(const ReportProgress &progress, ReportStage stage)
{
    if (progress && !progress(stage, shareBefore(stage)))
        throw Cancelled(QCoreApplication::translate("DecisionReport", "the decision report was cancelled"));
}

} // namespace pd
