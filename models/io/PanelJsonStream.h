#pragma once
// The canonical panel file (io/PanelFileWriter.h) written as a stream, for panels with
// millions of user ratings: the ratings come one row at a time from a RatingRows source and
// the bytes go to a sink in chunks, so that neither the ratings as objects nor the whole
// document are ever held (a decision's fingerprint hashes the chunks, decision/Fingerprint.h).
// The bytes are exactly writePanelJson's for the same panel with those ratings (tested
// against it: tests/io/tst_paneljsonstream.cpp).
//
// And back: a canonical document read with its ratings tallied per (team, item) instead of
// kept as objects, where a stored decision version only needs its standings.

#include "domain/Panel.h"
#include "domain/RatingRows.h"
#include "domain/RatingTally.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>
#include <vector>

namespace pd {

using ByteSink = std::function<void(QByteArrayView bytes)>;

struct StreamedPanel {
    qint64 ratings = 0;                 // rows written
    std::vector<RatingTally> tallies;   // the ratings summed per (team, item), in order of
                                        // first appearance (as tallyRatings gives them)
};

// Writes writePanelJson(P) to `sink`, where P is `panel` with its userRatings replaced by
// `ratings` (panel.userRatings is ignored). `rowWritten`, when given, is called after each
// row with the rows written so far. Throws what the source throws; std::invalid_argument
// like writePanelJson.
StreamedPanel streamPanelJson(const Panel &panel, const RatingRows &ratings, const ByteSink &sink,
                              const std::function<void(qint64 rowsDone)> &rowWritten = {});

struct TalliedPanel {
    Panel panel;                        // without userRatings
    std::vector<RatingTally> tallies;   // its ratings, tallied
};

// parsePanelJson(bytes, sourceName) with the ratings tallied: the same panel (validated the
// same way) and tallyRatings(ratings). A canonical document's rating lines are read
// directly; anything else (another layout, an escape, a suspected duplicate) goes through
// parsePanelJson itself, which gives the same result or the same InputError.
TalliedPanel parsePanelJsonTallied(const QByteArray &bytes, const QString &sourceName);

} // namespace pd
