#pragma once
// Independence findings: components, notes and the panel verdict. One of the parts of
// PanelStore (PanelStore.h).

#include "domain/Findings.h"
#include "trust/Actor.h"

#include <QString>

namespace pd {

class FindingsStorage {
public:
    virtual ~FindingsStorage() = default;

    // Independence findings (storage/FindingsStore.h has the data rules and the audit; who
    // may do what is checked by services/FindingsService.h, which callers use to change them).
    // Each change is one transaction with its audit entry; refusals are InputErrors.
    // The team's verdict, components with ids, and every member's notes (callers filter
    // with access/FindingsAccess.h before showing anything).
    virtual TeamFindings loadFindings(const QString &team) const = 0;
    // A new component at the end of the team's list; returns its id.
    virtual qint64 addComponent(const QString &team, const ComponentFinding &finding,
                                const Actor &actor) = 0;
    virtual void updateComponent(qint64 id, const ComponentFinding &finding,
                                 const Actor &actor) = 0;
    // Removes the component and every note on it.
    virtual void removeComponent(qint64 id, const Actor &actor) = 0;
    // The actor's own note on a component; a blank note removes it.
    virtual void setComponentNote(qint64 id, const QString &note, const Actor &actor) = 0;
    // The panel verdict (pass/fail need a rationale, R5; the chair's: FindingsService).
    virtual void recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                               const Actor &actor) = 0;

    // Attached provenance reports (storage/AttachedReportsStore.h): `report` is a
    // `paneldesk-provenance` version 1 JSON report, stored byte for byte with its SHA-256 on
    // component `componentId`, whose evidence text gains the report's summary; one
    // transaction with its "attach-report" audit entry. Returns the report's id.
    virtual qint64 attachReport(qint64 componentId, const QByteArray &report,
                                const Actor &actor) = 0;
    // The team's attached reports in attach order (callers filter with
    // access/FindingsAccess.h, as for the findings).
    virtual std::vector<AttachedReport> loadAttachedReports(const QString &team) const = 0;
};

} // namespace pd
