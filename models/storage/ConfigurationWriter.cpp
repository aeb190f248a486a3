#include "storage/ConfigurationWriter.h"

#include "domain/Errors.h"
#include "storage/PanelWriter.h"
#include "storage/RowInserter.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SetupChanges)
};

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = runSql(db, sql, values);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// "12 expert scores", "1 expert score".
QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

// "a, b and c".
QString listed(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.join(QString());
    return Tr::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")),
                                   parts.constLast());
}

// What the stored round holds of team `team`, as text parts ("12 expert scores", ...).
QStringList inputsOfTeam(const QSqlDatabase &db, const QString &round, const QString &team)
{
    QStringList parts;
    const QVariantList key{round, team};
    const qint64 sheets = count(db, QStringLiteral("SELECT count(*) FROM sheets WHERE round_id = ? AND team_id = ?"), key);
    const qint64 scores = count(db, QStringLiteral("SELECT count(*) FROM expert_scores WHERE round_id = ? AND team_id = ?"), key);
    const qint64 results = count(db, QStringLiteral("SELECT count(*) FROM benchmark_results WHERE round_id = ? AND team_id = ?"), key);
    const qint64 ratings = count(db, QStringLiteral("SELECT coalesce(sum(ratings), 0) FROM rating_tallies WHERE round_id = ? AND team_id = ?"), key);
    const qint64 findings = count(db, QStringLiteral("SELECT count(*) FROM independence WHERE round_id = ? AND team_id = ?"), key)
                            + count(db, QStringLiteral("SELECT count(*) FROM component_findings WHERE round_id = ? AND team_id = ?"), key);
    const qint64 conflicts = count(db, QStringLiteral("SELECT count(*) FROM member_conflicts WHERE team_id = ?"), {team});
    const qint64 ties = count(db, QStringLiteral("SELECT count(*) FROM tie_resolution_teams WHERE round_id = ? AND team_id = ?"), key);
    if (sheets > 0)
        parts << counted(sheets, Tr::tr("1 sheet"), Tr::tr("%1 sheets"));
    if (scores > 0)
        parts << counted(scores, Tr::tr("1 expert score"), Tr::tr("%1 expert scores"));
    if (results > 0)
        parts << counted(results, Tr::tr("1 benchmark result"), Tr::tr("%1 benchmark results"));
    if (ratings > 0)
        parts << counted(ratings, Tr::tr("1 user rating"), Tr::tr("%1 user ratings"));
    if (findings > 0)
        parts << counted(findings, Tr::tr("1 independence finding"), Tr::tr("%1 independence findings"));
    if (conflicts > 0)
        parts << counted(conflicts, Tr::tr("1 declared conflict"), Tr::tr("%1 declared conflicts"));
    if (ties > 0)
        parts << counted(ties, Tr::tr("1 tie resolution"), Tr::tr("%1 tie resolutions"));
    return parts;
}

QSet<QString> teamIds(const Panel &panel)
{
    QSet<QString> ids;
    for (const Team &t : panel.teams)
        ids.insert(t.id);
    return ids;
}

template <typename Visit> void forEachItem(const Panel &panel, Visit visit)
{
    for (const Category &c : panel.categories) {
        for (const BenchmarkGroup &g : c.groups)
            for (const Benchmark &b : g.benchmarks)
                visit(CategoryKind::Benchmark, b.id);
        for (const RubricItem &i : c.rubric)
            visit(CategoryKind::Expert, i.id);
        for (const UserItem &i : c.userItems)
            visit(CategoryKind::User, i.id);
    }
}

QSet<QString> itemIds(const Panel &panel, CategoryKind kind)
{
    QSet<QString> ids;
    forEachItem(panel, [&](CategoryKind k, const QString &id) {
        if (k == kind)
            ids.insert(id);
    });
    return ids;
}

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

bool storedRoundHoldsInputs(const QSqlDatabase &db)
{
    for (const char *table : {"sheets", "expert_scores", "sealed_drafts", "benchmark_results",
                              "user_ratings", "independence", "component_findings"})
        if (existsSql(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table)), {}))
            return true;
    return false;
}

void requireNothingOrphaned(const QSqlDatabase &db, const Panel &stored, const Panel &setup)
{
    const QString &round = stored.round.id;
    if (round.isEmpty())
        return;
    if (setup.round.id != round && storedRoundHoldsInputs(db))
        throw InputError(Tr::tr("round.id: round \"%1\" holds inputs: its id cannot change to \"%2\"")
                             .arg(round, setup.round.id));

    const QSet<QString> teams = teamIds(setup);
    for (const Team &t : stored.teams) {
        if (teams.contains(t.id))
            continue;
        const QStringList parts = inputsOfTeam(db, round, t.id);
        if (!parts.isEmpty())
            throw InputError(Tr::tr("teams: \"%1\" has %2: it cannot be removed").arg(t.id, listed(parts)));
    }

    const QSet<QString> rubric = itemIds(setup, CategoryKind::Expert);
    const qint64 sealed = count(db, QStringLiteral("SELECT count(*) FROM sealed_drafts WHERE round_id = ?"), {round});
    for (const QString &item : itemIds(stored, CategoryKind::Expert)) {
        if (rubric.contains(item))
            continue;
        const qint64 scores = count(db, QStringLiteral("SELECT count(*) FROM expert_scores WHERE round_id = ? AND item_id = ?"),
                                    {round, item});
        if (scores > 0)
            throw InputError(Tr::tr("categories: rubric item \"%1\" has %2: it cannot be removed")
                                 .arg(item, counted(scores, Tr::tr("1 expert score"), Tr::tr("%1 expert scores"))));
        if (sealed > 0)
            throw InputError(Tr::tr("categories: rubric item \"%1\" may be scored in %2, which only their "
                                    "reviewers can read: it cannot be removed")
                                 .arg(item, counted(sealed, Tr::tr("1 sealed draft"), Tr::tr("%1 sealed drafts"))));
    }

    const QSet<QString> benchmarks = itemIds(setup, CategoryKind::Benchmark);
    for (const QString &benchmark : itemIds(stored, CategoryKind::Benchmark)) {
        if (benchmarks.contains(benchmark))
            continue;
        const qint64 results = count(db, QStringLiteral("SELECT count(*) FROM benchmark_results WHERE round_id = ? AND benchmark_id = ?"),
                                     {round, benchmark});
        if (results > 0)
            throw InputError(Tr::tr("categories: benchmark \"%1\" has %2: it cannot be removed")
                                 .arg(benchmark, counted(results, Tr::tr("1 benchmark result"), Tr::tr("%1 benchmark results"))));
    }

    const QSet<QString> userItems = itemIds(setup, CategoryKind::User);
    for (const QString &item : itemIds(stored, CategoryKind::User)) {
        if (userItems.contains(item))
            continue;
        const qint64 ratings = count(db, QStringLiteral("SELECT coalesce(sum(ratings), 0) FROM rating_tallies WHERE round_id = ? AND item_id = ?"),
                                     {round, item});
        if (ratings > 0)
            throw InputError(Tr::tr("categories: user item \"%1\" has %2: it cannot be removed")
                                 .arg(item, counted(ratings, Tr::tr("1 user rating"), Tr::tr("%1 user ratings"))));
    }
}

