#include "scoring/IndependenceRules.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Independence)
};

bool reusesWeights(const ComponentFinding &c)
{
    return c.weights == Weights::Reused || c.weights == Weights::ReusedFrozen;
}

bool restrictedOutsideLicense(const ComponentFinding &c)
{
    const bool restricted = c.license == License::Restricted || c.license == License::Proprietary;
    const bool outside = c.origin == Origin::ThirdParty || c.origin == Origin::OpenSource;
    return restricted && outside;
}

bool clean(const ComponentFinding &c)
{
    const bool ownWeights = c.weights == Weights::Initialized || c.weights == Weights::NotApplicable;
    const bool openLicense = c.license == License::Own || c.license == License::Permissive;
    return ownWeights && openLicense && c.externalControl == ExternalControl::None;
}

} // namespace

SuggestedVerdict suggestVerdict(const std::vector<ComponentFinding> &components)
{
    if (components.empty())
        return {};
    for (std::size_t i = 0; i < components.size(); ++i) {
        const ComponentFinding &c = components[i];
        const int index = static_cast<int>(i);
        if (reusesWeights(c))
            return {Verdict::Fail, IndependenceReason::ReusedWeights, index};
        if (restrictedOutsideLicense(c))
            return {Verdict::Fail, IndependenceReason::RestrictedLicense, index};
        if (c.externalControl == ExternalControl::Present)
            return {Verdict::Fail, IndependenceReason::ExternalControl, index};
    }
    for (std::size_t i = 0; i < components.size(); ++i)
        if (!clean(components[i]))
            return {Verdict::Pending, IndependenceReason::Undetermined, static_cast<int>(i)};
    return {Verdict::Pass, IndependenceReason::AllClear, -1};
}

QString explain(const SuggestedVerdict &suggestion,
                const std::vector<ComponentFinding> &components)
{
    QString component;
    QString source;
    if (suggestion.component >= 0 && suggestion.component < static_cast<int>(components.size())) {
        const ComponentFinding &c = components[static_cast<std::size_t>(suggestion.component)];
        component = c.component;
        source = c.source.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.source);
    }
    switch (suggestion.reason) {
    case IndependenceReason::NoFindings:
        return Tr::tr("pending: no component findings recorded");
    case IndependenceReason::ReusedWeights:
        return Tr::tr("fail: %1 reuses pretrained weights%2").arg(component, source);
    case IndependenceReason::RestrictedLicense:
        return Tr::tr("fail: %1 is outside code under a restricted or proprietary licence%2")
            .arg(component, source);
    case IndependenceReason::ExternalControl:
        return Tr::tr("fail: %1 is under outside control%2").arg(component, source);
    case IndependenceReason::AllClear:
        return Tr::tr("pass: every component initialised and trained by the team, own or "
                  "permissive licence, no outside control");
    case IndependenceReason::Undetermined:
        return Tr::tr("pending: %1 is neither clearly independent nor failing (check its licence, "
                  "weights and outside control)").arg(component);
    }
    return {};
}

bool verdictDiffersFromRules(Verdict verdict, const SuggestedVerdict &suggestion)
{
    return verdict != Verdict::Pending && suggestion.verdict != Verdict::Pending
        && verdict != suggestion.verdict;
}

} // namespace pd
