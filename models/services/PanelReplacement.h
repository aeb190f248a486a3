#pragma once
// Replacing the panel of an open store as a use case (trust.md, "One door"): the acting member
// must be the store's chair (access/CommandAccess.h, canReplacePanel) before the store writes.
// What the file path does through actions/PanelDatabase.h (a new file put in place of the
// old), a panel on a server does in place (docs/server.md, "Replacing the panel on a
// server"): `import-panel FILE --db URL --replace --as CHAIR`. A refusal is an InputError and
// changes nothing; the store keeps its own rules (a round not yet scored, a valid panel).

#include "domain/Panel.h"
#include "trust/Actor.h"

namespace pd {

class PanelStore;

void replacePanelAsChair(PanelStore &store, const Panel &panel, const Actor &actor);

} // namespace pd
