// The store's contract (tests/storage/StoreContract.h) against a panel on a server: each
// case's panel is deployed to the throwaway cluster of with-cluster.sh (its own database) and
// opened the way the window and the CLI open it, PanelLocation::parse(address).open({member,
// password}), as the member's own login with row-level security on. The same cases run
// against a SQLite file in storage.contract.
#include "ServerPanelSupport.h"

#include "../storage/StoreContract.h"
#include "storage/PanelLocation.h"

#include <QTest>

#include <map>

using namespace pd;

namespace {

class ServerBackend final : public test::contract::Backend {
public:
    void create(const QString &name, const Panel &panel) override
    {
        m_panels[name] = test::deployForTest(name, panel);
    }

    std::unique_ptr<PanelStore> open(const QString &name, const QString &member) override
    {
        const QString address = QStringLiteral("postgresql://%1:%2/%3")
            .arg(qEnvironmentVariable("PANELDESK_TEST_PG_HOST"), qEnvironmentVariable("PANELDESK_TEST_PG_PORT"), name);
        return PanelLocation::parse(address).open(ServerLogin{member, m_panels.at(name).logins.at(member).password});
    }

    // As the administrator (no row-level security): every row of every table.
    QStringList contents(const QString &name) override
    {
        QSqlDatabase admin = test::panelAdmin(name);
        QStringList rows;
        for (const QString &table : test::rowsOf(admin, QStringLiteral(
                 "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")))
            rows << test::rowsOf(admin, QStringLiteral("SELECT %1 || '|' || t::text FROM %2 t ORDER BY 1")
                                            .arg(server::quoteLiteral(table), server::quoteIdent(table)));
        return rows;
    }

private:
    std::map<QString, test::DeployedPanel> m_panels;
};

} // namespace

class TestContract : public QObject {
    Q_OBJECT
    ServerBackend m_backend;

private Q_SLOTS:
    void contract_data() { test::contract::addCaseRows(); }
    void contract()
    {
        QFETCH(QString, name);
        test::contract::runCase(m_backend, name);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
