#pragma once
// Shared by the fault tests (tests/faults; not a test itself): what "nothing changed" means
// for a panel database and its folder.

#include "storage/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace pd::test {

// SHA-256 over what the database holds: every table's rows in their stored order, the
// schema and user_version. Read through a fresh read-only connection (after every writer
// closed), so that it compares the committed content whatever the -wal held.
inline QByteArray logicalHash(const QString &db)
{
    SqliteConnection connection(db, SqliteConnection::Mode::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery version(connection.db());
    version.exec(QStringLiteral("PRAGMA user_version"));
    if (version.next())
        hash.addData(version.value(0).toByteArray());
    QSqlQuery tables(connection.db());
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema ORDER BY type, name"));
    QStringList names;
    while (tables.next()) {
        hash.addData(tables.value(1).toString().toUtf8());
        if (tables.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
            names << tables.value(0).toString();
    }
    for (const QString &name : names) {
        QSqlQuery rows(connection.db());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        hash.addData(QByteArray(name.toUtf8() + '\n'));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c) {
                const QVariant value = rows.value(c);
                hash.addData(value.isNull() ? QByteArray("\\N")
                                            : QByteArray(value.toString().toUtf8() + value.toByteArray().toHex()));
                hash.addData(QByteArray("\x1f"));
            }
            hash.addData(QByteArray("\x1e"));
        }
    }
    return hash.result().toHex();
}

// PRAGMA integrity_check's answer ("ok" for a sound file).
inline QString integrity(const QString &db)
{
    SqliteConnection connection(db, SqliteConnection::Mode::ReadOnly);
    QSqlQuery query(connection.db());
    query.exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

// Every file under `folder` (hidden ones too), relative, sorted: a temporary left behind
// shows as a new name.
inline QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

} // namespace pd::test
