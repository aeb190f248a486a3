#include "trust/Verification.h"

#include "decision/Fingerprint.h"
#include "decision/VersionInputs.h"
#include "domain/Errors.h"
#include "provenance/ProvenanceSummary.h"
#include "storage/PanelStore.h"
#include "trust/ImportDigest.h"
#include "trust/OfflineSheet.h"
#include "trust/SheetPayload.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>
#include <optional>

namespace pd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Verify)
};

struct SignedSheet {
    qint64 entry = 0;
    QJsonObject payload;
};

using SheetId = std::pair<QString, QString>;   // reviewer, team

// The key the chain established last for `member` before entry `seq`; empty when none.
QByteArray keyAt(const std::vector<chain::KeyRecord> &keys, const QString &member, qint64 seq)
{
    QByteArray key;
    for (const chain::KeyRecord &k : keys)
        if (k.member == member && k.since < seq)
            key = k.publicKey;
    return key;
}

// The sheets a chair's signed "import-sheets" entry submitted: each statement must carry the
// reviewer's signature (their chain key at the time); a bad one is a record problem.
void importedSheets(const AuditEntry &e, const QString &reviewer,
                    const std::vector<chain::KeyRecord> &keys,
                    std::map<SheetId, SignedSheet> &sheets, QStringList &problems)
{
    const QJsonObject value = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
    const QByteArray key = keyAt(keys, reviewer, e.id);
    for (const QJsonValue &item : value.value(QLatin1String("signed_sheets")).toArray()) {
        const QJsonObject signedSheet = item.toObject();
        const QString team = signedSheet.value(QLatin1String("team")).toString();
        const QJsonObject statement = signedSheet.value(QLatin1String("statement")).toObject();
        const QByteArray signature =
            QByteArray::fromBase64(signedSheet.value(QLatin1String("signature")).toString().toLatin1());
        const QJsonObject payload = statement.value(QLatin1String("sheet")).toObject();
        if (!offlineStatementVerifies(key, statement, signature)
            || payload.value(QLatin1String("reviewer")).toString() != reviewer
            || payload.value(QLatin1String("team")).toString() != team) {
            problems << Text::tr("audit entry %1: the signature of %2's sheet for team %3 (imported "
                                 "from a file) does not verify with %2's key in the chain")
                            .arg(e.id)
                            .arg(reviewer, team);
            continue;
        }
        if (statement.value(QLatin1String("submitted")).toBool())
            sheets[{reviewer, team}] = {e.id, payload};
    }
}

// The payload each sheet's reviewer signed last, from the entries of the current round (their
// own submissions, and the sheets they signed offline that a signed import submitted); a
// reopened sheet has none until it is submitted again.
std::map<SheetId, SignedSheet> signedSheets(const std::vector<AuditEntry> &entries,
                                            const QString &round,
                                            const std::vector<chain::KeyRecord> &keys,
                                            QStringList &problems)
{
    std::map<SheetId, SignedSheet> sheets;
    const QString prefix = QStringLiteral("sheets/") + round + QLatin1Char('/');
    for (const AuditEntry &e : entries) {
        if (!e.entity.startsWith(prefix))
            continue;
        const QStringList parts = e.entity.mid(prefix.size()).split(QLatin1Char('/'));
        if (parts.size() == 1 && e.action == QLatin1String("import-sheets")
            && !e.signature.isEmpty() && e.signer == e.actor) {
            importedSheets(e, parts[0], keys, sheets, problems);
            continue;
        }
        if (parts.size() != 2)
            continue;
        const SheetId id{parts[0], parts[1]};
        if (e.action == QLatin1String("reopen-sheet")) {
            sheets.erase(id);
        } else if ((e.action == QLatin1String("submit-sheet") || e.action == QLatin1String("sign-sheet"))
                   && e.actor == id.first && e.signer == id.first && !e.signature.isEmpty()) {
            const QJsonObject value = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
            if (value.contains(QLatin1String("sheet")))
                sheets[id] = {e.id, value.value(QLatin1String("sheet")).toObject()};
        }
    }
    return sheets;
}

