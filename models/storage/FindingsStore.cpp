#include "storage/FindingsStore.h"

#include "domain/Errors.h"
#include "scoring/IndependenceRules.h"
#include "storage/AuditLog.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>
#include <optional>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

QString requireRound(const QSqlDatabase &db)
{
    const std::optional<QString> roundId = currentRoundId(db);
    if (!roundId)
        throw InputError(Tr::tr("there is no round to record findings for yet"));
    return *roundId;
}

void requireTeam(const QSqlDatabase &db, const QString &round, const QString &team)
{
    if (!existsSql(db, QStringLiteral("SELECT 1 FROM round_teams WHERE round_id = ? AND team_id = ?"),
                   {round, team}))
        throw InputError(Tr::tr("unknown team \"%1\" in round %2").arg(team, round));
}

// A member who declared a conflict with the team writes nothing on it (a data rule, as for
// scores). Who may write at all is access/FindingsAccess.h's, asked by the use cases
// (services/FindingsService.h) before they call the store.
void requireNoConflict(const QSqlDatabase &db, const QString &member, const QString &team)
{
    if (existsSql(db, QStringLiteral("SELECT 1 FROM member_conflicts WHERE member_id = ? AND team_id = ?"),
                  {member, team}))
        throw InputError(Tr::tr("%1 has declared a conflict of interest with team %2 and cannot "
                                "see or change its findings")
                             .arg(member, team));
}

void requireNamed(const ComponentFinding &finding)
{
    if (finding.component.trimmed().isEmpty())
        throw InputError(Tr::tr("a model component needs a name"));
}

template <typename E> E storedEnum(const QVariant &value)
{
    const std::optional<E> parsed = parseEnum<E>(value.toString());
    if (!parsed)   // the CHECK constraints make this unreachable for a sound file
        throw StoreError(Tr::tr("unexpected value \"%1\" in the findings").arg(value.toString()));
    return *parsed;
}

const char kComponentColumns[] =
    "component, origin, source, license, weights, external_control, evidence, evidence_file";

ComponentFinding componentFrom(const QSqlQuery &q, int first)
{
    return ComponentFinding{q.value(first).toString(),
                            storedEnum<Origin>(q.value(first + 1)),
                            q.value(first + 2).toString(),
                            storedEnum<License>(q.value(first + 3)),
                            storedEnum<Weights>(q.value(first + 4)),
                            storedEnum<ExternalControl>(q.value(first + 5)),
                            q.value(first + 6).toString(),
                            q.value(first + 7).toString()};
}

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariantList componentValues(const ComponentFinding &f)
{
    return {f.component.trimmed(),   toString(f.origin),          text(f.source),
            toString(f.license),     toString(f.weights),         toString(f.externalControl),
            text(f.evidence),        text(f.evidenceFile)};
}

struct StoredComponent {
    QString round;
    QString team;
    ComponentFinding finding;
    QString entity(qint64 id) const
    {
        return QStringLiteral("independence/%1/%2/components/%3").arg(round, team).arg(id);
    }
};

StoredComponent storedComponent(const QSqlDatabase &db, qint64 id)
{
    const QString round = requireRound(db);
    QSqlQuery q = runSql(db, QStringLiteral("SELECT team_id, %1 FROM component_findings "
                                            "WHERE round_id = ? AND seq = ?")
                                 .arg(QLatin1String(kComponentColumns)),
                         {round, id});
    if (!q.next())
        throw InputError(Tr::tr("there is no model component %1 in round %2 (it may have been "
                                "removed meanwhile)")
                             .arg(id)
                             .arg(round));
    return StoredComponent{round, q.value(0).toString(), componentFrom(q, 1)};
}

// The team's independence row, created pending when absent (components hang from it).
void ensureIndependenceRow(const QSqlDatabase &db, const QString &round, const QString &team)
{
    runSql(db, QStringLiteral(
        "INSERT INTO independence (round_id, team_id, seq, verdict, rationale) "
        "SELECT ?, ?, coalesce((SELECT max(seq) + 1 FROM independence WHERE round_id = ?), 0), "
        "'pending', '' WHERE NOT EXISTS (SELECT 1 FROM independence "
        "WHERE round_id = ? AND team_id = ?)"),
        {round, team, round, round, team});
}

} // namespace

