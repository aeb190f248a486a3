#include "export/ExportSheets.h"

#include <QMap>

namespace pd {

ExportSheet standingsSheet(const Panel &panel, const Standings &standings)
{
    ExportSheet sheet;
    sheet.name = QStringLiteral("standings");
    sheet.header << QStringLiteral("score_rank") << QStringLiteral("eligible_rank")
                 << QStringLiteral("team") << QStringLiteral("name");
    for (const Category &c : panel.categories)
        sheet.header << c.id;
    sheet.header << QStringLiteral("total");
    QStringList groups;
    for (const Category &c : panel.categories)
        for (const BenchmarkGroup &g : c.groups)
            groups << g.id;
    sheet.header << groups;
    sheet.header << QStringLiteral("independence") << QStringLiteral("outcome")
                 << QStringLiteral("flags");
    const int decimals = panel.round.displayDecimals;
    const qsizetype scores = qsizetype(panel.categories.size()) + 1 + groups.size();
    sheet.shownDecimals = QList<int>(4, kGeneralFormat)   // the ranks, team, name
                          + QList<int>(scores, decimals)  // categories, total, groups
                          + QList<int>(3, kGeneralFormat);
    for (const TeamStanding &t : standings.teams) {
        const Team *team = panel.team(t.team);
        QVariantList row{double(t.scoreRank),
                         t.eligibleRank ? QVariant(double(*t.eligibleRank)) : QVariant(),
                         t.team, team ? team->name : QString()};
        for (const Category &c : panel.categories)
            row << t.categoryScore(c.id);
        row << t.total;
        for (const QString &g : std::as_const(groups))
            row << t.groupScore(g);
        row << toString(t.independence) << toString(t.outcome)
            << t.flags.join(QLatin1Char(' '));
        sheet.rows.push_back(row);
    }
    return sheet;
}

ExportSheet reviewerTotalsSheet(const Panel &panel)
{
    ExportSheet sheet;
    sheet.name = QStringLiteral("reviewer totals");
    sheet.header << QStringLiteral("reviewer") << QStringLiteral("name") << QStringLiteral("team")
                 << QStringLiteral("team_name") << QStringLiteral("items")
                 << QStringLiteral("total");
    sheet.shownDecimals = QList<int>(5, kGeneralFormat) << panel.round.displayDecimals;
    QMap<std::pair<QString, QString>, std::pair<int, double>> totals;
    for (const ExpertScore &s : panel.expertScores) {
        if (!s.submitted)
            continue;
        auto &entry = totals[{s.reviewer, s.team}];
        entry.first += 1;
        entry.second += s.score;
    }
    for (const Reviewer &r : panel.reviewers)
        for (const Team &t : panel.teams) {
            const auto it = totals.constFind({r.id, t.id});
            if (it == totals.cend())
                continue;
            sheet.rows.push_back({r.id, r.name, t.id, t.name, double(it->first), it->second});
        }
    return sheet;
}

ExportSheet ratingSummarySheet(const Panel &panel, const std::vector<RatingTally> &tallies)
{
    ExportSheet sheet;
    sheet.name = QStringLiteral("rating summary");
    sheet.header << QStringLiteral("team") << QStringLiteral("team_name") << QStringLiteral("item")
                 << QStringLiteral("item_name") << QStringLiteral("ratings")
                 << QStringLiteral("mean") << QStringLiteral("scale_min")
                 << QStringLiteral("scale_max");
    sheet.shownDecimals = QList<int>(5, kGeneralFormat)
                          << panel.round.displayDecimals + 1 << kGeneralFormat << kGeneralFormat;
    for (const Team &t : panel.teams)
        for (const Category &c : panel.categories)
            for (const UserItem &item : c.userItems)
                for (const RatingTally &tally : tallies) {
                    if (tally.team != t.id || tally.item != item.id)
                        continue;
                    sheet.rows.push_back(
                        {t.id, t.name, item.id, item.name, double(tally.count),
                         tally.count > 0 ? QVariant(double(tally.sum) / double(tally.count))
                                         : QVariant(),
                         double(c.scaleMin), double(c.scaleMax)});
                }
    return sheet;
}

QString neutralizeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\0':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

} // namespace pd
