#include "services/PanelReplacement.h"

#include "access/CommandAccess.h"
#include "domain/Errors.h"
#include "services/ActingMember.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PanelReplacement)
};

} // namespace

void replacePanelAsChair(PanelStore &store, const Panel &panel, const Actor &actor)
{
    const std::optional<Member> member = actingMember(store, actor.id);
    if (!canReplacePanel(member ? &*member : nullptr))
        throw InputError(Tr::tr("only the chair replaces the panel (%1 is not the chair)")
                             .arg(actor.id.isEmpty() ? Tr::tr("nobody signed in") : actor.id));
    store.replacePanel(panel, actor);
}

} // namespace pd
