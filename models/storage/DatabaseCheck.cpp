#include "storage/DatabaseCheck.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/RatingTallyTable.h"
#include "storage/Schema.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

namespace pd {
namespace {

enum class Depth { Quick, Full };

void checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(QCoreApplication::translate("Storage", "%1 does not exist").arg(path));
    if (!info.isFile())
        throw StoreError(QCoreApplication::translate("Storage", "%1 is not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Storage", "%1 cannot be read: %2").arg(path, file.errorString()));
    static const QByteArray kHeader("SQLite format 3\0", 16);
    if (file.read(kHeader.size()) != kHeader)
        throw StoreError(
            QCoreApplication::translate("Storage", "%1 is not a PanelDesk database (not an SQLite file)").arg(path));
}

[[noreturn]] void damaged(const QString &path, const QString &problem)
{
    throw StoreError(QCoreApplication::translate("Storage", "%1 is damaged: %2").arg(path, problem));
}

// A PRAGMA's first value; a failure to read it means the file is damaged.
QVariant pragmaValue(const QSqlDatabase &db, const QString &path, const QString &pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma) || !query.next())
        damaged(path, query.lastError().databaseText());
    return query.value(0);
}

// Runs a checking PRAGMA whose rows are problems, or the single row "ok". Reports the first
// problem line (SQLite prefixes them with "*** in database main ***").
void expectOk(const QSqlDatabase &db, const QString &path, const QString &pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma))
        damaged(path, query.lastError().databaseText());
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row == QLatin1String("ok"))
            return;
        const QStringList lines = row.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            if (!line.startsWith(QLatin1String("*** in database")))
                damaged(path, line.trimmed());
    }
    if (query.lastError().isValid())
        damaged(path, query.lastError().databaseText());
}

void checkForeignKeys(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        damaged(path, query.lastError().databaseText());
    if (query.next())
        damaged(path, QCoreApplication::translate("Storage", "row %1 of table %2 refers to a missing row of %3")
                          .arg(query.value(1).toString(), query.value(0).toString(),
                               query.value(2).toString()));
}

int checkOnce(const QString &path, Depth depth)
{
    checkHeader(path);
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    const QSqlDatabase &db = connection.db();

    const int applicationId = pragmaValue(db, path, QStringLiteral("PRAGMA application_id")).toInt();
    if (applicationId != schema::kApplicationId)
        throw StoreError(
            QCoreApplication::translate("Storage", "%1 is an SQLite database but not a PanelDesk panel").arg(path));

    if (depth == Depth::Quick) {
        expectOk(db, path, QStringLiteral("PRAGMA quick_check"));
    } else {
        expectOk(db, path, QStringLiteral("PRAGMA integrity_check"));
        checkForeignKeys(db, path);
    }

    const int version = pragmaValue(db, path, QStringLiteral("PRAGMA user_version")).toInt();
    if (version > schema::kCurrentVersion)
        throw StoreError(QCoreApplication::translate("Storage", "%1 was written by a newer PanelDesk (schema %2; this "
                                        "version reads up to %3)")
                             .arg(path)
                             .arg(version)
                             .arg(schema::kCurrentVersion));
    // The rating tallies against the ratings (schema 10): on open only their counts (one
    // B-tree count; grouping every rating again would cost a second on 2,000,000), in the
    // full check every count and sum.
    if (version >= 10) {
        if (depth == Depth::Quick) {
            if (const QString problem = ratingCountMismatch(db); !problem.isEmpty())
                damaged(path, problem);
        } else if (const QStringList problems = ratingTallyMismatches(db, 1); !problems.isEmpty()) {
            damaged(path, problems.first());
        }
    }
    return version;
}

// Without a -wal the file is read as it is (SqliteConnection, ReadOnly), so nothing is written
// beside a file that fails. A writer that opened it meanwhile (a -wal appeared) may have
// changed pages under the check: then it is checked again, through its -wal.
int check(const QString &path, Depth depth)
{
    const QString wal = path + QStringLiteral("-wal");
    const bool walBefore = QFileInfo::exists(wal);
    try {
        return checkOnce(path, depth);
    } catch (const StoreError &) {
        if (walBefore || !QFileInfo::exists(wal))
            throw;
    }
    return checkOnce(path, depth);
}

} // namespace

int checkDatabaseFile(const QString &path)
{
    return check(path, Depth::Quick);
}

bool integrityCheck(const QString &path, QString *firstProblem)
{
    try {
        check(path, Depth::Full);
        return true;
    } catch (const StoreError &error) {
        if (firstProblem)
            *firstProblem = error.message();
        return false;
    }
}

} // namespace pd
