// paneldesk-cli import-ratings

#include "OpenStore.h"
#include "ImportCommands.h"
#include "SessionSupport.h"

#include "importers/RatingsCsv.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

int runImportRatings(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports user ratings from a CSV file with the header evaluator,team,item,rating "
               "(UTF-8, with or without a byte-order mark) into the current round. All or "
               "nothing: on any problem nothing is written and every problem is listed with "
               "file:line:column (the first 100 and a count). A rating already stored is a "
               "duplicate unless --replace replaces the round's stored ratings."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("replace"),
                      Tr::tr("Replace the ratings stored in the round by those of the file.")});
    parser.addOption({QStringLiteral("quiet"), Tr::tr("Do not print progress.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The ratings CSV file."));
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 1, io, code))
        return code;
    return guarded(io, [&] {
        const QString file = parser.positionalArguments().constFirst();
        auto store = openStore(parser, io);
        const Session session = signedInSession(parser, *store, io, QStringLiteral("import-ratings"),
                                                NeededRole::ChairOrSecretariat);
        require(canImportRatings(session.member()), session, QStringLiteral("import-ratings"));
        const bool quiet = parser.isSet(QStringLiteral("quiet"));
        QElapsedTimer shown;
        shown.start();
        ImportControl control;
        control.progress = [&](qint64 done, qint64 total) {
            if (!quiet && total > 0 && shown.elapsed() > 1000) {
                io.err << Tr::tr("reading %1: %2%").arg(file).arg(done * 100 / total) << '\n';
                io.err.flush();
                shown.restart();
            }
            return true;
        };
        const RatingsImportResult result = importRatingsCsv(
            *store, file, file, parser.isSet(QStringLiteral("replace")), control,
            session.memberId());
        if (result.outcome != RatingsImportResult::Outcome::Imported) {
            io.err << result.issues.text() << '\n'
                   << Tr::tr("%1: nothing imported (%n problem(s))", nullptr,
                             int(qMin<qint64>(result.issues.count(), INT_MAX)))
                          .arg(file)
                   << '\n';
            return int(InvalidInput);
        }
        if (result.replaced > 0)
            io.out << Tr::tr("imported %1 ratings from %2 (replacing %3 stored ratings)")
                          .arg(result.imported)
                          .arg(file)
                          .arg(result.replaced)
                   << '\n';
        else
            io.out << Tr::tr("imported %1 ratings from %2").arg(result.imported).arg(file) << '\n';
        return int(Ok);
    });
}

} // namespace pd::cli