void rewriteConfiguration(const QSqlDatabase &db, const Panel &stored, const Panel &setup)
{
    const QString &round = stored.round.id;
    // Parents are deleted and inserted again under the same keys while their children (the
    // inputs) stay: the foreign keys are checked at the commit, not row by row.
    execSql(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));

    runSql(db, QStringLiteral("UPDATE program SET name = ?, organizer = ?, notice = ? WHERE id = 1"),
           {sqlText(setup.program.name), sqlText(setup.program.organizer), sqlText(setup.program.notice)});
    const Round &r = setup.round;
    QSqlQuery roundUpdate = prepareSql(db, QStringLiteral(
        "UPDATE rounds SET name = ?, evaluation_date = ?, appeal_days = ?, display_decimals = ?, "
        "cut_eliminate = ?, cut_advance = ?, cut_min_total = ?, tie_break = ? WHERE id = ?"));
    const QVariant values[] = {sqlText(r.name), isoDate(r.evaluationDate), r.appealDays,
                               r.displayDecimals, sqlValue(r.cut.eliminate), sqlValue(r.cut.advance),
                               sqlValue(r.cut.minTotal), jsonArray(r.tieBreak), round};
    for (int i = 0; i < int(std::size(values)); ++i)
        roundUpdate.bindValue(i, values[i]);
    if (!roundUpdate.exec()) {
        if (isConstraintError(roundUpdate))
            throw InputError(Tr::tr("round: ") + describeRefusal(sqliteMessage(roundUpdate)));
        execPrepared(roundUpdate);   // throws StoreError
    }

    // The configuration tables in kDeleteOrder's order: the configured targets (schema step
    // 15) before the benchmarks' teams and the benchmarks, the score bands (step 14) before
    // the rubric items; writeCategories writes all of them again.
    for (const char *table : {"benchmark_targets", "benchmark_teams", "benchmarks", "benchmark_groups",
                              "rubric_bands", "rubric_items", "user_items", "categories"})
        runSql(db, QStringLiteral("DELETE FROM %1 WHERE round_id = ?").arg(QLatin1String(table)), {round});

    // Teams: those that go (nothing refers to them: requireNothingOrphaned) are deleted, the
    // others updated in place, the new ones added; the order is parked out of the way first.
    const QSet<QString> kept = teamIds(setup);
    runSql(db, QStringLiteral("UPDATE round_teams SET seq = -seq - 1 WHERE round_id = ?"), {round});
    for (const Team &t : stored.teams) {
        if (kept.contains(t.id))
            continue;
        runSql(db, QStringLiteral("DELETE FROM round_teams WHERE round_id = ? AND team_id = ?"), {round, t.id});
        runSql(db, QStringLiteral("DELETE FROM teams WHERE id = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM round_teams WHERE team_id = teams.id)"), {t.id});
    }
    RowInserter team(db, QStringLiteral("INSERT INTO teams (id, name, model) VALUES (?, ?, ?) "
                                        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                        "model = excluded.model"));
    RowInserter roundTeam(db, QStringLiteral(
        "INSERT INTO round_teams (round_id, team_id, seq, entered_round) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (round_id, team_id) DO UPDATE SET seq = excluded.seq, "
        "entered_round = excluded.entered_round"));
    for (qsizetype i = 0; i < qsizetype(setup.teams.size()); ++i) {
        const Team &t = setup.teams[size_t(i)];
        team.insert(QStringLiteral("teams"), i, t.id, t.name, t.model);
        roundTeam.insert(QStringLiteral("teams"), i, round, t.id, i, t.enteredRound);
    }

    writeCategories(db, setup);

    // Each rating row repeats its category's scale (the user_ratings table): a changed scale
    // is copied down (the CHECK refuses a rating outside it; the validator named it first).
    for (const Category &c : setup.categories) {
        for (const UserItem &item : c.userItems)
            runSql(db, QStringLiteral("UPDATE user_ratings SET scale_min = ?, scale_max = ? "
                                      "WHERE round_id = ? AND item_id = ? AND (scale_min <> ? OR scale_max <> ?)"),
                   {c.scaleMin, c.scaleMax, round, item.id, c.scaleMin, c.scaleMax});
    }
}

} // namespace pd
