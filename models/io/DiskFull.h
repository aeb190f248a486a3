#pragma once
// A full disk (docs/storage.md, "A full disk"): no space left on the device (ENOSPC), a
// quota exhausted (EDQUOT) or a file-size limit reached (EFBIG, RLIMIT_FSIZE) are one
// failure to the user, "disk full (PATH)", whichever writer met it (SQLite, QSaveFile,
// libxlsxwriter). Nothing is half-written: every writer rolls back or removes its temporary.

#include <QString>

class QFileDevice;

namespace pd {

// True for ENOSPC, EDQUOT and EFBIG.
bool isOutOfSpaceErrno(int error);

// True when `file`'s last error is one of those (Qt keeps only the text for a write error,
// the text of strerror(errno), and ResourceError for ENOSPC).
bool isOutOfSpace(const QFileDevice &file);

// True when `reason` is the text of strerror() for one of those (a device's errorString).
bool isOutOfSpaceReason(const QString &reason);

// "disk full (PATH): nothing was saved; free some space and try again" (translated).
QString diskFullMessage(const QString &path);

// Throws StoreError(diskFullMessage(path)).
[[noreturn]] void throwDiskFull(const QString &path);

} // namespace pd
