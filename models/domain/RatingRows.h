#pragma once
// User ratings as a stream of rows, for what needs every rating once and in order but never
// all of them at once: the canonical inputs of a decision (io/PanelJsonStream.h) streamed
// into their SHA-256. A store reads them from its table (storage/RatingStream.h); a Panel's
// own ratings are read through PanelRatingRows.

#include "domain/Panel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace pd {

// One rating; the ids are UTF-8 and valid only during the call that receives the row.
struct RatingRowView {
    QByteArrayView evaluator;
    QByteArrayView team;
    QByteArrayView item;
    int rating = 0;
};

using RatingRowVisitor = std::function<void(const RatingRowView &row)>;

class RatingRows {
public:
    virtual ~RatingRows() = default;
    // Calls `visit` with every rating in the panel's order (the order a panel file lists
    // them). May throw StoreError.
    virtual void forEach(const RatingRowVisitor &visit) const = 0;
    // How many rows forEach gives (for progress).
    virtual qint64 count() const = 0;
};

// The ratings of an in-memory list (not owned; must outlive this).
class PanelRatingRows final : public RatingRows {
public:
    explicit PanelRatingRows(const std::vector<UserRating> &ratings) : m_ratings(ratings) {}
    void forEach(const RatingRowVisitor &visit) const override;
    qint64 count() const override { return qint64(m_ratings.size()); }

private:
    const std::vector<UserRating> &m_ratings;
};

} // namespace pd
