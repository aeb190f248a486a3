// The scores a PgStore's member may see, kept between reads (PgScoreCache.h).
#include "server/PgScoreCache.h"

#include "server/PgCopy.h"
#include "server/ServerConnection.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace pd::server {
using namespace copyrows;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PgStore)
};

} // namespace

std::vector<ExpertScore> VisibleScoreCache::read(const QSqlDatabase &db, const QString &round)
{
    try {
        return update(db, round);
    } catch (...) {
        // A read cut short leaves sheets with their new version and without their scores:
        // forget them all, the next read reads everything again.
        m_sheets.clear();
        m_last.clear();
        m_valid = false;
        throw;
    }
}

std::vector<ExpertScore> VisibleScoreCache::update(const QSqlDatabase &db, const QString &round)
{
    PGconn *conn = libpqOf(db);
    if (round != m_round) {
        m_sheets.clear();
        m_valid = false;
        m_round = round;
    }
    m_sheetsRead = 0;
    m_readAll = false;

    // 1. The sheets the member may see now, with their versions and states. Each listed
    //    sheet is marked with this read's number, so that the others can be forgotten below.
    ++m_readNumber;
    std::vector<quint64> changed;
    bool moved = !m_valid;
    {
        std::vector<std::string_view> fields;
        LastId lastReviewer;
        CopyOut copy(conn, QStringLiteral("COPY (SELECT reviewer_id, team_id, version, state FROM sheets "
                                          "WHERE round_id = %1) TO STDOUT").arg(quoteLiteral(round)).toUtf8(),
                     Tr::tr("reading the scores"));
        while (copy.next(fields)) {
            if (fields.size() != 4 || !fields[0].data() || !fields[1].data() || !fields[2].data() || !fields[3].data())
                badRow();
            const quint64 key = sheetKey(lastReviewer.numberOf(m_ids, fields[0]), m_ids.numberOf(fields[1]));
            const qint64 version = integerOf(fields[2]);
            const bool submitted = fields[3] == std::string_view("submitted");
            Sheet &sheet = m_sheets[key];   // a new sheet has version 0, which no sheet has
            sheet.listedBy = m_readNumber;
            if (sheet.version != version) {
                sheet.version = version;
                sheet.scores.clear();
                changed.push_back(key);
            }
            if (sheet.submitted != submitted) {   // a state changes with the version; kept exact anyway
                sheet.submitted = submitted;
                moved = true;
            }
        }
    }
    // 2. Sheets no longer shown are forgotten; the others' scores read again where they moved.
    for (auto it = m_sheets.begin(); it != m_sheets.end();) {
        if (it->second.listedBy != m_readNumber) {
            it = m_sheets.erase(it);
            moved = true;
        } else {
            ++it;
        }
    }
    if (!changed.empty()) {
        moved = true;
        readScores(db, round, changed, !m_valid || changed.size() * 2 > m_sheets.size());
    }
    m_valid = true;
    if (!moved)
        return m_last;

    // 3. Every kept score in seq order.
    struct Ref {
        qint64 seq;
        quint64 sheet;
        bool submitted;
        const Score *score;
    };
    std::vector<Ref> refs;
    std::size_t count = 0;
    for (const auto &[key, sheet] : m_sheets)
        count += sheet.scores.size();
    refs.reserve(count);
    for (const auto &[key, sheet] : m_sheets)
        for (const Score &score : sheet.scores)
            refs.push_back(Ref{score.seq, key, sheet.submitted, &score});
    std::sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) { return a.seq < b.seq; });
    m_last.clear();
    m_last.reserve(refs.size());
    for (const Ref &ref : refs)
        m_last.push_back(ExpertScore{m_ids.id(quint32(ref.sheet >> 32)), m_ids.id(quint32(ref.sheet & 0xffffffffu)),
                                     m_ids.id(ref.score->item), ref.score->score, ref.submitted, ref.score->comment});
    return m_last;
}

void VisibleScoreCache::readScores(const QSqlDatabase &db, const QString &round, const std::vector<quint64> &changed,
                                   bool all)
{
    QString sql = QStringLiteral("COPY (SELECT seq, reviewer_id, team_id, item_id, score, comment FROM expert_scores "
                                 "WHERE round_id = %1").arg(quoteLiteral(round));
    if (all) {
        for (auto &[key, sheet] : m_sheets)
            sheet.scores.clear();
        m_sheetsRead = m_sheets.size();
    } else {
        QStringList pairs;
        pairs.reserve(qsizetype(changed.size()));
        for (const quint64 key : changed)
            pairs << QStringLiteral("(%1, %2)").arg(quoteLiteral(m_ids.id(quint32(key >> 32))),
                                                    quoteLiteral(m_ids.id(quint32(key & 0xffffffffu))));
        sql += QStringLiteral(" AND (reviewer_id, team_id) IN (VALUES %1)").arg(pairs.join(QLatin1Char(',')));
        m_sheetsRead = changed.size();
    }
    m_readAll = all;
    sql += QStringLiteral(") TO STDOUT");

    std::vector<std::string_view> fields;
    LastId lastReviewer, lastTeam;
    CopyOut copy(libpqOf(db), sql.toUtf8(), Tr::tr("reading the scores"));
    // The scores come sheet by sheet (in the table's order): the sheet of the row before is
    // looked up once per run of rows.
    quint64 lastKey = 0;
    Sheet *sheet = nullptr;
    while (copy.next(fields)) {
        if (!present(fields, 6))
            badRow();
        const quint64 key = sheetKey(lastReviewer.numberOf(m_ids, fields[1]), lastTeam.numberOf(m_ids, fields[2]));
        if (!sheet || key != lastKey) {
            const auto found = m_sheets.find(key);
            if (found == m_sheets.end())   // a score without a listed sheet: the policies are one rule
                badRow();
            sheet = &found->second;
            lastKey = key;
        }
        sheet->scores.push_back(Score{integerOf(fields[0]), m_ids.numberOf(fields[3]), numberOf(fields[4]),
                                      commentOf(fields[5])});
    }
}

} // namespace pd::server
