#include "importers/BenchmarkFiles.h"

#include "domain/Errors.h"
#include "importers/CsvReader.h"
#include "io/JsonObjectReader.h"
#include "io/JsonStrictParser.h"
#include "io/JsonWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchmarkFiles)
};

constexpr qint64 kMaxSmallFile = qint64(64) * 1024 * 1024;
constexpr int kMaxNotedTasks = 12;

// A decimal number with a dot ("81", "-3.5", "1e-3"); not "7,5", "inf" or "nan".
bool parseNumber(const QString &text, double &value)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    if (bytes.isEmpty())
        return false;
    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    if (*begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    return ec == std::errc() && ptr == end && std::isfinite(value);
}

QString numberProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Text::tr("missing");
    if (text.contains(QLatin1Char(',')))
        return Text::tr("\"%1\" is not a number (write decimals with a dot: 7.5)").arg(text);
    return Text::tr("\"%1\" is not a number").arg(text);
}

} // namespace

QByteArray readSmallFile(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(displayName + QStringLiteral(": ")
                         + Text::tr("cannot open the file: %1").arg(file.errorString()));
    if (file.size() > kMaxSmallFile)
        throw InputError(displayName + QStringLiteral(": ")
                         + Text::tr("larger than %1 MiB, too large for this kind of file")
                               .arg(kMaxSmallFile / (1024 * 1024)));
    QByteArray bytes = file.read(kMaxSmallFile + 1);
    if (bytes.size() > kMaxSmallFile)
        throw InputError(displayName + QStringLiteral(": ")
                         + Text::tr("larger than %1 MiB, too large for this kind of file")
                               .arg(kMaxSmallFile / (1024 * 1024)));
    return bytes;
}

