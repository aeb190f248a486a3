#include "importers/SheetsFileIo.h"

#include "domain/Errors.h"
#include "io/JsonObjectReader.h"
#include "io/JsonStrictParser.h"
#include "io/JsonWriter.h"
#include "trust/Crypto.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SheetsFile)
};

// A base64 field of `bytes` bytes (any length when 0).
QByteArray base64Field(const JsonObjectReader &json, const char *key, int bytes)
{
    const QString text = json.string(key);
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || (bytes > 0 && decoded.decoded.size() != bytes))
        json.fail(json.pathOf(key), bytes > 0 ? Text::tr("expected %1 bytes in base64").arg(bytes)
                                              : Text::tr("expected base64"));
    return decoded.decoded;
}

} // namespace

SheetsFile sheetsFileOf(const Panel &panel, const std::vector<SheetRecord> &sheets,
                       const QString &member)
{
    const Reviewer *reviewer = panel.reviewer(member);
    if (!reviewer)
        throw InputError(Text::tr("unknown member \"%1\"").arg(member));
    if (reviewer->role != Role::Expert && reviewer->role != Role::Chair)
        throw InputError(Text::tr("%1 does not score sheets (role %2)").arg(member, toString(reviewer->role)));
    SheetsFile file;
    file.round = panel.round.id;
    file.member = member;
    for (const Team &team : panel.teams) {
        if (reviewer->conflicts.contains(team.id))
            continue;   // a conflicted member holds no sheet for the team
        SheetsFileSheet sheet;
        sheet.team = team.id;
        for (const SheetRecord &s : sheets)
            if (s.reviewer == member && s.team == team.id) {
                sheet.submitted = s.submitted;
                sheet.opinion = s.opinion;
            }
        for (const ExpertScore &s : panel.expertScores)
            if (s.reviewer == member && s.team == team.id)
                sheet.scores.push_back({s.item, s.score, s.comment});
        file.sheets.push_back(std::move(sheet));
    }
    return file;
}

QByteArray sheetsFileJson(const Panel &panel, const SheetsFile &file, const QDateTime &exportedAt)
{
    const QString member = file.member;
    const Reviewer *reviewer = panel.reviewer(member);
    if (!reviewer)
        throw InputError(Text::tr("unknown member \"%1\"").arg(member));
    JsonWriter w;
    w.beginObject();
    w.field("format", QStringLiteral("paneldesk-sheets")).field("version", 2);
    w.field("program", panel.program.name);
    w.field("round", panel.round.id).field("round_name", panel.round.name);
    w.field("member", member).field("member_name", reviewer->name);
    w.field("exported_at", exportedAt.toUTC().toString(Qt::ISODateWithMs));
    w.key("key").beginObject();
    w.field("public_key", QString::fromLatin1(file.publicKey.toBase64()));
    if (!file.sealedKey.isEmpty())
        w.field("sealed_secret", QString::fromLatin1(file.sealedKey.toBase64()));
    w.endObject();
    w.key("items").beginArray();
    for (const Category &category : panel.categories)
        for (const RubricItem &item : category.rubric) {
            w.beginObject(JsonWriter::Layout::Inline);
            w.field("id", item.id).field("name", item.name).field("points", item.points).field("step", item.step);
            w.endObject();
        }
    w.endArray();
    w.key("sheets").beginArray();
    for (const SheetsFileSheet &sheet : file.sheets) {
        const Team *team = panel.team(sheet.team);
        w.beginObject();
        w.field("team", sheet.team).field("team_name", team ? team->name : sheet.team);
        w.field("state", sheet.submitted ? QStringLiteral("submitted") : QStringLiteral("draft"));
        w.field("opinion", sheet.opinion);
        w.key("scores").beginArray();
        for (const SheetsFileScore &s : sheet.scores) {
            w.beginObject(JsonWriter::Layout::Inline);
            w.field("item", s.item).field("score", s.score).field("comment", s.comment);
            w.endObject();
        }
        w.endArray();
        w.field("signature", QString::fromLatin1(sheet.signature.toBase64()));
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
    const int version = root.integer("version");
    if (version != 1 && version != 2)
        root.fail(root.pathOf("version"), Text::tr("only versions 1 and 2 are supported"));
    if (version == 1)
        root.allowOnly({"format", "version", "program", "round", "round_name", "member",
                        "member_name", "exported_at", "items", "sheets"});
    else
        root.allowOnly({"format", "version", "program", "round", "round_name", "member",
                        "member_name", "exported_at", "key", "items", "sheets"});
    SheetsFile file;
    file.version = version;
    file.round = root.string("round");
    file.member = root.string("member");
    if (version == 2) {
        const JsonObjectReader key = root.object("key");
        key.allowOnly({"public_key", "sealed_secret"});
        file.publicKey = base64Field(key, "public_key", crypto::kPublicKeyBytes);
        if (key.has("sealed_secret"))
            file.sealedKey = base64Field(key, "sealed_secret", 0);
    }
    const JsonArrayReader sheets = root.array("sheets");
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const JsonObjectReader json = sheets.object(i);
        if (version == 1)
            json.allowOnly({"team", "team_name", "state", "opinion", "scores"});
        else
            json.allowOnly({"team", "team_name", "state", "opinion", "scores", "signature"});
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
        if (version == 2)
            sheet.signature = base64Field(json, "signature", crypto::kSignatureBytes);
        file.sheets.push_back(std::move(sheet));
    }
    return file;
}

} // namespace pd
