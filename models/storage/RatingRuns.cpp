#include "storage/RatingRuns.h"

#include "domain/Errors.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace pd {
namespace {

// A row in a run, followed by its evaluator's bytes.
struct SpilledRow {
    qint64 line;
    const std::string *team;
    const std::string *item;
    qint32 column, rating, scaleMin, scaleMax;
    quint32 evaluatorSize;
};

[[noreturn]] void cannotWrite(const QFile &file)
{
    throw StoreError(QCoreApplication::translate("Storage", "cannot write a temporary file while "
                                                            "importing ratings: %1")
                         .arg(file.errorString()));
}

[[noreturn]] void cannotRead()
{
    throw StoreError(QCoreApplication::translate("Storage", "cannot read a temporary file while "
                                                            "importing ratings"));
}

} // namespace

void RatingRunFile::append(const std::vector<PendingRating> &rows, const std::vector<size_t> &order)
{
    if (!m_file.isOpen() && !m_file.open())
        cannotWrite(m_file);
    QByteArray bytes;
    for (const size_t i : order) {
        const PendingRating &p = rows[i];
        const SpilledRow header{p.row.line, p.row.team, p.row.item, p.row.column, p.row.rating,
                                p.row.scaleMin, p.row.scaleMax, quint32(p.evaluator.size())};
        bytes.append(reinterpret_cast<const char *>(&header), sizeof header);
        bytes.append(p.evaluator.data(), qsizetype(p.evaluator.size()));
    }
    if (!m_file.seek(m_file.size()))
        cannotWrite(m_file);
    m_runs.push_back(Run{m_file.pos(), qint64(bytes.size())});
    if (m_file.write(bytes) != bytes.size())
        cannotWrite(m_file);
}

bool RatingRunFile::Reader::next(PendingRating &p)
{
    SpilledRow header;
    if (!take(reinterpret_cast<char *>(&header), sizeof header))
        return false;
    p.row = RatingRow{};
    p.row.line = header.line;
    p.row.team = header.team;
    p.row.item = header.item;
    p.row.column = header.column;
    p.row.rating = header.rating;
    p.row.scaleMin = header.scaleMin;
    p.row.scaleMax = header.scaleMax;
    p.evaluator.resize(header.evaluatorSize);
    if (!take(p.evaluator.data(), header.evaluatorSize))
        cannotRead();
    return true;
}

bool RatingRunFile::Reader::take(char *out, size_t size)
{
    while (size > 0) {
        if (m_next == size_t(m_buffer.size())) {
            if (m_at >= m_end)
                return false;
            const qint64 block = std::min<qint64>(m_end - m_at, 1 << 16);
            if (!m_file.seek(m_at))
                cannotRead();
            m_buffer = m_file.read(block);
            if (m_buffer.size() != block)
                cannotRead();
            m_at += block;
            m_next = 0;
        }
        const size_t n = std::min(size, size_t(m_buffer.size()) - m_next);
        std::memcpy(out, m_buffer.constData() + m_next, n);
        out += n;
        m_next += n;
        size -= n;
    }
    return true;
}

} // namespace pd
