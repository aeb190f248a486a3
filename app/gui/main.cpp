// paneldesk: the desktop application. Only wiring: options, translations, the main window.

#include "Dialogs.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "storage/PanelLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PanelDesk"));
    QApplication::setOrganizationName(QStringLiteral("PanelDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PANELDESK_VERSION));

    pd::Translations translations;
    translations.apply(pd::Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PanelDesk: expert panel scoring desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open this panel: a file, or a server "
                                                                "(postgresql://…), asked for the "
                                                                "password."),
                                QStringLiteral("PANEL"));
    const QCommandLineOption as(QStringLiteral("as"),
                                QApplication::translate("main", "The member who connects to a "
                                                                "panel on a server."),
                                QStringLiteral("MEMBER"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo panel."));
    parser.addOption(db);
    parser.addOption(as);
    parser.addOption(demo);
    parser.process(app);

    pd::MainWindow window(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                          &translations);
    window.show();
    QString error;
    if (parser.isSet(db) && pd::PanelLocation::parse(parser.value(db)).isServer())
        window.connectWithDialog(parser.value(db), parser.value(as));
    else if (parser.isSet(db) && !window.openDatabase(parser.value(db), &error))
        pd::widgetDialogs().show(&window, pd::Dialogs::Severity::Critical, QStringLiteral("PanelDesk"), error);
    else if (parser.isSet(demo) && !window.openDemo(&error))
        pd::widgetDialogs().show(&window, pd::Dialogs::Severity::Critical, QStringLiteral("PanelDesk"), error);
    return app.exec();
}
