#pragma once
// The id rule (panel-file.md), in one place: an id of a round, team, item, member or
// evaluator is 1 to 64 characters, each an ASCII letter or digit, '-', '_' or '.'. The panel
// file's validation, member add, the ratings import (bytes of UTF-8: a non-ASCII byte is
// never allowed, so bytes and characters agree) and the store's row checks ask these. The
// schema's IS_ID (storage/SchemaCoreTables.cpp) is the same rule in SQL, a backstop for
// writes that bypass the program.

#include <QStringView>
#include <string_view>

namespace pd {

inline constexpr qsizetype kMaxIdLength = 64;

constexpr bool isIdCharacter(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'-' || u == u'_' || u == u'.';
}

inline bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    for (const QChar c : id)
        if (!isIdCharacter(c.unicode()))
            return false;
    return true;
}

// The same on UTF-8 bytes (a hot loop of the ratings import).
constexpr bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > std::size_t(kMaxIdLength))
        return false;
    for (const char c : id)
        if (!isIdCharacter(char16_t(static_cast<unsigned char>(c))))
            return false;
    return true;
}

} // namespace pd
