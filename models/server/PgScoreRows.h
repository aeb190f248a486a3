#pragma once
// Parsing the rows of expert scores that COPY (query) TO STDOUT hands over (server/PgCopy.h):
// numbers from their text, and one shared QString per distinct id (as the SQLite reader
// shares them). Used by PgVisibleScores.cpp and PgScoreCache.cpp.

#include <QHash>
#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace pd::server::copyrows {

// StoreError: a row the reader cannot read.
[[noreturn]] void badRow();
double numberOf(std::string_view text);
qint64 integerOf(std::string_view text);

// One shared QString per distinct id, and its number.
class Ids {
public:
    quint32 numberOf(std::string_view text)
    {
        const QByteArray key = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
        const auto found = m_numbers.constFind(key);
        if (found != m_numbers.constEnd())
            return found.value();
        const quint32 number = quint32(m_ids.size());
        m_ids.push_back(QString::fromUtf8(text.data(), qsizetype(text.size())));
        m_numbers.insert(QByteArray(text.data(), qsizetype(text.size())), number);
        return number;
    }
    const QString &id(quint32 number) const { return m_ids[number]; }

private:
    QHash<QByteArray, quint32> m_numbers;
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
