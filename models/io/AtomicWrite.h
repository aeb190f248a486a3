#pragma once
// Writing a file all or nothing (exports, reports): the bytes go to a QSaveFile beside the
// target, which replaces the target only when every write succeeded; on any failure the
// target is untouched and no temporary is left. A failed write is a StoreError naming the
// file ("disk full (PATH)" when the disk is full, io/DiskFull.h).

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace pd {

// Fills the device (QIODevice::write); a short or failed write is noticed by saveAtomically,
// the writer need not check.
using DeviceWriter = std::function<void(QIODevice &)>;

// A seam for tests (tests/faults): wraps the device the writer writes to, e.g. to fail the
// N-th write. The wrapper must pass what it accepts on to `target`.
using DeviceFilter = std::function<std::unique_ptr<QIODevice>(QIODevice &target)>;

// Writes `path` through `write`, atomically. StoreError on failure.
void saveAtomically(const QString &path, const DeviceWriter &write, const DeviceFilter &filter = {});

// The same for bytes already in memory.
void saveAtomically(const QString &path, const QByteArray &bytes, const DeviceFilter &filter = {});

} // namespace pd
