#pragma once
// Making a rename durable (docs/storage.md, "Backups"): the file's bytes are flushed to disk
// before it is renamed into place, and the folder is flushed afterwards so that the new name
// survives a crash or power loss.

#include <QString>

namespace pd {

// fsync(2) of `path`. StoreError naming the file when it fails.
void syncFile(const QString &path);

// fsync(2) of the folder that holds `path` (the folder's entries: new names, removals).
void syncFolderOf(const QString &path);

// rename(2) `from` to `to` (replacing `to` atomically), after syncing `from`, then syncs the
// folder. StoreError naming both when it fails.
void renameDurably(const QString &from, const QString &to);

} // namespace pd
