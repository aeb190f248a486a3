#include "importers/ImportIssues.h"

#include <QCoreApplication>

namespace pd {

QString ImportIssues::text() const
{
    QStringList lines;
    for (const ImportIssue &issue : m_listed)
        lines << issue.text();
    const qint64 more = m_count - qint64(m_listed.size());
    if (more > 0) {
        // the count first: lupdate hangs on a template argument list inside translate()
        const int unlisted = more > INT_MAX ? INT_MAX : int(more);
        lines << QCoreApplication::translate("ImportIssues", "… and %n more problem(s)", nullptr, unlisted);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
