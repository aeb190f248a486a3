#pragma once
// Who is acting: the signed-in member, or nobody (a default Session). Every use case that
// reads non-public data or writes takes one (trust.md, "One door"); a Session is only made
// by SignInService (or by a panel's creation, for its creator).

#include "domain/Member.h"

#include <optional>

namespace pd {

class Session {
public:
    Session() = default;   // nobody signed in
    static Session signedIn(Member member) { return Session(std::move(member)); }

    bool isSignedIn() const { return m_member.has_value(); }
    // The member; nullptr for nobody.
    const Member *member() const { return m_member ? &*m_member : nullptr; }
    // The member's id; empty for nobody (Visibility's "unknown member": sees no score).
    QString memberId() const { return m_member ? m_member->id : QString(); }

private:
    explicit Session(Member member) : m_member(std::move(member)) {}
    std::optional<Member> m_member;
};

} // namespace pd
