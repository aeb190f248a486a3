#pragma once
// The runs of the ratings import's external merge sort (RatingImportWriter.cpp): rows the
// import holds between reading and inserting, and sorted runs of them kept in a private
// temporary file (QTemporaryFile: mode 0600, removed with the object), read back in blocks.

#include "storage/RatingSource.h"

#include <QByteArray>
#include <QTemporaryFile>

#include <string>
#include <vector>

namespace pd {

// A row read from the source, with its own copy of the evaluator (the row's view points
// into the reader's record buffer).
struct PendingRating {
    RatingRow row;
    std::string evaluator;
};

class RatingRunFile {
public:
    struct Run {
        qint64 offset = 0, size = 0;
    };

    // Appends rows[order[0]], rows[order[1]], ... as one run. The rows' team and item
    // pointers are written as they are: only this process reads the file back, while the
    // round's ids they point to live. StoreError when the file cannot be written.
    void append(const std::vector<PendingRating> &rows, const std::vector<size_t> &order);
    const std::vector<Run> &runs() const { return m_runs; }

    // One run, read back in its order in blocks of 64 KiB.
    class Reader {
    public:
        Reader(QFile &file, const Run &run) : m_file(file), m_at(run.offset), m_end(run.offset + run.size) {}
        bool next(PendingRating &p);   // false at the end of the run

    private:
        bool take(char *out, size_t size);
        QFile &m_file;
        qint64 m_at, m_end;
        QByteArray m_buffer;
        size_t m_next = 0;
    };
    Reader reader(size_t run) { return Reader(m_file, m_runs.at(run)); }

private:
    QTemporaryFile m_file;
    std::vector<Run> m_runs;
};

} // namespace pd
