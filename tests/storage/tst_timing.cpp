// Throw-away timing of the bulk paths (2,000,000 user ratings). Skipped unless
// PANELDESK_TIMING=1: it needs ~1 GB of memory and several seconds.
#include "StorageTestSupport.h"

#include "domain/PanelValidator.h"
#include "storage/SqliteStore.h"

#include <QElapsedTimer>
#include <ctime>
#include <random>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

class TestTiming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoMillionRatings()
    {
        if (qEnvironmentVariable("PANELDESK_TIMING") != QLatin1String("1"))
            QSKIP("set PANELDESK_TIMING=1 to time 2,000,000 user ratings");
        Panel panel = test::fullPanel();
        panel.userRatings.clear();
        const int evaluators = 200000;
        panel.userRatings.reserve(size_t(evaluators) * 10);
        const bool shuffled = qEnvironmentVariable("PANELDESK_TIMING_SHUFFLE") == QLatin1String("1");
        for (int e = 0; e < evaluators; ++e) {
            const QString id = QStringLiteral("u%1").arg(e, 6, 10, QLatin1Char('0'));
            for (const Team &t : panel.teams)
                for (const UserItem &item : panel.categories[2].userItems)
                    panel.userRatings.push_back({id, t.id, item.id, 1 + (e + int(t.id.size())) % 5});
        }
        if (shuffled)
            std::shuffle(panel.userRatings.begin(), panel.userRatings.end(),
                         std::mt19937(42));
        QCOMPARE(panel.userRatings.size(), size_t(2000000));

        QTemporaryDir dir;
        const QString path = qEnvironmentVariable("PANELDESK_TIMING_DB",
                                                  dir.filePath(QStringLiteral("timing.db")));
        auto store = SqliteStore::create(path);
        QElapsedTimer timer;
        timer.start();
        std::clock_t cpu = std::clock();
        const auto cpuMs = [&cpu] {
            const std::clock_t now = std::clock();
            const long long ms = (now - cpu) * 1000LL / CLOCKS_PER_SEC;
            cpu = now;
            return ms;
        };
        validatePanel(panel);
        const qint64 validateMs = timer.restart();
        const long long validateCpu = cpuMs();
        store->replacePanel(panel, QStringLiteral("cli"));
        const qint64 writeMs = timer.restart();
        const long long writeCpu = cpuMs();
        const Panel loaded = store->loadPanel();
        const qint64 readMs = timer.restart();
        const long long readCpu = cpuMs();
        qint64 rewriteMs = -1;
        if (qEnvironmentVariable("PANELDESK_TIMING_REWRITE") != QLatin1String("0")) {
            store->replacePanel(panel, QStringLiteral("cli"));
            rewriteMs = timer.elapsed();
        }
        const long long rewriteCpu = cpuMs();
        qInfo("wall (cpu) ms: validatePanel alone %lld (%lld), replacePanel %lld (%lld), "
              "again over 2M stored %lld (%lld), loadPanel %lld (%lld); file %lld MB%s",
              validateMs, validateCpu, writeMs, writeCpu, rewriteMs, rewriteCpu, readMs, readCpu,
              QFileInfo(path).size() / (1024 * 1024), shuffled ? " (shuffled order)" : "");
        QVERIFY(loaded == panel);
    }
};

QTEST_GUILESS_MAIN(TestTiming)
#include "tst_timing.moc"
