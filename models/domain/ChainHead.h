#pragma once
// The audit chain's last entry (trust.md, "Audit chain"): printed in every decision report
// and stored with every backup, so that a reader can check later that nothing up to it was
// changed or cut off.

#include <QString>

namespace pd {

struct ChainHead {
    qint64 seq = 0;   // the entry's sequence number; 0: no entry
    QString hash;     // hex; empty for a file without the chain (before schema 7)
    bool operator==(const ChainHead &) const = default;
};

} // namespace pd
