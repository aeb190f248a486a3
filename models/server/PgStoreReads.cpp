// PgStore's reads (PgStore.h): each one REPEATABLE READ READ ONLY snapshot; what the
// connection's member may not see is not there (row-level security), so the same code serves
// every role. The portable readers of storage/ are reused where their SQL is plain.
#include "server/PgStore.h"

#include "domain/Enums.h"
#include "domain/Errors.h"
#include "server/PgScoreCache.h"
#include "server/PgStoreSql.h"
#include "server/PgVisibleScores.h"
#include "server/PgVerdictReads.h"
#include "storage/BenchmarkImportWriter.h"
#include "storage/DecisionStore.h"
#include "storage/FindingsStore.h"
#include "storage/PanelReader.h"
#include "storage/RatingTallyTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

// Whether the member's groups may read `table` at all (observers may not read user ratings,
// findings or decision records: such a SELECT is refused, not empty).
bool mayRead(const QSqlDatabase &db, const char *table)
{
    return pgValue(db, QStringLiteral("SELECT has_table_privilege(?, 'SELECT')"),
                   {QLatin1String(table)}).toBool();
}

// The secretariat's and observers' standings input (Panel::anonymousSheetTotals): the
// counted sheets' totals without reviewers (ServerSheetTotals.cpp); nothing for the others,
// who count the scores they may see.
std::vector<AnonymousSheetTotal> readAnonymousTotals(const QSqlDatabase &db, Role role,
                                                     const QString &round)
{
    std::vector<AnonymousSheetTotal> totals;
    if (role != Role::Secretariat && role != Role::Observer)
        return totals;
    QSqlQuery q = pgRun(db, QStringLiteral("SELECT category_id, team_id, total FROM submitted_sheet_totals(?)"),
                          {round});
    while (q.next())
        totals.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble()});
    return totals;
}

bool seesEveryState(Role role)
{
    return role == Role::Chair || role == Role::Secretariat;
}

QString currentRound(const QSqlDatabase &db)
{
    return pgValue(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1")).toString();
}

QString commentOf(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QString() : text;   // as the SQLite reader gives an empty comment
}

std::vector<UserRating> readRatings(const QSqlDatabase &db, const QString &round)
{
    std::vector<UserRating> ratings;
    if (!mayRead(db, "user_ratings"))
        return ratings;
    QSet<QString> ids;   // ids repeat on every rating: one copy each
    const auto intern = [&ids](const QString &text) { return *ids.insert(text); };
    QSqlQuery q = pgRun(db, QStringLiteral(
        "SELECT evaluator, team_id, item_id, rating FROM user_ratings WHERE round_id = ? "
        "ORDER BY seq, evaluator, team_id, item_id"), {round});
    while (q.next())
        ratings.push_back(UserRating{intern(q.value(0).toString()), intern(q.value(1).toString()),
                                     intern(q.value(2).toString()), q.value(3).toInt()});
    return ratings;
}

// The ratings streamed from the server in the panel's order (the caller's snapshot).
class ServerRatingRows final : public RatingRows {
public:
    ServerRatingRows(const QSqlDatabase &db, QString round, bool readable)
        : m_db(db), m_round(std::move(round)), m_readable(readable) {}

    void forEach(const RatingRowVisitor &visit) const override
    {
        if (!m_readable)
            return;
        QSqlQuery q = pgRun(m_db, QStringLiteral(
            "SELECT evaluator, team_id, item_id, rating FROM user_ratings WHERE round_id = ? "
            "ORDER BY seq, evaluator, team_id, item_id"), {m_round});
        while (q.next()) {
            const QByteArray evaluator = q.value(0).toString().toUtf8();
            const QByteArray team = q.value(1).toString().toUtf8();
            const QByteArray item = q.value(2).toString().toUtf8();
            visit(RatingRowView{evaluator, team, item, q.value(3).toInt()});
        }
    }

    qint64 count() const override
    {
        if (!m_readable)
            return 0;
        return pgValue(m_db, QStringLiteral("SELECT count(*) FROM user_ratings WHERE round_id = ?"),
                       {m_round}).toLongLong();
    }

private:
    const QSqlDatabase &m_db;
    QString m_round;
    bool m_readable;
};

// The round's state as this member can tell it: the lifecycle, and "scoring" once a sheet
// exists (every sheet for the chair and the secretariat through sheet_states(); the sheets
// visible to them for everyone else).
RoundState stateOf(const QSqlDatabase &db, Role role, const QString &round)
{
    const QString lifecycle = pgValue(db, QStringLiteral("SELECT lifecycle FROM rounds WHERE id = ?"),
                                      {round}).toString();
    if (const std::optional<RoundState> stored = storedLifecycleState(lifecycle))
        return *stored;
    const QString sheets = seesEveryState(role)
        ? QStringLiteral("SELECT EXISTS (SELECT 1 FROM sheet_states() WHERE round_id = ?)")
        : QStringLiteral("SELECT EXISTS (SELECT 1 FROM sheets WHERE round_id = ?)");
    return pgValue(db, sheets, {round}).toBool() ? RoundState::Scoring : RoundState::Open;
}

} // namespace

