#include "Settings.h"

#include <QSettings>

namespace pd {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecentFiles = QStringLiteral("ui/recentFiles");
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

} // namespace pd
