// The window's command line (app/gui/LaunchOptions.h): `paneldesk PANEL`, as a file manager
// runs it for a double-clicked .paneldesk file (Exec=paneldesk %f), opens that panel like
// `--db PANEL`; two panels are refused.

#include "../../app/gui/LaunchOptions.h"

#include <QCommandLineParser>
#include <QTest>

class TestLaunchOptions : public QObject
{
    Q_OBJECT

    static QString panelOf(const QStringList &arguments, QString *error = nullptr)
    {
        QCommandLineParser parser;
        const pd::gui::LaunchOptions options;
        options.addTo(parser);
        if (!parser.parse(QStringList{QStringLiteral("paneldesk")} + arguments))
            return QStringLiteral("<parse error: %1>").arg(parser.errorText());
        if (error)
            *error = options.error(parser);
        return options.panel(parser);
    }

private Q_SLOTS:
    void positionalPanelOpens()
    {
        QString error;
        QCOMPARE(panelOf({QStringLiteral("/home/chair/R2 panel.paneldesk")}, &error),
                 QStringLiteral("/home/chair/R2 panel.paneldesk"));
        QVERIFY(error.isEmpty());
    }

    void dbOptionStillOpens()
    {
        QString error;
        QCOMPARE(panelOf({QStringLiteral("--db"), QStringLiteral("a.paneldesk")}, &error),
                 QStringLiteral("a.paneldesk"));
        QVERIFY(error.isEmpty());
        QCOMPARE(panelOf({QStringLiteral("--db"), QStringLiteral("postgresql://host/panel"),
                          QStringLiteral("--as"), QStringLiteral("chair")}),
                 QStringLiteral("postgresql://host/panel"));
    }

    void nothingGivenOpensNothing()
    {
        QString error;
        QVERIFY(panelOf({}, &error).isEmpty());
        QVERIFY(error.isEmpty());
        QVERIFY(panelOf({QStringLiteral("--demo")}).isEmpty());
    }

    void twoPanelsAreRefused()
    {
        QString error;
        panelOf({QStringLiteral("a.paneldesk"), QStringLiteral("b.paneldesk")}, &error);
        QVERIFY(error.contains(QStringLiteral("one panel")));
        error.clear();
        panelOf({QStringLiteral("--db"), QStringLiteral("a.paneldesk"), QStringLiteral("b.paneldesk")},
                &error);
        QVERIFY(error.contains(QStringLiteral("one panel")));
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
