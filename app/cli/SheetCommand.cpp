// paneldesk-cli sheet show | set | submit: a member's own score sheet for one team, as the
// window's sheet editor shows and changes it (the store's setExpertScore and submitSheet,
// with their refusals).

#include "CliSupport.h"
#include "OpenStore.h"
#include "SessionSupport.h"

#include "access/SheetState.h"
#include "domain/Errors.h"
#include "report/TextTable.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <array>

namespace pd::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

struct SheetContext {
    std::unique_ptr<PanelStore> store;
    Session session;
    QString team;
};

// Parses the common options, signs in, and checks that the member holds sheets and has no
// conflict with the team. False when parsing already ended the run.
bool openSheet(QCommandLineParser &parser, const QString &description, const QStringList &arguments,
               const QStringList &required, Io &io, int &code)
{
    parser.setApplicationDescription(description);
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("team"), Tr::tr("The team of the sheet."), QStringLiteral("ID")});
    QStringList all{QStringLiteral("db"), QStringLiteral("team")};
    all += required;
    return parse(parser, arguments, all, 0, io, code);
}

SheetContext signIn(const QCommandLineParser &parser, Io &io, const QString &command)
{
    SheetContext context;
    context.store = openStore(parser, io);
    context.session = signedInSession(parser, *context.store, io, command, NeededRole::ChairOrExpert);
    require(canHoldSheets(context.session.member()), context.session, command);
    context.team = parser.value(QStringLiteral("team"));
    const Member &member = *context.session.member();
    if (member.conflicts.contains(context.team))
        throw InputError(Tr::tr("%1 declared a conflict of interest with %2: no sheet for this team")
                             .arg(member.id, context.team));
    return context;
}

const Category *expertCategory(const Panel &panel)
{
    for (const Category &c : panel.categories)
        if (c.kind == CategoryKind::Expert)
            return &c;
    return nullptr;
}

QString number(double value) { return QString::number(value, 'g', 15); }

int runSheetShow(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!openSheet(parser, Tr::tr("Prints your own score sheet for a team: every item with its "
                                  "points, step, your score and comment, and the sheet's state."),
                   arguments, {}, io, code))
        return code;
    return guarded(io, [&] {
        const SheetContext context = signIn(parser, io, QStringLiteral("sheet show"));
        const QString me = context.session.memberId();
        const Panel panel = context.store->loadPanel().withoutScoresAndRatings();
        if (!panel.team(context.team))
            throw InputError(Tr::tr("--team: unknown team \"%1\"").arg(context.team));
        const std::vector<ExpertScore> scores = context.store->loadSheetScores(me, context.team);
        bool submitted = false;
        QString opinion;
        for (const SheetRecord &s : context.store->loadSheets())
            if (s.reviewer == me && s.team == context.team) {
                submitted = s.submitted;
                opinion = s.opinion;
            }
        io.out << Tr::tr("sheet of %1 for %2: %3")
                      .arg(me, context.team,
                           submitted ? Tr::tr("submitted")
                                     : scores.empty() ? Tr::tr("not started") : Tr::tr("draft"))
               << '\n';
        TextTable table;
        table.addColumn(Tr::tr("item"), TextTable::Align::Left);
        table.addColumn(Tr::tr("name"), TextTable::Align::Left);
        table.addColumn(Tr::tr("points"), TextTable::Align::Right);
        table.addColumn(Tr::tr("step"), TextTable::Align::Right);
        table.addColumn(Tr::tr("score"), TextTable::Align::Right);
        table.addColumn(Tr::tr("comment"), TextTable::Align::Left);
        if (const Category *expert = expertCategory(panel))
            for (const RubricItem &item : expert->rubric) {
                QString score;
                QString comment;
                for (const ExpertScore &s : scores)
                    if (s.item == item.id) {
                        score = number(s.score);
                        comment = s.comment;
                    }
                table.addRow({item.id, item.name, number(item.points), number(item.step), score,
                              comment});
            }
        io.out << table.render();
        if (!opinion.isEmpty())
            io.out << Tr::tr("opinion: %1").arg(opinion) << '\n';
        return int(Ok);
    });
}

int runSheetSet(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("item"), Tr::tr("The rubric item."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("score"), Tr::tr("The score (within the item's points, on "
                                                      "its step)."),
                      QStringLiteral("SCORE")});
    parser.addOption({QStringLiteral("comment"),
                      Tr::tr("The item's comment (default: the stored one is kept)."),
                      QStringLiteral("TEXT")});
    int code = Ok;
    if (!openSheet(parser, Tr::tr("Writes one score of your draft sheet for a team, as the "
                                  "window's sheet editor does: refused for a submitted sheet, "
                                  "a locked round, a conflict, or a score out of range or off "
                                  "the item's step."),
                   arguments, {QStringLiteral("item"), QStringLiteral("score")}, io, code))
        return code;
    return guarded(io, [&] {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("score"));
        const double value = text.toDouble(&ok);
        if (!ok)
            throw InputError(Tr::tr("--score: \"%1\" is not a number").arg(text));
        const SheetContext context = signIn(parser, io, QStringLiteral("sheet set"));
        const QString me = context.session.memberId();
        const QString item = parser.value(QStringLiteral("item"));
        ExpertScore score{me, context.team, item, value, false, {}};
        if (parser.isSet(QStringLiteral("comment")))
            score.comment = parser.value(QStringLiteral("comment"));
        else if (const auto stored = context.store->loadExpertScore(me, context.team, item))
            score.comment = stored->comment;
        context.store->setExpertScore(score, me);
        io.out << Tr::tr("%1 for %2, %3: %4").arg(me, context.team, item, number(value)) << '\n';
        return int(Ok);
    });
}

int runSheetSubmit(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!openSheet(parser, Tr::tr("Submits your complete sheet for a team: it is locked and "
                                  "counts; only the chair can reopen it."),
                   arguments, {}, io, code))
        return code;
    return guarded(io, [&] {
        const SheetContext context = signIn(parser, io, QStringLiteral("sheet submit"));
        const QString me = context.session.memberId();
        context.store->submitSheet(me, context.team, me);
        io.out << Tr::tr("submitted the sheet of %1 for %2").arg(me, context.team) << '\n';
        return int(Ok);
    });
}

const std::array<SubCommand, 3> kSubCommands{{
    {"show", QT_TRANSLATE_NOOP("cli", "print your sheet for a team"), runSheetShow},
    {"set", QT_TRANSLATE_NOOP("cli", "write one score (and comment) of your draft sheet"), runSheetSet},
    {"submit", QT_TRANSLATE_NOOP("cli", "submit your complete sheet"), runSheetSubmit},
}};

void sheetUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: paneldesk-cli sheet SUBCOMMAND --db PATH --as MEMBER --team T [options]")
           << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    listSubCommands(stream, kSubCommands);
}

} // namespace

int runSheet(const QStringList &arguments, Io &io)
{
    // arguments: "sheet", SUBCOMMAND, options...
    return dispatchSubCommand(arguments, io, kSubCommands, sheetUsage);
}

} // namespace pd::cli
