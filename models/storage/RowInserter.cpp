#include "storage/RowInserter.h"
#include <QCoreApplication>

#include <QSqlError>

namespace pd {

void RowInserter::refused(const QString &listPath, qsizetype index) const
{
    const QString where = QStringLiteral("%1[%2]").arg(listPath).arg(index);
    if (isConstraintError(m_query))
        throw InputError(where + QStringLiteral(": ") + describeRefusal(sqliteMessage(m_query)));
    throw StoreError(QCoreApplication::translate("Storage", "database error while writing %1: %2")
                         .arg(where, m_query.lastError().text()));
}

QString describeRefusal(const QString &message)
{
    if (message.startsWith(QLatin1String("FOREIGN KEY")))
        return QStringLiteral("refers to a team, reviewer, category, group, benchmark or item "
                              "that is not defined (%1)")
            .arg(message);
    if (message.startsWith(QLatin1String("UNIQUE")))
        return QCoreApplication::translate("Storage", "duplicate entry (%1)").arg(message);
    static const QLatin1String checkPrefix("CHECK constraint failed: ");
    if (message.startsWith(checkPrefix)) {
        const QString rule = message.mid(checkPrefix.size());
        if (rule == QLatin1String("rating_within_scale"))
            return QStringLiteral("the rating is outside the scale of its category");
        if (rule == QLatin1String("verdict_needs_rationale"))
            return QStringLiteral("a pass or fail verdict needs a written rationale");
        if (rule == QLatin1String("cut_exactly_one_of_eliminate_or_advance"))
            return QStringLiteral("the cut needs exactly one of eliminate or advance");
        if (rule.endsWith(QLatin1String("_id_format")))
            return QStringLiteral("an id must be 1-64 letters, digits, '-', '_' or '.' "
                                  "(rule %1)").arg(rule);
        return QCoreApplication::translate("Storage", "value not allowed (rule %1)").arg(rule);
    }
    return message;   // trigger messages are already sentences
}

} // namespace pd