bool looksLikeJson(const QByteArray &head)
{
    for (const char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

BenchmarkRows readBenchmarkCsv(QIODevice &device, const QString &sourceName)
{
    BenchmarkRows out;
    CsvReader reader(device, sourceName);
    const QString expected = Text::tr("the first line must name the columns team, benchmark, "
                                      "score and optionally target");
    try {
        bool header = false;
        while (!header && reader.next())
            header = !(reader.fieldCount() == 1 && reader.field(0).empty());
        if (!header)
            throw InputError(sourceName + QStringLiteral(": ") + Text::tr("the file is empty; %1").arg(expected));
        const char *names[] = {"team", "benchmark", "score", "target"};
        int columns[4] = {-1, -1, -1, -1};
        const int fieldCount = reader.fieldCount();
        for (int i = 0; i < fieldCount; ++i) {
            const QString name = reader.fieldText(i).trimmed().toLower();
            int known = -1;
            for (int c = 0; c < 4; ++c)
                if (name == QLatin1String(names[c]))
                    known = c;
            if (known < 0 || columns[known] >= 0)
                throw InputError(reader.where(i) + QStringLiteral(": ")
                                 + (known < 0 ? Text::tr("unknown column \"%1\" (%2)").arg(name, expected)
                                              : Text::tr("the column \"%1\" is named twice").arg(name)));
            columns[known] = i;
        }
        for (int c = 0; c < 3; ++c)
            if (columns[c] < 0)
                throw InputError(reader.where(reader.recordLine(), 1) + QStringLiteral(": ")
                                 + Text::tr("missing column %1 (%2)").arg(QLatin1String(names[c]), expected));
        while (reader.next()) {
            if (reader.fieldCount() == 1 && reader.field(0).empty())
                continue;
            if (reader.fieldCount() != fieldCount) {
                out.issues.add(reader.where(reader.fieldCount() - 1),
                               Text::tr("expected %1 fields, found %2").arg(fieldCount).arg(reader.fieldCount()));
                continue;
            }
            BenchmarkRow row;
            row.where = reader.where(reader.recordLine(), 1);
            row.team = reader.fieldText(columns[0]).trimmed();
            row.benchmark = reader.fieldText(columns[1]).trimmed();
            const QString score = reader.fieldText(columns[2]);
            bool ok = parseNumber(score, row.score);
            if (!ok)
                out.issues.add(reader.where(columns[2]), Text::tr("score: %1").arg(numberProblem(score)));
            if (columns[3] >= 0) {
                row.hasTarget = true;
                const QString target = reader.fieldText(columns[3]);
                double value = 0;
                if (target.trimmed().isEmpty()) {
                    row.target.reset();
                } else if (parseNumber(target, value)) {
                    row.target = value;
                } else {
                    out.issues.add(reader.where(columns[3]), Text::tr("target: %1").arg(numberProblem(target)));
                    ok = false;
                }
            }
            if (ok)
                out.rows.push_back(row);
        }
    } catch (const InputError &error) {
        out.issues.add(QString(), error.message());
        out.rows.clear();
    }
    return out;
}

BenchmarkRows readLmEvalResults(const QByteArray &bytes, const QString &sourceName,
                                const QString &team, const BenchmarkMapping &mapping)
{
    BenchmarkRows out;
    try {
        const QJsonDocument document = parseJsonStrictly(bytes, sourceName);
        if (!document.isObject())
            throwJsonInputError(sourceName, QString(), Text::tr("expected a JSON object at the top level"));
        const QJsonObject root = document.object();
        if (!root.value(QStringLiteral("results")).isObject())
            throwJsonInputError(sourceName, QStringLiteral("results"),
                                Text::tr("expected the \"results\" object of an "
                                         "lm-evaluation-harness results file"));
        const QJsonObject results = root.value(QStringLiteral("results")).toObject();
        const QJsonObject config = root.value(QStringLiteral("config")).toObject();
        QString model = root.value(QStringLiteral("model_name")).toString();
        if (model.isEmpty())
            model = config.value(QStringLiteral("model_args")).toString();
        if (model.isEmpty())
            model = config.value(QStringLiteral("model")).toString();
        if (!model.isEmpty())
            out.notes << Text::tr("model in the file: %1 (imported for team %2)").arg(model.left(200), team);

        QStringList unmapped;
        for (auto it = results.begin(); it != results.end(); ++it) {
            bool used = false;
            for (const BenchmarkMappingEntry &e : mapping)
                used = used || e.task == it.key();
            if (!used)
                unmapped << it.key();
        }
        for (const BenchmarkMappingEntry &e : mapping) {
            const QString taskPath = QStringLiteral("results.") + e.task;
            if (!results.contains(e.task)) {
                out.notes << Text::tr("task %1 is mapped to %2 but not in this file: that result "
                                      "is left as it is").arg(e.task, e.benchmark);
                continue;
            }
            const QJsonValue taskValue = results.value(e.task);
            if (!taskValue.isObject()) {
                out.issues.add(sourceName + QStringLiteral(": ") + taskPath,
                               Text::tr("expected an object of metrics"));
                continue;
            }
            const QJsonObject metrics = taskValue.toObject();
            QString key = e.metric;
            if (!metrics.contains(key) && !key.contains(QLatin1Char(','))
                && metrics.contains(key + QStringLiteral(",none")))
                key += QStringLiteral(",none");
            const QString where = sourceName + QStringLiteral(": ") + taskPath + QLatin1Char('.') + key;
            if (!metrics.contains(key)) {
                QStringList available;
                for (auto m = metrics.begin(); m != metrics.end(); ++m)
                    if (m.value().isDouble() && !m.key().contains(QLatin1String("_stderr")))
                        available << m.key();
                out.issues.add(where, Text::tr("the task has no metric %1 (it has: %2)")
                                          .arg(e.metric, available.join(QStringLiteral(", "))));
                continue;
            }
            const QJsonValue value = metrics.value(key);
            if (!value.isDouble() || !std::isfinite(value.toDouble())) {
                out.issues.add(where, Text::tr("expected a number (found %1)")
                                          .arg(value.isString() ? value.toString() : QStringLiteral("non-number")));
                continue;
            }
            // 15 significant digits: 0.7015 x 100 is 70.15, not 70.15000000000001
            const double scaled = QString::number(value.toDouble() * e.scale, 'g', 15).toDouble();
            if (!std::isfinite(scaled)) {
                out.issues.add(where, Text::tr("the scaled value is not a finite number"));
                continue;
            }
            BenchmarkRow row;
            row.where = where;
            row.team = team;
            row.benchmark = e.benchmark;
            row.score = scaled;
            out.rows.push_back(row);
        }
        if (!unmapped.isEmpty()) {
            const qsizetype count = unmapped.size();
            if (count > kMaxNotedTasks)
                unmapped = unmapped.mid(0, kMaxNotedTasks) << QStringLiteral("…");
            out.notes << Text::tr("%n task(s) of the file are not mapped and are ignored: %1", nullptr, int(count))
                             .arg(unmapped.join(QStringLiteral(", ")));
        }
    } catch (const InputError &error) {
        out.issues.add(QString(), error.message());
        out.rows.clear();
    }
    return out;
}

BenchmarkMapping suggestMapping(const QByteArray &bytes)
{
    BenchmarkMapping mapping;
    try {
        const QJsonObject results =
            parseJsonStrictly(bytes, QStringLiteral("-")).object().value(QStringLiteral("results")).toObject();
        for (auto task = results.begin(); task != results.end(); ++task) {
            const QJsonObject metrics = task.value().toObject();
            for (auto m = metrics.begin(); m != metrics.end(); ++m) {
                if (!m.value().isDouble() || m.key().contains(QLatin1String("_stderr")))
                    continue;
                const double v = m.value().toDouble();
                mapping.push_back({task.key(), m.key(), QString(), v >= 0 && v <= 1 ? 100.0 : 1.0});
                break;
            }
        }
    } catch (const InputError &) {
        mapping.clear();
    }
    return mapping;
}

BenchmarkMapping parseBenchmarkMapping(const QByteArray &bytes, const QString &sourceName)
{
    const QJsonDocument document = parseJsonStrictly(bytes, sourceName);
    if (!document.isObject())
        throwJsonInputError(sourceName, QString(), Text::tr("expected a JSON object at the top level"));
    const JsonObjectReader root(document.object(), QString(), sourceName);
    const QString format = root.string("format");
    if (format != QLatin1String("paneldesk-benchmark-mapping"))
        root.fail(root.pathOf("format"),
                  Text::tr("expected \"paneldesk-benchmark-mapping\" (found \"%1\")").arg(format));
    if (root.integer("version") != 1)
        root.fail(root.pathOf("version"), Text::tr("only version 1 is supported"));
    root.allowOnly({"format", "version", "mappings"});
    const JsonArrayReader list = root.array("mappings");
    BenchmarkMapping mapping;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonObjectReader entry = list.object(i);
        entry.allowOnly({"task", "metric", "benchmark", "scale"});
        BenchmarkMappingEntry e{entry.string("task"), entry.string("metric"),
                                entry.string("benchmark"), entry.number("scale", 1.0)};
        if (e.task.trimmed().isEmpty())
            entry.fail(entry.pathOf("task"), Text::tr("must not be empty"));
        if (e.metric.trimmed().isEmpty())
            entry.fail(entry.pathOf("metric"), Text::tr("must not be empty"));
        if (!(e.scale > 0))
            entry.fail(entry.pathOf("scale"), Text::tr("must be above 0"));
        for (qsizetype j = 0; j < i; ++j) {
            const BenchmarkMappingEntry &other = mapping[size_t(j)];
            if (other.task == e.task && other.metric == e.metric)
                entry.fail(list.pathAt(i), Text::tr("task %1 with metric %2 is already mapped at mappings[%3]")
                                               .arg(e.task, e.metric).arg(j));
            if (other.benchmark == e.benchmark)
                entry.fail(entry.pathOf("benchmark"), Text::tr("benchmark %1 is already the target of mappings[%2]")
                                                          .arg(e.benchmark).arg(j));
        }
        mapping.push_back(e);
    }
    return mapping;
}

QByteArray benchmarkMappingJson(const BenchmarkMapping &mapping)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", "paneldesk-benchmark-mapping").field("version", 1);
    w.key("mappings").beginArray();
    for (const BenchmarkMappingEntry &e : mapping) {
        w.beginObject(JsonWriter::Layout::Inline);
        w.field("task", e.task).field("metric", e.metric).field("benchmark", e.benchmark);
        w.field("scale", e.scale);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish() + '\n';
}

} // namespace pd
