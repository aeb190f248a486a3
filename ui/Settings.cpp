#include "Settings.h"

#include <QSettings>

namespace pd {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecentFiles = QStringLiteral("ui/recentFiles");
const QString kRecentServers = QStringLiteral("ui/recentServers");
} // namespace

QString Settings::language() const { return QSettings().value(kLanguage, QString()).toString(); }

void Settings::setLanguage(const QString &code) { QSettings().setValue(kLanguage, code); }

QStringList Settings::recentFiles() const
{
    return QSettings().value(kRecentFiles, QStringList()).toStringList();
}

void Settings::setRecentFiles(const QStringList &paths)
{
    QSettings().setValue(kRecentFiles, paths);
}

QStringList Settings::recentServers() const
{
    return QSettings().value(kRecentServers, QStringList()).toStringList();
}

void Settings::setRecentServers(const QStringList &locations)
{
    QSettings().setValue(kRecentServers, locations);
}

} // namespace pd
