#include "Settings.h"

#include <QSettings>

namespace pd {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

QString Settings::language() const { return QSettings().value(kLanguage, QString()).toString(); }

void Settings::setLanguage(const QString &code) { QSettings().setValue(kLanguage, code); }

} // namespace pd
