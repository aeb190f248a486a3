// Benchmark (measured, never asserted): importing user ratings from CSV into a panel on a
// PostgreSQL server (PgStore::importRatings: COPY into a TEMP table, then INSERT ... SELECT
// under row-level security; docs/server.md) against the same import into a .paneldesk file, in
// the same run on the same machine.
//
//   tests/server/with-cluster.sh build/bench/bench_server_import_ratings [--rows N[,N...]] [--runs N]
//
// The throwaway cluster of with-cluster.sh gives PANELDESK_TEST_PG_ADMIN (the superuser, to
// deploy) and PANELDESK_TEST_PG_HOST/PORT (where the chair logs in, over TCP with SCRAM); or
// pass --admin, --host and --port for another cluster. Each run deploys a fresh panel of 5
// teams and 2 user items (not timed) and imports the file as its chair; the file import goes
// into a fresh copy of the same panel. See docs/benchmarks.md.

#include "actions/PanelDatabase.h"
#include "importers/RatingsCsv.h"
#include "server/PgStore.h"
#include "server/ServerConnection.h"
#include "server/ServerDeploy.h"
#include "storage/PanelLocation.h"
#include "templates/FirstEvaluationTemplate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pd;

namespace {

const char *const kTeams[] = {"lg", "skt", "upstage", "naver", "nc"};
const char *const kItems[] = {"usability", "cost_efficiency"};

void writeCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("evaluator,team,item,rating\n");
    QByteArray chunk;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 evaluator = i / 10;
        const int team = int((i % 10) / 2), item = int(i % 2);
        chunk += "u" + QByteArray::number(evaluator).rightJustified(7, '0') + ',' + kTeams[team]
            + ',' + kItems[item] + ',' + QByteArray::number(1 + (evaluator + team + item) % 5) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

double timedImport(PanelStore &store, const QString &csv, const QString &actor)
{
    QElapsedTimer timer;
    timer.start();
    const RatingsImportResult result = importRatingsCsv(store, csv, QStringLiteral("ratings.csv"), false, {}, actor);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (result.outcome != RatingsImportResult::Outcome::Imported)
        qFatal("import refused: %s", qPrintable(result.issues.text()));
    return seconds;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ratings CSV import: server (COPY) vs file"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Sizes, comma separated (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per size (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("admin"), QStringLiteral("Administrator's conninfo."), QStringLiteral("CONNINFO"),
                      qEnvironmentVariable("PANELDESK_TEST_PG_ADMIN")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Members' host."), QStringLiteral("HOST"),
                      qEnvironmentVariable("PANELDESK_TEST_PG_HOST", QStringLiteral("127.0.0.1"))});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Members' port."), QStringLiteral("PORT"),
                      qEnvironmentVariable("PANELDESK_TEST_PG_PORT", QStringLiteral("5432"))});
    parser.process(app);
    if (parser.value(QStringLiteral("admin")).isEmpty())
        qFatal("no --admin (run it through tests/server/with-cluster.sh)");
    const server::ConnInfo admin = server::parseConnInfo(parser.value(QStringLiteral("admin")));

    QTextStream out(stdout);
    QTemporaryDir dir;
    std::vector<Team> teams;
    for (const char *t : kTeams)
        teams.push_back({QString::fromLatin1(t), QString::fromLatin1(t).toUpper(), {}, {}});
    Panel panel = firstEvaluationTemplate(QStringLiteral("Bench"), QStringLiteral("R"), QDate(2026, 1, 15), teams);
    panel.reviewers.push_back({QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}});
    const QString panelFile = dir.filePath(QStringLiteral("panel.paneldesk"));
    createDatabase(panel, panelFile, {false, QStringLiteral("bench")});

    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    out << "rows        server (COPY, median)  file (median)  server / file\n";
    int deployed = 0;
    for (const QString &sizeText : parser.value(QStringLiteral("rows")).split(QLatin1Char(','))) {
        const qint64 rows = sizeText.toLongLong();
        const QString csv = dir.filePath(QStringLiteral("ratings-%1.csv").arg(rows));
        writeCsv(csv, rows);
        std::vector<double> onServer, onFile;
        for (int run = 0; run < runs; ++run) {
            server::ConnInfo target;
            target.host = parser.value(QStringLiteral("host"));
            target.port = parser.value(QStringLiteral("port")).toInt();
            target.dbname = QStringLiteral("benchimport%1").arg(++deployed);
            target.options << QStringLiteral("sslmode=disable");
            const server::DeployResult result = server::deployPanel(admin, target, panel);
            const server::MemberLogin &chair = result.logins.front();
            {
                auto store = server::PgStore::open(target.toKeyValue(), ServerLogin{chair.memberId, chair.password});
                onServer.push_back(timedImport(*store, csv, chair.memberId));
            }
            const QString file = dir.filePath(QStringLiteral("run.paneldesk"));
            QFile::remove(file);
            QFile::copy(panelFile, file);
            auto store = openPanelStore(file);
            onFile.push_back(timedImport(*store, csv, QStringLiteral("chair")));
        }
        const double s = median(onServer), f = median(onFile);
        out << QString::number(rows).leftJustified(12) << QStringLiteral("%1 s").arg(s, 0, 'f', 3).leftJustified(23)
            << QStringLiteral("%1 s").arg(f, 0, 'f', 3).leftJustified(15) << QString::number(s / f, 'f', 2) << '\n';
        out.flush();
    }
    return 0;
}
