#pragma once
// Signing in with the throttle kept in the panel file, for callers that live for one command
// (paneldesk-cli): the failures and the time of the last one are stored, so that a new
// process waits like the window's sign-in dialog (auth/SignInThrottle.h has the delays:
// none after the first failure, then 1, 2, 4 ... 60 s).
//
// The clock is the caller's (`now`, UTC), so tests need no sleeping.

#include "auth/SignInThrottle.h"
#include "services/Session.h"

#include <QDateTime>
#include <chrono>

namespace pd {

class PanelStore;

struct SignInAttempt {
    enum class Outcome {
        SignedIn,
        UnknownMember,     // nothing recorded
        WrongPassphrase,   // or no passphrase set; the failure is recorded
        TooSoon,           // refused without checking the passphrase; nothing recorded
    };
    Outcome outcome = Outcome::WrongPassphrase;
    Session session;   // the member when SignedIn, nobody otherwise
    // TooSoon: the wait left. WrongPassphrase: the wait this failure imposes.
    std::chrono::milliseconds retryAfter{0};
};

class SignInService {
public:
    explicit SignInService(PanelStore &store, ThrottlePolicy policy = {});

    // On success the session carries the member's unlocked key (trust/MemberKeys.h: a member
    // without one gets it now) and the store signs the member's changes with it
    // (PanelStore::setSigner); the caller keeps the session while it uses the store.
    SignInAttempt signIn(const QString &memberId, const QString &passphrase,
                         const QDateTime &now) const;

    // The wait left before `memberId` may try again at `now` (zero: allowed). A stored
    // failure time later than `now` (the clock was set back) counts as `now`.
    std::chrono::milliseconds retryAfter(const QString &memberId, const QDateTime &now) const;

private:
    PanelStore &m_store;
    ThrottlePolicy m_policy;
};

} // namespace pd