void checkSheets(const Panel &panel, const std::vector<SheetRecord> &sheets,
                 const std::vector<AuditEntry> &entries, VerifyReport &report)
{
    std::map<SheetId, std::vector<ExpertScore>> scores;
    for (const ExpertScore &s : panel.expertScores)
        scores[{s.reviewer, s.team}].push_back(s);
    const std::map<SheetId, SignedSheet> signedByReviewer =
        signedSheets(entries, panel.round.id, report.chain.keys, report.recordProblems);
    for (const SheetRecord &sheet : sheets) {
        if (!sheet.submitted)
            continue;
        ++report.sheetsChecked;
        const SheetId id{sheet.reviewer, sheet.team};
        const QString name = QStringLiteral("sheets/%1/%2/%3").arg(panel.round.id, sheet.reviewer, sheet.team);
        const auto found = signedByReviewer.find(id);
        if (found == signedByReviewer.end()) {
            report.unsignedRecords << Text::tr("%1: submitted, not signed by %2 (before schema 7, "
                                               "or imported from an unsigned file before signed "
                                               "sheets files)")
                                          .arg(name, sheet.reviewer);
            continue;
        }
        const QJsonObject now = sheetPayload(panel.round.id, sheet.reviewer, sheet.team,
                                             scores[id], sheet.opinion);
        if (now != found->second.payload)
            report.recordProblems << Text::tr("%1: differs from what %2 signed in audit entry %3")
                                         .arg(name, sheet.reviewer)
                                         .arg(found->second.entry);
    }
}

// The new_value of the last signed entry of `action` on `entity` by its signer, with its seq.
std::map<QString, std::pair<qint64, QJsonObject>> lastSigned(const std::vector<AuditEntry> &entries,
                                                             const QString &action)
{
    std::map<QString, std::pair<qint64, QJsonObject>> found;
    for (const AuditEntry &e : entries)
        if (e.action == action && !e.signature.isEmpty() && e.signer == e.actor)
            found[e.entity] = {e.id, QJsonDocument::fromJson(e.newValue.toUtf8()).object()};
    return found;
}

// Each decision version: its stored inputs hash to its fingerprint, and the chair's signed
// "decide-round" entry carries that fingerprint and the same outcomes.
// Returns the round's ratings as a version's inputs streamed them, tallied, when one did
// (the tally check then needs no scan of its own for this round).
std::optional<std::vector<RatingTally>> checkDecisions(const PanelStore &store,
                                                       const std::vector<AuditEntry> &entries,
                                                       VerifyReport &report,
                                                       const InputsProgress &progress)
{
    std::optional<std::vector<RatingTally>> streamed;
    const RoundStatus status = store.loadRoundStatus();
    // The versions' rows as one whole for `progress`.
    qint64 allRows = 0, rowsBefore = 0;
    for (const DecisionVersion &v : status.versions)
        allRows += v.ratingRows.value_or(0);
    const auto decided = lastSigned(entries, QStringLiteral("decide-round"));
    for (const DecisionVersion &v : status.versions) {
        ++report.decisionsChecked;
        const QString name = QStringLiteral("decisions/%1/v%2").arg(status.round).arg(v.version);
        // The stored part with the round's ratings spliced back in (VersionInputs.h).
        try {
            InputsProgress along;
            if (progress && v.ratingRows)
                along = [&](qint64 done, qint64) { return progress(rowsBefore + done, allRows); };
            FingerprintedInputs inputs = versionInputs(store, v, KeepBytes::No, along);
            rowsBefore += v.ratingRows.value_or(0);
            if (v.ratingRows && !streamed)
                streamed = std::move(inputs.tallies);
            if (v.ratingRows && inputs.ratings != *v.ratingRows)
                report.recordProblems << Text::tr("%1: decided on %2 user ratings, the round holds %3 "
                                                  "(the ratings were changed outside PanelDesk)")
                                             .arg(name)
                                             .arg(*v.ratingRows)
                                             .arg(inputs.ratings);
            else if (inputs.fingerprint != v.fingerprint)
                report.recordProblems << Text::tr("%1: its stored inputs do not hash to its fingerprint").arg(name);
        } catch (const Cancelled &) {
            throw;
        } catch (const InputError &) {   // the stored part was changed: no longer canonical
            report.recordProblems << Text::tr("%1: its stored inputs do not hash to its fingerprint "
                                              "(they are no longer in PanelDesk's canonical form)")
                                         .arg(name);
        } catch (const Error &e) {
            report.recordProblems << Text::tr("%1: its inputs cannot be read: %2").arg(name, e.message());
        }
        const auto entry = decided.find(name);
        if (entry == decided.end()) {
            report.unsignedRecords << Text::tr("%1: no signed decision entry").arg(name);
            continue;
        }
        const QJsonObject value = entry->second.second;
        QJsonArray outcomes;
        for (const DecisionOutcome &o : v.outcomes)
            outcomes.append(QJsonObject{{QStringLiteral("team"), o.team},
                                        {QStringLiteral("outcome"), toString(o.outcome)},
                                        {QStringLiteral("reason"), o.reason}});
        if (value.value(QLatin1String("fingerprint")).toString() != v.fingerprint
            || value.value(QLatin1String("outcomes")).toArray() != outcomes)
            report.recordProblems << Text::tr("%1: differs from what %2 signed in audit entry %3")
                                         .arg(name, v.decidedBy)
                                         .arg(entry->second.first);
    }
    return streamed;
}

