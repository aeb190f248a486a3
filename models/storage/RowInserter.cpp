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

namespace {

// The messages of the schema's triggers (RAISE(ABORT, ...) in SchemaCoreTables.cpp,
// SchemaAuditLog.cpp and SchemaBenchmarkTargets.cpp), listed here so that they are translated like every other message.
constexpr const char *kTriggerMessages[] = {
    QT_TRANSLATE_NOOP("Storage", "a configured target needs a benchmark of a target_ratio group"),
    QT_TRANSLATE_NOOP("Storage", "a result in a target_ratio group needs a target above 0"),
    QT_TRANSLATE_NOOP("Storage", "a sheet is created as a draft and submitted once complete"),
    QT_TRANSLATE_NOOP("Storage", "a submitted sheet must score every rubric item of the round"),
    QT_TRANSLATE_NOOP("Storage", "the audit log is append-only: entries cannot be changed"),
    QT_TRANSLATE_NOOP("Storage", "the audit log is append-only: entries cannot be deleted"),
    QT_TRANSLATE_NOOP("Storage", "the benchmark does not apply to this team"),
    QT_TRANSLATE_NOOP("Storage", "the reviewer already holds a sheet for this team"),
    QT_TRANSLATE_NOOP("Storage", "the reviewer has a declared conflict of interest with this team"),
    QT_TRANSLATE_NOOP("Storage", "the score is above the points of its rubric item"),
    QT_TRANSLATE_NOOP("Storage", "the score is not a multiple of the step of its rubric item"),
    QT_TRANSLATE_NOOP("Storage", "the score must be a number"),
    QT_TRANSLATE_NOOP("Storage", "the sheet is submitted: its scores can no longer change"),
};

} // namespace

QString describeRefusal(const QString &message)
{
    if (message.startsWith(QLatin1String("FOREIGN KEY")))
        return QCoreApplication::translate("Storage", "refers to a team, reviewer, category, "
                                                      "group, benchmark or item that is not "
                                                      "defined (%1)")
            .arg(message);
    if (message.startsWith(QLatin1String("UNIQUE")))
        return QCoreApplication::translate("Storage", "duplicate entry (%1)").arg(message);
    static const QLatin1String checkPrefix("CHECK constraint failed: ");
    if (message.startsWith(checkPrefix)) {
        const QString rule = message.mid(checkPrefix.size());
        if (rule == QLatin1String("rating_within_scale"))
            return QCoreApplication::translate("Storage", "the rating is outside the scale of "
                                                          "its category");
        if (rule == QLatin1String("verdict_needs_rationale"))
            return QCoreApplication::translate("Storage", "a pass or fail verdict needs a "
                                                          "written rationale");
        if (rule == QLatin1String("cut_exactly_one_of_eliminate_or_advance"))
            return QCoreApplication::translate("Storage", "the cut needs exactly one of "
                                                          "eliminate or advance");
        if (rule.endsWith(QLatin1String("_id_format")))
            return QCoreApplication::translate("Storage", "an id must be 1-64 letters, digits, "
                                                          "'-', '_' or '.' (rule %1)")
                .arg(rule);
        return QCoreApplication::translate("Storage", "value not allowed (rule %1)").arg(rule);
    }
    for (const char *text : kTriggerMessages)
        if (message == QLatin1String(text))
            return QCoreApplication::translate("Storage", text);
    return message;   // a trigger message not listed above: already a sentence
}

} // namespace pd
