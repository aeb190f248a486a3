// PgStore::liveChanges: LISTEN on the panel database's changes channel (ServerNotify.h) and
// hand each notification's kind to a PanelChanges. QPSQL reads notifications from the
// connection's socket in the event loop of the thread that opened it (and after each
// statement, on the next turn), so the store's thread must run one.
#include "server/PgStore.h"

#include "server/ServerNotify.h"
#include "storage/PanelChanges.h"

#include <QSqlDriver>
#include <QStringList>

namespace pd::server {
namespace {

const QStringList &knownKinds()
{
    static const QStringList kinds{
        QString::fromLatin1(changes::kSheets), QString::fromLatin1(changes::kRound),
        QString::fromLatin1(changes::kPanel), QString::fromLatin1(changes::kDecision),
        QString::fromLatin1(changes::kFindings), QString::fromLatin1(changes::kImports),
        QString::fromLatin1(changes::kMembers)};
    return kinds;
}

} // namespace

PanelChanges *PgStore::liveChanges()
{
    if (m_changes)
        return m_changes.get();
    QSqlDriver *driver = m_db.driver();
    const QString channel = QString::fromLatin1(kChangesChannel);
    if (!driver || !driver->subscribeToNotification(channel))
        return nullptr;
    m_changes = std::make_unique<PanelChanges>();
    PanelChanges *live = m_changes.get();
    QObject::connect(driver, &QSqlDriver::notification, live,
                     [live, channel](const QString &name, QSqlDriver::NotificationSource source,
                                        const QVariant &payload) {
                         // This store's own writes: its caller showed them already. Anyone
                         // connected may NOTIFY on the channel: only the known kinds count.
                         const QString kind = payload.toString();
                         if (name == channel && source != QSqlDriver::SelfSource
                             && knownKinds().contains(kind))
                             live->note(kind);
                     });
    return live;
}

} // namespace pd::server
