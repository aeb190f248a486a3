#pragma once
// Positions of ids (team, reviewer, item ids) for lookups in hot loops (header only). The
// engine looks up the ids of every expert score (100,000 on a 200-team panel) on each
// refresh; QHash's seeded string hash and generic comparison cost several times more than
// FNV-1a over a few UTF-16 code units and a memcmp. Ids are short (1-64 characters).

#include <QString>
#include <QStringView>

#include <cstring>
#include <optional>
#include <unordered_map>
#include <vector>

namespace pd {

// Equal ids: the same shared text (copies of one QString) or the same code units.
inline bool sameId(QStringView a, QStringView b)
{
    return a.size() == b.size()
        && (a.data() == b.data()
            || std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size()) * sizeof(QChar)) == 0);
}

class IdIndex {
public:
    IdIndex() = default;
    IdIndex(const IdIndex &) = delete;   // the map holds views into m_ids
    IdIndex &operator=(const IdIndex &) = delete;

    // Adds `id` at the next position (a repeated id keeps its first position).
    void add(const QString &id)
    {
        m_ids.push_back(id);
        m_positions.emplace(QStringView(m_ids.back()), m_ids.size() - 1);
    }
    void reserve(std::size_t n)
    {
        m_ids.reserve(n);   // no reallocation after: the views stay valid
        m_positions.reserve(n);
    }
    std::optional<std::size_t> find(QStringView id) const
    {
        const auto it = m_positions.find(id);
        return it == m_positions.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }
    std::size_t size() const { return m_ids.size(); }

private:
    struct Hash {
        std::size_t operator()(QStringView id) const noexcept
        {
            std::size_t h = 14695981039346656037ull;   // FNV-1a, 64 bits
            for (QChar c : id) {
                h ^= c.unicode();
                h *= 1099511628211ull;
            }
            return h;
        }
    };
    struct Equal {
        bool operator()(QStringView a, QStringView b) const noexcept { return sameId(a, b); }
    };
    std::vector<QString> m_ids;
    std::unordered_map<QStringView, std::size_t, Hash, Equal> m_positions;
};

} // namespace pd
