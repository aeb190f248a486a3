#include "decision/VersionInputs.h"

#include "domain/Errors.h"
#include "io/PanelFileReader.h"
#include "io/PanelFileWriter.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>

namespace pd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(VersionInputs)
};

QString sourceOf(const DecisionVersion &version)
{
    return Tr::tr("decision version %1").arg(version.version);
}

// The stored part of a version whose rating rows are the round's: parsed, and written back
// to the same bytes (a canonical document: what the rows are spliced into is exactly what
// was stored).
Panel storedPart(const DecisionVersion &version)
{
    const Panel part = parsePanelJson(version.inputs, sourceOf(version));
    if (!part.userRatings.empty() || writePanelJson(decisionInputs(part)) != version.inputs)
        throw InputError(Tr::tr("%1: its stored inputs are not in PanelDesk's canonical form "
                                "(changed outside PanelDesk)")
                             .arg(sourceOf(version)));
    return part;
}

} // namespace

FingerprintedInputs versionInputs(const PanelStore &store, const DecisionVersion &version,
                                  KeepBytes keep, const InputsProgress &progress,
                                  const FingerprintedInputs *current)
{
    if (!version.ratingRows) {   // before schema 12: the whole file
        FingerprintedInputs whole;
        whole.fingerprint = sha256Hex(version.inputs);
        if (keep == KeepBytes::Yes)
            whole.bytes = version.inputs;
        return whole;
    }
    if (current && version.inputs == current->withoutRatings && *version.ratingRows == current->ratings
        && (keep == KeepBytes::No || !current->bytes.isEmpty()))
        return *current;
    const Panel part = storedPart(version);
    FingerprintedInputs result;
    store.readStreamedRound([&](const Panel &, const RatingRows &ratings) {
        result = fingerprintInputs(part, ratings, keep, progress);
    });
    return result;
}

TalliedPanel versionPanel(const DecisionVersion &version, const std::vector<RatingTally> &roundTallies)
{
    if (!version.ratingRows)
        return parsePanelJsonTallied(version.inputs, sourceOf(version));
    qint64 held = 0;
    for (const RatingTally &t : roundTallies)
        held += t.count;
    if (held != *version.ratingRows)
        throw StoreError(Tr::tr("%1 was decided on %2 user ratings, the round holds %3 (changed "
                                "outside PanelDesk); run paneldesk-cli verify")
                             .arg(sourceOf(version))
                             .arg(*version.ratingRows)
                             .arg(held));
    return {storedPart(version), roundTallies};
}

} // namespace pd
