#include "storage/Schema.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/SqlHelpers.h"

#include <QVariant>

namespace pd::schema {

int userVersion(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

int applicationId(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
}

void upgrade(QSqlDatabase &db, int from, int to)
{
    if (from < 0 || from >= to || to > kCurrentVersion)
        throw StoreError(QCoreApplication::translate("Storage", "cannot upgrade the schema from version %1 to %2")
                             .arg(from)
                             .arg(to));
    if (from < 1 && to >= 1)
        createCoreTables(db);
    if (from < 2 && to >= 2)
        addAuditLog(db);
    if (from < 3 && to >= 3)
        addFindingNotes(db);
    if (from < 4 && to >= 4)
        addBenchmarkMappings(db);
    if (from < 5 && to >= 5)
        addDecisions(db);
    if (from < 6 && to >= 6)
        keyRatingsByWhatTheyRate(db);
    if (from < 7 && to >= 7)
        addAuditChain(db);
    if (from < 8 && to >= 8)
        addSignInThrottle(db);
    if (from < 9 && to >= 9)
        addSealedDrafts(db);
    if (from < 10 && to >= 10)
        addRatingTallies(db);
    if (from < 11 && to >= 11)
        addSheetVersions(db);
    if (from < 12 && to >= 12)
        addDecisionRatingRows(db);
    if (from < 13 && to >= 13)
        addAttachedReports(db);
    if (from < 14 && to >= 14)
        addRubricBands(db);
    if (from < 15 && to >= 15)
        addBenchmarkTargets(db);
    // PRAGMA values cannot be bound; `to` is an int we checked above.
    execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(to));
}

} // namespace pd::schema
