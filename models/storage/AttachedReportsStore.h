#pragma once
// Provenance reports attached as evidence to a component (docs/provenance.md, "Attaching a
// report to a finding"), inside the caller's write transaction (SqliteStore; the server's
// store shares the reads and the audit values, server/PgAttachedReports.cpp).
//
// Attaching stores the report's exact bytes with their SHA-256, who and when, and appends
// the report's summary line to the component's evidence text, in one transaction with one
// audit entry: action "attach-report", entity
// "independence/ROUND/TEAM/components/ID/reports/N", old value {"evidence": before}, new
// value {"evidence": after, "report": the summary with "sha256"} (ProvenanceSummary::toJson),
// signed like every findings change where the actor has a key. `verify` compares each stored
// report's bytes and SHA-256 with that entry (trust/Verification.cpp). Reports are never
// changed or detached; they go with their component when it is removed.
//
// The store's data rules, as for the other findings: a round and a known component, no
// conflict of the actor with its team, the round open, and bytes that parse as a
// `paneldesk-provenance` version 1 report. Who may attach is FindingsService's.

#include "domain/Findings.h"
#include "provenance/ProvenanceSummary.h"
#include "trust/Actor.h"

#include <QSqlDatabase>

namespace pd {

// The audit entry's entity and values of an attach (both stores).
struct AttachAudit {
    QString entity;
    QString oldValue;
    QString newValue;
};
AttachAudit attachAudit(const QString &round, const QString &team, qint64 componentId,
                        qint64 reportId, const QString &evidenceBefore,
                        const QString &evidenceAfter, const ProvenanceSummary &summary);

// The component's evidence text once a report with `summary` is attached: the summary line
// on a line of its own after what was written before.
QString evidenceWithReport(const QString &evidenceBefore, const ProvenanceSummary &summary);

// SQLite: attaches `report` to component `componentId` of the current round; its id.
qint64 attachReport(const QSqlDatabase &db, qint64 componentId, const QByteArray &report,
                    const Actor &actor);

// The team's attached reports in the current round, in attach order (both stores: the
// server's policies hide a conflicted team's rows).
std::vector<AttachedReport> readAttachedReports(const QSqlDatabase &db, const QString &round,
                                                const QString &team);

} // namespace pd
