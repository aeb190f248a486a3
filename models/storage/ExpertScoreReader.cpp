#include "storage/ExpertScoreReader.h"

#include "domain/Errors.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

namespace pd {
namespace {

// One prepared statement of the raw handle, finalized when it goes.
class Query {
public:
    Query(sqlite3 *db, const char *sql, const QByteArray &round) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail();
        sqlite3_bind_text(m_stmt, 1, round.constData(), int(round.size()), SQLITE_STATIC);
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail();
        return rc == SQLITE_ROW;
    }
    std::string_view text(int column)
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return {bytes ? bytes : "", size_t(sqlite3_column_bytes(m_stmt, column))};
    }
    double real(int column) { return sqlite3_column_double(m_stmt, column); }
    qint64 integer(int column) { return sqlite3_column_int64(m_stmt, column); }

private:
    [[noreturn]] void fail()
    {
        throw StoreError(QCoreApplication::translate("Storage", "database error: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Ids repeat on every score: one QString per distinct id.
class Ids {
public:
    QString operator()(std::string_view text)
    {
        const auto found = m_ids.constFind(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
        if (found != m_ids.constEnd())
            return *found;
        return *m_ids.insert(QByteArray(text.data(), qsizetype(text.size())), fromUtf8(text));
    }

private:
    QHash<QByteArray, QString> m_ids;
};

} // namespace

std::vector<ExpertScore> readExpertScores(const QSqlDatabase &db, const QString &roundId)
{
    sqlite3 *handle = sqliteHandle(db);
    const QByteArray round = roundId.toUtf8();
    std::unordered_set<std::string> submitted;   // reviewer '\n' team
    Query sheets(handle, "SELECT reviewer_id, team_id FROM sheets WHERE round_id = ?1 "
                         "AND state = 'submitted'", round);
    while (sheets.next())
        submitted.insert(std::string(sheets.text(0)) + '\n' + std::string(sheets.text(1)));

    // In the table's key order (a scan of its B-tree, no lookup by seq); sorted by seq below.
    Query scores(handle, "SELECT reviewer_id, team_id, item_id, score, comment, seq "
                         "FROM expert_scores WHERE round_id = ?1 "
                         "ORDER BY reviewer_id, team_id, item_id", round);
    std::vector<std::pair<qint64, ExpertScore>> read;
    Ids ids;
    std::string sheet;   // reviewer '\n' team of the previous score: its sheet's scores follow
    ExpertScore current;
    while (scores.next()) {
        const std::string_view reviewer = scores.text(0), team = scores.text(1);
        if (sheet.size() != reviewer.size() + 1 + team.size()
            || std::string_view(sheet).substr(0, reviewer.size()) != reviewer
            || sheet[reviewer.size()] != '\n'
            || std::string_view(sheet).substr(reviewer.size() + 1) != team) {
            sheet.assign(reviewer).append(1, '\n').append(team);
            current.reviewer = ids(reviewer);
            current.team = ids(team);
            current.submitted = submitted.count(sheet) > 0;
        }
        current.item = ids(scores.text(2));
        current.score = scores.real(3);
        const std::string_view comment = scores.text(4);
        current.comment = comment.empty() ? QString() : fromUtf8(comment);
        read.emplace_back(scores.integer(5), current);
    }
    std::sort(read.begin(), read.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<ExpertScore> result;
    result.reserve(read.size());
    for (auto &entry : read)
        result.push_back(std::move(entry.second));
    return result;
}

} // namespace pd
