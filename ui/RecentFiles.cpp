#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>

namespace pd {

QString canonicalRecentPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QStringList withRecentFile(const QStringList &recent, const QString &path, int max)
{
    QStringList list = recent;
    if (!path.isEmpty())
        list.prepend(canonicalRecentPath(path));
    return cleanedRecentFiles(list, max);
}

QStringList withRecentServer(const QStringList &recent, const QString &shown, int max)
{
    QStringList list = recent;
    if (!shown.trimmed().isEmpty())
        list.prepend(shown.trimmed());
    return cleanedRecentFiles(list, max);
}

QStringList cleanedRecentFiles(const QStringList &recent, int max)
{
    QStringList list;
    for (const QString &path : recent) {
        if (list.size() >= max)
            break;
        if (!path.isEmpty() && !list.contains(path))
            list.append(path);
    }
    return list;
}

} // namespace pd
