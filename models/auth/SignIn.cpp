#include "auth/SignIn.h"

#include "storage/PanelStore.h"
#include "trust/MemberKeys.h"

namespace pd {

SignInResult attemptSignIn(PanelStore &store, SignInThrottle &throttle,
                           const QString &memberId, const QString &passphrase,
                           SignInThrottle::TimePoint now)
{
    if (const auto wait = throttle.retryAfter(memberId, now); wait.count() > 0)
        return {SignInResult::Outcome::TooSoon, wait, std::nullopt};
    if (store.checkPassphrase(memberId, passphrase)) {
        throttle.recordSuccess(memberId);
        return {SignInResult::Outcome::SignedIn, {}, unlockMemberKey(store, memberId, passphrase)};
    }
    throttle.recordFailure(memberId, now);
    return {SignInResult::Outcome::WrongPassphrase, throttle.retryAfter(memberId, now), std::nullopt};
}

} // namespace pd