Panel PgStore::loadPanel() const
{
    Panel panel;
    readSnapshot([&] {
        panel = readPortableRoundInTransaction(m_db, mayRead(m_db, "component_findings"));
        if (panel.round.id.isEmpty())
            return;
        panel.expertScores = readVisibleScores(m_db, panel.round.id, seesEveryState(m_role));
        panel.anonymousSheetTotals = readAnonymousTotals(m_db, m_role, panel.round.id);
        panel.serverSuggestions = readServerSuggestions(m_db, panel.round.id);
        panel.userRatings = readRatings(m_db, panel.round.id);
    });
    return panel;
}

ScoringInputs PgStore::loadScoringInputs() const
{
    ScoringInputs inputs;
    readSnapshot([&] {
        inputs.panel = readPortableRoundInTransaction(m_db, mayRead(m_db, "component_findings"));
        if (inputs.panel.round.id.isEmpty())
            return;
        if (!m_scoreCache)
            m_scoreCache = std::make_unique<VisibleScoreCache>();
        inputs.panel.expertScores = m_scoreCache->read(m_db, inputs.panel.round.id);
        inputs.panel.anonymousSheetTotals = readAnonymousTotals(m_db, m_role, inputs.panel.round.id);
        inputs.panel.serverSuggestions = readServerSuggestions(m_db, inputs.panel.round.id);
        inputs.ratingTallies = readRatingTallies(m_db, inputs.panel.round.id);
    });
    return inputs;
}

void PgStore::readStreamedRound(const UseStreamedRound &use) const
{
    readSnapshot([&] { streamRoundInTransaction(use); });
}

void PgStore::streamRoundInTransaction(const UseStreamedRound &use) const
{
    Panel round = readPortableRoundInTransaction(m_db, mayRead(m_db, "component_findings"));
    if (!round.round.id.isEmpty()) {
        round.expertScores = readVisibleScores(m_db, round.round.id, seesEveryState(m_role));
        round.anonymousSheetTotals = readAnonymousTotals(m_db, m_role, round.round.id);
    }
    use(round, ServerRatingRows(m_db, round.round.id, mayRead(m_db, "user_ratings")));
}

