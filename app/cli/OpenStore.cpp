#include "OpenStore.h"

#include "services/Backups.h"
#include "storage/PanelLocation.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>

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

} // namespace pd::cli
