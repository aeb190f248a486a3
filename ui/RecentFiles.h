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

// `recent` with the server location `shown` (PanelLocation::shown: no password) moved or
// added to the front, as it is (a server address is not a path), cut to `max` entries.
QStringList withRecentServer(const QStringList &recent, const QString &shown,
                             int max = kMaxRecentFiles);

} // namespace pd
