// PgStore's findings steps (PgStore.h): components, notes and the verdict, each one
// READ COMMITTED transaction with its audit entry, retried on ServerRetry. The SQLite store's
// refusals come first with its messages (storage/FindingsStore.h: a round, a known team and
// component, a named component, no conflict, a rationale for pass and fail, a round still
// open); the server's grants, policies and triggers (ServerFindingsRules.cpp, ServerRoles.cpp,
// ServerPolicies.cpp) refuse what its rules forbid whoever asks: components for the chair
// and experts only, a note only the writer's own, the verdict the chair's only (42501), and
// nothing on a locked round (55000). Audit entries as in a file (actions add-component,
// update-component, remove-component, component-note, record-verdict, the same values).
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "scoring/IndependenceRules.h"
#include "server/PgStoreSql.h"
#include "storage/AuditLog.h"
#include "storage/DecisionStore.h"
#include "storage/FindingsStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Findings)   // FindingsStore.cpp's messages, and their translations
};

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString currentRound(const QSqlDatabase &db)
{
    const QVariant round = pgValue(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
    if (round.isNull())
        throw InputError(Tr::tr("there is no round to record findings for yet"));
    return round.toString();
}

void requireTeam(const QSqlDatabase &db, const QString &round, const QString &team)
{
    if (pgValue(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                {round, team}).isNull())
        throw InputError(Tr::tr("unknown team \"%1\" in round %2").arg(team, round));
}

// The member's own conflicts are theirs to read (policy conflict_read_own).
void requireNoConflict(const QSqlDatabase &db, const QString &member, const QString &team)
{
    if (!pgValue(db, QStringLiteral("SELECT 1 FROM member_conflicts WHERE member_id = ? AND team_id = ?"),
                 {member, team}).isNull())
        throw InputError(Tr::tr("%1 has declared a conflict of interest with team %2 and cannot "
                                "see or change its findings")
                             .arg(member, team));
}

void requireNamed(const ComponentFinding &finding)
{
    if (finding.component.trimmed().isEmpty())
        throw InputError(Tr::tr("a model component needs a name"));
}

QVariantList componentValues(const ComponentFinding &f)
{
    return {f.component.trimmed(), toString(f.origin),  text(f.source), toString(f.license),
            toString(f.weights),   toString(f.externalControl), text(f.evidence), text(f.evidenceFile)};
}

QString componentEntity(const QString &round, const QString &team, qint64 id)
{
    return QStringLiteral("independence/%1/%2/components/%3").arg(round, team).arg(id);
}

struct StoredComponent {
    QString round;
    QString team;
    ComponentFinding finding;
};

// Component `id` of the current round as this member may see it (a conflicted team's
// components are hidden by the server: to them it does not exist).
StoredComponent storedComponent(const QSqlDatabase &db, qint64 id)
{
    const QString round = currentRound(db);
    const QVariant team = pgValue(db, QStringLiteral(
        "SELECT team_id FROM component_findings WHERE round_id = ? AND seq = ?"), {round, id});
    if (!team.isNull()) {
        const TeamFindings findings = readFindings(db, team.toString());
        if (const ComponentRecord *record = findings.component(id))
            return StoredComponent{round, team.toString(), record->finding};
    }
    throw InputError(Tr::tr("there is no model component %1 in round %2 (it may have been "
                            "removed meanwhile)")
                         .arg(id)
                         .arg(round));
}

// The team's independence row, created pending when absent: by the server's function, which
// numbers it and lets only the chair and experts create it (ServerFindingsRules.cpp).
void ensureIndependenceRow(const QSqlDatabase &db, const QString &round, const QString &team)
{
    pgRun(db, QStringLiteral("SELECT ensure_findings_row(?, ?)"), {round, team});
}

} // namespace

qint64 PgStore::addComponent(const QString &team, const ComponentFinding &finding, const Actor &actor)
{
    requireActor(actor);
    qint64 id = 0;
    writeTransaction([&] {
        requireRoundOpen(m_db);
        const QString round = currentRound(m_db);
        requireTeam(m_db, round, team);
        requireNoConflict(m_db, actor.id, team);
        requireNamed(finding);
        ensureIndependenceRow(m_db, round, team);
        QVariantList values{round, team};
        values << componentValues(finding);
        // The server numbers components (sequence component_findings_seq).
        id = pgValue(m_db, QStringLiteral(
            "INSERT INTO component_findings (round_id, team_id, component, origin, source, license, "
            "weights, external_control, evidence, evidence_file) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"), values).toLongLong();
        appendServerAudit(QStringLiteral("add-component"), componentEntity(round, team, id), QString(),
                          auditJson(componentJson(finding)));
    });
    return id;
}

