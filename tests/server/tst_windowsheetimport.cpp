// The window's import of score sheets on a panel on a server (File > Import > Score sheets…,
// ImportFlows::importSheetsFile; docs/server.md, "Importing offline sheets on a server"): the
// chair's window imports a member's signed file exported from the server, and shows a file
// changed after the member signed it in the problems dialog, nothing changed on the server.
#include "ServerPanelSupport.h"

#include "MainWindow.h"
#include "imports/ImportFlows.h"
#include "imports/ImportProblemsDialog.h"
#include "importers/SheetsExchange.h"
#include "services/SignInService.h"
#include "storage/PanelLocation.h"

#include <QFile>
#include <QListWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestServerWindowSheetImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString address(const QString &database)
    {
        return QStringLiteral("postgresql://%1:%2/%3")
            .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
                 qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
    }

private Q_SLOTS:
    void chairsWindowImportsSheets()
    {
        Panel scored = test::visibilityPanel();
        for (Reviewer &r : scored.reviewers)
            if (r.id == QLatin1String("chair"))
                r.conflicts.clear();   // a team the chair is conflicted with is not imported on a server
        const test::DeployedPanel panel = test::deployForTest(QStringLiteral("window_sheets"), scored);
        const QString url = address(panel.database);
        const QString file = m_dir.filePath(QStringLiteral("e01-sheets.json"));
        {
            const QString password = panel.logins.at(QStringLiteral("e01")).password;
            const auto store = PanelLocation::parse(url).open(ServerLogin{QStringLiteral("e01"), password});
            const SignInAttempt in = SignInService(*store).signIn(QStringLiteral("e01"), password,
                                                                  QDateTime::currentDateTimeUtc());
            QVERIFY(in.outcome == SignInAttempt::Outcome::SignedIn && in.session.key());
            exportSheets(*store, QStringLiteral("e01"), file, *in.session.key());
        }
        QTemporaryDir data;
        MainWindow window(data.path());
        QString error;
        QVERIFY2(window.openServer(url, ServerLogin{QStringLiteral("chair"), panel.logins.at(QStringLiteral("chair")).password}, &error),
                 qPrintable(error));
        QVERIFY(window.importFlows());
        QVERIFY(window.importFlows()->importSheetsFile(file));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Imported the sheets of e01")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(test::adminAuditLog(test::panelAdmin(panel.database)).back().action, QStringLiteral("import-sheets"));

        // Changed after e01 signed it: refused in the problems dialog, nothing changed.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        in.close();
        json.replace("\"opinion\": \"\"", "\"opinion\": \"changed\"");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(json);
        out.close();
        const QByteArray before = test::adminDump(panel.database);
        QVERIFY(!window.importFlows()->importSheetsFile(file));
        QVERIFY(window.importFlows()->problemsDialog());
        QVERIFY2(window.importFlows()->problemsDialog()->list()->item(0)->text().contains(
                     QStringLiteral("the signature of e01's sheet for team")),
                 qPrintable(window.importFlows()->problemsDialog()->list()->item(0)->text()));
        window.importFlows()->problemsDialog()->close();
        QCOMPARE(test::adminDump(panel.database), before);
    }
};

QTEST_MAIN(TestServerWindowSheetImport)
#include "tst_windowsheetimport.moc"
