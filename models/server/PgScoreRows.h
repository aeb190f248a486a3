#pragma once
// Parsing the rows of expert scores that COPY (query) TO STDOUT hands over (server/PgCopy.h):
// numbers from their text, and one shared QString per distinct id (as the SQLite reader
// shares them). Used by PgVisibleScores.cpp and PgScoreCache.cpp.

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pd::server::copyrows {

// StoreError: a row the reader cannot read.
[[noreturn]] void badRow();
double numberOf(std::string_view text);
qint64 integerOf(std::string_view text);

// One shared QString per distinct id, and its number. The look-up hashes the id's bytes with
// std::hash<std::string_view> (no copy, no QByteArray): QHash<QByteArray>'s hash was a quarter
// of the client's time in a first read of the bench panel's 100,000 scores (docs/benchmarks.md).
class Ids {
public:
    quint32 numberOf(std::string_view text)
    {
        const auto found = m_numbers.find(text);
        if (found != m_numbers.end())
            return found->second;
        const quint32 number = quint32(m_ids.size());
        m_ids.push_back(QString::fromUtf8(text.data(), qsizetype(text.size())));
        m_numbers.emplace(std::string(text), number);
        return number;
    }
    const QString &id(quint32 number) const { return m_ids[number]; }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, quint32, Hash, std::equal_to<>> m_numbers;
    std::vector<QString> m_ids;
};

// The last id of one column: the scores come sheet by sheet, so a reviewer and a team
// repeat from one row to the next, and are looked up once per run.
class LastId {
public:
    quint32 numberOf(Ids &ids, std::string_view text)
    {
        if (m_valid && text == std::string_view(m_text))
            return m_number;
        m_number = ids.numberOf(text);
        m_text.assign(text.data(), text.size());
        m_valid = true;
        return m_number;
    }

private:
    std::string m_text;
    quint32 m_number = 0;
    bool m_valid = false;
};

inline quint64 sheetKey(quint32 reviewer, quint32 team)
{
    return (quint64(reviewer) << 32) | team;
}

// `count` fields, every one but the last (a comment) not NULL.
inline bool present(const std::vector<std::string_view> &fields, std::size_t count)
{
    if (fields.size() != count)
        return false;
    for (std::size_t i = 0; i + 1 < count; ++i)
        if (!fields[i].data())
            return false;
    return true;
}

// An empty or NULL comment is no comment, as the SQLite reader gives it.
inline QString commentOf(std::string_view comment)
{
    return comment.empty() ? QString() : QString::fromUtf8(comment.data(), qsizetype(comment.size()));
}

} // namespace pd::server::copyrows
