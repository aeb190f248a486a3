#include "storage/SheetVersions.h"

#include "domain/Errors.h"
#include "storage/SheetReader.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace pd {

SheetVersion readSheetVersion(const QSqlDatabase &db, const QString &reviewer, const QString &team)
{
    const std::optional<QString> round = currentRoundId(db);
    if (!round)
        return {};
    QSqlQuery query = runSql(db, QStringLiteral(
        "SELECT s.version, a.actor, a.at, m.name FROM sheets s "
        "LEFT JOIN audit_log a ON a.id = s.version "
        "LEFT JOIN members m ON m.id = a.actor "
        "WHERE s.round_id = ? AND s.reviewer_id = ? AND s.team_id = ?"),
        {*round, reviewer, team});
    SheetVersion version;
    if (!query.next())
        return version;
    version.version = query.value(0).toLongLong();
    version.changedBy = query.value(1).toString();
    version.changedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    version.changedAt.setTimeSpec(Qt::UTC);
    version.changedByName = query.value(3).toString();
    return version;
}

qint64 lastAuditId(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).toLongLong();
}

qint64 stampSheet(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                  qint64 auditBefore)
{
    const qint64 last = lastAuditId(db);
    const std::optional<QString> round = currentRoundId(db);
    if (round && last > auditBefore)
        runSql(db, QStringLiteral("UPDATE sheets SET version = ? "
                                  "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"),
               {last, *round, reviewer, team});
    return readSheetVersion(db, reviewer, team).version;
}

void stampSheetsOf(const QSqlDatabase &db, const QString &reviewer, qint64 auditBefore)
{
    const qint64 last = lastAuditId(db);
    const std::optional<QString> round = currentRoundId(db);
    if (round && last > auditBefore)
        runSql(db, QStringLiteral("UPDATE sheets SET version = ? "
                                  "WHERE round_id = ? AND reviewer_id = ?"),
               {last, *round, reviewer});
}

void requireSheetVersion(const QSqlDatabase &db, const QString &reviewer, const QString &team,
                         qint64 expected, const QString &actor)
{
    const SheetVersion now = readSheetVersion(db, reviewer, team);
    if (now.version == expected)
        return;
    if (now.version == 0)
        throw StaleEdit(QCoreApplication::translate(
                            "Storage", "The sheet of %1 for team %2 was cleared elsewhere after "
                                       "this window read it; nothing was saved. The sheet now "
                                       "shows what is stored: look at it, then enter your "
                                       "change again if it still applies.")
                            .arg(reviewer, team));
    QString who;
    if (now.changedBy.isEmpty())
        who = QCoreApplication::translate("Storage", "someone else");
    else if (now.changedBy == actor)
        who = QCoreApplication::translate("Storage", "you (%1), in another window or with "
                                                     "paneldesk-cli")
                  .arg(actor);
    else if (!now.changedByName.isEmpty())
        who = QCoreApplication::translate("Storage", "%1 (%2)").arg(now.changedByName, now.changedBy);
    else
        who = now.changedBy;
    const QString when = now.changedAt.isValid()
                             ? QLocale().toString(now.changedAt.toLocalTime(), QLocale::ShortFormat)
                             : QCoreApplication::translate("Storage", "an unknown date");
    throw StaleEdit(QCoreApplication::translate(
                        "Storage", "The sheet of %1 for team %2 was changed by %3 on %4 after "
                                   "this window read it; nothing was saved. The sheet now shows "
                                   "what is stored: look at it, then enter your change again if "
                                   "it still applies.")
                        .arg(reviewer, team, who, when));
}

} // namespace pd
