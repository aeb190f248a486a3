#pragma once
// Shared by the import tests (header only): a demo database in a temporary folder, files
// written from bytes, and a logical fingerprint of a database (every row of every table) to
// prove that a refused or cancelled import changed nothing.

#include "actions/PanelDatabase.h"
#include "storage/SqliteConnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace pd::test {

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

// SHA-256 over every table's rows in a fixed order (and the schema): equal before and
// after means the database holds exactly the same data.
inline QByteArray databaseFingerprint(const QString &path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(connection.db());
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                               "ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
        hash.addData(tables.value(1).toString().toUtf8());
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(connection.db());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            lines << values.join(QChar(0x1f));
        }
        lines.sort();   // independent of storage order
        hash.addData(name.toUtf8());
        for (const QString &line : std::as_const(lines))
            hash.addData(QByteArray(line.toUtf8()).append('\n'));
    }
    return hash.result().toHex();
}

} // namespace pd::test
