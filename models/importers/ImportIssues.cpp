#include "importers/ImportIssues.h"

#include <QCoreApplication>

namespace pd {

QString ImportIssues::text() const
{
    QStringList lines;
    for (const ImportIssue &issue : m_listed)
        lines << issue.text();
    const qint64 more = m_count - qint64(m_listed.size());
    if (more > 0)
        lines << QCoreApplication::translate("ImportIssues", "… and %n more problem(s)", nullptr,
                                             int(qMin<qint64>(more, INT_MAX)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