QJsonObject componentJson(const ComponentFinding &f)
{
    return {{QStringLiteral("component"), f.component},
            {QStringLiteral("origin"), toString(f.origin)},
            {QStringLiteral("source"), f.source},
            {QStringLiteral("license"), toString(f.license)},
            {QStringLiteral("weights"), toString(f.weights)},
            {QStringLiteral("external_control"), toString(f.externalControl)},
            {QStringLiteral("evidence"), f.evidence},
            {QStringLiteral("evidence_file"), f.evidenceFile}};
}

TeamFindings readFindings(const QSqlDatabase &db, const QString &team)
{
    const QString round = requireRound(db);
    requireTeam(db, round, team);
    TeamFindings findings;
    findings.team = team;
    QSqlQuery verdict = runSql(db, QStringLiteral(
        "SELECT verdict, rationale FROM independence WHERE round_id = ? AND team_id = ?"),
        {round, team});
    if (verdict.next()) {
        findings.verdict = storedEnum<Verdict>(verdict.value(0));
        findings.rationale = verdict.value(1).toString();
    }
    QSqlQuery components = runSql(db, QStringLiteral(
        "SELECT seq, %1 FROM component_findings WHERE round_id = ? AND team_id = ? ORDER BY seq")
        .arg(QLatin1String(kComponentColumns)), {round, team});
    while (components.next())
        findings.components.push_back({components.value(0).toLongLong(), componentFrom(components, 1)});
    QSqlQuery notes = runSql(db, QStringLiteral(
        "SELECT n.component_seq, n.member_id, n.note, n.updated_at FROM component_notes n "
        "JOIN component_findings f ON f.round_id = n.round_id AND f.seq = n.component_seq "
        "JOIN members m ON m.id = n.member_id "
        "WHERE n.round_id = ? AND f.team_id = ? ORDER BY n.component_seq, m.seq"),
        {round, team});
    while (notes.next())
        findings.notes.push_back({notes.value(0).toLongLong(), notes.value(1).toString(),
                                  notes.value(2).toString(),
                                  QDateTime::fromString(notes.value(3).toString(), Qt::ISODateWithMs)});
    return findings;
}

