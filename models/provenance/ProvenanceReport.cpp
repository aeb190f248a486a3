#include "provenance/ProvenanceReport.h"

#include "domain/Errors.h"
#include "importers/Sha256.h"
#include "io/JsonWriter.h"
#include "provenance/IndependenceStatistics.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace pd::provenance {
namespace {

struct Provenance {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

constexpr double kLn10 = 2.302585092994045684;

void number(JsonWriter &w, const char *key, double v)
{
    w.key(key);
    if (std::isfinite(v))
        w.value(v);
    else
        w.nullValue();
}

// The files of every checkpoint of a report are hashed one after the other: the progress
// runs over their bytes together.
struct FilePasses {
    const HashProgress &outer;
    std::uint64_t total = 0;
    std::uint64_t before = 0;

    std::vector<QByteArray> hash(const Checkpoint &c)
    {
        const std::uint64_t base = before;
        std::vector<QByteArray> hashes = fileHashes(c, outer ? HashProgress([this, base](std::uint64_t done, std::uint64_t) {
            return outer(base + done, total);
        }) : HashProgress());
        for (const auto &file : c.files)
            before += file->size();
        return hashes;
    }
};

std::uint64_t fileBytes(const Checkpoint &c)
{
    std::uint64_t bytes = 0;
    for (const auto &file : c.files)
        bytes += file->size();
    return bytes;
}

void checkpointJson(JsonWriter &w, const ComparedCheckpoint &side, FilePasses &passes)
{
    const Checkpoint &c = *side.checkpoint;
    w.beginObject();
    w.field("path", c.path).field("format", c.format).field("prefix", side.prefix);
    std::uint64_t tensors = 0, parameters = 0;
    for (const Tensor &t : c.tensors)
        if (t.name.startsWith(side.prefix)) {
            ++tensors;
            parameters += t.elements;
        }
    w.field("tensors", qint64(tensors)).field("parameters", qint64(parameters));
    const std::vector<QByteArray> hashes = passes.hash(c);
    w.field("sha256", QString::fromLatin1(checkpointSha256(c, hashes).toHex()));
    w.key("files").beginArray();
    for (std::size_t i = 0; i < c.files.size(); ++i) {
        w.beginObject(JsonWriter::Layout::Inline);
        w.field("path", c.files[i]->path()).field("bytes", qint64(c.files[i]->size()))
            .field("sha256", QString::fromLatin1(hashes[i].toHex()));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void reusedList(JsonWriter &w, const std::vector<ReusedTensor> &list)
{
    w.beginArray();
    for (const ReusedTensor &t : list) {
        w.beginObject(JsonWriter::Layout::Inline);
        w.field("candidate", t.candidate).field("reference", t.reference)
            .field("candidate_type", t.candidateType).field("reference_type", t.referenceType)
            .field("parameters", qint64(t.parameters));
        w.endObject();
    }
    w.endArray();
}

void identicalJson(JsonWriter &w, const ExactReuse &e)
{
    w.beginObject();
    w.field("tensors", qint64(e.identical.size())).field("parameters", qint64(e.identicalParameters));
    number(w, "share", e.identicalShare());
    w.key("after_cast").beginObject(JsonWriter::Layout::Inline);
    w.field("tensors", qint64(e.afterCast.size())).field("parameters", qint64(e.castParameters));
    number(w, "share", e.castShare());
    w.endObject();
    number(w, "share_with_casts", e.share());
    w.field("candidate_tensors", qint64(e.candidateTensors)).field("candidate_parameters", qint64(e.candidateParameters));
    w.key("constants").beginArray(JsonWriter::Layout::Inline);
    for (const QString &name : e.constants)
        w.value(name);
    w.endArray();
    w.key("identical_tensors");
    reusedList(w, e.identical);
    w.key("cast_tensors");
    reusedList(w, e.afterCast);
    w.endObject();
}

void figures(JsonWriter &w, const PairFigures &f, bool cosine)
{
    w.beginObject(JsonWriter::Layout::Inline);
    number(w, "pearson", f.pearson);
    if (cosine)
        number(w, "raw_cosine", f.cosine);
    number(w, "relative_difference", f.relativeDifference);
    w.endObject();
}

void similarityJson(JsonWriter &w, const SimilarityResult &s)
{
    w.beginObject();
    w.key("tensors").beginArray();
    for (const TensorSimilarity &t : s.tensors) {
        w.beginObject();
        w.field("name", t.name);
        w.key("shape").beginArray(JsonWriter::Layout::Inline);
        for (std::uint64_t d : t.shape)
            w.value(qint64(d));
        w.endArray();
        w.key("candidate");
        figures(w, t.candidate, t.rawCosineShown());
        w.key("controls").beginArray(JsonWriter::Layout::Inline);
        for (const std::optional<PairFigures> &c : t.controls) {
            if (c)
                figures(w, *c, t.rawCosineShown());
            else
                w.nullValue();
        }
        w.endArray();
        if (t.layerBaseline) {
            const LayerBaseline &b = *t.layerBaseline;
            w.key("layer_baseline").beginObject(JsonWriter::Layout::Inline);
            w.field("layers", b.layers);
            number(w, "min_pearson", b.minPearson);
            number(w, "median_pearson", b.medianPearson);
            number(w, "max_pearson", b.maxPearson);
            number(w, "median_raw_cosine", b.medianCosine);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    for (const auto &[key, list] : {std::pair{"candidate_only", &s.candidateOnly}, std::pair{"reference_only", &s.referenceOnly},
                                    std::pair{"shape_differs", &s.shapeDiffers}, std::pair{"not_convertible", &s.notConvertible}}) {
        w.key(key).beginArray(JsonWriter::Layout::Inline);
        for (const QString &name : *list)
            w.value(name);
        w.endArray();
    }
    w.endObject();
}

void spearman(JsonWriter &w, const std::optional<SpearmanTest> &test)
{
    if (!test) {
        w.nullValue();
        return;
    }
    w.beginObject(JsonWriter::Layout::Inline);
    w.field("n", test->n);
    number(w, "r", test->r);
    number(w, "t", test->t);
    number(w, "log10_p", test->lnP / kLn10);
    w.field("at_floor", test->atFloor);
    w.endObject();
}

// tests.phi_u or tests.phi_gu of one pair.
void phiJson(JsonWriter &w, const PairMlpTest &pair, bool gu)
{
    w.beginObject();
    w.field("applicable", pair.applicable && (gu ? pair.blocksGU : pair.blocksU) > 0);
    const bool applicable = pair.applicable && (gu ? pair.blocksGU : pair.blocksU) > 0;
    w.field("blocks_combined", gu ? pair.blocksGU : pair.blocksU);
    if (applicable)
        number(w, "log10_p", (gu ? pair.lnPGU : pair.lnPU) / kLn10);
    else
        w.key("log10_p").nullValue();
    w.field("at_floor", gu ? pair.guAtFloor : pair.uAtFloor);
    w.key("blocks").beginArray();
    for (const BlockTest &b : pair.blocks) {
        w.beginObject(JsonWriter::Layout::Inline);
        w.field("up", b.upName);
        if (gu)
            w.field("matched", b.secondName).field("down_columns", b.secondIsDown);
        w.field("hidden_units", b.hiddenUnits).field("width", b.width).field("rows_matched", b.rowsMatched);
        w.field("applicable", b.applicable);
        const QString reason = gu && b.applicable ? b.phiGUReason : b.reason;
        if (!reason.isEmpty())
            w.field("reason", reason);
        w.key("test");
        spearman(w, gu ? b.phiGU : b.phiU);
        w.endObject();
    }
    w.endArray();
    if (!pair.reason.isEmpty())
        w.field("reason", pair.reason);
    w.endObject();
}

void testsJson(JsonWriter &w, const PairMlpTest &pair)
{
    w.beginObject();
    w.key("phi_u");
    phiJson(w, pair, false);
    w.key("phi_gu");
    phiJson(w, pair, true);
    w.endObject();
}

} // namespace

QByteArray checkpointSha256(const Checkpoint &checkpoint, const std::vector<QByteArray> &fileSha256)
{
    if (fileSha256.size() == 1)
        return fileSha256.front();
    QByteArray manifest;
    for (std::size_t i = 0; i < fileSha256.size(); ++i)
        manifest += fileSha256[i].toHex() + "  " + QFileInfo(checkpoint.files[i]->path()).fileName().toUtf8() + '\n';
    Sha256 sha;
    sha.addData(manifest);
    return sha.result();
}

std::vector<QByteArray> fileHashes(const Checkpoint &checkpoint, const HashProgress &progress)
{
    const std::uint64_t total = fileBytes(checkpoint);
    std::uint64_t done = 0;
    std::vector<QByteArray> hashes;
    for (const auto &file : checkpoint.files) {
        Sha256 sha;
        constexpr std::uint64_t chunk = 64ull << 20;
        for (std::uint64_t at = 0; at < file->size(); at += chunk) {
            const std::uint64_t n = std::min(chunk, file->size() - at);
            sha.addData(QByteArrayView(reinterpret_cast<const char *>(file->data() + at), qsizetype(n)));
            done += n;
            if (progress && !progress(done, total))
                throw Cancelled(Provenance::tr("The comparison was cancelled."));
        }
        hashes.push_back(sha.result());
    }
    return hashes;
}

QByteArray provenanceReportJson(const ReportInput &report)
{
    const ComparisonInput &in = *report.input;
    const ComparisonResult &result = *report.result;
    FilePasses passes{report.progress};
    passes.total = fileBytes(*in.candidate.checkpoint) + fileBytes(*in.reference.checkpoint);
    for (const ComparedCheckpoint &control : in.controls)
        passes.total += fileBytes(*control.checkpoint);
    JsonWriter w;
    w.beginObject();
    w.field("format", "paneldesk-provenance").field("version", 1);
    w.key("program").beginObject(JsonWriter::Layout::Inline);
    w.field("name", "PanelDesk").field("version", report.programVersion);
    w.endObject();
    w.key("candidate");
    checkpointJson(w, in.candidate, passes);
    w.key("reference");
    checkpointJson(w, in.reference, passes);
    w.key("parameters").beginObject();
    w.field("rows", in.rows);
    w.key("mlp_names").beginArray();
    for (const MlpNames &n : in.mlpNames) {
        w.beginObject(JsonWriter::Layout::Inline);
        w.field("up", n.up).field("gate", n.gate).field("down", n.down);
        w.endObject();
    }
    w.endArray();
    number(w, "reused_threshold", reusedThreshold);
    number(w, "unremarkable_below", unremarkableBelow);
    number(w, "points_to_reuse_correlation", pointsToReuseCorrelation);
    w.endObject();
    if (report.exactReuse) {
        w.key("identical");
        identicalJson(w, *report.exactReuse);
    }
    if (result.similarity) {
        w.key("similarity");
        similarityJson(w, *result.similarity);
    }
    if (result.mlp) {
        w.key("tests");
        testsJson(w, result.mlp->candidate);
    }
    w.key("controls").beginArray();
    for (std::size_t k = 0; k < in.controls.size(); ++k) {
        w.beginObject();
        w.key("checkpoint");
        checkpointJson(w, in.controls[k], passes);
        if (result.mlp && k < result.mlp->controls.size()) {
            w.key("tests");
            testsJson(w, result.mlp->controls[k]);
        }
        w.endObject();
    }
    w.endArray();
    w.field("suggestion", suggestionKey(result.suggestion.suggestion));
    w.field("reason", result.suggestion.reason);
    w.key("control_warnings").beginArray();
    for (const QString &warning : result.suggestion.controlWarnings)
        w.value(warning);
    w.endArray();
    w.key("caveats").beginArray();
    for (const QString &caveat : result.caveats)
        w.value(caveat);
    w.endArray();
    w.endObject();
    return w.finish() + '\n';
}

} // namespace pd::provenance
