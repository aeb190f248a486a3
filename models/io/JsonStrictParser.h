#pragma once
// Strict JSON parsing for files that users hand us. QJsonDocument alone is lenient where an
// importer must not be: it keeps one of two duplicate keys silently, lets raw control
// characters through inside strings, turns an unpaired surrogate escape into '?' and
// recurses as deep as the input goes. parseJsonStrictly() checks all of that itself and
// leaves the grammar to QJsonDocument.
//
// Every failure is a pd::InputError whose message starts with "<source>:<line>:<column>: "
// (line and column 1-based, column counted in Unicode characters), followed for problems
// inside a string or key by the JSON path of the value ("round.cut.eliminate: ...").

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace pd {

struct TextPosition {
    int line = 1;
    int column = 1;
};

// The line and column of byte `offset` in UTF-8 text.
TextPosition textPosition(const QByteArray &utf8, qsizetype offset);

// Accepts one UTF-8 document (a leading byte-order mark is skipped). Rejects invalid UTF-8,
// nesting deeper than `maxDepth` arrays/objects (checked before parsing), any syntax error
// (with QJsonParseError's text), a key repeated within one object, raw control characters
// in strings, unpaired surrogate escapes and U+0000.
QJsonDocument parseJsonStrictly(const QByteArray &bytes, const QString &sourceName,
                                int maxDepth = 64);

} // namespace pd
