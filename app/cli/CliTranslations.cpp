#include "CliTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pd::cli {

CliTranslations::CliTranslations(const QLocale &locale) : m_language(QStringLiteral("en"))
{
    // By the locale's language (ko_KR -> ko), as the window decides, not by the LANGUAGE
    // list of QLocale::uiLanguages(): LANG=C or LC_ALL=C always gives English.
    const bool english = locale.language() == QLocale::C || locale.language() == QLocale::English;
    const QString code = english ? QStringLiteral("en") : QLocale::languageToCode(locale.language());
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/paneldesk_%1.qm").arg(code)))
        return;   // no PanelDesk translation for this language: English
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    m_language = code;
    if (english)
        return;   // English is the source; its file holds only the plural forms ("1 team")
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
}

CliTranslations::~CliTranslations()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
}

} // namespace pd::cli
