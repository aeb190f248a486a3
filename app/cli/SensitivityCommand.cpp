// paneldesk-cli sensitivity --db PATH [--json] [--aggregation mean|median|trimmed_mean
//     [--trim K]] [--weight CATEGORY=POINTS ...] [--leave-out EXPERT]

#include "OpenStore.h"
#include "SensitivityCommand.h"
#include "SessionSupport.h"

#include "access/Visibility.h"
#include "analysis/Sensitivity.h"
#include "domain/Errors.h"
#include "report/TextTable.h"
#include "scoring/Rounding.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

SensitivityScenario scenarioFrom(const QCommandLineParser &parser, const Panel &panel)
{
    SensitivityScenario scenario;
    if (parser.isSet(QStringLiteral("aggregation"))) {
        const QString text = parser.value(QStringLiteral("aggregation"));
        const auto aggregation = parseEnum<Aggregation>(text);
        if (!aggregation)
            throw InputError(Tr::tr("--aggregation: '%1' is not one of %2")
                                 .arg(text, allowedValues<Aggregation>()));
        scenario.aggregation = *aggregation;
    }
    if (parser.isSet(QStringLiteral("trim"))) {
        bool ok = false;
        const int trim = parser.value(QStringLiteral("trim")).toInt(&ok);
        if (!ok || trim < 0)
            throw InputError(Tr::tr("--trim: '%1' is not a whole number of at least 0")
                                 .arg(parser.value(QStringLiteral("trim"))));
        if (scenario.aggregation != Aggregation::TrimmedMean)
            throw InputError(Tr::tr("--trim needs --aggregation trimmed_mean"));
        scenario.trim = trim;
    }
    QHash<QString, double> fixed;
    for (const QString &item : parser.values(QStringLiteral("weight"))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        bool ok = false;
        const double points = eq > 0 ? item.mid(eq + 1).toDouble(&ok) : 0.0;
        if (eq <= 0 || !ok)
            throw InputError(Tr::tr("--weight: '%1' is not CATEGORY=POINTS").arg(item));
        const QString category = item.left(eq);
        if (fixed.contains(category))
            throw InputError(Tr::tr("--weight: category '%1' is given twice").arg(category));
        fixed.insert(category, points);
    }
    if (!fixed.isEmpty())
        scenario.weights = rescaleWeights(storedWeights(panel), fixed);
    scenario.leaveOut = parser.value(QStringLiteral("leave-out"));
    if (!scenario.leaveOut.isEmpty() && !panel.reviewer(scenario.leaveOut))
        throw InputError(Tr::tr("--leave-out: unknown expert '%1'").arg(scenario.leaveOut));
    return scenario;
}

QString teamName(const Panel &panel, const QString &id)
{
    const Team *team = panel.team(id);
    return team ? team->name : id;
}

QString signedScore(double value, int decimals)
{
    const QString text = formatScore(value, decimals);
    return value > 0.0 && !text.startsWith(QLatin1Char('-')) ? QStringLiteral("+") + text : text;
}

QString flipText(const WeightFlip &flip, int decimals)
{
    switch (flip.status) {
    case WeightFlip::Status::NotEligible:
        return Tr::tr("never (independence)");
    case WeightFlip::Status::NotAdjustable:
        return Tr::tr("not adjustable");
    case WeightFlip::Status::NoneInRange:
        return Tr::tr("none");
    case WeightFlip::Status::Found:
        break;
    }
    const std::optional<FlipPoint> p = flip.smallest();
    if (!p)
        return Tr::tr("none");
    return Tr::tr("%1 -> %2").arg(signedScore(p->delta, decimals), toString(p->outcome));
}

