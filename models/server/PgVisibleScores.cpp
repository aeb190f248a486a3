#include "server/PgVisibleScores.h"

#include "domain/Errors.h"
#include "server/PgCopy.h"
#include "server/ServerConnection.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <charconv>
#include <string>
#include <unordered_set>

namespace pd::server {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

[[noreturn]] void badRow()
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

quint64 sheetKey(quint32 reviewer, quint32 team)
{
    return (quint64(reviewer) << 32) | team;
}

bool present(const std::vector<std::string_view> &fields, std::size_t count)
{
    if (fields.size() != count)
        return false;
    for (std::size_t i = 0; i + 1 < count; ++i)   // every column but the last (a comment) is NOT NULL
        if (!fields[i].data())
            return false;
    return true;
}

struct Row {
    qint64 seq;
    quint32 reviewer, team, item;
    double score;
    QString comment;
};

} // namespace

std::vector<ExpertScore> readVisibleScores(const QSqlDatabase &db, const QString &round, bool everySheetsState)
{
    PGconn *conn = libpqOf(db);
    const QString literal = quoteLiteral(round);
    Ids ids;
    std::vector<std::string_view> fields;

    // The submitted sheets the member may see (the scores' read rule; for the chair and the
    // secretariat every sheet's state from sheet_states(), PgVisibleScores.h): a score
    // counts as submitted when its sheet is one of them.
    std::unordered_set<quint64> submitted;
    {
        CopyOut copy(conn, QStringLiteral("COPY (SELECT reviewer_id, team_id FROM %1 WHERE round_id = %2 "
                                          "AND state = 'submitted') TO STDOUT")
                               .arg(everySheetsState ? QStringLiteral("sheet_states()") : QStringLiteral("sheets"), literal)
                               .toUtf8(),
                     Tr::tr("reading the scores"));
        while (copy.next(fields)) {
            if (fields.size() != 2 || !fields[0].data() || !fields[1].data())
                badRow();
            submitted.insert(sheetKey(ids.numberOf(fields[0]), ids.numberOf(fields[1])));
        }
    }

    // The scores in the table's order, put in seq order here when they are not (cheaper than
    // the server's sort, which spilled 100,000 rows to disk at the default work_mem).
    std::vector<Row> rows;
    LastId lastReviewer, lastTeam;
    {
        CopyOut copy(conn, QStringLiteral("COPY (SELECT seq, reviewer_id, team_id, item_id, score, comment "
                                          "FROM expert_scores WHERE round_id = %1) TO STDOUT").arg(literal).toUtf8(),
                     Tr::tr("reading the scores"));
        while (copy.next(fields)) {
            if (!present(fields, 6))
                badRow();
            // An empty or NULL comment is no comment, as the SQLite reader gives it.
            const std::string_view comment = fields[5];
            rows.push_back(Row{integerOf(fields[0]), lastReviewer.numberOf(ids, fields[1]), lastTeam.numberOf(ids, fields[2]),
                               ids.numberOf(fields[3]), numberOf(fields[4]),
                               comment.empty() ? QString()
                                               : QString::fromUtf8(comment.data(), qsizetype(comment.size()))});
        }
    }
    const auto bySeq = [](const Row &a, const Row &b) { return a.seq < b.seq; };
    if (!std::is_sorted(rows.begin(), rows.end(), bySeq))
        std::sort(rows.begin(), rows.end(), bySeq);

    std::vector<ExpertScore> scores;
    scores.reserve(rows.size());
    for (Row &row : rows)
        scores.push_back(ExpertScore{ids.id(row.reviewer), ids.id(row.team), ids.id(row.item), row.score,
                                     submitted.count(sheetKey(row.reviewer, row.team)) > 0, std::move(row.comment)});
    return scores;
}

} // namespace pd::server
