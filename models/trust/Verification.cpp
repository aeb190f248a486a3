#include "trust/Verification.h"

#include "storage/PanelStore.h"
#include "trust/SheetPayload.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

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

// The payload each sheet's reviewer signed last, from the entries of the current round; a
// reopened sheet has none until it is submitted again.
std::map<SheetId, SignedSheet> signedSheets(const std::vector<AuditEntry> &entries,
                                            const QString &round)
{
    std::map<SheetId, SignedSheet> sheets;
    const QString prefix = QStringLiteral("sheets/") + round + QLatin1Char('/');
    for (const AuditEntry &e : entries) {
        if (!e.entity.startsWith(prefix))
            continue;
        const QStringList parts = e.entity.mid(prefix.size()).split(QLatin1Char('/'));
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

void checkSheets(const PanelStore &store, const std::vector<AuditEntry> &entries, VerifyReport &report)
{
    const Panel panel = store.loadScoringInputs().panel;   // expert scores, no raw ratings
    std::map<SheetId, std::vector<ExpertScore>> scores;
    for (const ExpertScore &s : panel.expertScores)
        scores[{s.reviewer, s.team}].push_back(s);
    const std::map<SheetId, SignedSheet> signedByReviewer = signedSheets(entries, panel.round.id);
    for (const SheetRecord &sheet : store.loadSheets()) {
        if (!sheet.submitted)
            continue;
        ++report.sheetsChecked;
        const SheetId id{sheet.reviewer, sheet.team};
        const QString name = QStringLiteral("sheets/%1/%2/%3").arg(panel.round.id, sheet.reviewer, sheet.team);
        const auto found = signedByReviewer.find(id);
        if (found == signedByReviewer.end()) {
            report.unsignedRecords << Text::tr("%1: submitted, not signed by %2 (before schema 7, "
                                               "or imported from a file)")
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

} // namespace

VerifyReport verifyStore(const PanelStore &store, const QString &knownHead)
{
    VerifyReport report;
    const std::vector<AuditEntry> entries = store.auditLog();
    report.chain = chain::verifyChain(entries, knownHead);
    checkSheets(store, entries, report);
    return report;
}

} // namespace pd
