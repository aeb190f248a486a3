#pragma once
// A table model base whose contents are replaced in place when their shape stays: the new
// data are assigned and dataChanged / headerDataChanged are emitted for the cells and
// headers that changed, instead of a reset. Views keep their state, and Qt Charts' model
// mappers update the values of the sets concerned instead of deleting and recreating every
// bar or box set with its legend marker (each changed cell makes a chart lay out all its
// bars again, so emitting only what changed matters as much). On a 200-team panel that is
// the difference between a few milliseconds and a second per refresh
// (bench/bench_chairview.cpp). A change of shape still resets.

#include <QAbstractTableModel>
#include <vector>

namespace pd {

class InPlaceTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    // A rectangle of cells, inclusive.
    struct Block {
        int firstRow = 0;
        int lastRow = 0;
        int firstColumn = 0;
        int lastColumn = 0;
    };
    struct Changes {
        std::vector<Block> cells;
        std::vector<std::pair<int, int>> rowHeaders;      // inclusive ranges
        std::vector<std::pair<int, int>> columnHeaders;   // inclusive ranges
    };

    // The inclusive ranges of consecutive `true` entries.
    static std::vector<std::pair<int, int>> runs(const std::vector<bool> &changed)
    {
        std::vector<std::pair<int, int>> out;
        for (int i = 0; i < static_cast<int>(changed.size()); ++i) {
            if (!changed[static_cast<std::size_t>(i)])
                continue;
            if (!out.empty() && out.back().second == i - 1)
                out.back().second = i;
            else
                out.emplace_back(i, i);
        }
        return out;
    }

protected:
    // `assign` replaces the model's data; afterwards the model has rows x columns as it
    // reports them. With the same shape as before, `changes` (computed by the caller by
    // comparing old and new data) is announced; otherwise the model resets.
    template <typename Assign> void replaceContents(int rows, int columns, const Changes &changes, Assign &&assign)
    {
        if (rows != rowCount() || columns != columnCount()) {
            beginResetModel();
            assign();
            endResetModel();
            return;
        }
        assign();
        for (const Block &b : changes.cells)
            Q_EMIT dataChanged(index(b.firstRow, b.firstColumn), index(b.lastRow, b.lastColumn));
        for (const auto &[first, last] : changes.rowHeaders)
            Q_EMIT headerDataChanged(Qt::Vertical, first, last);
        for (const auto &[first, last] : changes.columnHeaders)
            Q_EMIT headerDataChanged(Qt::Horizontal, first, last);
    }
};

} // namespace pd