// Each team's independence verdict and rationale against the chair's last signed entry.
void checkVerdicts(const Panel &panel, const std::vector<AuditEntry> &entries, VerifyReport &report)
{
    const auto recorded = lastSigned(entries, QStringLiteral("record-verdict"));
    for (const Independence &entry : panel.independence) {
        const QString name = QStringLiteral("independence/%1/%2").arg(panel.round.id, entry.team);
        const auto found = recorded.find(name);
        if (found == recorded.end()) {
            if (entry.verdict != Verdict::Pending)
                report.unsignedRecords << Text::tr("%1: verdict recorded before the first key "
                                                   "(from the panel file it was built from)")
                                              .arg(name);
            continue;
        }
        ++report.verdictsChecked;
        const QJsonObject value = found->second.second;
        if (value.value(QLatin1String("verdict")).toString() != toString(entry.verdict)
            || value.value(QLatin1String("rationale")).toString() != entry.rationale)
            report.recordProblems << Text::tr("%1: differs from the verdict signed in audit entry %2")
                                         .arg(name)
                                         .arg(found->second.first);
    }
}

// Each attached provenance report (storage/AttachedReportsStore.h): its bytes must hash to
// the SHA-256 stored with them, and that SHA-256 must be the one its "attach-report" audit
// entry carries (the chain covers that entry; its signature where the actor had a key). A
// report whose bytes or recorded hash were changed outside PanelDesk is named here.
void checkAttachedReports(const PanelStore &store, const Panel &panel,
                          const std::vector<AuditEntry> &entries, VerifyReport &report)
{
    std::map<QString, std::pair<qint64, QString>> attached;   // entity -> entry, sha256
    for (const AuditEntry &e : entries)
        if (e.action == QLatin1String("attach-report"))
            attached[e.entity] = {e.id, QJsonDocument::fromJson(e.newValue.toUtf8())
                                            .object()
                                            .value(QLatin1String("report"))
                                            .toObject()
                                            .value(QLatin1String("sha256"))
                                            .toString()};
    for (const Team &team : panel.teams) {
        for (const AttachedReport &r : store.loadAttachedReports(team.id)) {
            ++report.reportsChecked;
            const QString name = QStringLiteral("independence/%1/%2/components/%3/reports/%4")
                                     .arg(panel.round.id, r.team)
                                     .arg(r.componentId)
                                     .arg(r.id);
            if (sha256Hex(r.bytes) != r.sha256)
                report.recordProblems << Text::tr("%1: the attached report's bytes no longer hash to "
                                                  "its recorded SHA-256 %2 (changed outside PanelDesk)")
                                             .arg(name, r.sha256);
            const auto found = attached.find(name);
            if (found == attached.end())
                report.recordProblems << Text::tr("%1: no audit entry records attaching this report")
                                             .arg(name);
            else if (found->second.second != r.sha256)
                report.recordProblems << Text::tr("%1: its recorded SHA-256 %2 differs from the %3 "
                                                  "audit entry %4 recorded")
                                             .arg(name, r.sha256, found->second.second)
                                             .arg(found->second.first);
        }
    }
}

// Imports (trust.md: "import digests"). User ratings: the round's ratings must hash to the
// digest the last "import-ratings" entry signed (nothing but a ratings import changes a
// round's ratings once the panel is set up). Benchmark results: each result must equal the
// value of its last signed "import-benchmark-result" entry. Results and ratings from the panel
// file the database was built from have no such entry and are not compared.
void checkImports(const ScoringInputs &inputs, const std::vector<AuditEntry> &entries,
                  VerifyReport &report)
{
    const QString round = inputs.panel.round.id;
    const auto ratings = lastSigned(entries, QStringLiteral("import-ratings"));
    if (const auto found = ratings.find(QStringLiteral("user_ratings/") + round); found != ratings.end()) {
        const QString signedDigest = found->second.second.value(QLatin1String("tallies_sha256")).toString();
        if (signedDigest.isEmpty()) {
            report.unsignedRecords << Text::tr("user_ratings/%1: imported before import digests "
                                               "(audit entry %2)").arg(round).arg(found->second.first);
        } else {
            ++report.importsChecked;
            if (ratingTalliesDigest(inputs.ratingTallies) != signedDigest)
                report.recordProblems << Text::tr("user_ratings/%1: the ratings differ from what "
                                                  "was imported and signed in audit entry %2")
                                             .arg(round)
                                             .arg(found->second.first);
        }
    }
    const auto results = lastSigned(entries, QStringLiteral("import-benchmark-result"));
    for (const BenchmarkResult &r : inputs.panel.benchmarkResults) {
        const QString name = QStringLiteral("benchmark_results/%1/%2/%3").arg(round, r.team, r.benchmark);
        const auto found = results.find(name);
        if (found == results.end())
            continue;
        ++report.importsChecked;
        const QJsonObject value = found->second.second;
        const QJsonValue target = value.value(QLatin1String("target"));
        const bool same = value.value(QLatin1String("score")).toDouble() == r.score
                          && (r.target ? target.isDouble() && target.toDouble() == *r.target
                                       : !target.isDouble());
        if (!same)
            report.recordProblems << Text::tr("%1: differs from the result imported and signed in "
                                              "audit entry %2")
                                         .arg(name)
                                         .arg(found->second.first);
    }
}

