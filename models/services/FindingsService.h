#pragma once
// The independence findings' changes as use cases (trust.md, "One door"): each takes the
// acting member, asks access/FindingsAccess.h whether they may (role, and the conflict where
// the team is known), and only then lets the store persist the change. The Independence tab
// (itemmodels/ComponentTableModel) and the demo's creation call these, never the store's
// findings writes directly. Refusals are InputErrors and change nothing (no byte of the
// file: nothing is written before the check).
//
// The store keeps the data rules (storage/FindingsStore.h): a known team and component, a
// named component, a rationale for pass and fail (R5), and that a member who declared a
// conflict with the team writes nothing on it.

#include "domain/Findings.h"
#include "trust/Actor.h"

namespace pd {

class PanelStore;

class FindingsService {
public:
    explicit FindingsService(PanelStore &store) : m_store(store) {}

    // Chair or expert, without a conflict with `team`. Returns the component's id.
    qint64 addComponent(const QString &team, const ComponentFinding &finding, const Actor &actor);
    // Chair or expert (the store refuses one conflicted with the component's team).
    void updateComponent(qint64 id, const ComponentFinding &finding, const Actor &actor);
    void removeComponent(qint64 id, const Actor &actor);
    void setComponentNote(qint64 id, const QString &note, const Actor &actor);
    // Attaches a provenance report (a `paneldesk-provenance` version 1 JSON report, taken as
    // its exact bytes) as evidence to component `id`: the chair or an expert without a
    // conflict with the component's team. `sourceName` names the report in a refusal (a
    // file path, or "the comparison"). Validated before anything is written (InputError
    // naming the key); returns the attached report's id. The verdict stays the chair's.
    qint64 attachReport(qint64 id, const QByteArray &report, const QString &sourceName,
                        const Actor &actor);
    // The chair, without a conflict with `team`.
    void recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                       const Actor &actor);

private:
    PanelStore &m_store;
};

} // namespace pd
