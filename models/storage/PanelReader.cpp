#include "storage/PanelReader.h"

#include "storage/DraftStore.h"
#include "storage/ExpertScoreReader.h"
#include "storage/RatingTallyTable.h"
#include <QCoreApplication>

#include "domain/Errors.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlField>
#include <QVariant>

namespace pd {
namespace {

template <typename E> E enumValue(const QVariant &value, const char *column)
{
    const std::optional<E> parsed = parseEnum<E>(value.toString());
    if (!parsed)
        throw StoreError(QCoreApplication::translate("Storage", "database holds an unknown %1 \"%2\"")
                             .arg(QLatin1String(column), value.toString()));
    return *parsed;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QStringList jsonStringList(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

// The position of the parent row `key`; the foreign keys guarantee it exists.
template <typename V> V lookup(const QHash<QString, V> &index, const QString &key,
                               const char *what)
{
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        throw StoreError(QCoreApplication::translate("Storage", "database refers to an unknown %1 \"%2\"")
                             .arg(QLatin1String(what), key));
    return *it;
}

// `sql` has one ? for the round's id. On a server (QPSQL) a prepared query costs three round
// trips (PREPARE, EXECUTE, DEALLOCATE): there the id goes in as a literal quoted by the driver
// (libpq's PQescapeStringConn, as PgStoreSql.h sends every value), one round trip.
QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QString &roundId)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlField field(QString(), QMetaType::fromType<QString>());
        field.setValue(roundId);
        QString text = sql;
        return execSql(db, text.replace(QLatin1Char('?'), db.driver()->formatValue(field)));
    }
    QSqlQuery query = prepareSql(db, sql);
    query.addBindValue(roundId);
    execPrepared(query);
    return query;
}

// Ids repeat across millions of ratings: share one copy of each string.
class Interner {
public:
    QString operator()(const QString &text) { return *m_strings.insert(text); }
private:
    QSet<QString> m_strings;
};

// rubric_bands came with the SQLite schema's step 14 and the server schema's step 2: a
// file is upgraded when opened, but a server panel deployed before keeps version 1 until its
// administrator upgrades it (its rubric has no bands then).
bool hasRubricBands(const QSqlDatabase &db)
{
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(postgres ? QStringLiteral("SELECT to_regclass('rubric_bands') IS NOT NULL")
                             : QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                              "WHERE type = 'table' AND name = 'rubric_bands'"))
        || !query.next())
        throw StoreError(QCoreApplication::translate("Storage", "cannot read the database: %1")
                             .arg(query.lastError().text()));
    return query.value(0).toBool();
}

// benchmark_targets came with the SQLite schema's step 15 and the server schema's step 3: a
// file is upgraded when opened, but a server panel deployed before keeps its version until
// its administrator upgrades it (no configured targets then).
bool hasBenchmarkTargets(const QSqlDatabase &db)
{
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    QSqlQuery query = execSql(db, postgres
        ? QStringLiteral("SELECT to_regclass('benchmark_targets') IS NOT NULL")
        : QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                         "AND name = 'benchmark_targets'"));
    return query.next() && query.value(0).toBool();
}

bool readRound(const QSqlDatabase &db, Panel &panel)
{
    QSqlQuery program = execSql(db, QStringLiteral(
        "SELECT name, organizer, notice FROM program WHERE id = 1"));
    if (program.next()) {
        panel.program.name = program.value(0).toString();
        panel.program.organizer = program.value(1).toString();
        panel.program.notice = program.value(2).toString();
    }
    QSqlQuery q = execSql(db, QStringLiteral(
        "SELECT id, name, evaluation_date, appeal_days, display_decimals, cut_eliminate, "
        "cut_advance, cut_min_total, tie_break FROM rounds ORDER BY seq LIMIT 1"));
    if (!q.next())
        return false;
    Round &round = panel.round;
    round.id = q.value(0).toString();
    round.name = q.value(1).toString();
    round.evaluationDate = q.value(2).isNull()
                               ? QDate()
                               : QDate::fromString(q.value(2).toString(), Qt::ISODate);
    round.appealDays = q.value(3).toInt();
    round.displayDecimals = q.value(4).toInt();
    round.cut.eliminate = optionalInt(q.value(5));
    round.cut.advance = optionalInt(q.value(6));
    round.cut.minTotal = optionalDouble(q.value(7));
    round.tieBreak = jsonStringList(q.value(8).toString());

    QSqlQuery r = select(db, QStringLiteral(
        "SELECT rationale FROM tie_resolutions WHERE round_id = ? ORDER BY seq"), round.id);
    while (r.next())
        round.tieResolutions.push_back(TieResolution{{}, r.value(0).toString()});
    QSqlQuery t = select(db, QStringLiteral(
        "SELECT resolution_seq, team_id FROM tie_resolution_teams WHERE round_id = ? "
        "ORDER BY resolution_seq, position"), round.id);
    while (t.next())
        round.tieResolutions.at(size_t(t.value(0).toLongLong())).order << t.value(1).toString();
    return true;
}