void PgStore::updateComponent(qint64 id, const ComponentFinding &finding, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        requireRoundOpen(m_db);
        const StoredComponent stored = storedComponent(m_db, id);
        requireNoConflict(m_db, actor.id, stored.team);
        requireNamed(finding);
        ComponentFinding trimmed = finding;
        trimmed.component = finding.component.trimmed();
        if (trimmed == stored.finding)
            return;
        QVariantList values = componentValues(finding);
        values << stored.round << id;
        pgRun(m_db, QStringLiteral("UPDATE component_findings SET component = ?, origin = ?, source = ?, "
                                   "license = ?, weights = ?, external_control = ?, evidence = ?, "
                                   "evidence_file = ? WHERE round_id = ? AND seq = ?"),
              values);
        appendServerAudit(QStringLiteral("update-component"), componentEntity(stored.round, stored.team, id),
                          auditJson(componentJson(stored.finding)), auditJson(componentJson(trimmed)));
    });
}

void PgStore::removeComponent(qint64 id, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        requireRoundOpen(m_db);
        const StoredComponent stored = storedComponent(m_db, id);
        requireNoConflict(m_db, actor.id, stored.team);
        QJsonObject removed = componentJson(stored.finding);
        removed.insert(QStringLiteral("notes_removed"),
                       pgValue(m_db, QStringLiteral("SELECT count(*) FROM component_notes "
                                                    "WHERE round_id = ? AND component_seq = ?"),
                               {stored.round, id}).toInt());
        pgRun(m_db, QStringLiteral("DELETE FROM component_findings WHERE round_id = ? AND seq = ?"),
              {stored.round, id});
        appendServerAudit(QStringLiteral("remove-component"), componentEntity(stored.round, stored.team, id),
                          auditJson(removed), QString());
    });
}

void PgStore::setComponentNote(qint64 id, const QString &note, const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        const StoredComponent stored = storedComponent(m_db, id);
        requireNoConflict(m_db, actor.id, stored.team);
        const QString before = pgValue(m_db, QStringLiteral(
            "SELECT note FROM component_notes WHERE round_id = ? AND component_seq = ? AND member_id = ?"),
            {stored.round, id, actor.id}).toString();
        const QString after = note.trimmed().isEmpty() ? QString() : note;
        if (before == after)
            return;
        // The note's time is the server's (trigger component_notes_time).
        if (after.isEmpty())
            pgRun(m_db, QStringLiteral("DELETE FROM component_notes "
                                       "WHERE round_id = ? AND component_seq = ? AND member_id = ?"),
                  {stored.round, id, actor.id});
        else if (before.isEmpty())
            pgRun(m_db, QStringLiteral("INSERT INTO component_notes (round_id, component_seq, member_id, note) "
                                       "VALUES (?, ?, ?, ?)"),
                  {stored.round, id, actor.id, after});
        else
            pgRun(m_db, QStringLiteral("UPDATE component_notes SET note = ? "
                                       "WHERE round_id = ? AND component_seq = ? AND member_id = ?"),
                  {after, stored.round, id, actor.id});
        const auto noteJson = [](const QString &value) -> QString {
            return value.isEmpty() ? QString() : auditJson({{QStringLiteral("note"), value}});
        };
        appendServerAudit(QStringLiteral("component-note"),
                          componentEntity(stored.round, stored.team, id) + QStringLiteral("/notes/") + actor.id,
                          noteJson(before), noteJson(after));
    });
}

void PgStore::recordVerdict(const QString &team, Verdict verdict, const QString &rationale,
                            const Actor &actor)
{
    requireActor(actor);
    writeTransaction([&] {
        requireRoundOpen(m_db);
        const QString round = currentRound(m_db);
        requireTeam(m_db, round, team);
        requireNoConflict(m_db, actor.id, team);
        if (verdict != Verdict::Pending && rationale.trimmed().isEmpty())
            throw InputError(Tr::tr("a %1 verdict needs a written rationale (R5)").arg(toString(verdict)));
        const TeamFindings before = readFindings(m_db, team);
        if (before.verdict == verdict && before.rationale == rationale)
            return;
        ensureIndependenceRow(m_db, round, team);
        // The chair's alone: only the chair may UPDATE independence (42501 for anyone else).
        pgRun(m_db, QStringLiteral("UPDATE independence SET verdict = ?, rationale = ? "
                                   "WHERE round_id = ? AND team_id = ?"),
              {toString(verdict), text(rationale), round, team});
        const VerdictAudit audit = verdictAudit(before, verdict, rationale);
        appendServerAudit(QStringLiteral("record-verdict"), QStringLiteral("independence/%1/%2").arg(round, team),
                          audit.oldValue, audit.newValue);
    });
}

} // namespace pd::server
