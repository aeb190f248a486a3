#include "io/PanelFileReader.h"

#include "domain/Errors.h"
#include "domain/PanelValidator.h"
#include "io/JsonObjectReader.h"
#include "io/JsonStrictParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace pd {
namespace {

// Message texts, translatable under the context "PanelFileReader".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PanelFileReader)
};

constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

Program readProgram(const JsonObjectReader &json)
{
    json.allowOnly({"name", "organizer", "notice"});
    Program program;
    program.name = json.string("name");
    program.organizer = json.string("organizer");
    program.notice = json.string("notice", QString());
    return program;
}

QDate readDate(const JsonObjectReader &json, const char *key)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = json.string(key);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !date.isValid())
        json.fail(json.pathOf(key),
                  Text::tr("expected a date written YYYY-MM-DD (found \"%1\")").arg(text));
    return date;
}

Cut readCut(const JsonObjectReader &json)
{
    json.allowOnly({"eliminate", "advance", "min_total"});
    Cut cut;
    cut.eliminate = json.optionalInteger("eliminate");
    cut.advance = json.optionalInteger("advance");
    cut.minTotal = json.optionalNumber("min_total");
    return cut;
}

Round readRound(const JsonObjectReader &json)
{
    json.allowOnly({"id", "name", "evaluation_date", "appeal_days", "display_decimals", "cut",
                    "tie_break", "tie_resolutions"});
    Round round;
    round.id = json.string("id");
    round.name = json.string("name");
    if (json.has("evaluation_date"))
        round.evaluationDate = readDate(json, "evaluation_date");
    round.appealDays = json.integer("appeal_days", 10);
    round.displayDecimals = json.integer("display_decimals", 1);
    round.cut = readCut(json.object("cut"));
    round.tieBreak = json.strings("tie_break", {});
    const JsonArrayReader resolutions = json.optionalArray("tie_resolutions");
    for (qsizetype i = 0; i < resolutions.size(); ++i) {
        const JsonObjectReader entry = resolutions.object(i);
        entry.allowOnly({"order", "rationale"});
        round.tieResolutions.push_back({entry.strings("order"), entry.string("rationale")});
    }
    return round;
}

BenchmarkGroup readGroup(const JsonObjectReader &json)
{
    json.allowOnly({"id", "name", "points", "normalization", "achievement_cap", "scale_max",
                    "benchmarks"});
    BenchmarkGroup group;
    group.id = json.string("id");
    group.name = json.string("name");
    group.points = json.number("points");
    group.normalization = json.enumeration<Normalization>("normalization");
    group.achievementCap = json.number("achievement_cap", 1.0);
    group.scaleMax = json.number("scale_max", 100.0);
    const JsonArrayReader benchmarks = json.array("benchmarks");
    for (qsizetype i = 0; i < benchmarks.size(); ++i) {
        const JsonObjectReader entry = benchmarks.object(i);
        entry.allowOnly({"id", "name", "higher_is_better", "weight", "teams", "targets"});
        Benchmark benchmark;
        benchmark.id = entry.string("id");
        benchmark.name = entry.string("name");
        benchmark.higherIsBetter = entry.boolean("higher_is_better", true);
        benchmark.weight = entry.number("weight", 1.0);
        benchmark.teams = entry.strings("teams", {});
        // Panel-file extension (issue 16): each team's configured target.
        const JsonArrayReader targets = entry.optionalArray("targets");
        for (qsizetype t = 0; t < targets.size(); ++t) {
            const JsonObjectReader target = targets.object(t);
            target.allowOnly({"team", "target"});
            benchmark.targets.push_back({target.string("team"), target.number("target")});
        }
        group.benchmarks.push_back(benchmark);
    }
    return group;
}

void readExpertPart(const JsonObjectReader &json, Category &category)
{
    if (json.has("aggregation")) {
        const JsonObjectReader aggregation = json.object("aggregation");
        aggregation.allowOnly({"method", "trim"});
        category.aggregation = aggregation.enumeration<Aggregation>("method");
        category.trim = aggregation.integer("trim", 1);
    }
    const JsonArrayReader items = json.array("items");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonObjectReader entry = items.object(i);
        entry.allowOnly({"id", "name", "points", "step", "bands"});
        RubricItem item;
        item.id = entry.string("id");
        item.name = entry.string("name");
        item.points = entry.number("points");
        item.step = entry.number("step", 0.5);
        // Extension (docs/panel-file.md): a description per score band, optional.
        const JsonArrayReader bands = entry.optionalArray("bands");
        for (qsizetype b = 0; b < bands.size(); ++b) {
            const JsonObjectReader band = bands.object(b);
            band.allowOnly({"from", "description"});
            item.bands.push_back({band.number("from"), band.string("description")});
        }
        category.rubric.push_back(item);
    }
}

