#include "report/MethodText.h"

#include <QCoreApplication>

namespace pd::methodtext {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DecisionReport)
};

} // namespace

QString normalization(Normalization value)
{
    switch (value) {
    case Normalization::TargetRatio: return Tr::tr("ratio to the target");
    case Normalization::BestRatio: return Tr::tr("ratio to the best team");
    case Normalization::MinMax: return Tr::tr("lowest to highest (min-max)");
    case Normalization::Absolute: return Tr::tr("absolute (as scored)");
    }
    return {};
}

QString aggregation(Aggregation value, int trim)
{
    switch (value) {
    case Aggregation::Mean: return Tr::tr("mean");
    case Aggregation::Median: return Tr::tr("median");
    case Aggregation::TrimmedMean:
        return Tr::tr("mean without the %n highest and %n lowest total(s)", nullptr, trim);
    }
    return {};
}

QString ruling(Ruling value)
{
    return value == Ruling::Upheld ? Tr::tr("upheld") : Tr::tr("rejected");
}

QString outcome(Outcome value)
{
    switch (value) {
    case Outcome::Advance: return Tr::tr("advances");
    case Outcome::EliminatedScore: return Tr::tr("eliminated on score");
    case Outcome::Disqualified: return Tr::tr("disqualified");
    case Outcome::Pending: return Tr::tr("pending");
    case Outcome::TieAtCut: return Tr::tr("tied at the cut");
    }
    return {};
}

} // namespace pd::methodtext
