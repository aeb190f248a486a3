#include "auth/SignInThrottle.h"

#include <algorithm>
#include <limits>

namespace pd {

using std::chrono::milliseconds;

SignInThrottle::SignInThrottle(ThrottlePolicy policy) : m_policy(policy) {}

milliseconds SignInThrottle::delayAfterFailures(int failures, const ThrottlePolicy &policy)
{
    if (failures <= policy.freeFailures || policy.firstDelay <= milliseconds::zero())
        return milliseconds::zero();
    milliseconds delay = policy.firstDelay;
    for (int n = policy.freeFailures + 1; n < failures && delay < policy.maxDelay; ++n)
        delay *= 2;   // stops at the cap, so it never overflows
    return std::min(delay, policy.maxDelay);
}

milliseconds SignInThrottle::retryAfter(const QString &memberId, TimePoint now) const
{
    const auto it = m_states.constFind(memberId);
    if (it == m_states.constEnd() || now >= it->notBefore)
        return milliseconds::zero();
    // Rounded up: "retry after 0 ms" must never be answered while still refused.
    return std::chrono::ceil<milliseconds>(it->notBefore - now);
}

bool SignInThrottle::isAllowed(const QString &memberId, TimePoint now) const
{
    return retryAfter(memberId, now) == milliseconds::zero();
}

void SignInThrottle::recordFailure(const QString &memberId, TimePoint now)
{
    State &state = m_states[memberId];
    if (state.failures < std::numeric_limits<int>::max())
        ++state.failures;
    state.notBefore = now + delayAfterFailures(state.failures, m_policy);
}

void SignInThrottle::recordSuccess(const QString &memberId)
{
    m_states.remove(memberId);
}

int SignInThrottle::consecutiveFailures(const QString &memberId) const
{
    return m_states.value(memberId).failures;
}

} // namespace pd
