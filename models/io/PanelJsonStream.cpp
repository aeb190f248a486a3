#include "io/PanelJsonStream.h"

#include "domain/IdRule.h"
#include "io/JsonWriter.h"
#include "io/PanelFileReader.h"
#include "io/PanelFileWriter.h"

#include <charconv>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pd {
namespace {

// A rating row exactly as writePanelJson writes it (an inline object; the streamed form is
// checked against the writer on every call, see splitDocument).
constexpr std::string_view kEvaluator = "{\"evaluator\": \"";
constexpr std::string_view kTeam = "\", \"team\": \"";
constexpr std::string_view kItem = "\", \"item\": \"";
constexpr std::string_view kRating = "\", \"rating\": ";
constexpr qsizetype kChunk = 1 << 17;   // bytes handed to the sink at a time

std::string_view view(QByteArrayView bytes) { return {bytes.data(), size_t(bytes.size())}; }

// Printable ASCII other than " and \: JsonWriter::quote copies it as it is.
bool plain(std::string_view text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\')
            return false;
    }
    return true;
}

// JsonWriter::quote(text) without its quotes.
void appendQuotedBody(QByteArray &out, std::string_view text)
{
    if (plain(text)) {
        out.append(text.data(), qsizetype(text.size()));
        return;
    }
    const QByteArray quoted =
        JsonWriter::quote(QString::fromUtf8(text.data(), qsizetype(text.size())));
    out.append(quoted.constData() + 1, quoted.size() - 2);
}

void appendRow(QByteArray &out, std::string_view evaluator, const QByteArray &teamBody,
               const QByteArray &itemBody, int rating)
{
    out.append(kEvaluator.data(), qsizetype(kEvaluator.size()));
    appendQuotedBody(out, evaluator);
    out.append(kTeam.data(), qsizetype(kTeam.size()));
    out.append(teamBody);
    out.append(kItem.data(), qsizetype(kItem.size()));
    out.append(itemBody);
    out.append(kRating.data(), qsizetype(kRating.size()));
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, rating).ptr;
    out.append(digits, qsizetype(end - digits));
    out.append('}');
}

QByteArray quotedBody(std::string_view text)
{
    QByteArray out;
    appendQuotedBody(out, text);
    return out;
}

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Distinct ids (teams, items) seen in the rows: an index and the quoted form, each once.
class IdTable {
public:
    int index(std::string_view id)
    {
        // Few ids (a round's teams and items): compare with each before hashing.
        if (m_bodies.size() <= kLinear) {
            for (size_t i = 0; i < m_keys.size(); ++i)
                if (m_keys[i] == id)
                    return int(i);
        }
        const auto found = m_index.find(id);
        if (found != m_index.end())
            return found->second;
        const int at = int(m_bodies.size());
        m_index.emplace(std::string(id), at);
        if (m_keys.size() < kLinear)
            m_keys.emplace_back(id);
        m_bodies.push_back(quotedBody(id));
        m_names.push_back(QString::fromUtf8(id.data(), qsizetype(id.size())));
        return at;
    }
    const QByteArray &body(int at) const { return m_bodies[size_t(at)]; }
    const QString &name(int at) const { return m_names[size_t(at)]; }

private:
    static constexpr size_t kLinear = 16;
    std::vector<std::string> m_keys;   // the first kLinear ids
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_index;
    std::vector<QByteArray> m_bodies;
    std::vector<QString> m_names;
};

// Tallies per (team index, item index), in order of first appearance.
class Tallies {
public:
    void add(int team, int item, int rating, const IdTable &teams, const IdTable &items)
    {
        if (size_t(team) >= m_grid.size())
            m_grid.resize(size_t(team) + 1);
        std::vector<qsizetype> &row = m_grid[size_t(team)];
        if (size_t(item) >= row.size())
            row.resize(size_t(item) + 1, -1);
        if (row[size_t(item)] < 0) {
            row[size_t(item)] = qsizetype(m_tallies.size());
            m_tallies.push_back({teams.name(team), items.name(item), 0, 0});
        }
        RatingTally &t = m_tallies[size_t(row[size_t(item)])];
        t.sum += rating;
        ++t.count;
    }
    std::vector<RatingTally> take() { return std::move(m_tallies); }

private:
    std::vector<std::vector<qsizetype>> m_grid;   // [team][item] -> index in m_tallies
    std::vector<RatingTally> m_tallies;
};

struct Split {
    QByteArray prefix;      // up to the first row
    QByteArray separator;   // between two rows
    QByteArray suffix;      // after the last row
};

