#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pd {

Translations::Translations(QObject *parent) : QObject(parent) {}

Translations::~Translations() { removeInstalled(); }

QString Translations::resolve(const QString &languageCode, const QLocale &system)
{
    if (languageCode == QLatin1String("ko") || languageCode == QLatin1String("en"))
        return languageCode;
    return system.language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

void Translations::removeInstalled()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

void Translations::apply(const QString &languageCode)
{
    const QString language = resolve(languageCode);
    removeInstalled();
    m_current = language;
    m_app = std::make_unique<QTranslator>();
    // English is the source language; its file holds only the plural forms ("1 team").
    if (m_app->load(QStringLiteral(":/i18n/paneldesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_app.get());
    if (language == QLatin1String("en")) {
        // Qt only sends LanguageChange when a translator is installed or removed: make sure.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        return;
    }
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(language),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
}

} // namespace pd