void readCategories(const QSqlDatabase &db, Panel &panel)
{
    const QString &roundId = panel.round.id;
    QHash<QString, size_t> categoryIndex;
    QSqlQuery c = select(db, QStringLiteral(
        "SELECT id, kind, name, points, aggregation, trim_count, scale_min, scale_max, "
        "user_normalization FROM categories WHERE round_id = ? ORDER BY seq"), roundId);
    while (c.next()) {
        Category cat;
        cat.id = c.value(0).toString();
        cat.kind = enumValue<CategoryKind>(c.value(1), "category kind");
        cat.name = c.value(2).toString();
        cat.points = c.value(3).toDouble();
        cat.aggregation = enumValue<Aggregation>(c.value(4), "aggregation");
        cat.trim = c.value(5).toInt();
        cat.scaleMin = c.value(6).toInt();
        cat.scaleMax = c.value(7).toInt();
        cat.userNormalization = enumValue<Normalization>(c.value(8), "normalization");
        categoryIndex.insert(cat.id, panel.categories.size());
        panel.categories.push_back(std::move(cat));
    }

    struct GroupAt {
        size_t category, group;
    };
    QHash<QString, GroupAt> groupIndex;
    QSqlQuery g = select(db, QStringLiteral(
        "SELECT id, category_id, name, points, normalization, achievement_cap, scale_max "
        "FROM benchmark_groups WHERE round_id = ? ORDER BY seq"), roundId);
    while (g.next()) {
        BenchmarkGroup grp;
        grp.id = g.value(0).toString();
        grp.name = g.value(2).toString();
        grp.points = g.value(3).toDouble();
        grp.normalization = enumValue<Normalization>(g.value(4), "normalization");
        grp.achievementCap = g.value(5).toDouble();
        grp.scaleMax = g.value(6).toDouble();
        const size_t at = lookup(categoryIndex, g.value(1).toString(), "category");
        Category &cat = panel.categories.at(at);
        groupIndex.insert(grp.id, GroupAt{at, cat.groups.size()});
        cat.groups.push_back(std::move(grp));
    }

    QHash<QString, Benchmark *> benchmarkById;   // stable: filled after all push_backs
    QSqlQuery b = select(db, QStringLiteral(
        "SELECT id, group_id, name, higher_is_better, weight FROM benchmarks "
        "WHERE round_id = ? ORDER BY seq"), roundId);
    while (b.next()) {
        Benchmark bm;
        bm.id = b.value(0).toString();
        bm.name = b.value(2).toString();
        bm.higherIsBetter = b.value(3).toInt() != 0;
        bm.weight = b.value(4).toDouble();
        const GroupAt at = lookup(groupIndex, b.value(1).toString(), "benchmark group");
        panel.categories.at(at.category).groups.at(at.group).benchmarks.push_back(bm);
    }
    for (Category &cat : panel.categories)
        for (BenchmarkGroup &grp : cat.groups)
            for (Benchmark &bm : grp.benchmarks)
                benchmarkById.insert(bm.id, &bm);
    QSqlQuery bt = select(db, QStringLiteral(
        "SELECT benchmark_id, team_id FROM benchmark_teams WHERE round_id = ? ORDER BY seq"),
        roundId);
    while (bt.next())
        lookup(benchmarkById, bt.value(0).toString(), "benchmark")->teams << bt.value(1).toString();
    if (hasBenchmarkTargets(db)) {
        QSqlQuery tg = select(db, QStringLiteral(
            "SELECT benchmark_id, team_id, target FROM benchmark_targets WHERE round_id = ? "
            "ORDER BY seq"), roundId);
        while (tg.next())
            lookup(benchmarkById, tg.value(0).toString(), "benchmark")
                ->targets.push_back(BenchmarkTarget{tg.value(1).toString(), tg.value(2).toDouble()});
    }

    QSqlQuery ri = select(db, QStringLiteral(
        "SELECT id, category_id, name, points, step FROM rubric_items WHERE round_id = ? "
        "ORDER BY seq"), roundId);
    while (ri.next())
        panel.categories.at(lookup(categoryIndex, ri.value(1).toString(), "category"))
            .rubric.push_back(RubricItem{ri.value(0).toString(), ri.value(2).toString(),
                                         ri.value(3).toDouble(), ri.value(4).toDouble()});
    if (hasRubricBands(db)) {
        QHash<QString, RubricItem *> itemById;   // stable: the rubric is complete
        for (Category &cat : panel.categories)
            for (RubricItem &item : cat.rubric)
                itemById.insert(item.id, &item);
        QSqlQuery rb = select(db, QStringLiteral(
            "SELECT item_id, from_score, description FROM rubric_bands WHERE round_id = ? "
            "ORDER BY item_id, seq"), roundId);
        while (rb.next())
            lookup(itemById, rb.value(0).toString(), "rubric item")
                ->bands.push_back(RubricBand{rb.value(1).toDouble(), rb.value(2).toString()});
    }
    QSqlQuery ui = select(db, QStringLiteral(
        "SELECT id, category_id, name, weight FROM user_items WHERE round_id = ? "
        "ORDER BY seq"), roundId);
    while (ui.next())
        panel.categories.at(lookup(categoryIndex, ui.value(1).toString(), "category"))
            .userItems.push_back(UserItem{ui.value(0).toString(), ui.value(2).toString(),
                                          ui.value(3).toDouble()});
}

