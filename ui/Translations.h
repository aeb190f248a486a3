#pragma once
// The application's languages: Korean and English. Owns the installed translators (PanelDesk's
// own and Qt's for standard dialogs); switching installs the new ones, and Qt then sends every
// widget a LanguageChange event so that it can retranslate itself.

#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace pd {

class Translations : public QObject {
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // "ko" or "en". An empty or unknown code follows the system locale (Korean for a Korean
    // locale, English otherwise).
    void apply(const QString &languageCode);
    QString current() const { return m_current; }

    static QString resolve(const QString &languageCode, const QLocale &system = QLocale::system());

private:
    void removeInstalled();

    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace pd