// Each member's public key in the members table must be the one the chain established last
// for them (the table is never trusted: a key put there by another tool would let a
// passphrase of the editor's choice sign in as that member). Members without a key (before
// schema 7, or cleared) are skipped.
void checkMemberKeys(const PanelStore &store, VerifyReport &report)
{
    std::map<QString, QByteArray> established;
    for (const chain::KeyRecord &k : report.chain.keys)
        established[k.member] = k.publicKey;   // the last one wins
    for (const Member &m : store.members()) {
        const std::optional<StoredKey> stored = store.loadMemberKey(m.id);
        if (!stored)
            continue;
        const auto found = established.find(m.id);
        if (found == established.end() || found->second != stored->publicKey)
            report.recordProblems << Text::tr("members/%1: its public key is not the key the audit "
                                              "chain established for %1 (the members table was "
                                              "changed)")
                                         .arg(m.id);
    }
}

} // namespace

VerifyReport verifyStore(const PanelStore &store, const QString &knownHead, TallyCheck tallies,
                         const InputsProgress &progress)
{
    VerifyReport report;
    const std::vector<AuditEntry> entries = store.auditLog();
    report.chain = chain::verifyChain(entries, knownHead);
    const ScoringInputs inputs = store.loadScoringInputs();   // expert scores, rating tallies
    const Panel &panel = inputs.panel;
    checkSheets(panel, store.loadSheets(), entries, report);
    const std::optional<std::vector<RatingTally>> streamed = checkDecisions(store, entries, report, progress);
    checkVerdicts(panel, entries, report);
    // The tallies the scoring reads (and the ratings digest above is computed from) must
    // count the stored ratings: a rating changed outside PanelDesk shows here (schema 10).
    // When a decision version's inputs streamed the round's ratings just now, their tallies
    // are compared with the stored ones, and only other rounds are scanned.
    if (tallies == TallyCheck::Scan) {
        if (streamed && sameTallies(*streamed, inputs.ratingTallies))
            report.recordProblems << store.ratingTallyProblems(20, panel.round.id);
        else
            report.recordProblems << store.ratingTallyProblems();
    }
    checkImports(inputs, entries, report);
    checkAttachedReports(store, panel, entries, report);
    checkMemberKeys(store, report);
    return report;
}

VerifyReport quickVerifyStore(const PanelStore &store)
{
    VerifyReport report;
    report.chain = chain::quickCheck(store.auditLog());
    return report;
}

QString failureSummary(const VerifyReport &report)
{
    if (report.ok())
        return {};
    QStringList parts;
    if (report.chain.firstBad > 0)
        parts << Text::tr("audit entry %1: %2").arg(report.chain.firstBad).arg(report.chain.firstBadReason);
    const qsizetype shown = std::min<qsizetype>(3, report.recordProblems.size());
    parts << report.recordProblems.mid(0, shown);
    if (report.recordProblems.size() > shown)
        parts << Text::tr("and %1 more records").arg(report.recordProblems.size() - shown);
    return Text::tr("This panel fails verification: %1. Run paneldesk-cli verify --db PANEL (with "
                    "--as CHAIR on a server) for the whole report (docs/trust.md, \"When "
                    "verification fails\").")
        .arg(parts.join(QStringLiteral("; ")));
}

void requireVerified(const PanelStore &store, TallyCheck tallies, const InputsProgress &progress)
{
    const VerifyReport report = verifyStore(store, {}, tallies, progress);
    if (!report.ok())
        throw StoreError(failureSummary(report));
}

} // namespace pd
