// paneldesk: the desktop application. Only wiring: options, translations, the main window.

#include "Dialogs.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "storage/PanelLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStandardPaths>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PanelDesk"));
    QApplication::setOrganizationName(QStringLiteral("PanelDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PANELDESK_VERSION));
    // the installed desktop entry (packaging/): Wayland matches the window to its name and icon
    QGuiApplication::setDesktopFileName(QStringLiteral("org.paneldesk.PanelDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("paneldesk")));   // hicolor, once installed

    pd::Translations translations;
    translations.apply(pd::Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PanelDesk: expert panel scoring desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const pd::gui::LaunchOptions options;
    options.addTo(parser);
    parser.process(app);
    if (const QString error = options.error(parser); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(error), qPrintable(parser.helpText()));
        return 2;
    }
    const QString panel = options.panel(parser);

    pd::MainWindow window(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                          &translations);
    window.show();
    QString error;
    if (!panel.isEmpty() && pd::PanelLocation::parse(panel).isServer())
        window.connectWithDialog(panel, parser.value(options.as));
    else if (!panel.isEmpty() && !window.openDatabase(panel, &error))
        pd::widgetDialogs().show(&window, pd::Dialogs::Severity::Critical, QStringLiteral("PanelDesk"), error);
    else if (parser.isSet(options.demo) && !window.openDemo(&error))
        pd::widgetDialogs().show(&window, pd::Dialogs::Severity::Critical, QStringLiteral("PanelDesk"), error);
    return app.exec();
}
