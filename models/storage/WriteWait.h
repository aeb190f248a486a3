#pragma once
// What a writer does when another PanelDesk is writing to the same panel (backend-neutral).
//
// A write transaction that finds the panel busy waits for it, up to `limit`, instead of
// failing with "database is locked". While it waits, `waiting` is called every slice (about
// a tenth of a second) with what the other writer announced (WriteNotice), so that the
// window can show "waiting for another PanelDesk (import of ratings.csv)…" with a Cancel
// button and the CLI a line on stderr; `waiting` returning false stops the wait (the write
// then throws Cancelled and nothing is written). After `limit` the write throws StoreError
// naming the limit. `finished` is called once when a wait ends, however it ends.
// `waiting` runs outside any database call: it may process events.

#include <QString>

#include <chrono>
#include <functional>

namespace pd {

struct WriteWaitStatus {
    QString holder;                      // what the other writer announced; "" when nothing
    std::chrono::milliseconds waited{0};
    std::chrono::milliseconds limit{0};
};

struct WriteWaitPolicy {
    static constexpr std::chrono::milliseconds kDefaultLimit{std::chrono::minutes(2)};
    std::chrono::milliseconds limit = kDefaultLimit;
    std::function<bool(const WriteWaitStatus &)> waiting;   // may be empty: wait silently
    std::function<void()> finished;                         // may be empty
};

// Announces a long write to other PanelDesk instances for as long as it lives (see
// PanelStore::announceWrite).
class WriteNotice {
public:
    virtual ~WriteNotice() = default;
};

} // namespace pd
