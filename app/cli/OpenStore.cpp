#include "OpenStore.h"

#include "SessionSupport.h"
#include "auth/Passphrase.h"
#include "domain/Errors.h"
#include "services/Backups.h"
#include "storage/PanelLocation.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>
#include <utility>

namespace pd::cli {

std::unique_ptr<PanelStore> openStore(const QString &location, Io &io)
{
    auto store = openPanelStore(location);
    auto said = std::make_shared<bool>(false);
    WriteWaitPolicy policy;
    policy.waiting = [&io, said](const WriteWaitStatus &status) {
        if (!*said) {
            const QString what = status.holder.isEmpty()
                                     ? QCoreApplication::translate("cli", "another PanelDesk is writing to the panel")
                                     : status.holder;
            io.err << QCoreApplication::translate("cli", "Waiting for another PanelDesk (%1)… up to "
                                                         "%2 s; press Ctrl+C to stop waiting.")
                          .arg(what)
                          .arg(std::chrono::duration_cast<std::chrono::seconds>(status.limit).count())
                   << Qt::endl;
            *said = true;
        }
        return true;
    };
    store->setWriteWait(std::move(policy));
    backUpOnFirstOpenOfDay(*store);   // as the window does (docs/storage.md, "Backups")
    return store;
}

std::unique_ptr<PanelStore> openStore(const QCommandLineParser &parser, Io &io)
{
    const QString db = parser.value(QStringLiteral("db"));
    const PanelLocation location = PanelLocation::parse(db);
    if (!location.isServer())
        return openStore(db, io);
    if (!parser.isSet(QStringLiteral("as")))
        throw InputError(QCoreApplication::translate("cli", "%1 is a panel on a server: sign in with "
                                                            "--as MEMBER (your server password on "
                                                            "standard input, or --passphrase-file)")
                             .arg(location.shown()));
    const QString member = parser.value(QStringLiteral("as"));
    ServerLogin login{member, readPassphraseOf(parser, io, member)};
    try {
        auto store = location.open(login);
        io.serverPassword = std::exchange(login.passphrase, QString());
        return store;
    } catch (...) {
        wipe(login.passphrase);
        throw;
    }
}

} // namespace pd::cli
