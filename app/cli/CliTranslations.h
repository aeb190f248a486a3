#pragma once
// The language of paneldesk-cli's messages: the system locale's (LC_ALL, LC_MESSAGES or LANG,
// e.g. LANG=ko_KR.UTF-8 for Korean), like the window's default. For a language PanelDesk is
// translated into it installs PanelDesk's translation (embedded under :/i18n) and Qt's own
// (qtbase, for the option parser's texts) when Qt's is installed; otherwise messages stay in
// English, the source language. The translators are removed when the object is destroyed.

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace pd::cli {

class CliTranslations {
public:
    explicit CliTranslations(const QLocale &locale = QLocale::system());
    ~CliTranslations();
    CliTranslations(const CliTranslations &) = delete;
    CliTranslations &operator=(const CliTranslations &) = delete;

    // The language code of the installed translation ("ko"), or "en" for the source texts.
    QString language() const { return m_language; }

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace pd::cli
