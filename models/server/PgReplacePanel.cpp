// PgStore::replacePanel (RoundInputs.h): the chair's replace-panel on a server. The new panel
// is validated and written by the desktop store's own writer into a temporary file, so the
// rows the server receives are exactly those a .paneldesk file would hold (as deploy does,
// ServerDeploy.cpp); its configuration and facts go to replace_panel(rows) in one transaction
// (ServerReplacePanel.cpp), which checks the chair, the round's state, the members and the
// sheets again on the locked round and writes the audit entry. The file's refusals come
// first with its messages (validation, a round holding decision records), then what a server
// adds, also before anything is sent: scoring has started (a sheet exists), the round's id,
// the members or their conflicts would change, the panel carries expert scores.
#include "server/PgStore.h"

#include "domain/Errors.h"
#include "domain/PanelConfiguration.h"
#include "domain/PanelValidator.h"
#include "server/PgStoreSql.h"
#include "server/ServerSchema.h"
#include "storage/DecisionStore.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

// What replace_panel receives: the configuration and facts of the round; of the members and
// conflicts only what it compares with the stored ones.
const char *const kReplacedTables[] = {
    "program", "rounds", "teams", "round_teams", "tie_resolutions", "tie_resolution_teams",
    "categories", "benchmark_groups", "benchmarks", "benchmark_teams", "benchmark_targets",
    "rubric_items", "rubric_bands", "user_items", "benchmark_results", "user_ratings", "rating_tallies", "independence",
    "component_findings"};

QJsonArray rowsOf(QSqlDatabase &source, const QString &sql)
{
    QSqlQuery rows(source);
    rows.setForwardOnly(true);
    if (!rows.exec(sql))
        throw StoreError(Tr::tr("cannot read the new panel: %1").arg(rows.lastError().text()));
    QJsonArray out;
    while (rows.next()) {
        const QSqlRecord record = rows.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = rows.value(i);
            row.insert(record.fieldName(i), value.isNull() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue::fromVariant(value));
        }
        out.append(row);
    }
    return out;
}

