#include "decision/Decision.h"

namespace pd {

QString toString(RoundState state)
{
    switch (state) {
    case RoundState::Open: return QStringLiteral("open");
    case RoundState::Scoring: return QStringLiteral("scoring");
    case RoundState::Locked: return QStringLiteral("locked");
    case RoundState::Decided: return QStringLiteral("decided");
    case RoundState::Announced: return QStringLiteral("announced");
    case RoundState::Final: return QStringLiteral("final");
    }
    return {};
}

QString toString(Ruling ruling)
{
    return ruling == Ruling::Upheld ? QStringLiteral("upheld") : QStringLiteral("rejected");
}

std::optional<Ruling> parseRuling(const QString &text)
{
    if (text == QLatin1String("upheld"))
        return Ruling::Upheld;
    if (text == QLatin1String("rejected"))
        return Ruling::Rejected;
    return std::nullopt;
}

const DecisionOutcome *DecisionVersion::outcomeOf(const QString &team) const
{
    for (const DecisionOutcome &o : outcomes)
        if (o.team == team)
            return &o;
    return nullptr;
}

const DecisionVersion *RoundStatus::latest() const
{
    return versions.empty() ? nullptr : &versions.back();
}

const Appeal *RoundStatus::appeal(qint64 id) const
{
    for (const Appeal &a : appeals)
        if (a.id == id)
            return &a;
    return nullptr;
}

bool mayAppeal(Outcome outcome)
{
    return outcome == Outcome::EliminatedScore || outcome == Outcome::Disqualified;
}

} // namespace pd
