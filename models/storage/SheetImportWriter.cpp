#include "storage/SheetImportWriter.h"

#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/DraftStore.h"
#include "storage/ExpertScoreWriter.h"
#include "storage/SheetReader.h"
#include "storage/SheetWriter.h"
#include "storage/SqlHelpers.h"
#include "trust/OfflineSheet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

struct Stored {
    bool exists = false;
    bool submitted = false;
    QString opinion;
    std::vector<SheetsFileScore> scores;
};

Stored storedSheet(const QSqlDatabase &db, const QString &round, const QString &member,
                   const QString &team)
{
    Stored s;
    QSqlQuery sheet = runSql(db, QStringLiteral("SELECT state = 'submitted', opinion FROM sheets "
                                                "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
                             {round, member, team});
    if (sheet.next()) {
        s.exists = true;
        s.submitted = sheet.value(0).toInt() != 0;
        s.opinion = sheet.value(1).toString();
    }
    QSqlQuery scores = runSql(db, QStringLiteral("SELECT item_id, score, comment FROM expert_scores "
                                                 "WHERE round_id = ? AND reviewer_id = ? AND team_id = ? "
                                                 "ORDER BY item_id"),
                              {round, member, team});
    while (scores.next())
        s.scores.push_back({scores.value(0).toString(), scores.value(1).toDouble(),
                            scores.value(2).toString()});
    return s;
}

qint64 lastAuditSeq(const QSqlDatabase &db)
{
    QSqlQuery query = execSql(db, QStringLiteral(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool sameScores(std::vector<SheetsFileScore> a, std::vector<SheetsFileScore> b)
{
    const auto byItem = [](const SheetsFileScore &x, const SheetsFileScore &y) { return x.item < y.item; };
    std::sort(a.begin(), a.end(), byItem);
    std::sort(b.begin(), b.end(), byItem);
    return a == b;
}

// A sheet of a member who has a key: checked score by score, then written as one draft
// sealed to the member (storage/DraftStore.h), or in the clear and submitted when the file
// submits it. A sealed draft in the panel that the importer cannot open is replaced by the
// file's sheet (the offline file is the member's newer copy); a draft kept in the clear is
// merged as before (the file's scores win, the others stay). True when the sheet was
// submitted here.
bool importSealedSheet(const QSqlDatabase &db, const SheetKey &key, const SheetsFileSheet &sheet,
                       const QByteArray &publicKey, const Stored &stored, const QString &path,
                       ImportIssues &issues, SheetImportOutcome &outcome)
{
    const qint64 before = issues.count();
    for (size_t j = 0; j < sheet.scores.size(); ++j) {
        const SheetsFileScore &s = sheet.scores[j];
        const QString scorePath = path + QStringLiteral(".scores[%1]").arg(j);
        for (size_t k = 0; k < j; ++k)
            if (sheet.scores[k].item == s.item)
                issues.add(scorePath + QStringLiteral(".item"),
                           Tr::tr("item %1 is scored twice (first at scores[%2])").arg(s.item).arg(k));
        try {
            checkExpertScore(db, {key.reviewer, key.team, s.item, s.score, false, s.comment});
        } catch (const InputError &error) {
            issues.add(scorePath, error.message());
        }
    }
    if (issues.count() != before)
        return false;
    DraftContent draft;
    if (stored.exists && !hasSealedDraft(db, key))
        draft = *readDraft(db, key, nullptr);
    for (const SheetsFileScore &s : sheet.scores) {
        const QString comment = s.comment.isNull() ? QStringLiteral("") : s.comment;
        DraftScore *old = draft.find(s.item);
        if (old && old->score == s.score && old->comment == comment)
            continue;
        ++outcome.scoresWritten;
        if (old)
            *old = {s.item, s.score, comment};
        else
            draft.scores.push_back({s.item, s.score, comment});
    }
    if (draft.opinion != sheet.opinion)
        ++outcome.opinionsWritten;
    draft.opinion = sheet.opinion.isNull() ? QStringLiteral("") : sheet.opinion;
    if (!stored.exists)
        runSql(db, QStringLiteral("INSERT INTO sheets (round_id, reviewer_id, team_id, state) "
                                  "VALUES (?, ?, ?, 'draft')"), key.values());
    try {
        if (sheet.submitted) {
            unsealDraft(db, key, draft);
            submitSheet(db, key.reviewer, key.team, key.reviewer);
            ++outcome.sheetsSubmitted;
            return true;
        }
        sealDraft(db, key, draft, publicKey);
    } catch (const InputError &error) {
        issues.add(path, error.message());
    }
    return false;
}

} // namespace

SheetImportOutcome writeImportedSheets(const QSqlDatabase &db, const SheetsFile &file,
                                       const QString &sourceName, const Actor &actor,
                                       const QString &reason, ImportIssues &issues)
{
    SheetImportOutcome outcome;
    const auto at = [&](const QString &path) -> QString { return sourceName + QStringLiteral(": ") + path; };
    const std::optional<QString> round = currentRoundId(db);
    if (!round) {
        issues.add(sourceName, Tr::tr("there is no round to import sheets into yet"));
        return outcome;
    }
    if (file.round != *round) {
        issues.add(at(QStringLiteral("round")),
                   Tr::tr("the sheets are for round %1, the panel's round is %2").arg(file.round, *round));
        return outcome;
    }
    QSqlQuery role = runSql(db, QStringLiteral("SELECT role FROM members WHERE id = ?"), {file.member});
    if (!role.next()) {
        issues.add(at(QStringLiteral("member")), Tr::tr("unknown member \"%1\"").arg(file.member));
        return outcome;
    }
    const QString member = file.member;
    const qint64 seqBefore = lastAuditSeq(db);
    QJsonArray signedSheets;   // the member's statements and signatures of the sheets submitted here
    for (size_t i = 0; i < file.sheets.size(); ++i) {
        const SheetsFileSheet &sheet = file.sheets[i];
        const QString path = QStringLiteral("sheets[%1]").arg(i);
        for (size_t k = 0; k < i; ++k)
            if (file.sheets[k].team == sheet.team)
                issues.add(at(path + QStringLiteral(".team")),
                           Tr::tr("team %1 has a second sheet here (first at sheets[%2])").arg(sheet.team).arg(k));
        const Stored stored = storedSheet(db, *round, member, sheet.team);
        if (stored.submitted) {
            if (sheet.submitted && sameScores(stored.scores, sheet.scores) && stored.opinion == sheet.opinion)
                ++outcome.sheetsUnchanged;
            else
                issues.add(at(path), Tr::tr("the sheet of %1 for team %2 is submitted in the panel: "
                                            "it can no longer change (the chair can reopen it)")
                                         .arg(member, sheet.team));
            continue;
        }
        const auto signedSheet = [&] {
            return QJsonObject{
                {QStringLiteral("team"), sheet.team},
                {QStringLiteral("statement"), offlineSheetStatement(file.round, member, sheet)},
                {QStringLiteral("signature"), QString::fromLatin1(sheet.signature.toBase64())}};
        };
        const qint64 before = issues.count();
        if (const std::optional<QByteArray> publicKey = memberPublicKey(db, member)) {
            if (importSealedSheet(db, SheetKey{*round, member, sheet.team}, sheet, *publicKey,
                                  stored, at(path), issues, outcome))
                signedSheets.append(signedSheet());
            continue;
        }
        for (size_t j = 0; j < sheet.scores.size(); ++j) {
            const SheetsFileScore &s = sheet.scores[j];
            const QString scorePath = path + QStringLiteral(".scores[%1]").arg(j);
            for (size_t k = 0; k < j; ++k)
                if (sheet.scores[k].item == s.item)
                    issues.add(at(scorePath + QStringLiteral(".item")),
                               Tr::tr("item %1 is scored twice (first at scores[%2])").arg(s.item).arg(k));
            bool unchanged = false;
            for (const SheetsFileScore &old : stored.scores)
                unchanged = unchanged || old == s;
            try {
                writeExpertScore(db, {member, sheet.team, s.item, s.score, false, s.comment}, member);
                if (!unchanged)
                    ++outcome.scoresWritten;
            } catch (const InputError &error) {
                issues.add(at(scorePath), error.message());
            }
        }
        try {
            if (sheet.opinion != stored.opinion) {
                writeSheetOpinion(db, member, sheet.team, sheet.opinion, member);
                ++outcome.opinionsWritten;
            }
            if (sheet.submitted && issues.count() == before) {
                submitSheet(db, member, sheet.team, member);
                ++outcome.sheetsSubmitted;
                signedSheets.append(signedSheet());
            }
        } catch (const InputError &error) {
            issues.add(at(path), error.message());
        }
    }
    if (issues.isEmpty()) {
        QJsonObject value{{QStringLiteral("scores"), outcome.scoresWritten},
                          {QStringLiteral("opinions"), outcome.opinionsWritten},
                          {QStringLiteral("submitted"), outcome.sheetsSubmitted},
                          {QStringLiteral("member_entries"), lastAuditSeq(db) - seqBefore},
                          {QStringLiteral("signed_sheets"), signedSheets}};
        if (!file.sourceSha256.isEmpty())
            value.insert(QStringLiteral("file_sha256"), file.sourceSha256);
        if (!file.publicKey.isEmpty())
            value.insert(QStringLiteral("public_key"), QString::fromLatin1(file.publicKey.toBase64()));
        appendAudit(db, actor, QStringLiteral("import-sheets"),
                    QStringLiteral("sheets/%1/%2").arg(*round, member), QString(), auditJson(value),
                    reason);
    }
    return outcome;
}

} // namespace pd