// The panel's rows as a .paneldesk file holds them, by table.
QByteArray panelRows(const Panel &panel)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StoreError(Tr::tr("cannot make a temporary folder for the new panel"));
    const QString path = dir.filePath(QStringLiteral("replace.paneldesk"));
    SqliteStore::create(path)->replacePanel(panel, Actor(QStringLiteral("system")));
    const QString name = QStringLiteral("paneldesk-replace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject tables;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(path);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.open())
            throw StoreError(Tr::tr("cannot read the new panel: %1").arg(source.lastError().text()));
        for (const char *table : kReplacedTables)
            tables.insert(QLatin1String(table), rowsOf(source, QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
        tables.insert(QStringLiteral("members"), rowsOf(source, QStringLiteral("SELECT id, name, role FROM members")));
        tables.insert(QStringLiteral("member_conflicts"),
                      rowsOf(source, QStringLiteral("SELECT member_id, team_id FROM member_conflicts")));
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return QJsonDocument(tables).toJson(QJsonDocument::Compact);
}

// What a server adds to the file's refusals (replace_panel checks them again).
void requireReplaceableOnServer(const QSqlDatabase &db, const Panel &panel)
{
    const QString round = pgValue(db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1")).toString();
    if (pgValue(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sheet_states())")).toBool())
        throw InputError(Tr::tr("scoring has started in round %1: on a server its panel can be replaced "
                                "only before the first sheet (docs/server.md)").arg(round));
    if (panel.round.id != round)
        throw InputError(Tr::tr("on a server replace-panel keeps the round %1: \"%2\" would be another "
                                "round (docs/server.md)").arg(round, panel.round.id));
    const bool hasBands = std::any_of(panel.categories.begin(), panel.categories.end(), [](const Category &c) {
        return std::any_of(c.rubric.begin(), c.rubric.end(), [](const RubricItem &i) { return !i.bands.empty(); });
    });
    if (hasBands && !pgValue(db, QStringLiteral("SELECT to_regclass('rubric_bands') IS NOT NULL")).toBool())
        throw InputError(Tr::tr("the panel's server has no score bands (server schema version 1): "
                                "upgrade the server's schema or leave the rubric without bands"));
    if (!panel.expertScores.empty())
        throw InputError(Tr::tr("on a server replace-panel writes no expert score: each member enters "
                                "their own (docs/server.md)"));
    QStringList stored, given;
    QSqlQuery m = pgRun(db, QStringLiteral("SELECT id, name, role FROM members"));
    while (m.next())
        stored << m.value(0).toString() + QLatin1Char('/') + m.value(1).toString() + QLatin1Char('/') + m.value(2).toString();
    QSqlQuery c = pgRun(db, QStringLiteral("SELECT member_id, team_id FROM member_conflicts"));
    while (c.next())
        stored << c.value(0).toString() + QLatin1String(" x ") + c.value(1).toString();
    for (const Reviewer &r : panel.reviewers) {
        given << r.id + QLatin1Char('/') + r.name + QLatin1Char('/') + toString(r.role);
        for (const QString &team : r.conflicts)
            given << r.id + QLatin1String(" x ") + team;
    }
    stored.sort();
    given.sort();
    if (stored != given)
        throw InputError(Tr::tr("on a server replace-panel keeps the members and their conflicts: add "
                                "members with member add, and each declares their own conflicts "
                                "(docs/server.md)"));
}

// A panel deployed at server schema version 1 or 2 has no benchmark_targets (step 3) and its
// replace_panel would drop configured targets without a word: refuse them there.
void requireTargetsStorable(QSqlDatabase &db, const Panel &panel)
{
    bool any = false;
    for (const Category &category : panel.categories)
        for (const BenchmarkGroup &group : category.groups)
            for (const Benchmark &benchmark : group.benchmarks)
                any = any || !benchmark.targets.empty();
    const int version = schema::serverVersion(db);
    if (any && version < 3)
        throw InputError(Tr::tr("the panel configures benchmark targets, which this server's schema "
                                "(version %1) cannot hold: its administrator must upgrade it to "
                                "version 3 first (docs/server.md)").arg(version));
}

// change_setup handles the score bands (step 2) and the configured targets (step 3) from
// server schema step 3 on (ServerChangeSetup.cpp upgradeChangeSetupForBandsAndTargets):
// before it, step 1's change_setup would drop the bands and targets it is given, and could
// not remove a rubric item with stored bands. Refused there, naming the version.
void requireBandsAndTargetsChangeable(QSqlDatabase &db, const Panel &stored, const Panel &setup)
{
    const auto hasBands = [](const Panel &panel) {
        for (const Category &category : panel.categories)
            for (const RubricItem &item : category.rubric)
                if (!item.bands.empty())
                    return true;
        return false;
    };
    const auto hasTargets = [](const Panel &panel) {
        for (const Category &category : panel.categories)
            for (const BenchmarkGroup &group : category.groups)
                for (const Benchmark &benchmark : group.benchmarks)
                    if (!benchmark.targets.empty())
                        return true;
        return false;
    };
    const bool bands = hasBands(stored) || hasBands(setup);
    const bool targets = hasTargets(stored) || hasTargets(setup);
    if (!bands && !targets)
        return;
    const int version = schema::serverVersion(db);
    if (version < 3)
        throw InputError(Tr::tr("the configuration holds %1, which this server's schema (version %2) "
                                "cannot change: its administrator must upgrade it to version 3 first "
                                "(docs/server.md)")
                             .arg(bands && targets ? Tr::tr("score bands and benchmark targets")
                                  : bands          ? Tr::tr("score bands")
                                                   : Tr::tr("benchmark targets"))
                             .arg(version));
}

} // namespace

void PgStore::replacePanel(const Panel &panel, const Actor &actor)
{
    requireActor(actor);
    if (m_role != Role::Chair)   // the function refuses them too (42501)
        throw InputError(Tr::tr("replacing the panel is the chair's: %1 is %2").arg(actor.id, toString(m_role)));
    validatePanel(panel);   // every rule first, with the validator's paths (as a file)
    requireTargetsStorable(m_db, panel);
    const QByteArray rows = panelRows(panel);
    writeTransaction([&] {
        requireReplaceable(m_db);   // the file's: no decision records, open or scoring
        requireReplaceableOnServer(m_db, panel);
        pgRun(m_db, QStringLiteral("SELECT replace_panel(?::jsonb)"), {QString::fromUtf8(rows)});
    });
}

} // namespace pd::server

namespace pd::server {

bool PgStore::holdsInputs() const
{
    return pgValue(m_db, QStringLiteral("SELECT round_holds_inputs()")).toBool();
}

// The configuration in place (ServerChangeSetup.cpp): validated first on what this member
// reads (the stored inputs with the new configuration, validatePanel's paths as in a file),
// then the configuration alone is written into a temporary file like a replaced panel, and
// its rows go to change_setup(rows, reason), which checks the role, the round's state, the
// reason and every stored input (other members' drafts included) again on the locked round.
void PgStore::changeConfiguration(const Panel &setup, const QString &reason, const Actor &actor)
{
    requireActor(actor);
    if (m_role != Role::Chair && m_role != Role::Secretariat)   // the function refuses them too (42501)
        throw InputError(Tr::tr("changing the configuration is the chair's or the secretariat's: %1 is %2")
                             .arg(actor.id, toString(m_role)));
    const Panel stored = loadPanel();
    if (setup.round.id != stored.round.id)
        throw InputError(Tr::tr("round.id: on a server the round keeps its id %1 (docs/server.md)")
                             .arg(stored.round.id));
    // The inputs a change would orphan first, named as a file names them (from what this
    // member reads; the function counts every row again), then every rule of the round.
    if (const QString orphaned = orphanedInput(stored, loadSheets(), setup); !orphaned.isEmpty())
        throw InputError(orphaned);
    validatePanel(withConfigurationOf(stored, setup));
    requireBandsAndTargetsChangeable(m_db, stored, setup);
    Panel configuration = withConfigurationOf(Panel(), setup);
    configuration.round.tieResolutions.clear();
    const QByteArray rows = panelRows(configuration);
    writeTransaction([&] {
        if (m_role == Role::Chair)   // the secretariat reads no decision record: the function checks
            requireReplaceable(m_db);   // the file's: no decision records, open or scoring
        pgRun(m_db, QStringLiteral("SELECT change_setup(?::jsonb, ?)"),
              {QString::fromUtf8(rows), reason.isNull() ? QStringLiteral("") : reason});
    });
}

} // namespace pd::server
