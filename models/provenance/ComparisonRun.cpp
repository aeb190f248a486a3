#include "provenance/ComparisonRun.h"

#include "domain/Errors.h"
#include "provenance/CheckpointReader.h"
#include "provenance/ProvenanceReport.h"

#include <QCoreApplication>

#include <deque>

namespace pd::provenance {
namespace {

struct Provenance {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

QString percent(double share) { return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%'); }

std::function<bool(std::uint64_t, std::uint64_t)> stage(const StageProgress &progress, ComparisonStage s)
{
    if (!progress)
        return {};
    return [&progress, s](std::uint64_t done, std::uint64_t total) { return progress(s, done, total); };
}

} // namespace

QString exactReuseSummary(const ExactReuse &reuse)
{
    return Provenance::tr("%1 tensors identical and %2 identical after a cast (%3 of the candidate's parameters)")
        .arg(reuse.identical.size()).arg(reuse.afterCast.size()).arg(percent(reuse.share()));
}

ComparisonRun runComparison(const ComparisonRequest &request, const QString &programVersion,
                            const StageProgress &progress)
{
    if (progress && !progress(ComparisonStage::Opening, 0, 0))
        throw Cancelled(Provenance::tr("The comparison was cancelled."));
    const Checkpoint candidate = openCheckpoint(request.candidate);
    const Checkpoint reference = openCheckpoint(request.reference);
    std::deque<Checkpoint> controls;   // stable addresses for ComparisonInput's pointers
    for (const QString &path : request.controls)
        controls.push_back(openCheckpoint(path));

    ComparisonRun run;
    run.candidate = candidate.path;
    run.reference = reference.path;
    run.candidatePrefix = request.candidatePrefix;
    run.referencePrefix = request.referencePrefix;
    run.controlPrefix = request.controlPrefix.value_or(request.referencePrefix);
    ComparisonInput input;
    input.candidate = {&candidate, run.candidatePrefix};
    input.reference = {&reference, run.referencePrefix};
    for (const Checkpoint &c : controls) {
        run.controls << c.path;
        input.controls.push_back({&c, run.controlPrefix});
    }
    input.rows = request.rows;

    run.reuse = findExactReuse(candidate, input.candidate.prefix, reference, input.reference.prefix,
                               stage(progress, ComparisonStage::ExactReuse));
    input.exactReuseFound = !run.reuse.identical.empty() || !run.reuse.afterCast.empty();
    run.exactReuseSummary = exactReuseSummary(run.reuse);
    input.exactReuseSummary = run.exactReuseSummary;
    run.result = compareWeights(input, stage(progress, ComparisonStage::Analyses));
    ReportInput report{&input, &run.reuse, &run.result, programVersion, stage(progress, ComparisonStage::Report)};
    run.json = provenanceReportJson(report);
    return run;
}

} // namespace pd::provenance
