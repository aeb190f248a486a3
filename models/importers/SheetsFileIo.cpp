#include "importers/SheetsFileIo.h"

#include "domain/Errors.h"
#include "importers/BenchmarkFiles.h"
#include "io/JsonObjectReader.h"
#include "io/JsonStrictParser.h"
#include "io/JsonWriter.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SheetsFile)
};

} // namespace

QByteArray sheetsFileJson(const Panel &panel, const std::vector<SheetRecord> &sheets,
                          const QString &member, const QDateTime &exportedAt)
{
    const Reviewer *reviewer = panel.reviewer(member);
    if (!reviewer)
        throw InputError(Text::tr("unknown member \"%1\"").arg(member));
    if (reviewer->role != Role::Expert && reviewer->role != Role::Chair)
        throw InputError(Text::tr("%1 does not score sheets (role %2)").arg(member, toString(reviewer->role)));
    JsonWriter w;
    w.beginObject();
    w.field("format", QStringLiteral("paneldesk-sheets")).field("version", 1);
    w.field("program", panel.program.name);
    w.field("round", panel.round.id).field("round_name", panel.round.name);
    w.field("member", member).field("member_name", reviewer->name);
    w.field("exported_at", exportedAt.toUTC().toString(Qt::ISODateWithMs));
    w.key("items").beginArray();
    for (const Category &category : panel.categories)
        for (const RubricItem &item : category.rubric) {
            w.beginObject(JsonWriter::Layout::Inline);
            w.field("id", item.id).field("name", item.name).field("points", item.points).field("step", item.step);
            w.endObject();
        }
    w.endArray();
    w.key("sheets").beginArray();
    for (const Team &team : panel.teams) {
        if (reviewer->conflicts.contains(team.id))
            continue;   // a conflicted member holds no sheet for the team
        const SheetRecord *record = nullptr;
        for (const SheetRecord &s : sheets)
            if (s.reviewer == member && s.team == team.id)
                record = &s;
        w.beginObject();
        w.field("team", team.id).field("team_name", team.name);
        w.field("state", record && record->submitted ? QStringLiteral("submitted") : QStringLiteral("draft"));
        w.field("opinion", record ? record->opinion : QString());
        w.key("scores").beginArray();
        for (const ExpertScore &s : panel.expertScores)
            if (s.reviewer == member && s.team == team.id) {
                w.beginObject(JsonWriter::Layout::Inline);
                w.field("item", s.item).field("score", s.score).field("comment", s.comment);
                w.endObject();
            }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish() + '\n';
}

SheetsFile parseSheetsFile(const QByteArray &bytes, const QString &sourceName)
{
    const QJsonDocument document = parseJsonStrictly(bytes, sourceName);
    if (!document.isObject())
        throwJsonInputError(sourceName, QString(), Text::tr("expected a JSON object at the top level"));
    const JsonObjectReader root(document.object(), QString(), sourceName);
    const QString format = root.string("format");
    if (format != QLatin1String("paneldesk-sheets"))
        root.fail(root.pathOf("format"), Text::tr("expected \"paneldesk-sheets\" (found \"%1\")").arg(format));
    if (root.integer("version") != 1)
        root.fail(root.pathOf("version"), Text::tr("only version 1 is supported"));
    root.allowOnly({"format", "version", "program", "round", "round_name", "member",
                    "member_name", "exported_at", "items", "sheets"});
    SheetsFile file;
    file.round = root.string("round");
    file.member = root.string("member");
    const JsonArrayReader sheets = root.array("sheets");
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const JsonObjectReader json = sheets.object(i);
        json.allowOnly({"team", "team_name", "state", "opinion", "scores"});
        SheetsFileSheet sheet;
        sheet.team = json.string("team");
        const QString state = json.string("state", QStringLiteral("draft"));
        if (state != QLatin1String("draft") && state != QLatin1String("submitted"))
            json.fail(json.pathOf("state"), Text::tr("expected \"draft\" or \"submitted\" (found \"%1\")").arg(state));
        sheet.submitted = state == QLatin1String("submitted");
        sheet.opinion = json.string("opinion", QString());
        const JsonArrayReader scores = json.optionalArray("scores");
        for (qsizetype j = 0; j < scores.size(); ++j) {
            const JsonObjectReader score = scores.object(j);
            score.allowOnly({"item", "score", "comment"});
            sheet.scores.push_back({score.string("item"), score.number("score"),
                                    score.string("comment", QString())});
        }
        file.sheets.push_back(std::move(sheet));
    }
    return file;
}

void exportSheets(const PanelStore &store, const QString &member, const QString &outPath)
{
    const QByteArray bytes = sheetsFileJson(store.loadScoringInputs().panel, store.loadSheets(),
                                            member, QDateTime::currentDateTimeUtc());
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StoreError(Text::tr("cannot write %1: %2").arg(outPath, file.errorString()));
}

SheetsImportResult importSheetsFile(PanelStore &store, const QString &path,
                                    const QString &displayName, const QString &actor)
{
    SheetsImportResult result;
    try {
        const QByteArray bytes = readSmallFile(path, displayName);
        const SheetsFile file = parseSheetsFile(bytes, displayName);
        result.member = file.member;
        const QString reason = Text::tr("sheets file %1 (sha256 %2)")
                                   .arg(QFileInfo(displayName).fileName(),
                                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        result.outcome = store.importSheets(file, displayName, actor, reason, result.issues);
        result.imported = result.issues.isEmpty();
    } catch (const InputError &error) {
        result.issues.add(QString(), error.message());
    }
    if (!result.imported)
        result.outcome = {};
    return result;
}

} // namespace pd