void readUserPart(const JsonObjectReader &json, Category &category)
{
    const JsonObjectReader scale = json.object("scale");
    scale.allowOnly({"min", "max"});
    category.scaleMin = scale.integer("min");
    category.scaleMax = scale.integer("max");
    category.userNormalization = json.enumeration<Normalization>("normalization");
    const JsonArrayReader items = json.array("items");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonObjectReader entry = items.object(i);
        entry.allowOnly({"id", "name", "weight"});
        UserItem item;
        item.id = entry.string("id");
        item.name = entry.string("name");
        item.weight = entry.number("weight", 1.0);
        category.userItems.push_back(item);
    }
}

Category readCategory(const JsonObjectReader &json)
{
    Category category;
    category.kind = json.enumeration<CategoryKind>("kind");   // decides the allowed keys
    switch (category.kind) {
    case CategoryKind::Benchmark:
        json.allowOnly({"id", "kind", "name", "points", "groups"});
        break;
    case CategoryKind::Expert:
        json.allowOnly({"id", "kind", "name", "points", "aggregation", "items"});
        break;
    case CategoryKind::User:
        json.allowOnly({"id", "kind", "name", "points", "scale", "normalization", "items"});
        break;
    }
    category.id = json.string("id");
    category.name = json.string("name");
    category.points = json.number("points");
    switch (category.kind) {
    case CategoryKind::Benchmark: {
        const JsonArrayReader groups = json.array("groups");
        for (qsizetype i = 0; i < groups.size(); ++i)
            category.groups.push_back(readGroup(groups.object(i)));
        break;
    }
    case CategoryKind::Expert:
        readExpertPart(json, category);
        break;
    case CategoryKind::User:
        readUserPart(json, category);
        break;
    }
    return category;
}

Team readTeam(const JsonObjectReader &json, const QString &roundId)
{
    json.allowOnly({"id", "name", "model", "entered_round"});
    Team team;
    team.id = json.string("id");
    team.name = json.string("name");
    team.model = json.string("model", QString());
    team.enteredRound = json.string("entered_round", roundId);
    return team;
}

Reviewer readReviewer(const JsonObjectReader &json)
{
    json.allowOnly({"id", "name", "role", "conflicts"});
    Reviewer reviewer;
    reviewer.id = json.string("id");
    reviewer.name = json.string("name");
    reviewer.role = json.enumeration<Role>("role");
    reviewer.conflicts = json.strings("conflicts", {});
    return reviewer;
}

BenchmarkResult readResult(const JsonObjectReader &json)
{
    json.allowOnly({"team", "benchmark", "score", "target"});
    BenchmarkResult result;
    result.team = json.string("team");
    result.benchmark = json.string("benchmark");
    result.score = json.number("score");
    result.target = json.optionalNumber("target");
    return result;
}

ExpertScore readExpertScore(const JsonObjectReader &json)
{
    json.allowOnly({"reviewer", "team", "item", "score", "submitted", "comment"});
    ExpertScore score;
    score.reviewer = json.string("reviewer");
    score.team = json.string("team");
    score.item = json.string("item");
    score.score = json.number("score");
    score.submitted = json.boolean("submitted");
    score.comment = json.string("comment", QString());
    return score;
}

UserRating readUserRating(const JsonObjectReader &json)
{
    json.allowOnly({"evaluator", "team", "item", "rating"});
    UserRating rating;
    rating.evaluator = json.string("evaluator");
    rating.team = json.string("team");
    rating.item = json.string("item");
    rating.rating = json.integer("rating");
    return rating;
}

ComponentFinding readComponent(const JsonObjectReader &json)
{
    json.allowOnly({"component", "origin", "source", "license", "weights", "external_control",
                    "evidence", "evidence_file"});
    ComponentFinding finding;
    finding.component = json.string("component");
    finding.origin = json.enumeration<Origin>("origin");
    finding.source = json.string("source", QString());
    finding.license = json.enumeration<License>("license");
    finding.weights = json.enumeration<Weights>("weights");
    finding.externalControl = json.enumeration<ExternalControl>("external_control");
    finding.evidence = json.string("evidence", QString());
    finding.evidenceFile = json.string("evidence_file", QString());
    return finding;
}