qint64 addComponent(const QSqlDatabase &db, const QString &team, const ComponentFinding &finding,
                    const Actor &actor)
{
    const QString round = requireRound(db);
    requireTeam(db, round, team);
    requireNoConflict(db, actor.id, team);
    requireNamed(finding);
    ensureIndependenceRow(db, round, team);
    QSqlQuery next = runSql(db, QStringLiteral(
        "SELECT coalesce(max(seq) + 1, 0) FROM component_findings WHERE round_id = ?"), {round});
    next.next();
    const qint64 id = next.value(0).toLongLong();
    next.finish();
    QVariantList values{round, team, id};
    values << componentValues(finding);
    runSql(db, QStringLiteral("INSERT INTO component_findings (round_id, team_id, seq, %1) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   .arg(QLatin1String(kComponentColumns)),
           values);
    const StoredComponent stored{round, team, finding};
    appendAudit(db, actor, QStringLiteral("add-component"), stored.entity(id), QString(),
                auditJson(componentJson(finding)));
    return id;
}

void updateComponent(const QSqlDatabase &db, qint64 id, const ComponentFinding &finding,
                     const Actor &actor)
{
    const StoredComponent stored = storedComponent(db, id);
    requireNoConflict(db, actor.id, stored.team);
    requireNamed(finding);
    ComponentFinding trimmed = finding;
    trimmed.component = finding.component.trimmed();
    if (trimmed == stored.finding)
        return;
    QVariantList values = componentValues(finding);
    values << stored.round << id;
    runSql(db, QStringLiteral("UPDATE component_findings SET component = ?, origin = ?, "
                              "source = ?, license = ?, weights = ?, external_control = ?, "
                              "evidence = ?, evidence_file = ? WHERE round_id = ? AND seq = ?"),
           values);
    appendAudit(db, actor, QStringLiteral("update-component"), stored.entity(id),
                auditJson(componentJson(stored.finding)), auditJson(componentJson(trimmed)));
}

void removeComponent(const QSqlDatabase &db, qint64 id, const Actor &actor)
{
    const StoredComponent stored = storedComponent(db, id);
    requireNoConflict(db, actor.id, stored.team);
    QSqlQuery notes = runSql(db, QStringLiteral(
        "SELECT count(*) FROM component_notes WHERE round_id = ? AND component_seq = ?"),
        {stored.round, id});
    notes.next();
    QJsonObject removed = componentJson(stored.finding);
    removed.insert(QStringLiteral("notes_removed"), notes.value(0).toInt());
    notes.finish();
    runSql(db, QStringLiteral("DELETE FROM component_findings WHERE round_id = ? AND seq = ?"),
           {stored.round, id});
    appendAudit(db, actor, QStringLiteral("remove-component"), stored.entity(id),
                auditJson(removed), QString());
}

void writeComponentNote(const QSqlDatabase &db, qint64 id, const QString &note,
                        const Actor &actor)
{
    const StoredComponent stored = storedComponent(db, id);
    requireNoConflict(db, actor.id, stored.team);
    QSqlQuery old = runSql(db, QStringLiteral(
        "SELECT note FROM component_notes WHERE round_id = ? AND component_seq = ? AND member_id = ?"),
        {stored.round, id, actor.id});
    const QString before = old.next() ? old.value(0).toString() : QString();
    old.finish();
    const QString after = note.trimmed().isEmpty() ? QString() : note;
    if (before == after)
        return;
    if (after.isEmpty()) {
        runSql(db, QStringLiteral("DELETE FROM component_notes "
                                  "WHERE round_id = ? AND component_seq = ? AND member_id = ?"),
               {stored.round, id, actor.id});
    } else {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        runSql(db, QStringLiteral(
            "INSERT INTO component_notes (round_id, component_seq, member_id, note, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id, component_seq, member_id) "
            "DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at"),
            {stored.round, id, actor.id, after, now});
    }
    const auto noteJson = [](const QString &text) -> QString {
        return text.isEmpty() ? QString() : auditJson({{QStringLiteral("note"), text}});
    };
    appendAudit(db, actor, QStringLiteral("component-note"),
                stored.entity(id) + QStringLiteral("/notes/") + actor.id, noteJson(before),
                noteJson(after));
}

void recordVerdict(const QSqlDatabase &db, const QString &team, Verdict verdict,
                   const QString &rationale, const Actor &actor)
{
    const QString round = requireRound(db);
    requireTeam(db, round, team);
    requireNoConflict(db, actor.id, team);
    if (verdict != Verdict::Pending && rationale.trimmed().isEmpty())
        throw InputError(Tr::tr("a %1 verdict needs a written rationale (R5)").arg(toString(verdict)));
    const TeamFindings before = readFindings(db, team);
    if (before.verdict == verdict && before.rationale == rationale)
        return;
    ensureIndependenceRow(db, round, team);
    runSql(db, QStringLiteral("UPDATE independence SET verdict = ?, rationale = ? "
                              "WHERE round_id = ? AND team_id = ?"),
           {toString(verdict), text(rationale), round, team});
    const VerdictAudit audit = verdictAudit(before, verdict, rationale);
    appendAudit(db, actor, QStringLiteral("record-verdict"),
                QStringLiteral("independence/%1/%2").arg(round, team), audit.oldValue, audit.newValue);
}

VerdictAudit verdictAudit(const TeamFindings &before, Verdict verdict, const QString &rationale)
{
    QJsonObject after{{QStringLiteral("verdict"), toString(verdict)},
                      {QStringLiteral("rationale"), rationale}};
    if (verdictDiffersFromRules(verdict, suggestVerdict(before.findings())))
        after.insert(QStringLiteral("differs_from_rules"), true);
    return {auditJson({{QStringLiteral("verdict"), toString(before.verdict)},
                       {QStringLiteral("rationale"), before.rationale}}),
            auditJson(after)};
}

} // namespace pd
