#include "decision/Fingerprint.h"

#include "domain/Errors.h"
#include "importers/Sha256.h"
#include "io/PanelFileWriter.h"
#include "io/PanelJsonStream.h"
#include "storage/PanelStore.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace pd {

Panel decisionInputs(const Panel &panel)
{
    Panel inputs = panel;
    inputs.expertScores.clear();
    QSet<QString> scorers;
    for (const ExpertScore &s : panel.expertScores) {
        if (!s.submitted)
            continue;
        inputs.expertScores.push_back(s);
        scorers.insert(s.reviewer);
    }
    inputs.reviewers.clear();
    for (Reviewer r : panel.reviewers) {
        if (!scorers.contains(r.id))
            continue;
        r.conflicts.clear();
        inputs.reviewers.push_back(r);
    }
    return inputs;
}

QByteArray canonicalInputs(const Panel &panel)
{
    return writePanelJson(decisionInputs(panel));
}

QString sha256Hex(QByteArrayView bytes)
{
    Sha256 hash;   // libcrypto: the CPU's SHA instructions (importers/Sha256.h)
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

FingerprintedInputs fingerprintInputs(const Panel &round, const RatingRows &ratings,
                                      KeepBytes keep, const InputsProgress &progress)
{
    Panel reduced = round;
    reduced.userRatings = {};
    reduced = decisionInputs(reduced);
    Sha256 hash;
    FingerprintedInputs result;
    const qint64 total = progress ? ratings.count() : 0;
    qint64 reported = 0;
    StreamedPanel streamed = streamPanelJson(
        reduced, ratings,
        [&](QByteArrayView bytes) {
            hash.addData(bytes);
            if (keep == KeepBytes::Yes)
                result.bytes.append(bytes);
        },
        [&](qint64 done) {
            // every 16,384 rows: the callback may process events
            if (progress && (done - reported >= 16384 || done == total)) {
                reported = done;
                if (!progress(done, total))
                    throw Cancelled(QCoreApplication::translate("Fingerprint", "fingerprinting the decision inputs was cancelled"));
            }
        });
    result.fingerprint = QString::fromLatin1(hash.result().toHex());
    result.withoutRatings = writePanelJson(reduced);   // a few kilobytes
    result.tallies = std::move(streamed.tallies);
    result.ratings = streamed.ratings;
    return result;
}

FingerprintedInputs currentInputs(const PanelStore &store, KeepBytes keep,
                                  const InputsProgress &progress)
{
    FingerprintedInputs result;
    store.readStreamedRound([&](const Panel &round, const RatingRows &ratings) {
        result = fingerprintInputs(round, ratings, keep, progress);
    });
    return result;
}

} // namespace pd
