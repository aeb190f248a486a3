#pragma once
// Shared by the sheet tests (header only; not a test itself): the demo panel in a new
// database with one more expert, k01, who has no sheet yet and declared a conflict with
// NC AI. The demo's own sheets are all submitted.

#include "actions/PanelDatabase.h"
#include "demo/DemoPanel.h"
#include "storage/SqliteStore.h"

#include <QString>
#include <memory>

namespace pd::test {

inline const QString kExpert = QStringLiteral("k01");
inline const QString kTeam = QStringLiteral("lg");
inline const QString kConflictTeam = QStringLiteral("nc");

inline Panel sheetPanel()
{
    Panel panel = buildDemoPanel();
    panel.reviewers.push_back({kExpert, QStringLiteral("Kim Expert"), Role::Expert, {kConflictTeam}});
    return panel;
}

// Creates the database at `path` and opens it.
inline std::unique_ptr<SqliteStore> createSheetDatabase(const QString &path)
{
    createDatabase(sheetPanel(), path, CreateOptions{});
    return SqliteStore::open(path);
}

} // namespace pd::test
