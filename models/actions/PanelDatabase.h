#pragma once
// Whole-database operations behind the CLI and the File menu: make a database from a panel
// file or from the demo, write a database back out as a panel file. `dbPath` is a location
// (storage/PanelLocation.h): a file, or a server for the reads. Each is all or nothing: a new
// database is put in place only when complete (PanelLocation::create), so a failure leaves
// no database behind and never touches an existing one.

#include "domain/Panel.h"
#include "scoring/Standings.h"
#include "storage/PanelStore.h"

#include <QString>

#include <functional>

namespace pd {

struct CreateOptions {
    bool replace = false;            // replace an existing database at the target path
    QString actor = QStringLiteral("cli");   // who is written into the audit log
};

// Builds a database at `dbPath` holding `panel` (validated first). InputError for an
// invalid panel or an existing target without `replace`; StoreError for I/O problems.
// `prepare`, when given, runs on the new store before it is renamed into place (e.g. to
// add members with passphrases); when it throws, no database is left behind.
void createDatabase(const Panel &panel, const QString &dbPath, const CreateOptions &options,
                    const std::function<void(PanelStore &)> &prepare = {});

// The demo panel (demo/DemoPanel.h) with the known demo passphrases of its members
// (demo/DemoPassphrases.h) set, all or nothing like createDatabase.
void createDemoDatabase(const QString &dbPath, const CreateOptions &options);

// A new panel (e.g. from templates/FirstEvaluationTemplate.h) whose first member is `chair`
// (role set to chair) with `passphrase`, all or nothing. The chair is the actor.
void createPanelWithChair(const Panel &panel, const QString &dbPath, Reviewer chair,
                          const QString &passphrase);

// Reads a panel file and builds a database from it (see createDatabase).
void importPanelFile(const QString &panelFile, const QString &dbPath, const CreateOptions &options);

// The same, with `chair` as its creator: a member of the file with the role chair gets
// `passphrase`; a member of the file with another role is refused (InputError); a member
// not in the file is added as chair. The chair is the actor. All or nothing.
void importPanelFileWithChair(const QString &panelFile, const QString &dbPath, bool replace,
                              const Reviewer &chair, const QString &passphrase);

// `panel` without any draft score (what a panel file written out of a database holds: a
// draft is its reviewer's alone, trust.md).
Panel withoutDrafts(Panel panel);

// Writes the current round of the database at `dbPath` to `panelFile` (atomically),
// without drafts (withoutDrafts).
void exportPanelFile(const QString &dbPath, const QString &panelFile);

// Reads the current round of the database at `dbPath`.
Panel loadPanelFrom(const QString &dbPath);

// Reads what scoring needs (ratings as tallies) and computes the standings.
struct ScoredRound {
    Panel panel;   // without raw user ratings
    Standings standings;
};
ScoredRound scoreDatabase(const QString &dbPath);

} // namespace pd
