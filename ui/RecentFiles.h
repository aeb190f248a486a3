#pragma once
// The list behind File > Open Recent, as pure functions: most recent first, no duplicates,
// canonical paths, at most kMaxRecentFiles entries. Settings stores it; RecentFilesMenu
// shows it.

#include <QString>
#include <QStringList>

namespace pd {

inline constexpr int kMaxRecentFiles = 8;

// The canonical path of an existing file (symbolic links, "." and ".." resolved); the clean
// absolute path of one that does not exist.
QString canonicalRecentPath(const QString &path);

// `recent` with `path` (canonicalised) moved or added to the front, without duplicates or
// empty entries, cut to `max` entries.
QStringList withRecentFile(const QStringList &recent, const QString &path,
                           int max = kMaxRecentFiles);

// `recent` without duplicates or empty entries, cut to `max` entries (a list read from the
// settings file, which anyone may have edited).
QStringList cleanedRecentFiles(const QStringList &recent, int max = kMaxRecentFiles);

} // namespace pd
