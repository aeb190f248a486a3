#pragma once
// Few distinct texts (round, team and item ids) read from a hot loop of SQLite rows, each
// kept once and named by a small index: a row's bytes are looked up without building a
// QString or a std::string (storage/RatingStream.cpp, storage/RatingTallyTable.cpp).

#include <QByteArrayView>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pd {

class InternedTexts {
public:
    // The index of `text`, added when it is new.
    quint32 index(std::string_view text)
    {
        const auto found = m_index.find(text);
        if (found != m_index.end())
            return found->second;
        const auto at = quint32(m_texts.size());
        m_texts.emplace_back(text);
        m_index.emplace(std::string(text), at);
        return at;
    }
    // The index of `text` when it was added, nothing otherwise.
    std::optional<quint32> find(std::string_view text) const
    {
        const auto found = m_index.find(text);
        if (found == m_index.end())
            return std::nullopt;
        return found->second;
    }
    const std::string &text(quint32 index) const { return m_texts[index]; }
    QByteArrayView at(quint32 index) const
    {
        const std::string &text = m_texts[index];
        return {text.data(), qsizetype(text.size())};
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, quint32, Hash, std::equal_to<>> m_index;
    std::vector<std::string> m_texts;
};

} // namespace pd
