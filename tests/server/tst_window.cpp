// The window on a panel on the server (File > Connect to server…, MainWindow::openServer),
// against the throwaway cluster: a member opens it with their server password and is signed
// in as themselves; the title and the recent servers show the address without its password;
// the chair sees the standings of the demo panel; no verification banner for a member who
// may read only their own audit entries, and the chair's sign-in names a tampered entry; a
// wrong password keeps what was shown before.
// Live updates (docs/server.md): the chair's window shows another PC's submit (progress and
// standings) without any action of its own, as File > Reload would; a reviewer's window
// follows a change elsewhere without losing the sheet they are editing (its undo steps and
// the opinion being typed).
#include "ServerPanelSupport.h"

#include "MainWindow.h"
#include "PanelView.h"
#include "ProgressPage.h"
#include "Settings.h"
#include "StandingsPage.h"
#include "access/SheetState.h"
#include "demo/DemoPanel.h"
#include "itemmodels/ProgressTableModel.h"
#include "itemmodels/SheetTableModel.h"
#include "itemmodels/StandingsTableModel.h"
#include "sheets/ExpertWorkspace.h"
#include "sheets/SheetEditor.h"
#include "storage/PanelChanges.h"
#include "storage/PanelLocation.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QString address(const QString &database, const QString &password = {})
{
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(password.isEmpty() ? QString() : QStringLiteral("e01:%1@").arg(password),
             qEnvironmentVariable("PANELDESK_TEST_PG_HOST"),
             qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), database);
}

} // namespace

class TestServerWindow : public QObject {
    Q_OBJECT
private:
    test::DeployedPanel m_panel;
    test::DeployedPanel m_live;   // an open round with drafts (visibilityPanel), for live updates
    QString password(const QString &member) const { return m_panel.logins.at(member).password; }

