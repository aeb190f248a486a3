// The store's contract (StoreContract.h) against the SQLite backend: each case's panel is a
// new .paneldesk file in a temporary folder, opened the way the window and the CLI open it
// (PanelLocation::parse(path).open()); the member signs in nowhere (a file has no logins:
// the actor names them). The same cases run against a server in server.contract.
#include "StoreContract.h"

#include "actions/PanelDatabase.h"
#include "storage/PanelLocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

class SqliteBackend final : public test::contract::Backend {
public:
    explicit SqliteBackend(const QTemporaryDir &dir) : m_dir(dir) {}

    void create(const QString &name, const Panel &panel) override
    {
        createDatabase(panel, path(name), {false, QStringLiteral("contract")});
    }

    std::unique_ptr<PanelStore> open(const QString &name, const QString &member) override
    {
        Q_UNUSED(member);
        return PanelLocation::parse(path(name)).open();
    }

    QStringList contents(const QString &name) override
    {
        const QString connection = QStringLiteral("contract-contents");
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path(name));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qFatal("cannot read %s", qPrintable(path(name)));
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : names) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                QStringList lines;
                while (query.next()) {
                    QStringList cells;
                    for (int i = 0; i < query.record().count(); ++i)
                        cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                    lines << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
                }
                lines.sort();
                rows << lines;
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return rows;
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".paneldesk")); }
    const QTemporaryDir &m_dir;
};

} // namespace

class TestContract : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SqliteBackend m_backend{m_dir};

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
