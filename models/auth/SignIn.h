#pragma once
// One sign-in attempt: the throttle asked first, the passphrase checked only when allowed,
// the outcome recorded, and on success the member's signing key unlocked. What the sign-in dialog calls; it shows retryAfter as a countdown.

#include "auth/SignInThrottle.h"
#include "trust/MemberKey.h"

#include <QString>
#include <chrono>

namespace pd {

class PanelStore;

struct SignInResult {
    enum class Outcome {
        SignedIn,
        WrongPassphrase,   // or unknown member, or no passphrase set: not told apart
        TooSoon,           // refused without checking: a previous failure is too recent
    };
    Outcome outcome = Outcome::WrongPassphrase;
    // TooSoon: how long until the next attempt is allowed. WrongPassphrase: the wait this
    // failure imposes on the next attempt (zero after a first failure).
    std::chrono::milliseconds retryAfter{0};
    // SignedIn: the member's unlocked signing key (trust/MemberKeys.h; a member without one
    // gets it now). Empty only when the stored seal does not open (then writes are unsigned
    // and `verify` names them).
    std::optional<MemberKey> key;
};

SignInResult attemptSignIn(PanelStore &store, SignInThrottle &throttle,
                           const QString &memberId, const QString &passphrase,
                           SignInThrottle::TimePoint now);

} // namespace pd