QStringList PgStore::ratingTallyProblems(int limit, const QString &exceptRound) const
{
    QStringList problems;
    readSnapshot([&] {
        QSqlQuery q = pgRun(m_db, QStringLiteral(
            "SELECT coalesce(r.round_id, t.round_id), coalesce(r.team_id, t.team_id), "
            "coalesce(r.item_id, t.item_id), coalesce(r.n, 0), coalesce(r.s, 0), "
            "coalesce(t.ratings, 0), coalesce(t.rating_sum, 0) "
            "FROM (SELECT round_id, team_id, item_id, count(*) AS n, sum(rating) AS s "
            "      FROM user_ratings GROUP BY round_id, team_id, item_id) r "
            "FULL JOIN rating_tallies t ON t.round_id = r.round_id AND t.team_id = r.team_id "
            "AND t.item_id = r.item_id "
            "WHERE (r.n IS DISTINCT FROM t.ratings OR r.s IS DISTINCT FROM t.rating_sum) "
            "AND coalesce(r.round_id, t.round_id) <> ? ORDER BY 1, 2, 3"), {exceptRound});
        int more = 0;
        while (q.next()) {
            if (problems.size() >= limit) {
                ++more;
                continue;
            }
            problems << Tr::tr("round %1, team %2, item %3: the tally counts %4 ratings summing "
                               "to %5, the ratings are %6 summing to %7")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                            .arg(q.value(5).toLongLong())
                            .arg(q.value(6).toLongLong())
                            .arg(q.value(3).toLongLong())
                            .arg(q.value(4).toLongLong());
        }
        if (more > 0)
            problems << Tr::tr("and %1 more").arg(more);
    });
    return problems;
}

std::optional<ExpertScore> PgStore::loadExpertScore(const QString &reviewer, const QString &team,
                                                    const QString &item) const
{
    std::optional<ExpertScore> score;
    readSnapshot([&] {
        QSqlQuery q = pgRun(m_db, QStringLiteral(
            "SELECT s.score, coalesce(h.state = 'submitted', false), s.comment FROM expert_scores s "
            "LEFT JOIN sheets h ON h.round_id = s.round_id AND h.reviewer_id = s.reviewer_id "
            "AND h.team_id = s.team_id "
            "WHERE s.round_id = (SELECT id FROM rounds ORDER BY seq LIMIT 1) "
            "AND s.reviewer_id = ? AND s.team_id = ? AND s.item_id = ?"), {reviewer, team, item});
        if (q.next())
            score = ExpertScore{reviewer, team, item, q.value(0).toDouble(), q.value(1).toBool(),
                                commentOf(q.value(2))};
    });
    return score;
}

std::vector<ExpertScore> PgStore::loadSheetScores(const QString &reviewer, const QString &team) const
{
    std::vector<ExpertScore> scores;
    readSnapshot([&] {
        QSqlQuery q = pgRun(m_db, QStringLiteral(
            "SELECT s.item_id, s.score, coalesce(h.state = 'submitted', false), s.comment "
            "FROM expert_scores s LEFT JOIN sheets h ON h.round_id = s.round_id "
            "AND h.reviewer_id = s.reviewer_id AND h.team_id = s.team_id "
            "WHERE s.round_id = (SELECT id FROM rounds ORDER BY seq LIMIT 1) "
            "AND s.reviewer_id = ? AND s.team_id = ? ORDER BY s.seq"), {reviewer, team});
        while (q.next())
            scores.push_back(ExpertScore{reviewer, team, q.value(0).toString(), q.value(1).toDouble(),
                                         q.value(2).toBool(), commentOf(q.value(3))});
    });
    return scores;
}

std::vector<SheetRecord> PgStore::loadSheets() const
{
    std::vector<SheetRecord> sheets;
    readSnapshot([&] {
        const QString round = currentRound(m_db);
        if (round.isEmpty())
            return;
        // The chair and the secretariat see every sheet's state (never another's draft
        // opinion); everyone else the sheets the policies show them.
        const QString from = seesEveryState(m_role)
            ? QStringLiteral("sheet_states() x LEFT JOIN sheets h ON h.round_id = x.round_id "
                             "AND h.reviewer_id = x.reviewer_id AND h.team_id = x.team_id")
            : QStringLiteral("sheets x LEFT JOIN sheets h ON h.round_id = x.round_id "
                             "AND h.reviewer_id = x.reviewer_id AND h.team_id = x.team_id");
        QSqlQuery q = pgRun(m_db, QStringLiteral(
            "SELECT x.reviewer_id, x.team_id, x.state = 'submitted', coalesce(h.opinion, '') FROM %1 "
            "JOIN members m ON m.id = x.reviewer_id "
            "JOIN round_teams t ON t.round_id = x.round_id AND t.team_id = x.team_id "
            "WHERE x.round_id = ? ORDER BY m.seq, t.seq").arg(from), {round});
        while (q.next())
            sheets.push_back(SheetRecord{q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toBool(), q.value(3).toString()});
    });
    return sheets;
}