void readTeamsAndReviewers(const QSqlDatabase &db, Panel &panel)
{
    QSqlQuery t = select(db, QStringLiteral(
        "SELECT t.id, t.name, t.model, rt.entered_round FROM round_teams rt "
        "JOIN teams t ON t.id = rt.team_id WHERE rt.round_id = ? ORDER BY rt.seq"),
        panel.round.id);
    while (t.next())
        panel.teams.push_back(Team{t.value(0).toString(), t.value(1).toString(),
                                   t.value(2).toString(), t.value(3).toString()});

    QHash<QString, size_t> reviewerIndex;
    QSqlQuery m = execSql(db, QStringLiteral("SELECT id, name, role FROM members ORDER BY seq"));
    while (m.next()) {
        reviewerIndex.insert(m.value(0).toString(), panel.reviewers.size());
        panel.reviewers.push_back(Reviewer{m.value(0).toString(), m.value(1).toString(),
                                           enumValue<Role>(m.value(2), "role"), {}});
    }
    QSqlQuery c = execSql(db, QStringLiteral(
        "SELECT member_id, team_id FROM member_conflicts ORDER BY seq"));
    while (c.next())
        panel.reviewers.at(lookup(reviewerIndex, c.value(0).toString(), "reviewer")).conflicts
            << c.value(1).toString();
}

