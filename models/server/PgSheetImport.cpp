// PgStore::importSheets (PgStore.h; docs/server.md, "Importing offline sheets on a server"):
// the chair imports a member's offline sheets file with the same results as a file's import
// (storage/SheetImportWriter.h): the same refusals with the same messages and JSON paths,
// the same outcome counts, all or nothing (one transaction), the member's changes entered as
// theirs and one "import-sheets" entry by the chair, signed by the chair's key before COMMIT.
//
// The checks a file makes first are made here first, on what the chair may read (the round,
// the members, the rubric, every member's conflicts, the sheets' states through
// sheet_states()); each sheet is then written by the server's pd_import_sheet
// (ServerSheetImport.cpp), the guard that re-checks everything, inside a savepoint so that a
// refusal of one sheet is listed and the others are still checked. The signatures of the
// file are checked before, against the member's key in the chain (importers/SheetsExchange.h).
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "server/PgStoreSql.h"
#include "server/ServerErrors.h"
#include "storage/AuditLog.h"
#include "storage/DecisionStore.h"
#include "storage/ExpertScoreWriter.h"
#include "trust/OfflineSheet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

#include <map>

namespace pd::server {
namespace {

// The file backend's messages (storage/SheetImportWriter.cpp, SheetWriter.cpp): the same
// text in the same translation context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

QString storageText(const char *text)
{
    return QCoreApplication::translate("Storage", text);
}

QString scoresJson(const SheetsFileSheet &sheet)
{
    QJsonArray scores;
    for (const SheetsFileScore &s : sheet.scores)
        scores.append(QJsonObject{{QStringLiteral("item"), s.item},
                                  {QStringLiteral("score"), s.score},
                                  {QStringLiteral("comment"), s.comment.isNull() ? QStringLiteral("") : s.comment}});
    return QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact));
}

// The items the server named as missing in its refusal of an incomplete sheet (ids, in the
// rubric's order), shown as a file shows them: "name (id)".
QString missingItems(const QSqlDatabase &db, const QString &round, const QString &message)
{
    static const QRegularExpression after(QStringLiteral("first: ([^\\n(]*)"));
    const QRegularExpressionMatch match = after.match(message);
    if (!match.hasMatch())
        return QString();
    QStringList items;
    for (const QString &raw : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = raw.trimmed();
        const QString name = pgValue(db, QStringLiteral("SELECT name FROM rubric_items WHERE round_id = ? AND id = ?"),
                                     {round, id}).toString();
        items << (name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id));
    }
    return items.join(QStringLiteral(", "));
}

struct Written {
    QString outcome;   // "draft", "submitted", "unchanged"
    int scores = 0;
    bool opinion = false;
};

} // namespace

