#include "provenance/LinearAssignment.h"

#include "domain/Errors.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace pd::provenance {
namespace {

class Provenance {
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

} // namespace

// Minimising the cost c = -w. Potentials u (rows) and v (columns) keep every reduced cost
// c_ij - u_i - v_j >= 0, with equality on assigned pairs and v_j = 0 on free columns: the
// optimality conditions of the rectangular problem. Each new row grows a Dijkstra tree over
// the columns (reduced costs are the edge lengths) until it reaches a free column, then the
// path is flipped and the potentials moved by the distances.
std::vector<int> maximumAssignment(std::span<const double> weights, int rows, int cols,
                                   const std::function<bool()> &keepGoing)
{
    if (rows < 0 || cols < 0 || rows > cols)
        throw std::invalid_argument("maximumAssignment: needs 0 <= rows <= cols");
    if (weights.size() != std::size_t(rows) * std::size_t(cols))
        throw std::invalid_argument("maximumAssignment: weights are not rows x cols");
    for (double w : weights)
        if (!std::isfinite(w))
            throw std::invalid_argument("maximumAssignment: a weight is not finite");

    const auto cost = [&](int i, int j) { return -weights[std::size_t(i) * std::size_t(cols) + std::size_t(j)]; };
    constexpr double inf = std::numeric_limits<double>::infinity();

    std::vector<double> u(std::size_t(rows), 0.0), v(std::size_t(cols), 0.0);
    std::vector<int> rowOf(std::size_t(cols), -1), colOf(std::size_t(rows), -1);


    // Row reduction: u_i = min_j c_ij keeps every reduced cost >= 0 with v = 0; a row whose
    // cheapest column is still free takes it (a tight pair).
    for (int i = 0; i < rows; ++i) {
        double best = inf;
        int bestJ = 0;
        for (int j = 0; j < cols; ++j) {
            const double c = cost(i, j);
            if (c < best) {
                best = c;
                bestJ = j;
            }
        }
        u[std::size_t(i)] = best;
        if (rowOf[std::size_t(bestJ)] < 0) {
            rowOf[std::size_t(bestJ)] = i;
            colOf[std::size_t(i)] = bestJ;
        }
    }

    const std::size_t columns = std::size_t(cols);
    std::vector<double> dist(columns);
    std::vector<int> previous(columns);               // the column before j on the path (-1: the root row)
    std::vector<char> done(columns);
    std::vector<int> visited;                          // columns settled in this search
    for (int root = 0; root < rows; ++root) {
        if (colOf[std::size_t(root)] >= 0)
            continue;
        if (keepGoing && !keepGoing())
            throw Cancelled(Provenance::tr("The comparison was cancelled."));
        for (int j = 0; j < cols; ++j) {
            dist[std::size_t(j)] = cost(root, j) - u[std::size_t(root)] - v[std::size_t(j)];
            previous[std::size_t(j)] = -1;
            done[std::size_t(j)] = 0;
        }
        visited.clear();
        int freeColumn = -1;
        double reached = 0;
        while (freeColumn < 0) {
            // The nearest column not yet settled.
            double best = inf;
            int j1 = -1;
            for (int j = 0; j < cols; ++j)
                if (!done[std::size_t(j)] && dist[std::size_t(j)] < best) {
                    best = dist[std::size_t(j)];
                    j1 = j;
                }
            done[std::size_t(j1)] = 1;
            visited.push_back(j1);
            reached = best;
            const int i = rowOf[std::size_t(j1)];
            if (i < 0) {
                freeColumn = j1;
                break;
            }
            // Relax through row i (assigned to j1; its reduced cost there is 0).
            for (int j = 0; j < cols; ++j) {
                if (done[std::size_t(j)])
                    continue;
                const double d = best + cost(i, j) - u[std::size_t(i)] - v[std::size_t(j)];
                if (d < dist[std::size_t(j)]) {
                    dist[std::size_t(j)] = d;
                    previous[std::size_t(j)] = j1;
                }
            }
        }
        // Move the potentials of the settled columns and their rows; the root row's by the
        // whole path length.
        for (int j : visited) {
            const double shift = reached - dist[std::size_t(j)];
            if (j == freeColumn)
                continue;
            v[std::size_t(j)] -= shift;
            u[std::size_t(rowOf[std::size_t(j)])] += shift;
        }
        u[std::size_t(root)] += reached;
        // Flip the path.
        for (int j = freeColumn; j >= 0;) {
            const int before = previous[std::size_t(j)];
            const int i = before < 0 ? root : rowOf[std::size_t(before)];
            rowOf[std::size_t(j)] = i;
            colOf[std::size_t(i)] = j;
            j = before;
        }
    }
    return colOf;
}

double assignmentTotal(std::span<const double> weights, int cols, const std::vector<int> &assignment)
{
    double total = 0;
    for (std::size_t i = 0; i < assignment.size(); ++i)
        total += weights[i * std::size_t(cols) + std::size_t(assignment[i])];
    return total;
}

} // namespace pd::provenance
