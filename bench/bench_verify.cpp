// Benchmark (measured, never asserted): `verify` of a large signed panel — 200 teams, 100
// experts x 5 rubric items, every sheet submitted and signed by its expert (20,000 signed
// sheets, 100,000 scores) — the full chain and the sheets against their signed payloads.
//
//   build/bench/bench_verify [--teams N] [--experts N] [--ratings N] [--runs N]
//
// See docs/benchmarks.md for the figures.

#include "BenchTiming.h"
#include "LargePanel.h"

#include "actions/PanelDatabase.h"
#include "storage/SheetWriter.h"
#include "storage/SqliteConnection.h"
#include "storage/PanelLocation.h"
#include "storage/SqliteTransaction.h"
#include "trust/MemberKey.h"
#include "trust/Verification.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <map>
#include <set>

using namespace pd;
using namespace pd::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("verify of a large signed panel."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("teams"), QStringLiteral("Teams (200)."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("experts"), QStringLiteral("Experts (100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("User ratings (100000)."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs; the median is reported (5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    QTextStream out(stdout);
    const Size size{parser.value(QStringLiteral("teams")).toInt(), parser.value(QStringLiteral("experts")).toInt(),
                    parser.value(QStringLiteral("ratings")).toLongLong()};
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("verify.paneldesk"));

    QElapsedTimer timer;
    timer.start();
    Panel panel = largePanel(size);
    panel.reviewers.insert(panel.reviewers.begin(), {QStringLiteral("chair"), QStringLiteral("Chair"), Role::Chair, {}});
    createDatabase(panel, db, {false, QStringLiteral("bench")});
    {
        // Keys for the chair (the root) and every expert, then every submitted sheet signed by
        // its expert; one transaction for the signatures (the bench measures verify, not fsync).
        auto store = openPanelStore(db);
        std::map<QString, MemberKey> keys;
        const MemberKey *root = nullptr;
        for (const Reviewer &r : panel.reviewers) {
            MemberKey key = MemberKey::generate(r.id);
            const bool isRoot = !root && r.role == Role::Chair;
            store->storeMemberKey(r.id, {key.publicKey(), key.sealed(QStringLiteral("bench passphrase"))}, true,
                                  isRoot ? Actor(key) : Actor(*root));
            const auto [it, inserted] = keys.emplace(r.id, std::move(key));
            if (isRoot)
                root = &it->second;
            if (!root)
                throw std::runtime_error("the bench panel's first member must be a chair");
        }
        store.reset();
        std::set<std::pair<QString, QString>> sheets;
        for (const ExpertScore &s : panel.expertScores)
            if (s.submitted)
                sheets.insert({s.reviewer, s.team});
        SqliteConnection connection(db, SqliteConnection::Mode::ReadWrite);
        WriteTransaction transaction(connection.db());
        for (const auto &[reviewer, team] : sheets)
            signSubmittedSheet(connection.db(), reviewer, team, Actor(keys.at(reviewer)));
        transaction.commit();
        // A signed submit: reopened by the chair (not timed), submitted by its expert with the
        // payload built, the entry chained and signed (timed).
        auto timed = openPanelStore(db);
        const auto &[reviewer, team] = *sheets.begin();
        const double submitMs = medianMs(runs, [&] {
            timed->submitSheet(reviewer, team, Actor(keys.at(reviewer)));
        }, [&] {
            timed->reopenSheet(reviewer, team, QStringLiteral("bench"), Actor(*root));
        });
        out << "median of " << runs << " runs: a signed submit (payload, chain, Ed25519) "
            << QString::number(submitMs, 'f', 1) << " ms" << Qt::endl;
        out << "signed " << sheets.size() << " sheets of " << panel.expertScores.size()
            << " scores; set-up " << timer.elapsed() << " ms" << Qt::endl;
    }
    const auto store = openPanelStore(db);
    VerifyReport report;
    const double verifyMs = medianMs(runs, [&] { report = verifyStore(*store); });
    VerifyReport quick;
    const double quickMs = medianMs(runs, [&] { quick = quickVerifyStore(*store); });
    out << "median of " << runs << " runs: quick check on open " << QString::number(quickMs, 'f', 1)
        << " ms (" << (quick.ok() ? "ok" : "FAILED") << ")" << Qt::endl;
    out << "median of " << runs << " runs: verify " << QString::number(verifyMs, 'f', 1) << " ms ("
        << report.chain.entries << " entries, " << report.sheetsChecked << " sheets; "
        << (report.ok() ? "verified" : "FAILED") << ")" << Qt::endl;
    return report.ok() ? 0 : 1;
}
