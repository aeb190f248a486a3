#pragma once
// What making a SQLite panel file takes besides the store itself (PanelLocation::create):
// the file is built under a temporary name beside the target and renamed into place only
// when complete, so a failure leaves no file behind and never touches an existing one.

#include "storage/PanelStore.h"

#include <QString>

#include <functional>

namespace pd {

// InputError for an existing target without `replace` or one that is not a file; StoreError
// when the target's folder is missing or the target is open elsewhere (its -wal exists).
void createSqlitePanel(const QString &path, bool replace,
                       const std::function<void(PanelStore &)> &fill,
                       const std::function<void()> &beforeReplace);

} // namespace pd
