#include "report/ReportProgress.h"

#include "domain/Errors.h"

#include <QCoreApplication>

namespace pd {
namespace {

// Before each stage, from `report` of a decided round with 1,000,000 ratings (1.7 s,
// docs/benchmarks.md): verifying about a third (the tally check, every version's
// fingerprint), reading the version's stored inputs back about half, laying out and writing
// the few pages the rest.
int shareBefore(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Verifying:
        return 0;
    case ReportStage::ReadingRound:
        return 35;
    case ReportStage::LayingOut:
        return 85;
    case ReportStage::WritingPdf:
        return 92;
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
