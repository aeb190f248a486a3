#include "importers/SheetsWorkspace.h"

#include "actions/PanelDatabase.h"
#include "domain/Errors.h"
#include "importers/BenchmarkFiles.h"
#include "importers/SheetsFileIo.h"
#include "io/JsonObjectReader.h"
#include "io/JsonStrictParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SheetsWorkspace)
};

} // namespace

SheetsWorkspace createSheetsWorkspace(const QString &sheetsFile, const QString &folder,
                                      const QString &passphrase)
{
    const QString name = QFileInfo(sheetsFile).fileName();
    const QByteArray bytes = readSmallFile(sheetsFile, name);
    const SheetsFile file = parseSheetsFile(bytes, name);   // checks the format and the sheets
    if (file.version < 2 || file.sealedKey.isEmpty())
        throw InputError(Text::tr("%1 does not carry %2's sealed key (an unsigned file, version 1, "
                                  "or written without it): export the sheets again from the panel, "
                                  "signed in as %2")
                             .arg(name, file.member));
    std::optional<MemberKey> key = MemberKey::unseal(file.member, file.publicKey, file.sealedKey, passphrase);
    if (!key)
        throw InputError(Text::tr("the passphrase does not open %1's key in %2").arg(file.member, name));
    const JsonObjectReader root(parseJsonStrictly(bytes, name).object(), QString(), name);

    Panel panel;
    panel.program.name = root.string("program", Text::tr("Offline score sheets"));
    panel.program.notice = Text::tr("offline score sheets of %1 from %2 — not the panel's "
                                    "database: export them and give the file to the chair")
                               .arg(file.member, name);
    panel.round.id = file.round;
    panel.round.name = root.string("round_name", file.round);
    panel.round.cut.eliminate = 0;
    Category expert;
    expert.id = QStringLiteral("expert");
    expert.kind = CategoryKind::Expert;
    expert.name = Text::tr("Expert evaluation");
    const JsonArrayReader items = root.array("items");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonObjectReader item = items.object(i);
        item.allowOnly({"id", "name", "points", "step"});
        expert.rubric.push_back({item.string("id"), item.string("name", QString()),
                                 item.number("points"), item.number("step", 0.5)});
        expert.points += expert.rubric.back().points;
    }
    panel.categories = {expert};
    const JsonArrayReader sheets = root.array("sheets");
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const JsonObjectReader sheet = sheets.object(i);
        panel.teams.push_back({sheet.string("team"), sheet.string("team_name", sheet.string("team")),
                               QString(), file.round});
    }
    const Reviewer reviewer{file.member, root.string("member_name", file.member), Role::Expert, {}};
    panel.reviewers = {reviewer};

    QDir().mkpath(folder);
    // A new file each time (never one that may be open): the member's work stays in it.
    const QString dbPath = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.offline.paneldesk")
            .arg(file.member, file.round,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
    try {
        createDatabase(panel, dbPath, {false, file.member}, [&](PanelStore &store) {
            for (size_t i = 0; i < file.sheets.size(); ++i) {
                const SheetsFileSheet &s = file.sheets[i];
                const QString path = name + QStringLiteral(": sheets[%1]").arg(i);
                try {
                    for (const SheetsFileScore &score : s.scores)
                        store.setExpertScore({file.member, s.team, score.item, score.score, false,
                                              score.comment},
                                             file.member);
                    if (!s.opinion.isEmpty())
                        store.setSheetOpinion(file.member, s.team, s.opinion, file.member);
                    if (s.submitted)
                        store.submitSheet(file.member, s.team, file.member);
                } catch (const InputError &error) {
                    throw InputError(path + QStringLiteral(": ") + error.message());
                }
            }
            // The member's key, as in the panel: the filled sheets are exported signed with it.
            store.storeMemberKey(file.member, {key->publicKey(), file.sealedKey}, true, Actor(*key));
        });
    } catch (const InputError &error) {
        if (error.message().startsWith(name))
            throw;
        throw InputError(name + QStringLiteral(": ") + error.message());
    }
    Member member;
    member.id = reviewer.id;
    member.name = reviewer.name;
    member.role = Role::Expert;
    return {dbPath, member, std::move(key)};
}

} // namespace pd
