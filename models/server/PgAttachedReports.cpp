// PgStore's attached provenance reports (PgStore.h; storage/AttachedReportsStore.h): the
// same refusals, evidence text and "attach-report" audit entry as a file, in one READ
// COMMITTED transaction retried on ServerRetry. The bytes are stored by the server's
// pd_attach_report (ServerAttachedReports.cpp), which checks the caller, computes the
// SHA-256 itself and numbers the report; the evidence text is written under the findings'
// own grants and policies, and the audit entry is signed with the member's key before
// COMMIT like every findings change (PgSignatures.cpp).
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "server/PgStoreSql.h"
#include "storage/AttachedReportsStore.h"
#include "storage/DecisionStore.h"

#include <QCoreApplication>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Findings)   // FindingsStore.cpp's messages, and their translations
};

} // namespace

qint64 PgStore::attachReport(qint64 componentId, const QByteArray &report, const Actor &actor)
{
    requireActor(actor);
    const ProvenanceSummary summary = parseProvenanceSummary(report, Tr::tr("the report"));
    qint64 id = 0;
    writeTransaction([&] {
        requireRoundOpen(m_db);
        const QString round = requireRound();
        // A conflicted team's components are hidden by the server: to them it does not exist.
        QSqlQuery component = pgRun(m_db, QStringLiteral(
            "SELECT team_id, evidence FROM component_findings WHERE round_id = ? AND seq = ?"),
            {round, componentId});
        if (!component.next())
            throw InputError(Tr::tr("there is no model component %1 in round %2 (it may have been "
                                    "removed meanwhile)")
                                 .arg(componentId)
                                 .arg(round));
        const QString team = component.value(0).toString();
        const QString before = component.value(1).toString();
        component.finish();
        if (!pgValue(m_db, QStringLiteral("SELECT 1 FROM member_conflicts WHERE member_id = ? AND team_id = ?"),
                     {actor.id, team}).isNull())
            throw InputError(Tr::tr("%1 has declared a conflict of interest with team %2 and cannot "
                                    "see or change its findings")
                                 .arg(actor.id, team));
        const QString after = evidenceWithReport(before, summary);
        pgRun(m_db, QStringLiteral("UPDATE component_findings SET evidence = ? WHERE round_id = ? AND seq = ?"),
              {after, round, componentId});
        QSqlQuery attached = pgRun(m_db, QStringLiteral("SELECT seq, sha256 FROM pd_attach_report(?, ?, ?)"),
                                   {round, componentId, report});
        attached.next();
        id = attached.value(0).toLongLong();
        if (attached.value(1).toString() != summary.sha256)   // the same bytes hash the same
            throw StoreError(Tr::tr("the server stored the report with another SHA-256 (%1)")
                                 .arg(attached.value(1).toString()));
        attached.finish();
        const AttachAudit audit = attachAudit(round, team, componentId, id, before, after, summary);
        appendServerAudit(QStringLiteral("attach-report"), audit.entity, audit.oldValue, audit.newValue);
    });
    return id;
}

std::vector<AttachedReport> PgStore::loadAttachedReports(const QString &team) const
{
    std::vector<AttachedReport> reports;
    readSnapshot([&] {
        if (!pgValue(m_db, QStringLiteral("SELECT has_table_privilege('attached_reports', 'SELECT')")).toBool())
            return;   // observers: nothing of the findings
        const QVariant round = pgValue(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
        if (round.isNull())
            return;
        reports = readAttachedReports(m_db, round.toString(), team);
    });
    return reports;
}

} // namespace pd::server