// The document around its rating rows, taken from writePanelJson itself: the panel written
// with two marker ratings, cut at the rows as appendRow spells them (which proves that
// appendRow spells a row as the writer does).
Split splitDocument(const Panel &withoutRatings)
{
    Panel marked = withoutRatings;
    const UserRating first{QStringLiteral("\x01pd-stream-1"), QStringLiteral("\x01t"), QStringLiteral("\x01i"), 1};
    const UserRating second{QStringLiteral("\x01pd-stream-2"), QStringLiteral("\x01t"), QStringLiteral("\x01i"), 2};
    marked.userRatings = {first, second};
    const QByteArray document = writePanelJson(marked);
    const auto rowOf = [](const UserRating &r) {
        QByteArray row;
        appendRow(row, view(r.evaluator.toUtf8()), quotedBody(view(r.team.toUtf8())),
                  quotedBody(view(r.item.toUtf8())), r.rating);
        return row;
    };
    const QByteArray row1 = rowOf(first), row2 = rowOf(second);
    const qsizetype at1 = document.indexOf(row1);
    const qsizetype at2 = at1 < 0 ? -1 : document.indexOf(row2, at1 + row1.size());
    if (at1 < 0 || at2 < 0)
        throw std::logic_error("streamPanelJson: the panel writer's rating rows changed form");
    return {document.left(at1), document.mid(at1 + row1.size(), at2 - at1 - row1.size()),
            document.mid(at2 + row2.size())};
}

} // namespace

StreamedPanel streamPanelJson(const Panel &panel, const RatingRows &ratings, const ByteSink &sink,
                              const std::function<void(qint64 rowsDone)> &rowWritten)
{
    Panel base = panel;
    base.userRatings.clear();
    const Split split = splitDocument(base);
    IdTable teams, items;
    Tallies tallies;
    StreamedPanel result;
    QByteArray buffer;
    buffer.reserve(kChunk + 4096);
    ratings.forEach([&](const RatingRowView &row) {
        buffer.append(result.ratings == 0 ? split.prefix : split.separator);
        const int team = teams.index(view(row.team));
        const int item = items.index(view(row.item));
        appendRow(buffer, view(row.evaluator), teams.body(team), items.body(item), row.rating);
        tallies.add(team, item, row.rating, teams, items);
        ++result.ratings;
        if (buffer.size() >= kChunk) {
            sink(buffer);
            buffer.resize(0);   // keeps its capacity
        }
        if (rowWritten)
            rowWritten(result.ratings);
    });
    if (result.ratings == 0) {
        sink(writePanelJson(base));
    } else {
        buffer.append(split.suffix);
        sink(buffer);
    }
    result.tallies = tallies.take();
    return result;
}

