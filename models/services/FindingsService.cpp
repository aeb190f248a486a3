#include "services/FindingsService.h"

#include "access/FindingsAccess.h"
#include "domain/Errors.h"
#include "provenance/ProvenanceSummary.h"
#include "services/ActingMember.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

[[noreturn]] void refuseConflict(const QString &member, const QString &team)
{
    throw InputError(Tr::tr("%1 has declared a conflict of interest with team %2 and cannot "
                            "see or change its findings")
                         .arg(member, team));
}

// Chair or expert; without a conflict with `team` when one is given.
void requireEditor(const PanelStore &store, const Actor &actor, const QString &team = {})
{
    const std::optional<Member> member = actingMember(store, actor.id);
    if (!member || !roleEditsFindings(member->role))
        throw InputError(Tr::tr("only the chair and experts record findings (%1 is neither)")
                             .arg(actor.id));
    if (!team.isEmpty() && !mayEditFindings(*member, team))
        refuseConflict(actor.id, team);
}

} // namespace

qint64 FindingsService::addComponent(const QString &team, const ComponentFinding &finding,
                                     const Actor &actor)
{
    requireEditor(m_store, actor, team);
    return m_store.addComponent(team, finding, actor);
}

void FindingsService::updateComponent(qint64 id, const ComponentFinding &finding, const Actor &actor)
{
    requireEditor(m_store, actor);
    m_store.updateComponent(id, finding, actor);
}

void FindingsService::removeComponent(qint64 id, const Actor &actor)
{
    requireEditor(m_store, actor);
    m_store.removeComponent(id, actor);
}

void FindingsService::setComponentNote(qint64 id, const QString &note, const Actor &actor)
{
    requireEditor(m_store, actor);
    m_store.setComponentNote(id, note, actor);
}

qint64 FindingsService::attachReport(qint64 id, const QByteArray &report, const QString &sourceName,
                                     const Actor &actor)
{
    requireEditor(m_store, actor);
    parseProvenanceSummary(report, sourceName);   // refuse a malformed report by its own name
    return m_store.attachReport(id, report, actor);
}

void FindingsService::recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                                    const Actor &actor)
{
    const std::optional<Member> member = actingMember(m_store, actor.id);
    if (!member || !roleRecordsVerdict(member->role))
        throw InputError(Tr::tr("only the chair records the panel's independence verdict (%1 is "
                                "not the chair)")
                             .arg(actor.id));
    if (!mayRecordVerdict(*member, team))
        refuseConflict(actor.id, team);
    m_store.recordVerdict(team, verdict, rationale, actor);
}

} // namespace pd
