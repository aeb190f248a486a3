#pragma once
// Who is acting: the signed-in member, or nobody (a default Session). Every use case that
// reads non-public data or writes takes one (trust.md, "One door"); a Session is only made
// by SignInService (or by a panel's creation, for its creator).

#include "domain/Member.h"
#include "trust/Actor.h"
#include "trust/MemberKey.h"

#include <memory>
#include <optional>

namespace pd {

class Session {
public:
    Session() = default;   // nobody signed in
    // `key`: the member's unlocked signing key (trust.md); without one the member's changes
    // are unsigned and `verify` names them.
    static Session signedIn(Member member, std::optional<MemberKey> key = std::nullopt)
    {
        Session session(std::move(member));
        if (key)
            session.m_key = std::make_shared<const MemberKey>(std::move(*key));
        return session;
    }

    bool isSignedIn() const { return m_member.has_value(); }
    // The member; nullptr for nobody.
    const Member *member() const { return m_member ? &*m_member : nullptr; }
    // The member's id; empty for nobody (Visibility's "unknown member": sees no score).
    QString memberId() const { return m_member ? m_member->id : QString(); }
    // The signing key (shared by copies of the session and the store it signs for); nullptr
    // when none.
    const MemberKey *key() const { return m_key.get(); }
    std::shared_ptr<const MemberKey> sharedKey() const { return m_key; }
    // Who the member's changes are written as: the id, signed with the key when there is one.
    Actor actor() const { return Actor(memberId(), m_key.get()); }

private:
    explicit Session(Member member) : m_member(std::move(member)) {}
    std::optional<Member> m_member;
    std::shared_ptr<const MemberKey> m_key;
};

} // namespace pd
