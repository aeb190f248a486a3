// The server schema (models/server/): its ladder, the same tables and columns as the SQLite
// schema, RLS enabled and forced on every table, member logins that are neither owners nor
// superusers nor BYPASSRLS nor CREATEROLE, no SECURITY DEFINER function executable by PUBLIC,
// and a deploy refused (nothing created) when the database or a role exists.
#include "ServerPanelSupport.h"

#include "domain/Errors.h"
#include "server/ServerSchema.h"
#include "storage/SqliteStore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace pd;

class TestServerSchema : public QObject {
    Q_OBJECT
private:
    test::DeployedPanel m_panel;

private Q_SLOTS:
    void initTestCase() { m_panel = test::deployForTest(QStringLiteral("schema"), test::visibilityPanel()); }

    void ladderRecordsItsVersion()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(server::schema::serverVersion(admin), server::kServerSchemaVersion);
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM paneldesk_schema")).toInt(), 1);
        const server::PanelRoles roles{m_panel.database};
        QVERIFY_THROWS_EXCEPTION(StoreError, server::schema::upgradeServer(admin, roles, 1, 1));
        QVERIFY_THROWS_EXCEPTION(StoreError, server::schema::upgradeServer(admin, roles, 0, server::kServerSchemaVersion + 1));
        // A database without the schema reads as version 0.
        QSqlDatabase postgres = server::openServer(test::adminConnInfo(), QStringLiteral("schema-postgres"));
        QCOMPARE(server::schema::serverVersion(postgres), 0);
    }

    // Every SQLite table (schema at its current version) is on the server with the same
    // columns; the server adds only its own tables and no SQLite column is missing.
    void tablesMirrorSqlite()
    {
        QTemporaryDir dir;
        { auto store = SqliteStore::create(dir.filePath(QStringLiteral("p.paneldesk"))); }
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mirror"));
        sqlite.setDatabaseName(dir.filePath(QStringLiteral("p.paneldesk")));
        QVERIFY(sqlite.open());
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList sqliteTables = test::rowsOf(sqlite, QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence' ORDER BY name"));
        QVERIFY(sqliteTables.size() >= 30);
        for (const QString &table : sqliteTables) {
            const QStringList sqliteColumns = test::rowsOf(sqlite, QStringLiteral(
                "SELECT name FROM pragma_table_info('%1') ORDER BY name").arg(table));
            QStringList serverColumns = test::rowsOf(admin, QStringLiteral(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name = '%1' ORDER BY column_name COLLATE \"C\"").arg(table));
            // The server's own: a sheet counts its draft saves (ServerDraftSaves.cpp).
            if (table == QLatin1String("sheets")) {
                for (const char *column : {"revisions", "saved_at", "saved_by"})
                    QVERIFY(serverColumns.removeOne(QLatin1String(column)));
            }
            QVERIFY2(!serverColumns.isEmpty(), qPrintable(QStringLiteral("no table %1 on the server").arg(table)));
            QCOMPARE(serverColumns, sqliteColumns);
        }
        const QStringList serverTables = test::rowsOf(admin, QStringLiteral(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"));
        QStringList serverOnly;
        for (const QString &table : serverTables)
            if (!sqliteTables.contains(table))
                serverOnly << table;
        QCOMPARE(serverOnly, (QStringList{QStringLiteral("audit_chain_head"), QStringLiteral("member_logins"),
                                          QStringLiteral("paneldesk_schema")}));
        sqlite.close();
        sqlite = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("mirror"));
    }

    void everyTableHasRlsEnabledAndForced()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList tables = test::rowsOf(admin, QStringLiteral(
            "SELECT relname || '|' || relrowsecurity || '|' || relforcerowsecurity FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY relname"));
        QCOMPARE(tables.size(), server::schema::tableNames().size());
        for (const QString &row : tables)
            QVERIFY2(row.endsWith(QLatin1String("|true|true")), qPrintable(row));
        // No views at all (a view runs with its owner's rights).
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = "
                                                      "'public'::regnamespace AND relkind IN ('v', 'm')")).toInt(), 0);
    }

    void memberLoginsHaveNoPowers_data()
    {
        QTest::addColumn<QString>("member");
        for (const auto &[id, login] : m_panel.logins)
            QTest::newRow(qPrintable(id)) << id;
    }

    void memberLoginsHaveNoPowers()
    {
        QFETCH(QString, member);
        const server::MemberLogin &login = m_panel.logins.at(member);
        const server::PanelRoles roles{m_panel.database};
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        QCOMPARE(test::rowsOf(admin, QStringLiteral(
                     "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolcanlogin, rolinherit "
                     "FROM pg_roles WHERE rolname = %1").arg(server::quoteLiteral(login.loginRole))),
                 QStringList{QStringLiteral("false|false|false|false|true|true")});
        // Owns nothing, is not the owner, and is in exactly its own group.
        QCOMPARE(test::scalarOf(admin, QStringLiteral(
                     "SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = %1)")
                     .arg(server::quoteLiteral(login.loginRole))).toInt(), 0);
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT pg_has_role(%1, %2, 'MEMBER')")
                                           .arg(server::quoteLiteral(login.loginRole), server::quoteLiteral(roles.owner()))).toBool(), false);
        QCOMPARE(test::rowsOf(admin, QStringLiteral(
                     "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                     "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %1").arg(server::quoteLiteral(login.loginRole))),
                 QStringList{roles.group(login.role)});
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT member_id FROM member_logins WHERE role_name = %1")
                                           .arg(server::quoteLiteral(login.loginRole))).toString(), member);
        // The owner and the groups cannot log in.
        for (const QString &role : QStringList{roles.owner()} + roles.groups())
            QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = %1")
                                               .arg(server::quoteLiteral(role))).toBool(), false);
    }

    void noDefinerFunctionIsExecutableByPublic()
    {
        QSqlDatabase admin = test::panelAdmin(m_panel.database);
        const QStringList definers = test::rowsOf(admin, QStringLiteral(
            "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosecdef ORDER BY proname"));
        QVERIFY(definers.contains(QStringLiteral("lock_round")));
        QVERIFY(definers.contains(QStringLiteral("submit_sheet")));
        QCOMPARE(test::rowsOf(admin, QStringLiteral(
                     "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND "
                     "(proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(proacl) a WHERE a.grantee = 0))")),
                 QStringList{});
        // Every one pins its search_path.
        QCOMPARE(test::rowsOf(admin, QStringLiteral(
                     "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosecdef "
                     "AND NOT coalesce(array_to_string(proconfig, ',') LIKE '%search_path=%', false)")),
                 QStringList{});
        // Nobody but the groups may connect.
        QCOMPARE(test::scalarOf(admin, QStringLiteral("SELECT has_database_privilege('public', %1, 'CONNECT')")
                                           .arg(server::quoteLiteral(m_panel.database))).toBool(), false);
    }

    void deployRefusedWhenTheDatabaseOrARoleExists()
    {
        QSqlDatabase postgres = server::openServer(test::adminConnInfo(), QStringLiteral("schema-postgres"));
        const int rolesBefore = test::scalarOf(postgres, QStringLiteral("SELECT count(*) FROM pg_roles")).toInt();
        try {
            test::deployForTest(m_panel.database, test::visibilityPanel());
            QFAIL("deployed over an existing database");
        } catch (const InputError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("the database schema")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("the role schema.e01")), qPrintable(error.message()));
        }
        // Only a role taken: the new database is not created either.
        server::execServer(postgres, QStringLiteral("CREATE ROLE \"fresh.e02\" NOLOGIN"));
        try {
            test::deployForTest(QStringLiteral("fresh"), test::visibilityPanel());
            QFAIL("deployed over an existing role");
        } catch (const InputError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("the role fresh.e02")), qPrintable(error.message()));
            QVERIFY2(!error.message().contains(QStringLiteral("fresh.e01")), qPrintable(error.message()));
        }
        QCOMPARE(test::scalarOf(postgres, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'fresh'")).toInt(), 0);
        QCOMPARE(test::scalarOf(postgres, QStringLiteral("SELECT count(*) FROM pg_roles")).toInt(), rolesBefore + 1);
        server::execServer(postgres, QStringLiteral("DROP ROLE \"fresh.e02\""));
        QVERIFY_THROWS_EXCEPTION(InputError, test::deployForTest(QStringLiteral("Bad-Name"), test::visibilityPanel()));
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_schema.moc"
