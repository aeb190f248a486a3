// Live updates on loopback (docs/server.md "Live updates", docs/benchmarks.md): how long after
// another connection's submit (or the chair's reopen) commits the chair's window shows it,
// with no action of its own: the notification's trip, the coalescing turn and the window's
// whole refresh (standings, charts, progress, audit log) of the demo panel.
// Run against a throwaway cluster:
//   QT_QPA_PLATFORM=offscreen bash tests/server/with-cluster.sh build/bench/bench_live [runs]
// Measured, never asserted.
#include "BenchTiming.h"
#include "MainWindow.h"
#include "PanelView.h"
#include "ProgressPage.h"
#include "access/SheetState.h"
#include "demo/DemoPanel.h"
#include "itemmodels/ProgressTableModel.h"
#include "server/PgStore.h"
#include "server/ServerConnection.h"
#include "server/ServerDeploy.h"
#include "storage/PanelChanges.h"
#include "storage/PanelLocation.h"
#include "storage/PanelStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace pd;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);   // the window's recent servers: not the user's
    const int runs = argc > 1 ? std::max(2, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    if (qEnvironmentVariableIsEmpty("PANELDESK_TEST_PG_ADMIN")) {
        std::fprintf(stderr, "run through tests/server/with-cluster.sh\n");
        return 2;
    }
    Panel panel = buildDemoPanel();
    for (ExpertScore &s : panel.expertScores)
        if (s.reviewer == QLatin1String("e01") && s.team == QLatin1String("naver"))
            s.submitted = false;
    server::ConnInfo target;
    target.host = qEnvironmentVariable("PANELDESK_TEST_PG_HOST");
    target.port = qEnvironmentVariable("PANELDESK_TEST_PG_PORT").toInt();
    target.dbname = QStringLiteral("bench_live");
    const server::DeployResult deployed =
        server::deployPanel(server::parseConnInfo(qEnvironmentVariable("PANELDESK_TEST_PG_ADMIN")), target, panel);
    const auto password = [&](const QString &member) {
        for (const server::MemberLogin &login : deployed.logins)
            if (login.memberId == member)
                return login.password;
        return QString();
    };
    const QString address = QStringLiteral("postgresql://%1:%2/bench_live").arg(target.host).arg(target.port);

    QTemporaryDir data;
    MainWindow window(data.path());
    QString error;
    if (!window.openServer(address, ServerLogin{QStringLiteral("chair"), password(QStringLiteral("chair"))}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::unique_ptr<PanelStore> reviewer =
        PanelLocation::parse(address).open(ServerLogin{QStringLiteral("e01"), password(QStringLiteral("e01"))});
    std::unique_ptr<PanelStore> chairPc =
        PanelLocation::parse(address).open(ServerLogin{QStringLiteral("chair"), password(QStringLiteral("chair"))});
    ProgressPage *progress = window.panelView()->progress();
    const auto shown = [&] {
        progress->selectCell(QStringLiteral("e01"), QStringLiteral("naver"));
        return progress->table()->currentIndex().data(ProgressTableModel::StateRole).toInt();
    };

    std::vector<double> delays, arrivals;
    QSqlDriver *driver = QSqlDatabase::database(
        dynamic_cast<server::PgStore &>(*window.store()).connectionName(), false).driver();
    for (int i = 0; i < runs; ++i) {
        const bool submit = i % 2 == 0;
        if (submit)
            reviewer->submitSheet(QStringLiteral("e01"), QStringLiteral("naver"), Actor(QStringLiteral("e01")));
        else
            chairPc->reopenSheet(QStringLiteral("e01"), QStringLiteral("naver"), QStringLiteral("bench"),
                                 Actor(QStringLiteral("chair")));
        QElapsedTimer timer;   // from the commit's acknowledgement
        timer.start();
        double arrived = -1;   // when the window's connection hands the notification over
        const QMetaObject::Connection raw = QObject::connect(
            driver, &QSqlDriver::notification, driver, [&] { if (arrived < 0) arrived = double(timer.nsecsElapsed()) / 1e6; });
        // Connected after the window: runs once the window's refresh is done.
        QEventLoop loop;
        QObject::connect(window.store()->liveChanges(), &PanelChanges::changed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);   // a guard, not a measurement
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const int want = int(submit ? SheetState::Submitted : SheetState::Draft);
        if (shown() != want) {
            std::fprintf(stderr, "run %d: the window did not follow within 10 s\n", i);
            return 1;
        }
        QObject::disconnect(raw);
        delays.push_back(ms);
        arrivals.push_back(arrived);
        std::printf("%-7s commit -> notification in the window: %6.1f ms, -> window refreshed: %7.1f ms\n",
                    submit ? "submit" : "reopen", arrived, ms);
    }
    std::sort(delays.begin(), delays.end());
    std::sort(arrivals.begin(), arrivals.end());
    std::printf("notification in the window: median %.1f ms, max %.1f ms\n", arrivals[arrivals.size() / 2], arrivals.back());
    std::printf("runs %zu: median %.1f ms, max %.1f ms\n", delays.size(), delays[delays.size() / 2], delays.back());
    // Of which the window's own refresh (File > Reload: the same reads and pages).
    const double reload = bench::medianMs(runs, [&] { window.refresh(&error); });
    std::printf("the window's refresh alone (File > Reload), median of %d: %.1f ms\n", runs, reload);
    return 0;
}