// Ratings: as tallies when `tallies` is given, else the raw rows when `rawRatings`. The
// expert scores only with `expertScores` (raw SQLite: storage/ExpertScoreReader.h).
void readInputs(const QSqlDatabase &db, Panel &panel, std::vector<RatingTally> *tallies,
                bool rawRatings = true, bool expertScores = true, bool components = true)
{
    const QString &roundId = panel.round.id;
    QSqlQuery br = select(db, QStringLiteral(
        "SELECT team_id, benchmark_id, score, target FROM benchmark_results "
        "WHERE round_id = ? ORDER BY seq"), roundId);
    while (br.next())
        panel.benchmarkResults.push_back(
            BenchmarkResult{br.value(0).toString(), br.value(1).toString(),
                            br.value(2).toDouble(), optionalDouble(br.value(3))});

    if (expertScores)
        panel.expertScores = readExpertScores(db, roundId);

    if (tallies) {
        // Only the sums R4 needs, kept beside the ratings by every writer (schema step 10).
        *tallies = readRatingTallies(db, roundId);
    } else if (rawRatings) {
        const qint64 ratingCount = scalar(db, QStringLiteral("SELECT count(*) FROM user_ratings"))
                                       .toLongLong();
        panel.userRatings.reserve(size_t(ratingCount));
        Interner intern;
        QSqlQuery ur = select(db, QStringLiteral(
            "SELECT evaluator, team_id, item_id, rating FROM user_ratings WHERE round_id = ? "
            "ORDER BY seq, evaluator, team_id, item_id"), roundId);   // seq: not a key (schema 6)
        while (ur.next())
            panel.userRatings.push_back(UserRating{intern(ur.value(0).toString()),
                                                   intern(ur.value(1).toString()),
                                                   intern(ur.value(2).toString()),
                                                   ur.value(3).toInt()});
    }

    QHash<QString, size_t> independenceIndex;
    QSqlQuery in = select(db, QStringLiteral(
        "SELECT team_id, verdict, rationale FROM independence WHERE round_id = ? "
        "ORDER BY seq"), roundId);
    while (in.next()) {
        independenceIndex.insert(in.value(0).toString(), panel.independence.size());
        panel.independence.push_back(Independence{in.value(0).toString(),
                                                  enumValue<Verdict>(in.value(1), "verdict"),
                                                  in.value(2).toString(), {}});
    }
    if (!components)
        return;
    QSqlQuery cf = select(db, QStringLiteral(
        "SELECT team_id, component, origin, source, license, weights, external_control, "
        "evidence, evidence_file FROM component_findings WHERE round_id = ? ORDER BY seq"), roundId);
    while (cf.next())
        panel.independence.at(lookup(independenceIndex, cf.value(0).toString(), "team"))
            .components.push_back(ComponentFinding{
                cf.value(1).toString(), enumValue<Origin>(cf.value(2), "origin"),
                cf.value(3).toString(), enumValue<License>(cf.value(4), "license"),
                enumValue<Weights>(cf.value(5), "weights"),
                enumValue<ExternalControl>(cf.value(6), "external control"),
                cf.value(7).toString(), cf.value(8).toString()});
}

} // namespace

Panel readPanel(const QSqlDatabase &db, const Signer *opener)
{
    ReadTransaction snapshot(db);   // every table from the same committed state
    return readPanelInTransaction(db, opener);
}

Panel readPanelInTransaction(const QSqlDatabase &db, const Signer *opener)
{
    Panel panel;
    if (!readRound(db, panel))
        return panel;
    readCategories(db, panel);
    readTeamsAndReviewers(db, panel);
    readInputs(db, panel, nullptr);
    if (opener)
        for (const OpenedDraft &draft : readOwnSealedDrafts(db, panel.round.id, *opener))
            for (const DraftScore &s : draft.content.scores)
                panel.expertScores.push_back(ExpertScore{opener->memberId(), draft.team, s.item,
                                                         s.score, false, s.comment});
    return panel;
}

Panel readPanelWithoutRatingsInTransaction(const QSqlDatabase &db)
{
    Panel panel;
    if (!readRound(db, panel))
        return panel;
    readCategories(db, panel);
    readTeamsAndReviewers(db, panel);
    readInputs(db, panel, nullptr, false);
    return panel;
}

Panel readPortableRoundInTransaction(const QSqlDatabase &db, bool components)
{
    Panel panel;
    if (!readRound(db, panel))
        return panel;
    readCategories(db, panel);
    readTeamsAndReviewers(db, panel);
    readInputs(db, panel, nullptr, false, false, components);
    return panel;
}

ScoringInputs readScoringInputs(const QSqlDatabase &db)
{
    ReadTransaction snapshot(db);
    ScoringInputs inputs;
    if (!readRound(db, inputs.panel))
        return inputs;
    readCategories(db, inputs.panel);
    readTeamsAndReviewers(db, inputs.panel);
    readInputs(db, inputs.panel, &inputs.ratingTallies);
    return inputs;
}

} // namespace pd
