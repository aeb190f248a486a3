// paneldesk-cli export: the standings as CSV, XLSX or JSON, written atomically.

#include "OpenStore.h"
#include "ExportCommand.h"
#include "SessionSupport.h"

#include "access/PublicView.h"
#include "access/Visibility.h"

#include "domain/Errors.h"
#include "export/StandingsExport.h"
#include "io/OwnerOnlyFiles.h"
#include "io/StandingsJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/PanelStore.h"

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
               "(paneldesk-standings, version 1). The file is replaced atomically. Signed in with "
               "--as: the standings that member may see (readable by its owner only); with "
               "nobody signed in: the public view (program, round, state, teams and the "
               "announced outcomes; json format paneldesk-public)."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("format"), Tr::tr("csv, xlsx or json."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("bom"), Tr::tr("csv: start with a UTF-8 byte order mark (for Excel).")});
    parser.addOption({QStringLiteral("with-reviewers"),
                      Tr::tr("xlsx: add each reviewer's totals per team (the chair only: needs --as).")});
    addSignInOptions(parser);
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
        auto store = openStore(parser, io);
        const Session session =
            withReviewers ? signedInSession(parser, *store, io,
                                            QStringLiteral("export --with-reviewers"),
                                            NeededRole::Chair)
                          : sessionFrom(parser, *store, io);
        if (withReviewers)
            require(canExportReviewerTotals(session.member()), session,
                    QStringLiteral("export --with-reviewers"));
        const QString out = parser.value(QStringLiteral("out"));
        const bool bom = parser.isSet(QStringLiteral("bom"));
        if (!seesMoreThanPublic(session.member())) {
            // Nobody signed in: the public view only (access/PublicView.h).
            const PublicView view = publicView(store->loadPanel().withoutScoresAndRatings(),
                                               store->loadRoundStatus());
            if (format == QLatin1String("json"))
                writeFileAtomically(out, publicJson(view));
            else if (format == QLatin1String("csv"))
                writeFileAtomically(out, sheetCsv(publicSheet(view), bom));
            else
                writeXlsx({publicSheet(view)}, out);
            io.out << Tr::tr("wrote %1 (public: nobody is signed in)").arg(out) << '\n';
            return int(Ok);
        }
        // A signed-in member's standings, as they may see them (access/Visibility.h); the
        // file is readable by its owner only.
        const ScoringInputs inputs = store->loadScoringInputs();
        const Panel visible = visiblePanel(inputs.panel, session.memberId());
        const Standings standings =
            visibleStandings(inputs.panel, inputs.ratingTallies, session.memberId());
        {
            const OwnerOnlyCreation ownerOnly;
            if (format == QLatin1String("json")) {
                writeFileAtomically(out, standingsJson(standings));
            } else if (format == QLatin1String("csv")) {
                writeFileAtomically(out, sheetCsv(standingsSheet(visible, standings), bom));
            } else {
                std::vector<ExportSheet> sheets{standingsSheet(visible, standings)};
                if (seesRatingSummary(session.member()))   // access/CommandAccess.h
                    sheets.push_back(ratingSummarySheet(visible, inputs.ratingTallies));
                if (withReviewers)
                    sheets.push_back(reviewerTotalsSheet(visible));
                writeXlsx(sheets, out);
            }
        }
        restrictToOwner(out);
        io.out << Tr::tr("wrote %1").arg(out) << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
