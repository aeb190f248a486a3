// The window on a panel on the server (File > Connect to server…, MainWindow::openServer),
// against the throwaway cluster: a member opens it with their server password and is signed
// in as themselves; the title and the recent servers show the address without its password;
// the chair sees the standings of the demo panel; no verification banner for a member who
// may read only their own audit entries; a wrong password keeps what was shown before.
#include "ServerPanelSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "StandingsPage.h"
#include "demo/DemoPanel.h"
#include "storage/PanelLocation.h"

#include <QAbstractItemModel>
#include <QLabel>
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
    QString password(const QString &member) const { return m_panel.logins.at(member).password; }

private Q_SLOTS:
    void initTestCase()
    {
        m_panel = test::deployForTest(QStringLiteral("window_demo"), buildDemoPanel());
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
};

QTEST_MAIN(TestServerWindow)
#include "tst_window.moc"
