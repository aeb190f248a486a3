#include "services/SignInService.h"

#include "storage/PanelStore.h"
#include "trust/MemberKeys.h"

#include <algorithm>

namespace pd {

using std::chrono::milliseconds;

SignInService::SignInService(PanelStore &store, ThrottlePolicy policy)
    : m_store(store), m_policy(policy)
{
}

milliseconds SignInService::retryAfter(const QString &memberId, const QDateTime &now) const
{
    const SignInFailures stored = m_store.loadSignInFailures(memberId);
    if (stored.failures <= 0)
        return milliseconds::zero();
    const milliseconds delay = SignInThrottle::delayAfterFailures(stored.failures, m_policy);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const milliseconds elapsed{std::max<qint64>(0, nowMs - stored.lastFailureMs)};
    return std::max(milliseconds::zero(), delay - elapsed);
}

SignInAttempt SignInService::signIn(const QString &memberId, const QString &passphrase,
                                    const QDateTime &now) const
{
    std::optional<Member> member;
    for (const Member &m : m_store.members())
        if (m.id == memberId)
            member = m;
    if (!member)
        return {SignInAttempt::Outcome::UnknownMember, {}, {}};
    if (const milliseconds wait = retryAfter(memberId, now); wait > milliseconds::zero())
        return {SignInAttempt::Outcome::TooSoon, {}, wait};
    if (m_store.checkPassphrase(memberId, passphrase)) {
        m_store.clearSignInFailures(memberId);
        Session session = Session::signedIn(*member, unlockMemberKey(m_store, memberId, passphrase));
        // The store signs this member's changes with the session's key from now on (it keeps
        // the key alive itself).
        m_store.setSigner(session.sharedKey());
        return {SignInAttempt::Outcome::SignedIn, session, {}};
    }
    m_store.recordSignInFailure(memberId, now.toMSecsSinceEpoch());
    const int failures = m_store.loadSignInFailures(memberId).failures;
    return {SignInAttempt::Outcome::WrongPassphrase, {},
            SignInThrottle::delayAfterFailures(failures, m_policy)};
}

} // namespace pd
