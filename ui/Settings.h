#pragma once
// The user's settings as typed keys with their defaults, in one place. Stored with QSettings
// under the organisation and application names (tests point HOME/XDG_CONFIG_HOME elsewhere).

#include <QString>
#include <QStringList>

namespace pd {

class Settings {
public:
    // "ko", "en", or empty for the system locale (the default).
    QString language() const;
    void setLanguage(const QString &code);

    // File > Open Recent: canonical paths, most recent first (RecentFiles.h keeps the order
    // and the limit); empty by default.
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &paths);
    // File > Connect to server…: the servers connected to, without passwords.
    QStringList recentServers() const;
    void setRecentServers(const QStringList &locations);
};

} // namespace pd
