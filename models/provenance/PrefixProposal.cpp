#include "provenance/PrefixProposal.h"

#include <QHash>
#include <QSet>

#include <map>
#include <utility>

namespace pd::provenance {
namespace {

bool isNumber(QStringView part)
{
    if (part.isEmpty())
        return false;
    for (QChar c : part)
        if (!c.isDigit())
            return false;
    return true;
}

// The lengths of the name's prefixes: 0, then after each dot up to the first block number
// (the last part, the name's own end, never starts a suffix).
template<typename F>
void forEachSplit(const QString &name, F &&f)
{
    f(qsizetype(0));
    qsizetype from = 0;
    for (;;) {
        const qsizetype dot = name.indexOf(QLatin1Char('.'), from);
        if (dot < 0 || isNumber(QStringView(name).mid(from, dot - from)))
            return;
        f(dot + 1);
        from = dot + 1;
    }
}

QString shapeKey(const Tensor &t)
{
    QString key;
    for (std::uint64_t d : t.shape)
        key += QString::number(d) + QLatin1Char('x');
    return key;
}

} // namespace

QStringList prefixesOf(const Checkpoint &checkpoint)
{
    QSet<QString> found;
    for (const Tensor &t : checkpoint.tensors)
        forEachSplit(t.name, [&](qsizetype n) {
            if (n > 0 && n < t.name.size())
                found.insert(t.name.left(n));
        });
    QStringList list(found.begin(), found.end());
    list.sort();
    list.prepend(QString());
    return list;
}

int matchedTensors(const Checkpoint &a, const QString &aPrefix, const Checkpoint &b, const QString &bPrefix)
{
    QHash<QString, QString> shapes;
    for (const Tensor &t : b.tensors)
        if (t.name.startsWith(bPrefix))
            shapes.insert(t.name.mid(bPrefix.size()), shapeKey(t));
    int matched = 0;
    for (const Tensor &t : a.tensors)
        if (t.name.startsWith(aPrefix)) {
            const auto it = shapes.constFind(t.name.mid(aPrefix.size()));
            matched += it != shapes.constEnd() && *it == shapeKey(t);
        }
    return matched;
}

ProposedPrefixes proposePrefixes(const Checkpoint &candidate, const Checkpoint &reference)
{
    // The reference's names by suffix: which prefix each suffix follows, with the shape. A
    // suffix of one part ("weight") says nothing about where two models' names align: a
    // suffix keeps at least two parts, or is the whole name.
    const auto counts = [](const QString &name, qsizetype n) { return n == 0 || name.indexOf(QLatin1Char('.'), n) >= 0; };
    QHash<QString, std::vector<std::pair<QString, QString>>> bySuffix;
    for (const Tensor &t : reference.tensors) {
        const QString shape = shapeKey(t);
        forEachSplit(t.name, [&](qsizetype n) {
            if (counts(t.name, n))
                bySuffix[t.name.mid(n)].emplace_back(t.name.left(n), shape);
        });
    }
    std::map<std::pair<QString, QString>, int> votes;
    for (const Tensor &t : candidate.tensors) {
        const QString shape = shapeKey(t);
        forEachSplit(t.name, [&](qsizetype n) {
            if (!counts(t.name, n))
                return;
            const auto it = bySuffix.constFind(t.name.mid(n));
            if (it == bySuffix.constEnd())
                return;
            for (const auto &[prefix, referenceShape] : *it)
                if (referenceShape == shape)
                    ++votes[{t.name.left(n), prefix}];
        });
    }
    ProposedPrefixes best;
    for (const auto &[pair, count] : votes) {
        const qsizetype length = pair.first.size() + pair.second.size();
        if (count > best.matched
            || (count == best.matched && length < best.candidate.size() + best.reference.size())) {
            best = {pair.first, pair.second, count};
        }
    }
    return best;
}

} // namespace pd::provenance
