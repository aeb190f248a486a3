#pragma once
// Temporary files written beside a target and renamed into place when complete (a new
// database: ".creating", a restore: ".restoring", a backup: ".partial"). Their names carry
// the writing process's id, so that one left by an interrupted run (killed, disk full) is
// recognised on the next run and removed with its -wal, -shm and -journal.

#include <QString>

namespace pd {

// ".<target's name>.<pid>.<random>.<suffix>" in the target's folder.
QString temporaryBeside(const QString &target, const QString &suffix);

// Removes the temporaries of `target` (any suffix above) whose process is gone, with their
// -wal, -shm and -journal; also those of the older form without a process id. Returns how
// many temporaries were removed. Never throws.
int removeStaleTemporaries(const QString &target);

// The same for every target in `folder` (temporaries with a process id only).
int removeStaleTemporariesIn(const QString &folder);

} // namespace pd
