#pragma once
// One prepared INSERT reused for many rows: bind, execute, and on a refused row an
// InputError that names the panel-file path of the row ("expert_scores[3]: ...").

#include "domain/Errors.h"
#include "storage/SqlHelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace pd {

// Values as SQLite should store them: Qt binds a null QString as NULL, so text is made
// non-null; an absent optional is NULL.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
inline QVariant sqlValue(const QString &text) { return sqlText(text); }
inline QVariant sqlValue(double value) { return QVariant(value); }
inline QVariant sqlValue(int value) { return QVariant(value); }
inline QVariant sqlValue(qsizetype value) { return QVariant(qint64(value)); }
inline QVariant sqlValue(bool value) { return QVariant(value ? 1 : 0); }
template <typename T> QVariant sqlValue(const std::optional<T> &value)
{
    return value ? sqlValue(*value) : QVariant();
}

class RowInserter {
public:
    RowInserter(const QSqlDatabase &db, const QString &sql) : m_query(prepareSql(db, sql)) {}

    // `listPath` and `index` name the row in the panel file; they are only formatted when
    // the row is refused.
    template <typename... Values>
    void insert(const QString &listPath, qsizetype index, const Values &...values)
    {
        int position = 0;
        (m_query.bindValue(position++, sqlValue(values)), ...);
        if (!m_query.exec())
            refused(listPath, index);
    }

private:
    [[noreturn]] void refused(const QString &listPath, qsizetype index) const;
    QSqlQuery m_query;
};

// Turns SQLite's message for a refused row into one a user can act on.
QString describeRefusal(const QString &sqliteMessage);

} // namespace pd