Independence readIndependence(const JsonObjectReader &json)
{
    json.allowOnly({"team", "verdict", "rationale", "components"});
    Independence entry;
    entry.team = json.string("team");
    entry.verdict = json.enumeration<Verdict>("verdict");
    entry.rationale = json.string("rationale", QString());
    const JsonArrayReader components = json.optionalArray("components");
    for (qsizetype i = 0; i < components.size(); ++i)
        entry.components.push_back(readComponent(components.object(i)));
    return entry;
}

template <typename T, typename ReadOne>
void readList(const JsonArrayReader &array, std::vector<T> &out, ReadOne readOne)
{
    out.reserve(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i)
        out.push_back(readOne(array.object(i)));
}

Panel readPanel(const JsonObjectReader &root)
{
    // Format and version first: reading some other JSON file should say just that.
    const QString format = root.string("format");
    if (format != QLatin1String("paneldesk-panel"))
        root.fail(root.pathOf("format"),
                  Text::tr("expected \"paneldesk-panel\" (found \"%1\")").arg(format));
    const int version = root.integer("version");
    if (version != 1)
        root.fail(root.pathOf("version"),
                  Text::tr("version %1 is not supported (expected 1)").arg(version));
    root.allowOnly({"format", "version", "program", "round", "categories", "teams", "reviewers",
                    "benchmark_results", "expert_scores", "user_ratings", "independence"});

    Panel panel;
    panel.program = readProgram(root.object("program"));
    panel.round = readRound(root.object("round"));
    readList(root.array("categories"), panel.categories, readCategory);
    const QString roundId = panel.round.id;
    readList(root.array("teams"), panel.teams,
             [&](const JsonObjectReader &json) { return readTeam(json, roundId); });
    readList(root.optionalArray("reviewers"), panel.reviewers, readReviewer);
    readList(root.optionalArray("benchmark_results"), panel.benchmarkResults, readResult);
    readList(root.optionalArray("expert_scores"), panel.expertScores, readExpertScore);
    readList(root.optionalArray("user_ratings"), panel.userRatings, readUserRating);
    readList(root.optionalArray("independence"), panel.independence, readIndependence);
    return panel;
}


Panel parseUnvalidated(const QByteArray &bytes, const QString &sourceName)
{
    const QJsonDocument document = parseJsonStrictly(bytes, sourceName);
    if (!document.isObject())
        throwJsonInputError(sourceName, QString(),
                            Text::tr("expected a JSON object at the top level"));
    return readPanel(JsonObjectReader(document.object(), QString(), sourceName));
}

QByteArray readPanelBytes(const QString &path);

} // namespace

Panel parsePanelJson(const QByteArray &bytes, const QString &sourceName)
{
    const Panel panel = parseUnvalidated(bytes, sourceName);
    try {
        validatePanel(panel);
    } catch (const InputError &error) {
        throwJsonInputError(sourceName, QString(), error.message());
    }
    return panel;
}

Panel readPanelFile(const QString &path)
{
    return parsePanelJson(readPanelBytes(path), path);
}

Panel readPanelFileConfiguration(const QString &path)
{
    Panel panel = parseUnvalidated(readPanelBytes(path), path);
    panel.reviewers.clear();
    panel.benchmarkResults.clear();
    panel.expertScores.clear();
    panel.userRatings.clear();
    panel.independence.clear();
    panel.round.tieResolutions.clear();
    try {
        validatePanel(panel);
    } catch (const InputError &error) {
        throwJsonInputError(path, QString(), error.message());
    }
    return panel;
}

namespace {

QByteArray readPanelBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throwJsonInputError(path, QString(),
                            Text::tr("cannot open the file: %1").arg(file.errorString()));
    const QString tooLarge = Text::tr("larger than %1 MiB, too large for a panel file")
                                 .arg(kMaxFileSize / (1024 * 1024));
    if (file.size() > kMaxFileSize)
        throwJsonInputError(path, QString(), tooLarge);
    QByteArray bytes;
    for (;;) {   // in chunks: size() says nothing about pipes and special files
        const QByteArray chunk = file.read(qint64(1) << 20);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > kMaxFileSize)
            throwJsonInputError(path, QString(), tooLarge);
    }
    if (file.error() != QFileDevice::NoError)
        throwJsonInputError(path, QString(),
                            Text::tr("cannot read the file: %1").arg(file.errorString()));
    return bytes;
}

} // namespace
} // namespace pd