std::vector<Member> PgStore::members() const
{
    std::vector<Member> members;
    readSnapshot([&] {
        QSqlQuery m = pgRun(m_db, QStringLiteral("SELECT id, name, role FROM members ORDER BY seq"));
        while (m.next()) {
            const std::optional<Role> role = parseEnum<Role>(m.value(2).toString());
            if (!role)
                throw StoreError(Tr::tr("database error: member %1 has the unknown role %2")
                                     .arg(m.value(0).toString(), m.value(2).toString()));
            // Every member of a server's panel has a login password (given at deploy).
            members.push_back(Member{m.value(0).toString(), m.value(1).toString(), *role, {}, true});
        }
        QSqlQuery c = pgRun(m_db, QStringLiteral("SELECT member_id, team_id FROM member_conflicts ORDER BY seq"));
        while (c.next())
            for (Member &member : members)
                if (member.id == c.value(0).toString())
                    member.conflicts << c.value(1).toString();
    });
    return members;
}

RoundStatus PgStore::loadRoundStatus() const
{
    RoundStatus status;
    readSnapshot([&] {
        const QString round = currentRound(m_db);
        if (round.isEmpty())
            return;
        // Every member reads the decision records, as in a file; what a version was computed
        // from (its inputs and standings) only the chair (ServerDecisionRecords.cpp).
        status = readRoundStatus(m_db, m_role == Role::Chair);
        status.round = round;
        status.appealDays = pgValue(m_db, QStringLiteral("SELECT appeal_days FROM rounds WHERE id = ?"),
                                    {round}).toInt();
        status.state = stateOf(m_db, m_role, round);
    });
    return status;
}

RoundState PgStore::loadRoundState() const
{
    RoundState state = RoundState::Open;
    readSnapshot([&] {
        const QString round = currentRound(m_db);
        if (!round.isEmpty())
            state = stateOf(m_db, m_role, round);
    });
    return state;
}

std::vector<AuditEntry> PgStore::auditLog() const
{
    std::vector<AuditEntry> entries;
    readSnapshot([&] {
        QSqlQuery q = pgRun(m_db, QStringLiteral(
            "SELECT id, at, actor, action, entity, old_value, new_value, reason, prev_hash, hash, "
            "signer, signature FROM audit_log ORDER BY id"));
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.actor = q.value(2).toString();
            e.action = q.value(3).toString();
            e.entity = q.value(4).toString();
            e.oldValue = q.value(5).toString();
            e.newValue = q.value(6).toString();
            e.reason = q.value(7).toString();
            e.prevHash = q.value(8).toByteArray();
            e.hash = q.value(9).toByteArray();
            e.signer = q.value(10).toString();
            e.signature = q.value(11).toByteArray();
            entries.push_back(std::move(e));
        }
    });
    return entries;
}

TeamFindings PgStore::loadFindings(const QString &team) const
{
    TeamFindings findings;
    readSnapshot([&] {
        if (mayRead(m_db, "component_findings")) {
            findings = readFindings(m_db, team);
            return;
        }
        // An observer: the verdict, never the components or notes.
        findings.team = team;
        QSqlQuery v = pgRun(m_db, QStringLiteral(
            "SELECT verdict, rationale FROM independence WHERE team_id = ? "
            "AND round_id = (SELECT id FROM rounds ORDER BY seq LIMIT 1)"), {team});
        if (v.next()) {
            if (const std::optional<Verdict> verdict = parseEnum<Verdict>(v.value(0).toString()))
                findings.verdict = *verdict;
            findings.rationale = v.value(1).toString();
        }
    });
    return findings;
}

BenchmarkMapping PgStore::loadBenchmarkMapping() const
{
    BenchmarkMapping mapping;
    readSnapshot([&] { mapping = readBenchmarkMapping(m_db); });
    return mapping;
}

} // namespace pd::server
