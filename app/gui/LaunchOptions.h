#pragma once
// The window's command line: `paneldesk PANEL` (what a file manager passes for a
// double-clicked .paneldesk file, Exec=paneldesk %f), `--db PANEL`, `--as MEMBER`, `--demo`.
// Header-only so that tests/gui/tst_launchoptions.cpp checks it without the executable.

#include <QCoreApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace pd::gui {

struct LaunchOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "Open this panel: a file, or a server "
                                                              "(postgresql://…), asked for the "
                                                              "password."),
                          QStringLiteral("PANEL")};
    QCommandLineOption as{QStringLiteral("as"),
                          QCoreApplication::translate("main", "The member who connects to a "
                                                              "panel on a server."),
                          QStringLiteral("MEMBER")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the demo panel.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(db);
        parser.addOption(as);
        parser.addOption(demo);
        parser.addPositionalArgument(
            QStringLiteral("PANEL"),
            QCoreApplication::translate("main", "The panel file to open (the same as --db)."),
            QStringLiteral("[PANEL]"));
    }

    // The panel to open, from --db or the positional argument; empty for none.
    QString panel(const QCommandLineParser &parser) const
    {
        if (parser.isSet(db))
            return parser.value(db);
        const QStringList positional = parser.positionalArguments();
        return positional.isEmpty() ? QString() : positional.constFirst();
    }

    // Why the command line cannot be followed (empty when it can): one panel at most.
    QString error(const QCommandLineParser &parser) const
    {
        const qsizetype given = parser.positionalArguments().size() + (parser.isSet(db) ? 1 : 0);
        if (given > 1)
            return QCoreApplication::translate("main", "Give one panel to open, as PANEL or with --db.");
        return {};
    }
};

} // namespace pd::gui