SheetImportOutcome PgStore::importSheets(const SheetsFile &file, const QString &sourceName,
                                         const Actor &actor, const QString &reason,
                                         ImportIssues &issues)
{
    requireActor(actor);
    struct Refused {};   // issues were found: the transaction rolls back
    const auto at = [&](const QString &path) -> QString { return sourceName + QStringLiteral(": ") + path; };
    SheetImportOutcome outcome;
    ImportIssues found;

    // One sheet through pd_import_sheet in a savepoint: the server's refusal is listed at
    // `path` and undone, the transaction goes on. ServerRetry and connection failures end it.
    const auto writeSheet = [&](const SheetsFileSheet &sheet, const QString &path) -> std::optional<Written> {
        pgRun(m_db, QStringLiteral("SAVEPOINT pd_import_sheet"));
        try {
            QSqlQuery q = pgRun(m_db, QStringLiteral(
                "SELECT outcome, scores_written, opinion_written FROM pd_import_sheet(?, ?, CAST(? AS jsonb), ?, ?)"),
                {file.member, sheet.team, scoresJson(sheet),
                 sheet.opinion.isNull() ? QStringLiteral("") : sheet.opinion, sheet.submitted});
            Written written;
            if (q.next())
                written = {q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool()};
            q.finish();
            pgRun(m_db, QStringLiteral("RELEASE SAVEPOINT pd_import_sheet"));
            return written;
        } catch (const ServerRejected &error) {
            pgRun(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT pd_import_sheet"));
            if (error.sqlState() == QLatin1String("23PD1"))
                found.add(at(path), storageText("the sheet of %1 for team %2 is submitted in the panel: "
                                                "it can no longer change (the chair can reopen it)")
                                        .arg(file.member, sheet.team));
            else if (error.sqlState() == QLatin1String("23PD2"))
                found.add(at(path), storageText("the sheet of %1 for team %2 is incomplete; score these "
                                                "items first: %3")
                                        .arg(file.member, sheet.team,
                                             missingItems(m_db, file.round, error.message())));
            else
                found.add(at(path), error.message());
        } catch (const ServerRefused &error) {
            pgRun(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT pd_import_sheet"));
            found.add(at(path), error.message());
        }
        return std::nullopt;
    };

    const auto write = [&] {
        outcome = {};
        found = {};
        requireRoundOpen(m_db);   // as a file: a clear message before the server's triggers
        const QVariant round = pgValue(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
        if (round.isNull()) {
            found.add(sourceName, storageText("there is no round to import sheets into yet"));
            return;
        }
        if (file.round != round.toString()) {
            found.add(at(QStringLiteral("round")), storageText("the sheets are for round %1, the panel's round is %2")
                                                       .arg(file.round, round.toString()));
            return;
        }
        if (pgValue(m_db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {file.member}).isNull()) {
            found.add(at(QStringLiteral("member")), storageText("unknown member \"%1\"").arg(file.member));
            return;
        }
        std::map<QString, QString> states;   // team -> the member's sheet's state
        QSqlQuery q = pgRun(m_db, QStringLiteral(
            "SELECT team_id, state FROM sheet_states() WHERE round_id = ? AND reviewer_id = ?"),
            {round, file.member});
        while (q.next())
            states[q.value(0).toString()] = q.value(1).toString();
        q.finish();
        QStringList chairConflicts;   // the server refuses these teams (ServerSheetImport.cpp)
        q = pgRun(m_db, QStringLiteral("SELECT team_id FROM member_conflicts WHERE member_id = ?"), {m_member});
        while (q.next())
            chairConflicts << q.value(0).toString();
        q.finish();

        QJsonArray signedSheets;   // the member's statements and signatures of the sheets submitted here
        for (size_t i = 0; i < file.sheets.size(); ++i) {
            const SheetsFileSheet &sheet = file.sheets[i];
            const QString path = QStringLiteral("sheets[%1]").arg(i);
            for (size_t k = 0; k < i; ++k)
                if (file.sheets[k].team == sheet.team)
                    found.add(at(path + QStringLiteral(".team")),
                              storageText("team %1 has a second sheet here (first at sheets[%2])").arg(sheet.team).arg(k));
            if (chairConflicts.contains(sheet.team)) {
                found.add(at(path), Tr::tr("you (%1) declared a conflict of interest with team %2, so on a "
                                           "server you cannot import a sheet for it: %3 enters that sheet "
                                           "online themselves")
                                        .arg(m_member, sheet.team, file.member));
                continue;
            }
            if (states[sheet.team] == QLatin1String("submitted")) {
                if (const std::optional<Written> written = writeSheet(sheet, path))
                    outcome.sheetsUnchanged += written->outcome == QLatin1String("unchanged") ? 1 : 0;
                continue;
            }
            const qint64 before = found.count();
            for (size_t j = 0; j < sheet.scores.size(); ++j) {
                const SheetsFileScore &s = sheet.scores[j];
                const QString scorePath = at(path) + QStringLiteral(".scores[%1]").arg(j);
                for (size_t k = 0; k < j; ++k)
                    if (sheet.scores[k].item == s.item)
                        found.add(scorePath + QStringLiteral(".item"),
                                  storageText("item %1 is scored twice (first at scores[%2])").arg(s.item).arg(k));
                try {
                    checkExpertScore(m_db, {file.member, sheet.team, s.item, s.score, false, s.comment});
                } catch (const InputError &error) {
                    found.add(scorePath, error.message());
                }
            }
            if (found.count() != before)
                continue;
            const std::optional<Written> written = writeSheet(sheet, path);
            if (!written)
                continue;
            outcome.scoresWritten += written->scores;
            outcome.opinionsWritten += written->opinion ? 1 : 0;
            if (written->outcome == QLatin1String("submitted")) {
                ++outcome.sheetsSubmitted;
                signedSheets.append(QJsonObject{
                    {QStringLiteral("team"), sheet.team},
                    {QStringLiteral("statement"), offlineSheetStatement(file.round, file.member, sheet)},
                    {QStringLiteral("signature"), QString::fromLatin1(sheet.signature.toBase64())}});
            }
        }
        if (!found.isEmpty())
            return;
        // The member's entries the server wrote in this transaction (their submits), which the
        // chair's signed entry covers (trust/AuditChain.h).
        const qint64 memberEntries = pgValue(m_db, QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE id >= CAST(nullif(current_setting('paneldesk.first_entry', "
            "true), '') AS bigint)")).toLongLong();
        QJsonObject value{{QStringLiteral("scores"), outcome.scoresWritten},
                          {QStringLiteral("opinions"), outcome.opinionsWritten},
                          {QStringLiteral("submitted"), outcome.sheetsSubmitted},
                          {QStringLiteral("member_entries"), memberEntries},
                          {QStringLiteral("signed_sheets"), signedSheets}};
        if (!file.sourceSha256.isEmpty())
            value.insert(QStringLiteral("file_sha256"), file.sourceSha256);
        if (!file.publicKey.isEmpty())
            value.insert(QStringLiteral("public_key"), QString::fromLatin1(file.publicKey.toBase64()));
        appendServerAudit(QStringLiteral("import-sheets"),
                          QStringLiteral("sheets/%1/%2").arg(round.toString(), file.member), {},
                          auditJson(value), reason);
    };

    try {
        writeTransaction([&] {
            write();
            if (!found.isEmpty())
                throw Refused{};
        });
    } catch (const Refused &) {
        outcome = {};
    }
    if (issues.isEmpty())
        issues = found;
    else
        for (const ImportIssue &issue : found.listed())
            issues.add(issue.where, issue.message);
    return outcome;
}

} // namespace pd::server
