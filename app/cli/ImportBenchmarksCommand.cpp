// paneldesk-cli import-benchmarks

#include "OpenStore.h"
#include "ImportCommands.h"
#include "SessionSupport.h"

#include "importers/BenchmarkPlan.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runImportBenchmarks(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports benchmark results from a CSV file (team,benchmark,score[,target]) or "
               "from an lm-evaluation-harness results.json (one model: give --team; tasks and "
               "metrics are mapped to benchmarks by --mapping FILE, which the panel then keeps, "
               "or by the mapping it keeps). Prints the changes first; re-importing replaces "
               "only the results the file names, each change audited with its old and new "
               "value. All or nothing."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("mapping"),
                      Tr::tr("A mapping file (paneldesk-benchmark-mapping) to use and keep."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("team"),
                      Tr::tr("The team whose model an lm-evaluation-harness file is for."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("dry-run"), Tr::tr("Show the changes, write nothing.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The results file (CSV or JSON)."));
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 1, io, code))
        return code;
    return guarded(io, [&] {
        const QString file = parser.positionalArguments().constFirst();
        auto store = openStore(parser, io);
        const Session session = signedInSession(parser, *store, io, QStringLiteral("import-benchmarks"),
                                                NeededRole::ChairOrSecretariat);
        require(canImportBenchmarks(session.member()), session, QStringLiteral("import-benchmarks"));
        BenchmarkImportRequest request{file, file, parser.value(QStringLiteral("team")), std::nullopt};
        if (parser.isSet(QStringLiteral("mapping"))) {
            const QString mappingFile = parser.value(QStringLiteral("mapping"));
            request.mapping = parseBenchmarkMapping(readSmallFile(mappingFile, mappingFile), mappingFile);
        }
        const BenchmarkPlan plan = previewBenchmarkFile(*store, request);
        for (const QString &note : plan.notes)
            io.out << Tr::tr("note: %1").arg(note) << '\n';
        if (!plan.issues.isEmpty()) {
            io.err << plan.issues.text() << '\n'
                   << Tr::tr("%1: nothing imported").arg(file) << '\n';
            return int(InvalidInput);
        }
        for (const BenchmarkChange &change : plan.changes)
            io.out << "  " << describeChange(change) << '\n';
        io.out << Tr::tr("%n result(s) to write, %1 unchanged", nullptr, int(plan.changes.size()))
                      .arg(plan.unchanged)
               << '\n';
        if (plan.mapping)
            io.out << Tr::tr("the mapping of %1 will be kept by the panel").arg(parser.value(QStringLiteral("mapping")))
                   << '\n';
        if (parser.isSet(QStringLiteral("dry-run"))) {
            io.out << Tr::tr("dry run: nothing written") << '\n';
            return int(Ok);
        }
        applyBenchmarkPlan(*store, plan, session.memberId());
        io.out << Tr::tr("imported %n result(s) from %1", nullptr, int(plan.changes.size())).arg(file) << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
