#pragma once
// Reading benchmark results (docs/imports.md): a CSV file (team, benchmark, score and an
// optional target column) or the results.json that EleutherAI's lm-evaluation-harness
// writes for ONE model, with a mapping (task + metric -> benchmark, scale factor). Reading
// never writes; importers/BenchmarkPlan.h turns the rows into the changes of the preview.
//
// lm-eval layout: {"results": {"<task>": {"alias": "...", "<metric>,<filter>": 0.81,
// "<metric>_stderr,<filter>": 0.01, ...}, ...}, "groups": {...}, "configs": {...},
// "versions": {...}, "n-shot": {...}, "config": {"model": ..., "model_args": ...}, ...}.
// Only "results" is read (and "config"/"model_name" to name the model in the preview);
// everything else is ignored. A mapping's metric is the file's key ("acc,none"); a metric
// without a comma also matches "<metric>,none" (files of lm-eval before 0.4 had no filter).

#include "domain/BenchmarkImport.h"
#include "importers/ImportIssues.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QIODevice;

namespace pd {

struct BenchmarkRow {
    QString where;          // "results.csv:3:1" or "results.json: results.mmlu.acc,none"
    QString team;
    QString benchmark;
    double score = 0.0;
    bool hasTarget = false;   // false: keep the stored target
    std::optional<double> target;
};

struct BenchmarkRows {
    std::vector<BenchmarkRow> rows;
    QStringList notes;      // for the preview: the model, tasks not mapped, mappings unused
    ImportIssues issues;
};

// CSV with the header team,benchmark,score[,target] (any order). An empty target is "no
// target"; a file without the target column keeps the stored targets. Numbers use a dot.
BenchmarkRows readBenchmarkCsv(QIODevice &device, const QString &sourceName);

// lm-eval results for `team` through `mapping`. Refuses (issues) a file that is not JSON,
// has no "results" object, or a mapped value that is not a finite number.
BenchmarkRows readLmEvalResults(const QByteArray &bytes, const QString &sourceName,
                                const QString &team, const BenchmarkMapping &mapping);

// A starting mapping for the mapping editor: every task of an lm-eval results file with its
// first numeric metric that is not a standard error, no benchmark yet, scale 100 for values
// between 0 and 1. Empty when the file cannot be read.
BenchmarkMapping suggestMapping(const QByteArray &bytes);

// True when the bytes look like JSON (the first non-blank character is '{').
bool looksLikeJson(const QByteArray &head);

// The mapping file: {"format": "paneldesk-benchmark-mapping", "version": 1, "mappings":
// [{"task": "mmlu", "metric": "acc,none", "benchmark": "common-mmlu-pro", "scale": 100}]}
// ("scale" optional, default 1). InputError naming the JSON path.
BenchmarkMapping parseBenchmarkMapping(const QByteArray &bytes, const QString &sourceName);
QByteArray benchmarkMappingJson(const BenchmarkMapping &mapping);

// Reads a whole small file (at most 64 MiB); InputError naming it otherwise.
QByteArray readSmallFile(const QString &path, const QString &displayName);

} // namespace pd
