#pragma once
// The problems an import found, for the CLI and the error list dialog: the first
// kMaxListed with where they are ("ratings.csv:500001:4" or "results.json: results.mmlu"),
// and how many there were in all.

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <vector>

namespace pd {

struct ImportIssue {
    QString where;     // "<file>:<line>:<column>", "<file>: <json path>" or "<file>"
    QString message;
    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

class ImportIssues {
public:
    static constexpr int kMaxListed = 100;

    void add(const QString &where, const QString &message)
    {
        if (m_listed.size() < size_t(kMaxListed))
            m_listed.push_back({where, message});
        ++m_count;
    }
    bool isEmpty() const { return m_count == 0; }
    qint64 count() const { return m_count; }
    const std::vector<ImportIssue> &listed() const { return m_listed; }

    // The listed issues one a line, then "… and N more" when some were not listed.
    QString text() const;

private:
    std::vector<ImportIssue> m_listed;
    qint64 m_count = 0;
};

// What a long import reports while it runs and how it is cancelled. `progress` is called
// every few thousand rows with the bytes read so far and the file size (0 when unknown); it
// returns false to cancel (the GUI returns !QProgressDialog::wasCanceled()). A cancelled
// import leaves no trace.
struct ImportControl {
    std::function<bool(qint64 done, qint64 total)> progress;
};

} // namespace pd
