#include "itemmodels/FindingText.h"

#include <QCoreApplication>

namespace pd::findingtext {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
};

template <typename E, typename Text> QStringList all(int count, Text text)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << text(static_cast<E>(i));
    return list;
}

} // namespace

QString origin(Origin value)
{
    switch (value) {
    case Origin::InHouse: return Tr::tr("in house");
    case Origin::OpenSource: return Tr::tr("open source");
    case Origin::ThirdParty: return Tr::tr("third party");
    }
    return {};
}

QString license(License value)
{
    switch (value) {
    case License::Own: return Tr::tr("own");
    case License::Permissive: return Tr::tr("permissive");
    case License::Restricted: return Tr::tr("restricted");
    case License::Proprietary: return Tr::tr("proprietary");
    }
    return {};
}

QString weights(Weights value)
{
    switch (value) {
    case Weights::Initialized: return Tr::tr("initialised and trained by the team");
    case Weights::Reused: return Tr::tr("pretrained weights reused");
    case Weights::ReusedFrozen: return Tr::tr("pretrained weights reused, frozen");
    case Weights::NotApplicable: return Tr::tr("not applicable");
    }
    return {};
}

QString externalControl(ExternalControl value)
{
    switch (value) {
    case ExternalControl::None: return Tr::tr("none");
    case ExternalControl::Possible: return Tr::tr("possible");
    case ExternalControl::Present: return Tr::tr("present");
    }
    return {};
}

QString verdict(Verdict value)
{
    switch (value) {
    case Verdict::Pending: return Tr::tr("pending");
    case Verdict::Pass: return Tr::tr("pass");
    case Verdict::Fail: return Tr::tr("fail");
    }
    return {};
}

QStringList origins() { return all<Origin>(3, origin); }
QStringList licenses() { return all<License>(4, license); }
QStringList weightsList() { return all<Weights>(4, weights); }
QStringList externalControls() { return all<ExternalControl>(3, externalControl); }
QStringList verdicts() { return all<Verdict>(3, verdict); }

} // namespace pd::findingtext
