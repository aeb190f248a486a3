// paneldesk-cli report: the decision report as an A4 PDF.

#include "OpenStore.h"
#include "ReportCommand.h"
#include "SessionSupport.h"

#include "domain/Errors.h"
#include "io/OwnerOnlyFiles.h"
#include "report/DecisionReport.h"
#include "report/ReportPdf.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <optional>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

bool needsGui(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("report");
}

int runReport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the decision report of the latest (or --version) decision version as an "
               "A4 PDF: full (internal), public (outcomes and reasons; scores only of the teams "
               "given with --publish, and the averages) or team (one team's own scores with the "
               "averages). A round without a decision gives a DRAFT. Full and team reports, drafts "
               "and a choice of published teams are the chair's (signed in with --as; the PDF is "
               "readable by its owner only); the public report of an announced version is "
               "anyone's."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("disclosure"), Tr::tr("full, public or team."), QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("team"), Tr::tr("The team of a team report."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("publish"),
                      Tr::tr("Public report: the teams whose scores are published, comma separated."),
                      QStringLiteral("IDS")});
    parser.addOption({QStringLiteral("version"), Tr::tr("The decision version (default: the latest)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The PDF to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("text"), Tr::tr("Print the report's text instead of writing a PDF.")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db"), QStringLiteral("disclosure")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        ReportOptions options;
        const auto level = parseDisclosure(parser.value(QStringLiteral("disclosure")));
        if (!level)
            throw InputError(Tr::tr("--disclosure: expected full, public or team, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("disclosure"))));
        options.disclosure = *level;
        options.team = parser.value(QStringLiteral("team"));
        if (options.disclosure == Disclosure::Team && options.team.isEmpty())
            throw InputError(Tr::tr("--disclosure team needs --team"));
        for (const QString &id : parser.value(QStringLiteral("publish")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.publishedTeams << id.trimmed();
        if (parser.isSet(QStringLiteral("version"))) {
            bool ok = false;
            options.version = parser.value(QStringLiteral("version")).toInt(&ok);
            if (!ok || options.version < 1)
                throw InputError(Tr::tr("--version: \"%1\" is not a version number")
                                     .arg(parser.value(QStringLiteral("version"))));
        }
        if (!parser.isSet(QStringLiteral("text")) && !parser.isSet(QStringLiteral("out")))
            throw InputError(Tr::tr("missing required option --out (or --text)"));
        auto store = openStore(parser, io);
        const Session session = sessionFrom(parser, *store, io);
        const RoundStatus status = store->loadRoundStatus();
        const DecisionVersion *version = status.latest();
        if (options.version > 0) {
            version = nullptr;
            for (const DecisionVersion &v : status.versions)
                version = v.version == options.version ? &v : version;
        }
        const QString levelText = toString(options.disclosure);
        const QString command = QStringLiteral("report --disclosure %1").arg(levelText);
        require(canWriteReport(session.member(), levelText, version && version->announcedOn,
                               !options.publishedTeams.isEmpty()),
                session, command);
        const DecisionReport report = buildVerifiedReport(*store, options);
        if (parser.isSet(QStringLiteral("text"))) {
            io.out << report.plainText() << '\n';
            return int(Ok);
        }
        const QString out = parser.value(QStringLiteral("out"));
        const bool isPublic = options.disclosure == Disclosure::Public;
        {
            std::optional<OwnerOnlyCreation> ownerOnly;
            if (!isPublic)
                ownerOnly.emplace();
            writeReportPdf(report, out);
        }
        if (!isPublic)
            restrictToOwner(out);
        io.out << Tr::tr("wrote %1 (%2)").arg(parser.value(QStringLiteral("out")), report.mark) << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