QString sensitivityText(const Panel &panel, const SensitivityReport &report)
{
    const int decimals = panel.round.displayDecimals;
    const int fine = decimals + 1;
    QString out = panel.program.name + QStringLiteral(" — ") + panel.round.name
        + QStringLiteral(" (") + panel.round.id + QStringLiteral(")\n");
    if (!panel.program.notice.isEmpty())
        out += QStringLiteral("** ") + panel.program.notice + QStringLiteral(" **\n");
    out += Tr::tr("Sensitivity of the cut — analysis only: the stored configuration is not changed.")
        + QLatin1Char('\n');

    QStringList weights;
    for (const CategoryWeight &w : report.scenario.weights) {
        const Category *c = panel.category(w.category);
        const double stored = c ? c->points : 0.0;
        weights << (compareScores(stored, w.points) == 0
                        ? QStringLiteral("%1 %2").arg(w.category, formatScore(w.points, fine))
                        : QStringLiteral("%1 %2 -> %3")
                              .arg(w.category, formatScore(stored, fine), formatScore(w.points, fine)));
    }
    out += Tr::tr("Scenario: weights %1").arg(weights.join(QStringLiteral(", ")));
    out += QStringLiteral("; ")
        + Tr::tr("aggregation %1")
              .arg(report.scenario.aggregation
                       ? toString(*report.scenario.aggregation)
                             + (*report.scenario.aggregation == Aggregation::TrimmedMean
                                    ? QStringLiteral(" (trim %1)").arg(report.scenario.trim)
                                    : QString())
                       : Tr::tr("as stored"));
    out += QStringLiteral("; ")
        + Tr::tr("left out: %1")
              .arg(report.scenario.leaveOut.isEmpty() ? Tr::tr("nobody") : report.scenario.leaveOut);
    out += QStringLiteral("\n\n");

    TextTable table;
    table.addColumn(Tr::tr("Team"), TextTable::Align::Left);
    table.addColumn(Tr::tr("Baseline"), TextTable::Align::Left);
    table.addColumn(Tr::tr("Total"), TextTable::Align::Right);
    table.addColumn(Tr::tr("Scenario"), TextTable::Align::Left);
    table.addColumn(Tr::tr("Total"), TextTable::Align::Right);
    table.addColumn(Tr::tr("Changed"), TextTable::Align::Left);
    for (const CategoryWeight &w : report.scenario.weights) {
        const Category *c = panel.category(w.category);
        table.addColumn(Tr::tr("%1 (%2): flip at").arg(c ? c->name : w.category, formatScore(w.points, fine)),
                        TextTable::Align::Left);
    }
    for (const TeamSensitivity &t : report.teams) {
        QStringList row{teamName(panel, t.team), toString(t.baselineOutcome),
                        formatScore(t.baselineTotal, decimals), toString(t.scenarioOutcome),
                        formatScore(t.scenarioTotal, decimals),
                        t.changed ? Tr::tr("yes") : Tr::tr("no")};
        for (const WeightFlip &f : t.flips)
            row << flipText(f, fine);
        table.addRow(row);
    }
    out += table.render();
    out += QLatin1Char('\n')
        + Tr::tr("flip at: the smallest change of the category's points (the others rescaled in "
                 "proportion, the total kept) after which the team's outcome differs from the "
                 "scenario.")
        + QStringLiteral("\n\n");

    out += Tr::tr("Leave one expert out") + QLatin1Char('\n');
    TextTable loo;
    loo.addColumn(Tr::tr("Expert"), TextTable::Align::Left);
    loo.addColumn(Tr::tr("Sheets"), TextTable::Align::Right);
    loo.addColumn(Tr::tr("Outcomes that change"), TextTable::Align::Left);
    for (const LeaveOneOut &l : report.leaveOneOut) {
        const Reviewer *r = panel.reviewer(l.reviewer);
        QStringList changes;
        for (const OutcomeChange &c : l.changes)
            changes << Tr::tr("%1: %2 -> %3")
                           .arg(teamName(panel, c.team), toString(c.from), toString(c.to));
        loo.addRow({r ? QStringLiteral("%1 (%2)").arg(r->name, r->id) : l.reviewer,
                    QString::number(l.sheets),
                    changes.isEmpty() ? Tr::tr("none") : changes.join(QStringLiteral("; "))});
    }
    if (report.leaveOneOut.empty())
        out += Tr::tr("No expert has a submitted sheet.") + QLatin1Char('\n');
    else
        out += loo.render();
    return out;
}

} // namespace

int runSensitivity(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Sensitivity of the cut: each team's outcome as stored and under a scenario "
               "(other category weights, another expert aggregation, one expert left out), the "
               "smallest change of each category weight that flips it, and the "
               "leave-one-expert-out table. An analysis only: the database is not changed. "
               "The chair only, signed in with --as, as the window's tab."));
    parser.addOption(dbOption());
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON (format paneldesk-sensitivity, version 1).")});
    parser.addOption({QStringLiteral("aggregation"),
                      Tr::tr("Expert aggregation of the scenario: mean, median or trimmed_mean."),
                      QStringLiteral("METHOD")});
    parser.addOption({QStringLiteral("trim"), Tr::tr("With trimmed_mean: how many highest and "
                                                     "lowest totals to drop (default 1)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("weight"),
                      Tr::tr("A category's points in the scenario (repeatable); the other "
                             "categories are rescaled in proportion to keep the total."),
                      QStringLiteral("CATEGORY=POINTS")});
    parser.addOption({QStringLiteral("leave-out"), Tr::tr("Drop this expert's sheets in the scenario."),
                      QStringLiteral("EXPERT")});
    int code = Ok;
    if (!parse(parser, arguments, {QStringLiteral("db")}, 0, io, code))
        return code;
    return guarded(io, [&] {
        auto store = openStore(parser, io);
        const Session session = signedInSession(parser, *store, io, QStringLiteral("sensitivity"),
                                                NeededRole::Chair);
        require(canSeeSensitivity(session.member()), session, QStringLiteral("sensitivity"));
        // The chair's view: submitted sheets and their own drafts (the engine ignores
        // drafts, R3).
        const Panel panel = visiblePanel(store->loadPanel(), session.memberId());
        const SensitivityScenario scenario = scenarioFrom(parser, panel);
        const SensitivityReport report = analyseSensitivity(panel, scenario);
        if (parser.isSet(QStringLiteral("json")))
            io.out << QString::fromUtf8(sensitivityJson(panel, report));
        else
            io.out << sensitivityText(panel, report);
        return int(Ok);
    });
}

} // namespace pd::cli
