#include "storage/PanelWriter.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/RatingTallyTable.h"
#include "storage/RowInserter.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

namespace pd {
namespace {

// Children before parents, so that no foreign key is ever left dangling (user_ratings, the
// big one, is emptied first by truncateByRecreate).
const char *const kDeleteOrder[] = {
    // user_ratings: above; sealed_drafts (schema 9) go with their sheets (ON DELETE CASCADE)
    "rating_tallies", "component_notes", "component_findings", "independence", "expert_scores", "sheets",
    "benchmark_results", "member_conflicts", "benchmark_targets", "benchmark_teams", "benchmarks",
    "benchmark_groups", "rubric_bands", "rubric_items", "user_items", "categories", "tie_resolution_teams",
    "tie_resolutions", "round_teams", "rounds", "teams", "program",
};

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString path(const QString &parent, qsizetype index, const char *child)
{
    return QStringLiteral("%1[%2].%3").arg(parent).arg(index).arg(QLatin1String(child));
}

} // namespace

// Empties `table` by dropping it and recreating it from its own stored definition
// (sqlite_schema keeps the exact text, later ALTERs included). With foreign keys on,
// SQLite deletes row by row: 25 s for 2,000,000 ratings against 1.3 s for DROP (measured),
// which frees whole pages. Only for a table no foreign key points to (nothing to check).
void truncateByRecreate(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery referenced = prepareSql(db, QStringLiteral(
        "SELECT 1 FROM sqlite_schema WHERE sql LIKE '%REFERENCES ' || ? || '%'"));
    referenced.addBindValue(table);
    execPrepared(referenced);
    if (referenced.next())   // a later schema step made it a parent: fall back to DELETE
        return void(execSql(db, QStringLiteral("DELETE FROM ") + table));
    referenced.finish();

    QStringList definitions;
    QSqlQuery schema = prepareSql(db, QStringLiteral(
        "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL "
        "ORDER BY type = 'table' DESC, type = 'index' DESC"));
    schema.addBindValue(table);
    execPrepared(schema);
    while (schema.next())
        definitions << schema.value(0).toString();
    schema.finish();
    if (definitions.isEmpty())
        throw StoreError(QCoreApplication::translate("Storage", "database error: table %1 is missing").arg(table));
    execSql(db, QStringLiteral("DROP TABLE ") + table);
    for (const QString &sql : std::as_const(definitions))
        execSql(db, sql);
}

namespace {

void deleteAll(const QSqlDatabase &db)
{
    truncateByRecreate(db, QStringLiteral("user_ratings"));
    // Submitted sheets guard their scores (trigger expert_scores_delete): reopen them first.
    execSql(db, QStringLiteral("UPDATE sheets SET state = 'draft' WHERE state = 'submitted'"));
    for (const char *table : kDeleteOrder)
        execSql(db, QStringLiteral("DELETE FROM ") + QLatin1String(table));
    // Members are kept (see writeMembers); park their seq out of the way of the new order.
    execSql(db, QStringLiteral("UPDATE members SET seq = -seq - 1"));
}

void writeRoundAndTeams(const QSqlDatabase &db, const Panel &panel)
{
    const Round &round = panel.round;
    RowInserter(db, QStringLiteral("INSERT INTO program (id, name, organizer, notice) "
                                   "VALUES (1, ?, ?, ?)"))
        .insert(QStringLiteral("program"), 0, panel.program.name, panel.program.organizer,
                panel.program.notice);

    QSqlQuery roundInsert = prepareSql(db, QStringLiteral(
        "INSERT INTO rounds (id, seq, name, evaluation_date, appeal_days, display_decimals, "
        "cut_eliminate, cut_advance, cut_min_total, tie_break) "
        "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant values[] = {sqlText(round.id), sqlText(round.name),
                               isoDate(round.evaluationDate), round.appealDays,
                               round.displayDecimals, sqlValue(round.cut.eliminate),
                               sqlValue(round.cut.advance), sqlValue(round.cut.minTotal),
                               jsonArray(round.tieBreak)};
    for (int i = 0; i < int(std::size(values)); ++i)
        roundInsert.bindValue(i, values[i]);
    if (!roundInsert.exec()) {
        if (isConstraintError(roundInsert))
            throw InputError(QCoreApplication::translate("Storage", "round: ")
                             + describeRefusal(sqliteMessage(roundInsert)));
        execPrepared(roundInsert);   // throws StoreError
    }

    RowInserter team(db, QStringLiteral("INSERT INTO teams (id, name, model) VALUES (?, ?, ?)"));
    RowInserter roundTeam(db, QStringLiteral(
        "INSERT INTO round_teams (round_id, team_id, seq, entered_round) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < qsizetype(panel.teams.size()); ++i) {
        const Team &t = panel.teams[size_t(i)];
        team.insert(QStringLiteral("teams"), i, t.id, t.name, t.model);
        roundTeam.insert(QStringLiteral("teams"), i, round.id, t.id, i, t.enteredRound);
    }

    RowInserter resolution(db, QStringLiteral(
        "INSERT INTO tie_resolutions (round_id, seq, rationale) VALUES (?, ?, ?)"));
    RowInserter resolutionTeam(db, QStringLiteral(
        "INSERT INTO tie_resolution_teams (round_id, resolution_seq, position, team_id) "
        "VALUES (?, ?, ?, ?)"));
    const QString resolutions = QStringLiteral("round.tie_resolutions");
    for (qsizetype i = 0; i < qsizetype(round.tieResolutions.size()); ++i) {
        const TieResolution &r = round.tieResolutions[size_t(i)];
        resolution.insert(resolutions, i, round.id, i, r.rationale);
        const QString orderPath = path(resolutions, i, "order");
        for (qsizetype j = 0; j < r.order.size(); ++j)
            resolutionTeam.insert(orderPath, j, round.id, i, j, r.order[j]);
    }
}

} // namespace

void writeCategories(const QSqlDatabase &db, const Panel &panel)
{
    const QString &roundId = panel.round.id;
    RowInserter category(db, QStringLiteral(
        "INSERT INTO categories (round_id, id, seq, kind, name, points, aggregation, "
        "trim_count, scale_min, scale_max, user_normalization) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RowInserter group(db, QStringLiteral(
        "INSERT INTO benchmark_groups (round_id, id, category_id, seq, name, points, "
        "normalization, achievement_cap, scale_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RowInserter benchmark(db, QStringLiteral(
        "INSERT INTO benchmarks (round_id, id, group_id, seq, name, higher_is_better, weight) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    RowInserter benchmarkTeam(db, QStringLiteral(
        "INSERT INTO benchmark_teams (round_id, benchmark_id, team_id, seq) "
        "VALUES (?, ?, ?, ?)"));
    RowInserter benchmarkTarget(db, QStringLiteral(
        "INSERT INTO benchmark_targets (round_id, benchmark_id, team_id, seq, target) "
        "VALUES (?, ?, ?, ?, ?)"));
    RowInserter rubricItem(db, QStringLiteral(
        "INSERT INTO rubric_items (round_id, id, category_id, seq, name, points, step) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    RowInserter rubricBand(db, QStringLiteral(
        "INSERT INTO rubric_bands (round_id, item_id, seq, from_score, description) "
        "VALUES (?, ?, ?, ?, ?)"));
    RowInserter userItem(db, QStringLiteral(
        "INSERT INTO user_items (round_id, id, category_id, seq, name, weight, scale_min, "
        "scale_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));

    qsizetype groupSeq = 0, benchmarkSeq = 0, restrictionSeq = 0, targetSeq = 0, rubricSeq = 0,
              userSeq = 0;
    const QString categories = QStringLiteral("categories");
    for (qsizetype c = 0; c < qsizetype(panel.categories.size()); ++c) {
        const Category &cat = panel.categories[size_t(c)];
        category.insert(categories, c, roundId, cat.id, c, toString(cat.kind), cat.name,
                        cat.points, toString(cat.aggregation), cat.trim, cat.scaleMin,
                        cat.scaleMax, toString(cat.userNormalization));
        const QString groups = path(categories, c, "groups");
        for (qsizetype g = 0; g < qsizetype(cat.groups.size()); ++g) {
            const BenchmarkGroup &grp = cat.groups[size_t(g)];
            group.insert(groups, g, roundId, grp.id, cat.id, groupSeq++, grp.name, grp.points,
                         toString(grp.normalization), grp.achievementCap, grp.scaleMax);
            const QString benchmarks = path(groups, g, "benchmarks");
            for (qsizetype b = 0; b < qsizetype(grp.benchmarks.size()); ++b) {
                const Benchmark &bm = grp.benchmarks[size_t(b)];
                benchmark.insert(benchmarks, b, roundId, bm.id, grp.id, benchmarkSeq++,
                                 bm.name, bm.higherIsBetter, bm.weight);
                const QString teams = path(benchmarks, b, "teams");
                for (qsizetype t = 0; t < bm.teams.size(); ++t)
                    benchmarkTeam.insert(teams, t, roundId, bm.id, bm.teams[t],
                                         restrictionSeq++);
                // After the benchmark's teams: the trigger checks the target's team against them.
                const QString targets = path(benchmarks, b, "targets");
                for (qsizetype t = 0; t < qsizetype(bm.targets.size()); ++t)
                    benchmarkTarget.insert(targets, t, roundId, bm.id, bm.targets[size_t(t)].team,
                                           targetSeq++, bm.targets[size_t(t)].target);
            }
        }
        const QString items = path(categories, c, "items");
        for (qsizetype i = 0; i < qsizetype(cat.rubric.size()); ++i) {
            const RubricItem &item = cat.rubric[size_t(i)];
            rubricItem.insert(items, i, roundId, item.id, cat.id, rubricSeq++, item.name,
                              item.points, item.step);
            const QString bands = path(items, i, "bands");
            for (qsizetype b = 0; b < qsizetype(item.bands.size()); ++b) {
                const RubricBand &band = item.bands[size_t(b)];
                rubricBand.insert(bands, b, roundId, item.id, b, band.from, band.description);
            }
        }
        for (qsizetype i = 0; i < qsizetype(cat.userItems.size()); ++i) {
            const UserItem &item = cat.userItems[size_t(i)];
            userItem.insert(items, i, roundId, item.id, cat.id, userSeq++, item.name,
                            item.weight, cat.scaleMin, cat.scaleMax);
        }
    }
}

namespace {

// Members are program-wide and carry columns a panel does not (passphrase_hash): update
// the ones that stay, add the new ones, then drop those the panel no longer lists.
void writeMembers(const QSqlDatabase &db, const Panel &panel)
{
    RowInserter member(db, QStringLiteral(
        "INSERT INTO members (id, seq, name, role) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, name = excluded.name, "
        "role = excluded.role"));
    RowInserter conflict(db, QStringLiteral(
        "INSERT INTO member_conflicts (member_id, team_id, seq) VALUES (?, ?, ?)"));
    const QString reviewers = QStringLiteral("reviewers");
    qsizetype conflictSeq = 0;
    for (qsizetype r = 0; r < qsizetype(panel.reviewers.size()); ++r) {
        const Reviewer &rev = panel.reviewers[size_t(r)];
        member.insert(reviewers, r, rev.id, r, rev.name, toString(rev.role));
        const QString conflicts = path(reviewers, r, "conflicts");
        for (qsizetype t = 0; t < rev.conflicts.size(); ++t)
            conflict.insert(conflicts, t, rev.id, rev.conflicts[t], conflictSeq++);
    }
    execSql(db, QStringLiteral("DELETE FROM members WHERE seq < 0"));
}

void writeBenchmarkResults(const QSqlDatabase &db, const Panel &panel)
{
    RowInserter result(db, QStringLiteral(
        "INSERT INTO benchmark_results (round_id, team_id, benchmark_id, seq, score, target) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString list = QStringLiteral("benchmark_results");
    for (qsizetype i = 0; i < qsizetype(panel.benchmarkResults.size()); ++i) {
        const BenchmarkResult &r = panel.benchmarkResults[size_t(i)];
        result.insert(list, i, panel.round.id, r.team, r.benchmark, i, r.score, r.target);
    }
}

// Sheets follow from the scores: one per (reviewer, team), created as drafts, the scores
// added, then the submitted ones marked submitted (the triggers check completeness).
void writeExpertScores(const QSqlDatabase &db, const Panel &panel)
{
    struct Sheet {
        qsizetype firstScore;
        bool submitted;
    };
    QHash<QString, Sheet> sheets;   // key: reviewer + '\n' + team
    std::vector<QString> order;
    const QString list = QStringLiteral("expert_scores");
    for (qsizetype i = 0; i < qsizetype(panel.expertScores.size()); ++i) {
        const ExpertScore &s = panel.expertScores[size_t(i)];
        const QString key = s.reviewer + QLatin1Char('\n') + s.team;
        const auto it = sheets.constFind(key);
        if (it == sheets.constEnd()) {
            sheets.insert(key, Sheet{i, s.submitted});
            order.push_back(key);
        } else if (it->submitted != s.submitted) {
            throw InputError(QCoreApplication::translate("Storage", "%1[%2].submitted: the sheet of reviewer %3 for "
                                            "team %4 mixes submitted and draft scores")
                                 .arg(list)
                                 .arg(i)
                                 .arg(s.reviewer, s.team));
        }
    }

    const QString &roundId = panel.round.id;
    RowInserter sheet(db, QStringLiteral(
        "INSERT INTO sheets (round_id, reviewer_id, team_id, state) VALUES (?, ?, ?, 'draft')"));
    for (const QString &key : order) {
        const ExpertScore &first = panel.expertScores[size_t(sheets[key].firstScore)];
        sheet.insert(list, sheets[key].firstScore, roundId, first.reviewer, first.team);
    }
    RowInserter score(db, QStringLiteral(
        "INSERT INTO expert_scores (round_id, reviewer_id, team_id, item_id, seq, score, "
        "comment) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < qsizetype(panel.expertScores.size()); ++i) {
        const ExpertScore &s = panel.expertScores[size_t(i)];
        score.insert(list, i, roundId, s.reviewer, s.team, s.item, i, s.score, s.comment);
    }
    RowInserter submit(db, QStringLiteral(
        "UPDATE sheets SET state = 'submitted' "
        "WHERE round_id = ? AND reviewer_id = ? AND team_id = ?"));
    for (const QString &key : order) {
        const Sheet &s = sheets[key];
        if (!s.submitted)
            continue;
        const ExpertScore &first = panel.expertScores[size_t(s.firstScore)];
        submit.insert(list, s.firstScore, roundId, first.reviewer, first.team);
    }
}

// Each rating row repeats its category's scale (see the user_ratings table).
void writeUserRatings(const QSqlDatabase &db, const Panel &panel)
{
    struct Scale {
        int min, max;
    };
    QHash<QString, Scale> scaleOfItem;
    for (const Category &cat : panel.categories)
        for (const UserItem &item : cat.userItems)
            scaleOfItem.insert(item.id, Scale{cat.scaleMin, cat.scaleMax});

    RowInserter rating(db, QStringLiteral(
        "INSERT INTO user_ratings (round_id, seq, evaluator, team_id, item_id, rating, "
        "scale_min, scale_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString list = QStringLiteral("user_ratings");
    const QString &roundId = panel.round.id;
    for (qsizetype i = 0; i < qsizetype(panel.userRatings.size()); ++i) {
        const UserRating &r = panel.userRatings[size_t(i)];
        // An unknown item gets the rating as its scale, so that the foreign key (not the
        // scale check) names the problem.
        const Scale scale = scaleOfItem.value(r.item, Scale{r.rating, r.rating});
        rating.insert(list, i, roundId, i, r.evaluator, r.team, r.item, r.rating, scale.min,
                      scale.max);
    }
    // Their tallies in the same transaction (schema step 10), from the rows just written.
    addToRatingTallies(db, roundId, tallyRatings(panel.userRatings));
}

void writeIndependence(const QSqlDatabase &db, const Panel &panel)
{
    RowInserter verdict(db, QStringLiteral(
        "INSERT INTO independence (round_id, team_id, seq, verdict, rationale) "
        "VALUES (?, ?, ?, ?, ?)"));
    RowInserter finding(db, QStringLiteral(
        "INSERT INTO component_findings (round_id, team_id, seq, component, origin, source, "
        "license, weights, external_control, evidence, evidence_file) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString list = QStringLiteral("independence");
    const QString &roundId = panel.round.id;
    qsizetype findingSeq = 0;
    for (qsizetype i = 0; i < qsizetype(panel.independence.size()); ++i) {
        const Independence &ind = panel.independence[size_t(i)];
        verdict.insert(list, i, roundId, ind.team, i, toString(ind.verdict), ind.rationale);
        const QString components = path(list, i, "components");
        for (qsizetype c = 0; c < qsizetype(ind.components.size()); ++c) {
            const ComponentFinding &f = ind.components[size_t(c)];
            finding.insert(components, c, roundId, ind.team, findingSeq++, f.component,
                           toString(f.origin), f.source, toString(f.license),
                           toString(f.weights), toString(f.externalControl), f.evidence,
                           f.evidenceFile);
        }
    }
}

} // namespace

void writePanel(const QSqlDatabase &db, const Panel &panel)
{
    deleteAll(db);
    writeRoundAndTeams(db, panel);
    writeCategories(db, panel);
    writeMembers(db, panel);
    writeBenchmarkResults(db, panel);
    writeExpertScores(db, panel);
    writeUserRatings(db, panel);
    writeIndependence(db, panel);
}

QString summarizeStoredPanel(const QSqlDatabase &db)
{
    QSqlQuery round = execSql(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
    if (!round.next())
        return {};
    QJsonObject summary{{QStringLiteral("round"), round.value(0).toString()}};
    const std::pair<const char *, const char *> counted[] = {
        {"teams", "round_teams"},
        {"reviewers", "members"},
        {"benchmark_results", "benchmark_results"},
        {"expert_scores", "expert_scores"},
        {"user_ratings", "user_ratings"},
        {"independence", "independence"}};
    for (const auto &[key, table] : counted)
        summary.insert(QLatin1String(key),
                       scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
                           .toLongLong());
    return QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
}

} // namespace pd
