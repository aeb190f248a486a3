#include "access/AuditAccess.h"

namespace pd {
namespace {

bool isScoreEdit(const AuditEntry &entry)
{
    return entry.action == QLatin1String("expert-score")
        || entry.action == QLatin1String("clear-expert-score");
}

} // namespace

bool isDraftEdit(const AuditEntry &entry)
{
    return isScoreEdit(entry) || entry.action == QLatin1String("sheet-opinion");
}

QString draftOwner(const AuditEntry &entry)
{
    if (!isDraftEdit(entry))
        return {};
    // expert_scores/ROUND/REVIEWER/TEAM/ITEM and sheets/ROUND/REVIEWER/TEAM
    const QStringList path = entry.entity.split(QLatin1Char('/'));
    return path.size() >= 4 ? path.at(2) : QString();
}

bool maySeeAuditValues(const AuditEntry &entry, const QString &viewerId)
{
    if (!isDraftEdit(entry))
        return true;
    return !viewerId.isEmpty() && entry.actor == viewerId && draftOwner(entry) == viewerId;
}

std::vector<ShownAuditEntry> visibleAuditLog(std::vector<AuditEntry> entries, const QString &viewerId)
{
    std::vector<ShownAuditEntry> shown;
    shown.reserve(entries.size());
    for (AuditEntry &entry : entries) {
        ShownAuditEntry out;
        out.valuesHidden = !maySeeAuditValues(entry, viewerId);
        if (out.valuesHidden) {
            entry.oldValue.clear();
            entry.newValue.clear();
            if (isScoreEdit(entry)) {   // the sheet, not the item
                QStringList path = entry.entity.split(QLatin1Char('/'));
                if (path.size() > 4)
                    path = path.mid(0, 4);
                entry.entity = path.join(QLatin1Char('/'));
            }
        }
        out.entry = std::move(entry);
        shown.push_back(std::move(out));
    }
    return shown;
}

bool readsWholeServerAuditLog(Role role)
{
    return role == Role::Chair;
}

} // namespace pd