namespace {

// Reads `text` up to the next '"'; false when it holds anything but plain characters.
bool readPlain(std::string_view &rest, std::string_view &text)
{
    const size_t end = rest.find('"');
    if (end == std::string_view::npos)
        return false;
    text = rest.substr(0, end);
    rest.remove_prefix(end);
    return plain(text);
}

bool expect(std::string_view &rest, std::string_view literal)
{
    if (rest.substr(0, literal.size()) != literal)
        return false;
    rest.remove_prefix(literal.size());
    return true;
}

// Open addressing on 64-bit hashes of (evaluator, team, item): a hit is a possible duplicate.
class SeenRatings {
public:
    explicit SeenRatings(qsizetype expected)
    {
        size_t size = 1024;
        while (size < size_t(expected) * 2)
            size *= 2;
        m_slots.assign(size, 0);
    }
    // False when the hash was seen before (a duplicate, or a collision).
    bool insert(quint64 hash)
    {
        hash |= 1;   // 0 marks an empty slot
        size_t at = size_t(hash) & (m_slots.size() - 1);
        while (m_slots[at] != 0) {
            if (m_slots[at] == hash)
                return false;
            at = (at + 1) & (m_slots.size() - 1);
        }
        m_slots[at] = hash;
        return true;
    }

private:
    std::vector<quint64> m_slots;
};

quint64 fnv1a(std::string_view text, quint64 hash = 14695981039346656037ull)
{
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

struct ItemScale {
    int index = 0;
    int min = 0;
    int max = 0;
};

// The rating rows of a canonical document tallied, checked as PanelValidator checks them;
// false whenever the full parser must decide (a row in another form, a problem).
bool tallyCanonicalRows(std::string_view rows, const Panel &panel, std::vector<RatingTally> &out)
{
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> teamIndex;
    for (const Team &t : panel.teams)
        teamIndex.emplace(t.id.toStdString(), int(teamIndex.size()));
    std::unordered_map<std::string, ItemScale, StringHash, std::equal_to<>> itemIndex;
    for (const Category &c : panel.categories)
        if (c.kind == CategoryKind::User)
            for (const UserItem &i : c.userItems)
                itemIndex.emplace(i.id.toStdString(), ItemScale{int(itemIndex.size()), c.scaleMin, c.scaleMax});
    IdTable teams, items;
    std::vector<int> knownTeam;         // by IdTable index: the panel's team index, or -1
    std::vector<ItemScale> knownItem;   // by IdTable index: the item and its scale, or -1
    Tallies tallies;
    SeenRatings seen(qsizetype(rows.size() / 48));
    constexpr std::string_view separator = ",\n    ";
    std::string_view rest = rows;
    while (true) {
        std::string_view evaluator, team, item;
        if (!expect(rest, kEvaluator) || !readPlain(rest, evaluator) || !expect(rest, kTeam)
            || !readPlain(rest, team) || !expect(rest, kItem) || !readPlain(rest, item)
            || !expect(rest, kRating))
            return false;
        // An integer as the writer spells it: an optional '-', 1 to 9 digits, no leading 0.
        const size_t sign = !rest.empty() && rest.front() == '-' ? 1 : 0;
        size_t end = sign;
        while (end < rest.size() && end - sign < 10 && rest[end] >= '0' && rest[end] <= '9')
            ++end;
        const size_t digits = end - sign;
        if (digits == 0 || digits > 9 || (digits > 1 && rest[sign] == '0'))
            return false;
        int rating = 0;
        std::from_chars(rest.data(), rest.data() + end, rating);
        rest.remove_prefix(end);
        if (!expect(rest, "}"))
            return false;
        // Each distinct team and item looked up in the panel once (by its IdTable index).
        const int teamAt = teams.index(team);
        const int itemAt = items.index(item);
        if (size_t(teamAt) == knownTeam.size()) {
            const auto t = teamIndex.find(team);
            knownTeam.push_back(t == teamIndex.end() ? -1 : t->second);
        }
        if (size_t(itemAt) == knownItem.size()) {
            const auto i = itemIndex.find(item);
            knownItem.push_back(i == itemIndex.end() ? ItemScale{-1, 0, 0} : i->second);
        }
        const int t = knownTeam[size_t(teamAt)];
        const ItemScale &i = knownItem[size_t(itemAt)];
        if (t < 0 || i.index < 0 || rating < i.min || rating > i.max || !isValidId(evaluator))
            return false;
        const quint64 key = fnv1a(evaluator) ^ (quint64(t) * 0x9E3779B97F4A7C15ull)
                            ^ (quint64(i.index + 1) * 0xC2B2AE3D27D4EB4Full);
        if (!seen.insert(key))
            return false;
        tallies.add(teamAt, itemAt, rating, teams, items);
        if (rest.empty())
            break;
        if (!expect(rest, separator))
            return false;
    }
    out = tallies.take();
    return true;
}

} // namespace

TalliedPanel parsePanelJsonTallied(const QByteArray &bytes, const QString &sourceName)
{
    const auto full = [&] {
        TalliedPanel result;
        result.panel = parsePanelJson(bytes, sourceName);
        result.tallies = tallyRatings(result.panel.userRatings);
        result.panel.userRatings = {};
        return result;
    };
    // A raw newline cannot be inside a JSON string: these are the top-level array's bounds.
    static const QByteArray open = QByteArrayLiteral("\n  \"user_ratings\": [\n    ");
    static const QByteArray close = QByteArrayLiteral("\n  ]");
    const qsizetype at = bytes.indexOf(open);
    if (at < 0 || bytes.indexOf(open, at + 1) >= 0)
        return full();   // no ratings (or another layout): small enough to parse whole
    const qsizetype rowsAt = at + open.size();
    const qsizetype end = bytes.indexOf(close, rowsAt);
    if (end < 0)
        return full();
    QByteArray without = bytes.left(rowsAt - 5);   // up to and including '['
    without += ']';
    without += QByteArrayView(bytes).sliced(end + close.size());
    TalliedPanel result;
    try {
        result.panel = parsePanelJson(without, sourceName);
    } catch (const std::exception &) {
        return full();   // the whole document's own message
    }
    if (!tallyCanonicalRows(std::string_view(bytes.constData() + rowsAt, size_t(end - rowsAt)),
                            result.panel, result.tallies))
        return full();
    return result;
}

} // namespace pd
