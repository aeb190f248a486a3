// paneldesk-cli export: the standings as CSV, XLSX or JSON, written atomically.

#include "ExportCommand.h"
#include "DecisionSupport.h"

#include "domain/Errors.h"
#include "export/StandingsExport.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runExport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the standings of the current round to a file: csv (for spreadsheets; "
               "formula-like text is neutralized), xlsx (sheets: standings, rating summary, and "
               "with --with-reviewers each reviewer's totals, for the chair) or json "
               "(paneldesk-standings, version 1). The file is replaced atomically."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("format"), Tr::tr("csv, xlsx or json."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("bom"), Tr::tr("csv: start with a UTF-8 byte order mark (for Excel).")});
    parser.addOption({QStringLiteral("with-reviewers"),
                      Tr::tr("xlsx: add each reviewer's totals per team (the chair only: needs --as).")});
    parser.addOption(asOption());
    int code = Ok;
    const QStringList required{QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out")};
    if (!parse(parser, arguments, required, 0, io, code))
        return code;
    return guarded(io, [&] {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("xlsx")
            && format != QLatin1String("json"))
            throw InputError(Tr::tr("--format: expected csv, xlsx or json, got \"%1\"").arg(format));
        const bool withReviewers = parser.isSet(QStringLiteral("with-reviewers"));
        if (withReviewers && format != QLatin1String("xlsx"))
            throw InputError(Tr::tr("--with-reviewers applies to --format xlsx only"));
        auto store = SqliteStore::open(parser.value(QStringLiteral("db")));
        if (withReviewers) {
            if (!parser.isSet(QStringLiteral("as")))
                throw InputError(Tr::tr("--with-reviewers: sign in as the chair with --as"));
            const QString actor = signIn(parser, *store, io);
            for (const Member &m : store->members())
                if (m.id == actor && m.role != Role::Chair)
                    throw InputError(Tr::tr("only the chair may export each reviewer's totals "
                                            "(%1 is %2)").arg(actor, toString(m.role)));
        }
        const ScoringInputs inputs = store->loadScoringInputs();
        const Standings standings = computeStandings(inputs.panel, inputs.ratingTallies);
        const QString out = parser.value(QStringLiteral("out"));
        if (format == QLatin1String("json")) {
            writeFileAtomically(out, standingsJson(standings));
        } else if (format == QLatin1String("csv")) {
            writeFileAtomically(out, sheetCsv(standingsSheet(inputs.panel, standings),
                                              parser.isSet(QStringLiteral("bom"))));
        } else {
            std::vector<ExportSheet> sheets{standingsSheet(inputs.panel, standings),
                                            ratingSummarySheet(inputs.panel, inputs.ratingTallies)};
            if (withReviewers)
                sheets.push_back(reviewerTotalsSheet(inputs.panel));
            writeXlsx(sheets, out);
        }
        io.out << Tr::tr("wrote %1").arg(out) << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
