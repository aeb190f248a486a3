// Parsing COPY's rows of expert scores (PgScoreRows.h).
#include "server/PgScoreRows.h"

#include "domain/Errors.h"

#include <QCoreApplication>

#include <charconv>

namespace pd::server::copyrows {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

} // namespace

void badRow()
{
    throw StoreError(Tr::tr("database error: the server sent a score row that cannot be read"));
}

double numberOf(std::string_view text)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        // PostgreSQL writes the special values as words.
        const QByteArray word = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
        bool ok = false;
        value = word.toDouble(&ok);
        if (!ok)
            badRow();
    }
    return value;
}

qint64 integerOf(std::string_view text)
{
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        badRow();
    return value;
}

} // namespace pd::server::copyrows
