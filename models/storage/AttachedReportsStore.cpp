#include "storage/AttachedReportsStore.h"

#include "domain/Errors.h"
#include "storage/AuditLog.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Findings)   // FindingsStore.cpp's messages, and their translations
};

} // namespace

AttachAudit attachAudit(const QString &round, const QString &team, qint64 componentId,
                        qint64 reportId, const QString &evidenceBefore,
                        const QString &evidenceAfter, const ProvenanceSummary &summary)
{
    return {QStringLiteral("independence/%1/%2/components/%3/reports/%4")
                .arg(round, team)
                .arg(componentId)
                .arg(reportId),
            auditJson({{QStringLiteral("evidence"), evidenceBefore}}),
            auditJson({{QStringLiteral("evidence"), evidenceAfter},
                       {QStringLiteral("report"), summary.toJson()}})};
}

QString evidenceWithReport(const QString &evidenceBefore, const ProvenanceSummary &summary)
{
    const QString line = attachedReportEvidence(summary);
    if (evidenceBefore.trimmed().isEmpty())
        return line;
    return evidenceBefore + QLatin1Char('\n') + line;
}

qint64 attachReport(const QSqlDatabase &db, qint64 componentId, const QByteArray &report,
                    const Actor &actor)
{
    const std::optional<QString> roundId = currentRoundId(db);
    if (!roundId)
        throw InputError(Tr::tr("there is no round to record findings for yet"));
    const QString round = *roundId;
    QSqlQuery component = runSql(db, QStringLiteral(
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
    if (existsSql(db, QStringLiteral("SELECT 1 FROM member_conflicts WHERE member_id = ? AND team_id = ?"),
                  {actor.id, team}))
        throw InputError(Tr::tr("%1 has declared a conflict of interest with team %2 and cannot "
                                "see or change its findings")
                             .arg(actor.id, team));
    const ProvenanceSummary summary = parseProvenanceSummary(report, Tr::tr("the report"));
    const QString after = evidenceWithReport(before, summary);
    runSql(db, QStringLiteral("UPDATE component_findings SET evidence = ? WHERE round_id = ? AND seq = ?"),
           {after, round, componentId});
    QSqlQuery next = runSql(db, QStringLiteral(
        "SELECT coalesce(max(seq) + 1, 0) FROM attached_reports WHERE round_id = ?"), {round});
    next.next();
    const qint64 id = next.value(0).toLongLong();
    next.finish();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    runSql(db, QStringLiteral(
        "INSERT INTO attached_reports (round_id, seq, component_seq, report, sha256, "
        "attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {round, id, componentId, report, summary.sha256, actor.id, now});
    const AttachAudit audit = attachAudit(round, team, componentId, id, before, after, summary);
    appendAudit(db, actor, QStringLiteral("attach-report"), audit.entity, audit.oldValue,
                audit.newValue);
    return id;
}

std::vector<AttachedReport> readAttachedReports(const QSqlDatabase &db, const QString &round,
                                                const QString &team)
{
    std::vector<AttachedReport> reports;
    QSqlQuery q = runSql(db, QStringLiteral(
        "SELECT r.seq, r.component_seq, r.report, r.sha256, r.attached_by, r.attached_at "
        "FROM attached_reports r JOIN component_findings f "
        "ON f.round_id = r.round_id AND f.seq = r.component_seq "
        "WHERE r.round_id = ? AND f.team_id = ? ORDER BY r.seq"),
        {round, team});
    while (q.next()) {
        AttachedReport report;
        report.id = q.value(0).toLongLong();
        report.componentId = q.value(1).toLongLong();
        report.team = team;
        report.bytes = q.value(2).toByteArray();
        report.sha256 = q.value(3).toString();
        report.attachedBy = q.value(4).toString();
        const QVariant at = q.value(5);
        report.attachedAt = at.typeId() == QMetaType::QDateTime
                                ? at.toDateTime().toUTC()
                                : QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        reports.push_back(std::move(report));
    }
    return reports;
}

} // namespace pd
