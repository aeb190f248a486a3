#pragma once
// How soon a member may try their passphrase again: a pure policy object, no sleeping, no
// clock of its own. The caller passes the current time of a monotonic clock
// (std::chrono::steady_clock::now() in the application, any value in tests), asks before
// each attempt and records the outcome:
//
//     if (const auto wait = throttle.retryAfter(id, now); wait > 0ms) -> refuse, show `wait`
//     else if (store.checkPassphrase(id, passphrase)) throttle.recordSuccess(id)
//     else throttle.recordFailure(id, now)
//
// After the n-th consecutive failure the next attempt waits delayAfterFailures(n): none
// after the first (a typo), then 1 s, 2 s, 4 s, 8 s ... doubling up to 60 s (the defaults of
// ThrottlePolicy). A success forgets the member's failures. Members are independent.
//
// State lives in the object (one per window or session), not in the database: it slows down
// guessing at the sign-in screen. Anyone who can read the panel file can read the hashes;
// Argon2id is what makes guessing those slow.

#include <QHash>
#include <QString>
#include <chrono>

namespace pd {

struct ThrottlePolicy {
    int freeFailures = 1;                             // failures answered without delay
    std::chrono::milliseconds firstDelay{1000};       // after failure freeFailures + 1
    std::chrono::milliseconds maxDelay{60000};        // the doubling stops here
};

class SignInThrottle {
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    explicit SignInThrottle(ThrottlePolicy policy = {});

    // The wait before member `memberId` may try again: zero when an attempt is allowed now.
    std::chrono::milliseconds retryAfter(const QString &memberId, TimePoint now) const;
    bool isAllowed(const QString &memberId, TimePoint now) const;

    // A wrong passphrase at `now`: one more consecutive failure; the next attempt waits
    // delayAfterFailures(failures) counted from `now`.
    void recordFailure(const QString &memberId, TimePoint now);
    // A right passphrase: the member's failures are forgotten.
    void recordSuccess(const QString &memberId);

    int consecutiveFailures(const QString &memberId) const;

    // The wait after `failures` consecutive failures under `policy` (0 for failures <=
    // freeFailures, then firstDelay doubling per failure, capped at maxDelay).
    static std::chrono::milliseconds delayAfterFailures(int failures,
                                                        const ThrottlePolicy &policy = {});

private:
    struct State {
        int failures = 0;
        TimePoint notBefore;
    };
    ThrottlePolicy m_policy;
    QHash<QString, State> m_states;
};

} // namespace pd