    std::unique_ptr<PanelStore> otherPc(const QString &member) const
    {
        return PanelLocation::parse(address(m_live.database))
            .open(ServerLogin{member, m_live.logins.at(member).password});
    }
    static constexpr int kWaitMs = 10000;   // a wait for the server, not a timing assertion

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = test::deployForTest(QStringLiteral("window_demo"), buildDemoPanel());
        m_live = test::deployForTest(QStringLiteral("window_live"), test::visibilityPanel());
        Settings().setRecentServers({});
    }

    void expertOpensSignedIn()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        QString error;
        QVERIFY2(window.openServer(address(m_panel.database), ServerLogin{QStringLiteral("e01"), password(QStringLiteral("e01"))}, &error),
                 qPrintable(error));
        QVERIFY(window.signedIn());
        QCOMPARE(window.signedIn()->id, QStringLiteral("e01"));
        QVERIFY2(window.windowTitle().contains(address(m_panel.database)), qPrintable(window.windowTitle()));
        QVERIFY(window.verificationBanner()->isHidden());
        QCOMPARE(Settings().recentServers(), QStringList{address(m_panel.database)});
        QCOMPARE(window.standingsPage()->table()->model()->rowCount(), int(buildDemoPanel().teams.size()));
        // The sign-in opened (here: first made) e01's key: its "member-key" entry, signed by it
        // (docs/server.md, "Keys and signatures on a server").
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(test::rowsOf(admin, QStringLiteral(
                     "SELECT action || '|' || signer || '|' || octet_length(signature) FROM audit_log "
                     "WHERE actor = 'e01'")),
                 QStringList{QStringLiteral("member-key|e01|64")});
    }

    void chairSeesTheStandings()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        QString error;
        QVERIFY2(window.openServer(address(m_panel.database), ServerLogin{QStringLiteral("chair"), password(QStringLiteral("chair"))}, &error),
                 qPrintable(error));
        QVERIFY(window.signedIn() && window.signedIn()->role == Role::Chair);
        const QAbstractItemModel *model = window.standingsPage()->table()->model();
        QCOMPARE(model->rowCount(), int(buildDemoPanel().teams.size()));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("1"));   // ranked: scores are seen
        if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS")) {
            window.resize(1280, 800);
            window.show();
            window.grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + QStringLiteral("/server-window-chair.png"));
        }
    }

    // The secretariat reads no expert score on a server (submitted_sheet_totals hands it the
    // counted sheets' totals): its window shows the same standings as the chair's, cell by
    // cell (neither declared a conflict in the demo).
    void secretariatSeesTheChairsStandings()
    {
        QTemporaryDir data;
        MainWindow chair(data.path());
        MainWindow secretariat(data.path());
        QString error;
        QVERIFY2(chair.openServer(address(m_panel.database), ServerLogin{QStringLiteral("chair"), password(QStringLiteral("chair"))}, &error),
                 qPrintable(error));
        QVERIFY2(secretariat.openServer(address(m_panel.database),
                                        ServerLogin{QStringLiteral("secretariat"), password(QStringLiteral("secretariat"))}, &error),
                 qPrintable(error));
        QVERIFY(secretariat.signedIn() && secretariat.signedIn()->role == Role::Secretariat);
        const QAbstractItemModel *expected = chair.standingsPage()->table()->model();
        const QAbstractItemModel *shown = secretariat.standingsPage()->table()->model();
        QCOMPARE(shown->rowCount(), expected->rowCount());
        QCOMPARE(shown->columnCount(), expected->columnCount());
        for (int row = 0; row < expected->rowCount(); ++row)
            for (int column = 0; column < expected->columnCount(); ++column)
                QCOMPARE(shown->index(row, column).data().toString(), expected->index(row, column).data().toString());
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("1"));   // ranked: the totals count
        if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS")) {
            secretariat.resize(1280, 800);
            secretariat.show();
            secretariat.grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS") + QStringLiteral("/server-window-secretariat.png"));
        }
    }

    // The chair's sign-in checks the whole chain, as a file's open does: nothing shown on an
    // intact panel; after an administrator changed an entry with the triggers off, the banner
    // names it. An expert, who reads only their own entries, gets no check and no banner.
    void chairsSignInNamesATamperedEntry()
    {
        const test::DeployedPanel panel = test::deployForTest(QStringLiteral("window_tamper"), buildDemoPanel());
        const auto open = [&](MainWindow &window, const QString &member) {
            QString error;
            QVERIFY2(window.openServer(address(panel.database),
                                       ServerLogin{member, panel.logins.at(member).password}, &error),
                     qPrintable(error));
        };
        {
            QTemporaryDir data;
            MainWindow window(data.path());
            open(window, QStringLiteral("chair"));
            QVERIFY2(window.verificationBanner()->isHidden(), qPrintable(window.verificationBanner()->text()));
        }
        QSqlDatabase admin = test::panelAdmin(panel.database);
        const QString first = test::rowsOf(admin, QStringLiteral("SELECT min(id) FROM audit_log")).value(0);
        QVERIFY(!first.isEmpty());
        server::execServer(admin, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
        server::execServer(admin, QStringLiteral("UPDATE audit_log SET reason = 'rewritten' WHERE id = %1").arg(first));
        server::execServer(admin, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER"));
        {
            QTemporaryDir data;
            MainWindow window(data.path());
            open(window, QStringLiteral("chair"));
            QVERIFY(!window.verificationBanner()->isHidden());
            const QString text = window.verificationBanner()->text();
            QVERIFY2(text.contains(QStringLiteral("audit entry %1").arg(first)), qPrintable(text));
            if (!qEnvironmentVariableIsEmpty("PANELDESK_SCREENSHOTS")) {
                window.resize(1280, 800);
                window.show();
                window.grab().save(qEnvironmentVariable("PANELDESK_SCREENSHOTS")
                                   + QStringLiteral("/server-window-tampered.png"));
            }
        }
        {
            QTemporaryDir data;
            MainWindow window(data.path());
            open(window, QStringLiteral("e01"));
            QVERIFY2(window.verificationBanner()->isHidden(), qPrintable(window.verificationBanner()->text()));
        }
    }

    void wrongPasswordKeepsThePanel()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        QString error;
        QVERIFY2(window.openDemo(&error), qPrintable(error));
        const QString shown = window.currentPath();
        const QString secret = QStringLiteral("not-the-password");
        QVERIFY(!window.openServer(address(m_panel.database, secret), ServerLogin{QStringLiteral("e01"), secret}, &error));
        QVERIFY2(error.contains(QStringLiteral("wrong member or password")), qPrintable(error));
        QVERIFY(!error.contains(secret));
        QCOMPARE(window.currentPath(), shown);
    }

    void chairSeesAnotherPcsSubmit()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        QString error;
        QVERIFY2(window.openServer(address(m_live.database),
                                   ServerLogin{QStringLiteral("chair"), m_live.logins.at(QStringLiteral("chair")).password},
                                   &error),
                 qPrintable(error));
        QVERIFY(window.store()->liveChanges());
        const StandingsTableModel *standings = window.standingsPage()->model();
        const auto naverTotal = [&] {
            for (int row = 0; row < standings->rowCount(); ++row) {
                const QModelIndex index = standings->index(row, standings->totalColumn());
                if (index.data(StandingsTableModel::TeamIdRole).toString() == QLatin1String("naver"))
                    return index.data(StandingsTableModel::RawValueRole);
            }
            return QVariant();
        };
        ProgressPage *progress = window.panelView()->progress();
        const auto e01Naver = [&] {
            return progress->selectCell(QStringLiteral("e01"), QStringLiteral("naver"))
                ? progress->table()->currentIndex().data(ProgressTableModel::StateRole).toInt()
                : -1;
        };
        QCOMPARE(e01Naver(), int(SheetState::Draft));
        const QVariant before = naverTotal();
        QVERIFY(before.isValid());

        // Another PC: e01 submits their naver sheet. The window does nothing itself.
        otherPc(QStringLiteral("e01"))->submitSheet(QStringLiteral("e01"), QStringLiteral("naver"),
                                                   Actor(QStringLiteral("e01")));
        QTRY_COMPARE_WITH_TIMEOUT(e01Naver(), int(SheetState::Submitted), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(naverTotal() != before, kWaitMs);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Updated from the server"));
        // What it shows is what File > Reload shows.
        const QVariant shown = naverTotal();
        QVERIFY2(window.refresh(&error), qPrintable(error));
        QCOMPARE(naverTotal(), shown);
    }

    void reviewerKeepsTheSheetBeingEdited()
    {
        QTemporaryDir data;
        MainWindow window(data.path());
        QString error;
        QVERIFY2(window.openServer(address(m_live.database),
                                   ServerLogin{QStringLiteral("e04"), m_live.logins.at(QStringLiteral("e04")).password},
                                   &error),
                 qPrintable(error));
        auto *workspace = qobject_cast<ExpertWorkspace *>(window.panelView()->workspace());
        QVERIFY(workspace);
        QVERIFY(workspace->openTeam(QStringLiteral("naver")));   // e04's draft
        SheetEditor *editor = workspace->sheetEditor();
        SheetTableModel *sheet = editor->model();
        const QModelIndex comment = sheet->index(0, SheetTableModel::CommentColumn);
        QVERIFY(sheet->setData(comment, QStringLiteral("a comment of this draft"), Qt::EditRole));   // saved, undoable
        QVERIFY(editor->undoButton()->isEnabled());
        editor->opinionEdit()->setPlainText(QStringLiteral("typing, not written yet"));
        window.statusBar()->clearMessage();

        // Another PC: the chair reopens e02's submitted naver sheet.
        otherPc(QStringLiteral("chair"))->reopenSheet(QStringLiteral("e02"), QStringLiteral("naver"),
                                                     QStringLiteral("checking a score"),
                                                     Actor(QStringLiteral("chair")));
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), QStringLiteral("Updated from the server"),
                                  kWaitMs);
        QCOMPARE(sheet->team(), QStringLiteral("naver"));
        QVERIFY(editor->undoButton()->isEnabled());   // the sheet was not opened again
        QCOMPARE(editor->opinionEdit()->toPlainText(), QStringLiteral("typing, not written yet"));

        // The round locked elsewhere: the open sheet is shown locked.
        otherPc(QStringLiteral("chair"))->lockRound(Actor(QStringLiteral("chair")));
        QTRY_VERIFY_WITH_TIMEOUT(sheet->isRoundClosed(), kWaitMs);
        QVERIFY(!editor->submitButton()->isEnabled());
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_window.moc"
