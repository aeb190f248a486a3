#include "server/PgStore.h"

#include "domain/Enums.h"
#include "domain/Errors.h"
#include "server/PgScoreCache.h"
#include "server/PgStoreSql.h"
#include "server/ServerConnection.h"
#include "server/ServerErrors.h"
#include "server/ServerSchema.h"
#include "storage/PanelChanges.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

constexpr int kWriteAttempts = 4;   // a serialization failure or deadlock is retried this often

// A failed login: libpq's 28P01 when the driver passes it on; Qt 6.4's QPSQL gives no
// SQLSTATE for a connection that fails, so libpq's message is the sign. The server answers
// an unknown role with SCRAM exactly like a wrong password.
bool isFailedLogin(const ServerFailure &error)
{
    return error.sqlState() == QLatin1String("28P01")
        || error.message().contains(QLatin1String("password authentication failed"))
        || error.message().contains(QLatin1String("no password supplied"));
}

bool sameSecret(const QString &a, const QString &b)
{
    // Equal-length digests compared without an early exit: the time says nothing of where
    // the two differ.
    const QByteArray x = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray y = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char differ = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        differ |= static_cast<unsigned char>(x[i] ^ y[i]);
    return differ == 0;
}

} // namespace

PgStore::PgStore(QString connectionName, QString location, QString member, QString password)
    : m_connectionName(std::move(connectionName)),
      m_location(std::move(location)),
      m_member(std::move(member)),
      m_password(std::move(password)),
      m_db(QSqlDatabase::database(m_connectionName, false))
{
}

PgStore::~PgStore()
{
    m_changes.reset();   // before the connection whose notifications it takes
    m_db = QSqlDatabase();
    closeServer(m_connectionName);
}

std::unique_ptr<PgStore> PgStore::open(const QString &location, const ServerLogin &login)
{
    ConnInfo info = parseConnInfo(location);
    const QString shown = PanelLocation::parse(location).shown();
    if (info.dbname.isEmpty())
        throw InputError(Tr::tr("%1 names no panel database (dbname)").arg(shown));
    checkDatabaseName(info.dbname);
    const QString member = login.member.trimmed();
    if (member.isEmpty())
        throw InputError(Tr::tr("opening a panel on %1 needs the member who signs in").arg(shown));
    const QString loginRole = PanelRoles{info.dbname}.member(member);
    // A user in the address names the member (their id or their login role) or nobody.
    if (!info.user.isEmpty() && info.user != loginRole && info.user != member)
        throw InputError(Tr::tr("%1 names the server user %2, but %3 signs in as %4: leave the "
                                "user out of the address, or sign in as the member it names")
                             .arg(shown, info.user, member, loginRole));
    info.user = loginRole;
    info.password = login.passphrase;

    const QString name = QStringLiteral("pgstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    try {
        openServer(info, name);
    } catch (const ServerFailure &error) {
        if (isFailedLogin(error))
            throw InputError(Tr::tr("wrong member or password for %1").arg(shown));
        // The address as the member gave it (without a password), and the server's reason.
        QString reason = error.message();
        const qsizetype colon = reason.indexOf(QLatin1String(": "));
        if (colon >= 0)
            reason = reason.mid(colon + 2);
        throw ServerFailure(Tr::tr("cannot connect to %1: %2").arg(shown, reason), error.sqlState());
    }
    std::unique_ptr<PgStore> store(new PgStore(name, shown, member, login.passphrase));
    const int version = schema::serverVersion(store->m_db);
    if (version == 0)
        throw StoreError(Tr::tr("%1 holds no PanelDesk panel (no server schema)").arg(shown));
    if (version > kServerSchemaVersion)
        throw StoreError(Tr::tr("the panel on %1 has server schema version %2, newer than this "
                                "PanelDesk knows (%3): update PanelDesk")
                             .arg(shown)
                             .arg(version)
                             .arg(kServerSchemaVersion));
    QSqlQuery me = pgRun(store->m_db, QStringLiteral("SELECT id, role FROM members WHERE id = pd_me()"));
    if (!me.next() || me.value(0).toString() != member)
        throw StoreError(Tr::tr("%1 logged in to %2 but is not a member of its panel")
                             .arg(loginRole, shown));
    const std::optional<Role> parsed = parseEnum<Role>(me.value(1).toString());
    if (!parsed)
        throw StoreError(Tr::tr("the server gives %1 the unknown role \"%2\"")
                             .arg(member, me.value(1).toString()));
    store->m_role = *parsed;
    return store;
}

void PgStore::readSnapshot(const std::function<void()> &read) const
{
    pgRun(m_db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    try {
        read();
    } catch (...) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    pgRun(m_db, QStringLiteral("COMMIT"));
}

void PgStore::writeTransaction(const std::function<void()> &write, const Signer *signer)
{
    for (int attempt = 1;; ++attempt) {
        try {
            pgRun(m_db, QStringLiteral("BEGIN"));
            write();
            signOwnEntries(signer ? signer : m_signer.get());
            pgRun(m_db, QStringLiteral("COMMIT"));
            return;
        } catch (const ServerRetry &) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            if (attempt >= kWriteAttempts)
                throw;
        } catch (...) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

QString PgStore::requireRound() const
{
    const QVariant round = pgValue(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY seq LIMIT 1"));
    if (round.isNull())
        throw InputError(Tr::tr("there is no round to score yet"));
    return round.toString();
}

void PgStore::requireActor(const Actor &actor) const
{
    if (actor.id.trimmed().isEmpty())
        throw InputError(Tr::tr("every change needs an actor (who makes it)"));
    if (actor.id != m_member)
        throw InputError(Tr::tr("%1 is signed in to this panel's server: a change in the name of "
                                "%2 is refused (the server records who logged in)")
                             .arg(m_member, actor.id));
}

void PgStore::appendServerAudit(const QString &action, const QString &entity,
                                const QString &oldValue, const QString &newValue,
                                const QString &reason) const
{
    pgRun(m_db, QStringLiteral("INSERT INTO audit_log (action, entity, old_value, new_value, reason) "
                               "VALUES (?, ?, ?, ?, ?)"),
          {action, entity, oldValue.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(oldValue),
           newValue.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(newValue),
           reason.isNull() ? QStringLiteral("") : reason});
}

void PgStore::setSigner(std::shared_ptr<const Signer> signer)
{
    m_signer = std::move(signer);
}

QString PgStore::location() const
{
    return m_location;
}

ChainHead PgStore::copyTo(const QString &out) const
{
    Q_UNUSED(out);
    throw StoreError(Tr::tr("a panel on a server is backed up by its administrator (docs/server.md)"));
}

void PgStore::setWriteWait(WriteWaitPolicy policy)
{
    Q_UNUSED(policy);   // the server serialises writers: nothing waits for a file lock
}

std::unique_ptr<WriteNotice> PgStore::announceWrite(const QString &what)
{
    Q_UNUSED(what);
    return std::make_unique<WriteNotice>();
}

bool PgStore::checkPassphrase(const QString &memberId, const QString &passphrase) const
{
    const bool sameMember = memberId == m_member;
    const bool samePassword = sameSecret(passphrase, m_password);
    return sameMember && samePassword;
}

SignInFailures PgStore::loadSignInFailures(const QString &memberId) const
{
    Q_UNUSED(memberId);
    return {};
}

int PgStore::sealDrafts(const Actor &actor)
{
    Q_UNUSED(actor);
    return 0;
}

} // namespace pd::server
